package parser

import (
	"bytes"
	"unicode/utf8"

	plex "github.com/alecthomas/participle/v2/lexer"

	"pyasync/ast"
	"pyasync/lexer"
)

// Constructors of the SyntaxErrors the parser reports. CPython locates an
// error on a node (RAISE_SYNTAX_ERROR_KNOWN_LOCATION: the node's whole
// range), on a range between two nodes (..._KNOWN_RANGE), or on the last
// token its parser read (RAISE_SYNTAX_ERROR). SyntaxError columns are
// 1-based; ast columns are 0-based.
//
// INDENT, DEDENT and end-of-input tokens have no column in CPython: an
// error on one of them takes the tokenizer's read position instead (the
// indentation's width, or the end of the last line), with end column -1,
// or column 0 when located as a node.

// errorAt returns a SyntaxError covering p.
func errorAt(p ast.Pos, msg string) *ast.SyntaxError {
	return &ast.SyntaxError{
		Kind: "SyntaxError", Msg: msg,
		Line: p.Line, Col: p.Col + 1, EndLine: p.EndLine, EndCol: p.EndCol + 1,
	}
}

// sourceInfo is what error locations need to know about the input: its
// lines, and where its token stream ends.
type sourceInfo struct {
	lines     [][]byte // the lines, newlines excluded; the last is the last line
	endOffset int      // byte offset of the final EOF token
}

// newSourceInfo measures src, whose final token is eof.
func newSourceInfo(src []byte, eof plex.Token) sourceInfo {
	src = bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	src = bytes.ReplaceAll(src, []byte("\r\n"), []byte("\n"))
	src = bytes.ReplaceAll(src, []byte("\r"), []byte("\n"))
	lines := bytes.Split(bytes.TrimSuffix(src, []byte("\n")), []byte("\n"))
	return sourceInfo{lines: lines, endOffset: eof.Pos.Offset}
}

// lineLen returns the length in code points of line n, or 0.
func (s *sourceInfo) lineLen(n int) int {
	if n < 1 || n > len(s.lines) {
		return 0
	}
	return utf8.RuneCount(s.lines[n-1])
}

// clampEnd limits the end column of an error spanning lines as CPython
// does: to one past the end of its first line, the only one it measures.
func (s *sourceInfo) clampEnd(e *ast.SyntaxError) {
	if e.EndLine > e.Line && e.EndCol > s.lineLen(e.Line)+1 {
		e.EndCol = s.lineLen(e.Line) + 1
	}
}

// atEnd reports whether t is the EOF token or a DEDENT at the end of input.
func (s *sourceInfo) atEnd(t plex.Token) bool {
	return (t.Type == plex.EOF || t.Type == lexer.Dedent) && t.Pos.Offset >= s.endOffset
}

// at returns a SyntaxError located on token t as on a node.
func (s *sourceInfo) at(t plex.Token, msg string) *ast.SyntaxError {
	switch {
	case s.atEnd(t):
		n := len(s.lines)
		return &ast.SyntaxError{Kind: "SyntaxError", Msg: msg, Line: n, EndLine: n}
	case t.Type == lexer.Indent || t.Type == lexer.Dedent:
		return &ast.SyntaxError{Kind: "SyntaxError", Msg: msg, Line: t.Pos.Line, EndLine: t.Pos.Line}
	}
	return errorAt(tokPos(t), msg)
}

// last returns an error of the given kind located on t as the last token
// CPython's parser read (RAISE_SYNTAX_ERROR, RAISE_INDENTATION_ERROR).
func (s *sourceInfo) last(t plex.Token, kind, msg string) *ast.SyntaxError {
	var e *ast.SyntaxError
	switch {
	case s.atEnd(t):
		n := len(s.lines)
		e = &ast.SyntaxError{Msg: msg, Line: n, Col: s.lineLen(n) + 1, EndLine: n, EndCol: -1}
	case t.Type == lexer.Indent || t.Type == lexer.Dedent:
		e = &ast.SyntaxError{Msg: msg, Line: t.Pos.Line, Col: t.Pos.Column - 1, EndLine: t.Pos.Line, EndCol: -1}
	default:
		e = errorAt(tokPos(t), msg)
	}
	e.Kind = kind
	return e
}
