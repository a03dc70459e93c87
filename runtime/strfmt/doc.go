// Package strfmt implements Python 3.11's text formatting of numbers and
// strings, exactly as CPython does it: repr of floats and strs, the
// format-spec mini-language used by format() and str.format, int() and
// float() parsing of strings, and round() of floats.
//
// The package is pure: it works on Go values only and imports no other
// pyasync package. Python str values are Go strings holding UTF-8; lengths,
// widths and precisions count code points. Failures are returned as *Error,
// carrying the Python exception class name and message for the caller to
// raise.
package strfmt

// Error is a Python exception to be raised by the caller: Kind is the
// exception class name ("ValueError", "OverflowError", "MemoryError") and
// Msg its message, both exactly as CPython 3.11 gives them.
type Error struct {
	Kind string
	Msg  string
}

// Error returns "Kind: Msg", as Python's traceback prints it.
func (e *Error) Error() string {
	if e.Msg == "" {
		return e.Kind
	}
	return e.Kind + ": " + e.Msg
}

func valueError(msg string) *Error    { return &Error{Kind: "ValueError", Msg: msg} }
func overflowError(msg string) *Error { return &Error{Kind: "OverflowError", Msg: msg} }
