package runtime

import "fmt"

// Exception is an instance of BaseException or of any subclass, builtin or
// user-defined. It is also the Go error that carries a raised Python
// exception.
type Exception struct {
	Class *Type
	Args  Tuple
	// Dict holds user attributes; nil until one is set.
	Dict *Dict
	// Traceback lists the frames the exception passed through, outermost
	// first, like CPython's __traceback__ chain.
	Traceback       *Traceback
	Cause           *Exception
	Context         *Exception
	SuppressContext bool
}

// Type implements Value.
func (e *Exception) Type() *Type { return e.Class }

// Error implements error as "Type: message".
func (e *Exception) Error() string {
	msg, err := ToStr(e)
	if err != nil || msg == "" {
		return e.Class.Name
	}
	return e.Class.Name + ": " + msg
}

// Code names a function's code for tracebacks: its file and name.
type Code struct {
	// Filename is the source file, or for the interpreter's own library
	// (asyncio's coroutines, Python code in CPython) the module's name:
	// those entries stand for CPython's library frames and print as line 0.
	Filename string
	Name     string
}

// Traceback is one entry of an exception's traceback chain: the frame of
// Code was executing Line when the exception passed through it. Next is the
// entry of the frame it called (nil for the frame that raised).
type Traceback struct {
	Code *Code
	Line int
	Next *Traceback
	// Frame identifies the frame (opaque to runtime): an exception gets
	// one entry per pass through a frame.
	Frame any
}

// Type implements Value.
func (*Traceback) Type() *Type { return TracebackType }

// AddTraceback records that e passed through frame, running code at line:
// the new entry goes in front, as CPython's PyTraceBack_Here.
func (e *Exception) AddTraceback(frame any, code *Code, line int) {
	e.Traceback = &Traceback{Code: code, Line: line, Next: e.Traceback, Frame: frame}
}

// NewError returns a new exception of class t with a single message arg.
func NewError(t *Type, msg string) *Exception {
	return &Exception{Class: t, Args: Tuple{Str(msg)}}
}

// NewErrorf is NewError with fmt.Sprintf formatting.
func NewErrorf(t *Type, format string, args ...any) *Exception {
	return NewError(t, fmt.Sprintf(format, args...))
}

// NewException returns a new exception of class t with the given args.
func NewException(t *Type, args ...Value) *Exception {
	return &Exception{Class: t, Args: Tuple(args)}
}

