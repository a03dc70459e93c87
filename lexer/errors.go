package lexer

import (
	"fmt"
	"strings"

	"pyasync/ast"
)

// CPython 3.11's messages for lexical errors that have a fixed text.
const (
	msgNullBytes     = "source code cannot contain null bytes"
	msgUnexpectedEOF = "unexpected EOF while parsing"
	msgLineCont      = "unexpected character after line continuation character"
	msgDedent        = "unindent does not match any outer indentation level"
	msgTabSpace      = "inconsistent use of tabs and spaces in indentation"
	msgTooDeep       = "too many levels of indentation"
	msgTooManyParens = "too many nested parentheses"
	msgLeadingZeros  = "leading zeros in decimal integer literals are not permitted; " +
		"use an 0o prefix for octal integers"
	suffixNeverClosed = "' was never closed"
)

// Deferred reports whether CPython raises the lexical error err only when
// the parser asks for the token where it occurs.
//
// CPython raises most lexical errors eagerly: when parsing fails anywhere
// earlier, it tokenizes the rest of the file and reports the first
// lexical error found there instead of the parser's own error. The deferred
// ones — IndentationError and TabError from indentation, the line
// continuation errors and "unexpected EOF while parsing" — lose to an
// earlier parser error. "'(' was never closed" is deferred too, but it
// replaces a parser error reported on a later line than the bracket.
func Deferred(err *ast.SyntaxError) bool {
	switch {
	case err.Kind != "SyntaxError":
		return true
	case err.Msg == msgLineCont, err.Msg == msgUnexpectedEOF:
		return true
	case strings.HasSuffix(err.Msg, suffixNeverClosed) && len(err.Msg) == len(suffixNeverClosed)+2:
		return true
	}
	return false
}

// syntaxError returns a SyntaxError located as CPython locates a
// tokenizer-raised error: at column col (CPython's 1-based offset) of line,
// with an empty range.
func syntaxError(line, col int, format string, args ...any) *ast.SyntaxError {
	return &ast.SyntaxError{
		Kind: "SyntaxError", Msg: fmt.Sprintf(format, args...),
		Line: line, Col: col, EndLine: line, EndCol: col,
	}
}
