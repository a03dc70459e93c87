package eval

import (
	"strings"

	"pyasync/ast"
	"pyasync/parser"
	"pyasync/resolve"
	"pyasync/runtime"
)

// Compile parses and resolves source text. A failure is a Python
// SyntaxError (or IndentationError/TabError) whose filename is
// errFilename, as CPython reports compile errors of a script by its
// absolute path.
func Compile(filename, errFilename string, src []byte, opts resolve.Options) (*ast.Module, error) {
	m, err := parser.Parse(filename, src)
	if err == nil {
		err = resolve.Module(m, opts)
	}
	if err != nil {
		if se, ok := err.(*ast.SyntaxError); ok {
			return nil, SyntaxErrorException(se, errFilename, src)
		}
		return nil, err
	}
	return m, nil
}

// SyntaxErrorException converts a compile error to the Python exception,
// with the attributes CPython sets (filename, lineno, offset, text,
// end_lineno, end_offset, msg).
func SyntaxErrorException(se *ast.SyntaxError, filename string, src []byte) *runtime.Exception {
	t := runtime.SyntaxErrorType
	switch se.Kind {
	case "IndentationError":
		t = runtime.IndentationErrorType
	case "TabError":
		t = runtime.TabErrorType
	}
	e := runtime.NewError(t, se.Msg)
	d := e.AttrDict(true)
	d.SetStr("msg", runtime.Str(se.Msg))
	d.SetStr("filename", runtime.Str(filename))
	var text, lineno, offset, endLineno, endOffset runtime.Value = runtime.None, runtime.None, runtime.None, runtime.None, runtime.None
	if se.Line > 0 {
		lineno = runtime.Int(se.Line)
		offset = runtime.Int(se.Col)
		if line, ok := sourceLine(src, se.Line); ok {
			text = runtime.Str(line)
		}
		if se.EndLine > 0 {
			endLineno, endOffset = runtime.Int(se.EndLine), runtime.Int(se.EndCol)
		}
	}
	d.SetStr("lineno", lineno)
	d.SetStr("offset", offset)
	d.SetStr("text", text)
	d.SetStr("end_lineno", endLineno)
	d.SetStr("end_offset", endOffset)
	e.Args = runtime.Tuple{runtime.Str(se.Msg), runtime.Tuple{runtime.Str(filename), lineno, offset, text, endLineno, endOffset}}
	return e
}

// sourceLine returns line n (1-based) of src with its newline.
func sourceLine(src []byte, n int) (string, bool) {
	lines := strings.SplitAfter(string(src), "\n")
	if n < 1 || n > len(lines) {
		return "", false
	}
	return strings.ToValidUTF8(strings.ReplaceAll(lines[n-1], "\x00", ""), "\ufffd"), true
}

// Run compiles and runs a program as the __main__ module. filename is how
// tracebacks name it; errFilename how compile errors do. The error is the
// uncaught Python exception, if any.
func (in *Interp) Run(filename, errFilename string, src []byte) error {
	m, err := Compile(filename, errFilename, src, resolve.Options{Warn: func(line int, msg string) {
		runtime.Warn(runtime.SyntaxWarningType, msg, errFilename, line)
	}})
	if err != nil {
		return err
	}
	d := in.Main.Dict
	if !strings.HasPrefix(filename, "<") {
		d.SetStr("__file__", runtime.Str(filename))
	}
	_, err = in.ExecModule(m, filename)
	return err
}
