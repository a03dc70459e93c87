package ast

import "fmt"

// SyntaxError is a compile-time error found by the lexer, the parser or the
// resolver. It becomes a Python SyntaxError (or one of its subclasses named
// by Kind) when it reaches the runtime.
//
// Line and Col locate the offending token: Line is 1-based, Col is the
// 1-based column in characters (code points), as CPython's SyntaxError.offset.
// EndLine/EndCol, when non-zero, end the highlighted range (exclusive).
type SyntaxError struct {
	Kind    string // "SyntaxError", "IndentationError" or "TabError"
	Msg     string // CPython's message, e.g. "invalid syntax"
	Line    int
	Col     int
	EndLine int
	EndCol  int
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("%s: %s (line %d)", e.Kind, e.Msg, e.Line)
}
