package parser

import (
	"strings"
	"unicode/utf8"

	plex "github.com/alecthomas/participle/v2/lexer"

	"pyasync/ast"
	"pyasync/lexer"
)

// Token positions. The lexer gives each token its start: Line 1-based and
// Column 1-based in code points. A token's end is computed from its value,
// which is its exact source text: a Newline's value is the comment before
// it (CPython's NEWLINE token spans it); INDENT, DEDENT and EOF are empty.

// isLayout reports whether t is a token without source text of its own.
func isLayout(t plex.Token) bool {
	switch t.Type {
	case lexer.Newline, lexer.Indent, lexer.Dedent, plex.EOF:
		return true
	}
	return false
}

// tokStart returns t's start as an ast line and 0-based column.
func tokStart(t plex.Token) (line, col int) {
	return t.Pos.Line, t.Pos.Column - 1
}

// tokEnd returns the line and 0-based column just after t.
func tokEnd(t plex.Token) (line, col int) {
	line, col = tokStart(t)
	v := t.Value
	if i := strings.LastIndexByte(v, '\n'); i >= 0 {
		return line + strings.Count(v, "\n"), utf8.RuneCountInString(v[i+1:])
	}
	return line, col + utf8.RuneCountInString(v)
}

// tokPos returns the ast position of the single token t.
func tokPos(t plex.Token) ast.Pos {
	l, c := tokStart(t)
	el, ec := tokEnd(t)
	return ast.Pos{Line: l, Col: c, EndLine: el, EndCol: ec}
}

// span returns the position from the first to the last non-layout token
// of toks (layout tokens belong to statements, not to their extent).
func span(toks []plex.Token) ast.Pos {
	i, j := 0, len(toks)-1
	for i < j && isLayout(toks[i]) {
		i++
	}
	for j > i && isLayout(toks[j]) {
		j--
	}
	return between(toks[i], toks[j])
}

// between returns the position from the start of a to the end of b.
func between(a, b plex.Token) ast.Pos {
	l, c := tokStart(a)
	el, ec := tokEnd(b)
	return ast.Pos{Line: l, Col: c, EndLine: el, EndCol: ec}
}

// join returns the position from the start of a to the end of b.
func join(a, b *ast.Pos) ast.Pos {
	return ast.Pos{Line: a.Line, Col: a.Col, EndLine: b.EndLine, EndCol: b.EndCol}
}

// next returns the token that follows toks in the token stream. toks must
// be a sub-slice of the stream that does not end with its EOF token; every
// Tokens field participle fills is such a slice.
func next(toks []plex.Token) plex.Token {
	return toks[:len(toks)+1][len(toks)]
}
