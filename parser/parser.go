// Package parser turns Python 3.11 source into an ast.Module.
//
// The grammar is participle's (grammar.go), fed with the tokens of package
// lexer; the converters (stmt.go, expr.go, ...) turn participle's parse
// tree into ast nodes, and diagnose.go turns a failed parse into CPython's
// SyntaxError. Every failure is an *ast.SyntaxError carrying CPython's message
// and location: participle's own error texts never leave this package.
//
// Errors follow CPython's precedence. A lexical error the lexer does not
// defer wins over any parser error but "unexpected indent". Otherwise the
// first statement that fails to parse or convert decides, and a deferred
// lexical error wins only where CPython's parser would have read up to
// it. Errors CPython raises in its compiler rather than its parser
// (starred assignment targets, a lone starred value) count only if the
// whole input parses.
package parser

import (
	"strings"

	"github.com/alecthomas/participle/v2"
	plex "github.com/alecthomas/participle/v2/lexer"

	"pyasync/ast"
	"pyasync/lexer"
)

// Parse parses a module. Its error is always an *ast.SyntaxError.
func Parse(filename string, src []byte) (*ast.Module, error) {
	toks, err := lexer.Tokenize(filename, src)
	p := &parse{toks: toks, src: newSourceInfo(src, toks[len(toks)-1])}
	mod, synErr, failAt := p.module()
	if err != nil {
		// The tokens end where the lexical error is: an input that parses
		// up to there (if only to a compiler-stage error) reads it.
		lexErr := err.(*ast.SyntaxError)
		if failAt < 0 || !isUnexpectedIndent(synErr) && (!lexer.Deferred(lexErr) || p.lexErrorWins(lexErr, failAt)) {
			return nil, result(lexErr, lexErrorIncomplete(lexErr))
		}
	}
	if synErr != nil {
		p.src.clampEnd(synErr)
		return nil, result(synErr, failAt >= 0 && p.src.atEnd(toks[failAt]))
	}
	return mod, nil
}

// lexErrorWins reports whether a deferred lexical error takes precedence
// over the parser's error, which the parser raised after failing at token
// failAt. CPython raises the lexical error when its parser reads the token
// where it is (the final EOF token here; its error pass reads one token
// further than where parsing failed) and, for an unclosed bracket, when
// the last token its parser read is on a later line than the bracket.
func (p *parse) lexErrorWins(lexErr *ast.SyntaxError, failAt int) bool {
	if failAt >= len(p.toks)-2 {
		return true
	}
	return isNeverClosed(lexErr) && p.toks[failAt].Pos.Line > lexErr.Line
}

// isUnexpectedIndent reports whether e is CPython's error for a parse
// failing at an INDENT or DEDENT, the one parser error CPython does not
// let a later lexical error replace.
func isUnexpectedIndent(e *ast.SyntaxError) bool {
	return e.Kind == "IndentationError" && (e.Msg == "unexpected indent" || e.Msg == "unexpected unindent")
}

// isNeverClosed reports whether e is the lexer's "'(' was never closed".
func isNeverClosed(e *ast.SyntaxError) bool {
	return strings.HasSuffix(e.Msg, "' was never closed") && len(e.Msg) == len("'(' was never closed")
}

// lexErrorIncomplete reports whether a lexical error means the input ended
// too early: inside brackets, inside a triple-quoted string, or after a
// backslash.
func lexErrorIncomplete(e *ast.SyntaxError) bool {
	return isNeverClosed(e) ||
		strings.HasPrefix(e.Msg, "unterminated triple-quoted string literal") ||
		e.Msg == "unexpected EOF while parsing"
}

// parse is the state of one Parse call.
type parse struct {
	toks []plex.Token
	src  sourceInfo
}

// module parses and converts the token stream. On failure it returns the
// error and the index of the furthest token the parser read, or -1 when
// the input parses and the error is a compiler-stage one (or there is
// none).
func (p *parse) module() (*ast.Module, *ast.SyntaxError, int) {
	lex, err := plex.Upgrade(&tokenSource{toks: p.toks})
	if err != nil {
		panic(err) // a token slice cannot fail to lex
	}
	tree, err := grammar().file.ParseFromLexer(lex)
	c := &converter{src: &p.src}
	mod := &ast.Module{}
	for _, s := range tree.Stmts {
		mod.Body = append(mod.Body, c.statement(s)...)
		if c.err == nil {
			continue
		}
		if t := c.errTok; t != nil {
			return nil, c.err, p.tokenIndex(t.Pos.Offset, t.Type)
		}
		return nil, c.err, p.indexAfter(c.err)
	}
	if err != nil {
		k := p.failure(err, p.lastStart(tree.Stmts), func(lex *plex.PeekingLexer, opts ...participle.ParseOption) {
			_, _ = grammar().file.ParseFromLexer(lex, opts...)
		})
		if e := p.prefixError(lex.Cursor(), k); e != nil {
			return nil, e, k
		}
		return nil, p.diagnose(k), k
	}
	if c.late != nil {
		return nil, c.late, -1
	}
	return mod, nil, -1
}

// indexAfter returns the index of the first token at or after the start
// of e's location, for the precedence rules between errors.
func (p *parse) indexAfter(e *ast.SyntaxError) int {
	for i, t := range p.toks {
		if t.Pos.Line > e.Line || t.Pos.Line == e.Line && t.Pos.Column >= e.Col {
			return i
		}
	}
	return len(p.toks) - 1
}

// tokenSource is a participle lexer.Lexer over a token slice ending with
// an EOF token.
type tokenSource struct {
	toks []plex.Token
	i    int
}

func (s *tokenSource) Next() (plex.Token, error) {
	t := s.toks[s.i]
	if s.i < len(s.toks)-1 {
		s.i++
	}
	return t, nil
}
