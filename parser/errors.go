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

// sourceInfo is what error locations need to know about the input: where
// its last line is, and where its token stream ends.
type sourceInfo struct {
	lastLine    int // number of the last line
	lastLineLen int // its length in code points, newline excluded
	endOffset   int // byte offset of the final EOF token
}

// newSourceInfo measures src, whose final token is eof.
func newSourceInfo(src []byte, eof plex.Token) sourceInfo {
	src = bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	src = bytes.ReplaceAll(src, []byte("\r\n"), []byte("\n"))
	src = bytes.ReplaceAll(src, []byte("\r"), []byte("\n"))
	src = bytes.TrimSuffix(src, []byte("\n"))
	last := src[bytes.LastIndexByte(src, '\n')+1:]
	return sourceInfo{
		lastLine:    bytes.Count(src, []byte("\n")) + 1,
		lastLineLen: utf8.RuneCount(last),
		endOffset:   eof.Pos.Offset,
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
		return &ast.SyntaxError{Kind: "SyntaxError", Msg: msg, Line: s.lastLine, EndLine: s.lastLine}
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
		e = &ast.SyntaxError{Msg: msg, Line: s.lastLine, Col: s.lastLineLen + 1, EndLine: s.lastLine, EndCol: -1}
	case t.Type == lexer.Indent || t.Type == lexer.Dedent:
		e = &ast.SyntaxError{Msg: msg, Line: t.Pos.Line, Col: t.Pos.Column - 1, EndLine: t.Pos.Line, EndCol: -1}
	default:
		e = errorAt(tokPos(t), msg)
	}
	e.Kind = kind
	return e
}