// Exception types. Their hierarchy is CPython 3.11's.
var (
	BaseExceptionType      = newBuiltinType("BaseException", ObjectType)
	BaseExceptionGroupType = newExceptionType("BaseExceptionGroup", BaseExceptionType)
	GeneratorExitType      = newExceptionType("GeneratorExit", BaseExceptionType)
	KeyboardInterruptType  = newExceptionType("KeyboardInterrupt", BaseExceptionType)
	SystemExitType         = newExceptionType("SystemExit", BaseExceptionType)
	ExceptionType          = newExceptionType("Exception", BaseExceptionType)

	ArithmeticErrorType        = newExceptionType("ArithmeticError", ExceptionType)
	FloatingPointErrorType     = newExceptionType("FloatingPointError", ArithmeticErrorType)
	OverflowErrorType          = newExceptionType("OverflowError", ArithmeticErrorType)
	ZeroDivisionErrorType      = newExceptionType("ZeroDivisionError", ArithmeticErrorType)
	AssertionErrorType         = newExceptionType("AssertionError", ExceptionType)
	AttributeErrorType         = newExceptionType("AttributeError", ExceptionType)
	BufferErrorType            = newExceptionType("BufferError", ExceptionType)
	EOFErrorType               = newExceptionType("EOFError", ExceptionType)
	ImportErrorType            = newExceptionType("ImportError", ExceptionType)
	ModuleNotFoundErrorType    = newExceptionType("ModuleNotFoundError", ImportErrorType)
	LookupErrorType            = newExceptionType("LookupError", ExceptionType)
	IndexErrorType             = newExceptionType("IndexError", LookupErrorType)
	KeyErrorType               = newExceptionType("KeyError", LookupErrorType)
	MemoryErrorType            = newExceptionType("MemoryError", ExceptionType)
	NameErrorType              = newExceptionType("NameError", ExceptionType)
	UnboundLocalErrorType      = newExceptionType("UnboundLocalError", NameErrorType)
	OSErrorType                = newExceptionType("OSError", ExceptionType)
	FileNotFoundErrorType      = newExceptionType("FileNotFoundError", OSErrorType)
	PermissionErrorType        = newExceptionType("PermissionError", OSErrorType)
	ConnectionErrorType        = newExceptionType("ConnectionError", OSErrorType)
	TimeoutErrorType           = newExceptionType("TimeoutError", OSErrorType)
	FileExistsErrorType        = newExceptionType("FileExistsError", OSErrorType)
	IsADirectoryErrorType      = newExceptionType("IsADirectoryError", OSErrorType)
	NotADirectoryErrorType     = newExceptionType("NotADirectoryError", OSErrorType)
	InterruptedErrorType       = newExceptionType("InterruptedError", OSErrorType)
	BlockingIOErrorType        = newExceptionType("BlockingIOError", OSErrorType)
	ChildProcessErrorType      = newExceptionType("ChildProcessError", OSErrorType)
	ProcessLookupErrorType     = newExceptionType("ProcessLookupError", OSErrorType)
	BrokenPipeErrorType        = newExceptionType("BrokenPipeError", ConnectionErrorType)
	ConnectionAbortedErrorType = newExceptionType("ConnectionAbortedError", ConnectionErrorType)
	ConnectionRefusedErrorType = newExceptionType("ConnectionRefusedError", ConnectionErrorType)
	ConnectionResetErrorType   = newExceptionType("ConnectionResetError", ConnectionErrorType)
	ReferenceErrorType         = newExceptionType("ReferenceError", ExceptionType)
	RuntimeErrorType           = newExceptionType("RuntimeError", ExceptionType)
	NotImplementedErrorType    = newExceptionType("NotImplementedError", RuntimeErrorType)
	RecursionErrorType         = newExceptionType("RecursionError", RuntimeErrorType)
	StopAsyncIterationType     = newExceptionType("StopAsyncIteration", ExceptionType)
	StopIterationType          = newExceptionType("StopIteration", ExceptionType)
	SyntaxErrorType            = newExceptionType("SyntaxError", ExceptionType)
	IndentationErrorType       = newExceptionType("IndentationError", SyntaxErrorType)
	TabErrorType               = newExceptionType("TabError", IndentationErrorType)
	SystemErrorType            = newExceptionType("SystemError", ExceptionType)
	TypeErrorType              = newExceptionType("TypeError", ExceptionType)
	ValueErrorType             = newExceptionType("ValueError", ExceptionType)
	UnicodeErrorType           = newExceptionType("UnicodeError", ValueErrorType)
	WarningType                = newExceptionType("Warning", ExceptionType)
	DeprecationWarningType     = newExceptionType("DeprecationWarning", WarningType)
	RuntimeWarningType         = newExceptionType("RuntimeWarning", WarningType)
	UserWarningType            = newExceptionType("UserWarning", WarningType)
	SyntaxWarningType          = newExceptionType("SyntaxWarning", WarningType)
	ExceptionGroupType         = newExceptionType("ExceptionGroup", BaseExceptionGroupType)
)

// exceptionTypes lists the builtin exception classes for the builtins module.
var exceptionTypes []*Type

func newExceptionType(name string, base *Type) *Type {
	t := newBuiltinType(name, base)
	exceptionTypes = append(exceptionTypes, t)
	return t
}

func init() {
	// ExceptionGroup(BaseExceptionGroup, Exception): C3 by hand, since the
	// table above builds single-base types.
	g := ExceptionGroupType
	g.Bases = []*Type{BaseExceptionGroupType, ExceptionType}
	g.MRO = []*Type{g, BaseExceptionGroupType, ExceptionType, BaseExceptionType, ObjectType}
}

// IsExceptionClass reports whether v is a class deriving from BaseException.
func IsExceptionClass(v Value) bool {
	t, ok := v.(*Type)
	return ok && t.IsSubtype(BaseExceptionType)
}

// IsInstanceOf reports whether e is an instance of t or of a subclass.
func (e *Exception) IsInstanceOf(t *Type) bool { return e.Class.IsSubtype(t) }
