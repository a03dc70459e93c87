package parser

import (
	plex "github.com/alecthomas/participle/v2/lexer"

	"pyasync/ast"
	"pyasync/lexer"
)

// Diagnosis of a failed parse. failure.go finds the token where parsing
// failed, the furthest one read, as CPython's first parser pass reports
// it; prefixError and diagnose then play the part of CPython's second
// pass, whose invalid_* rules turn a generic "invalid syntax" into a
// specific message. They re-parse pieces of the token stream with
// productions of the same participle grammar to test each rule's shape
// around the failure.

// diagnose returns the SyntaxError for a parse that failed at token k.
func (p *parse) diagnose(k int) *ast.SyntaxError {
	t := p.toks[k]
	switch {
	case t.Type == lexer.Indent:
		return p.src.last(t, "IndentationError", "unexpected indent")
	case t.Type == lexer.Dedent && !p.src.atEnd(t):
		return p.src.last(t, "IndentationError", "unexpected unindent")
	}
	if e := p.header(p.lineStart(k), k); e != nil {
		return e
	}
	if k > 0 && p.toks[k-1].Type == lexer.Newline {
		// The failure is at the start of a line: the previous line may be
		// a header that needs a body.
		if e := p.header(p.lineStart(k-1), k); e != nil {
			return e
		}
	}
	if e := p.assignTargetError(k); e != nil {
		return e
	}
	if e := p.parameterError(k); e != nil {
		return e
	}
	if e := p.dictValueError(k); e != nil {
		return e
	}
	slots := p.slots(k)
	if e := p.namedAssign(slots, k); e != nil {
		return e
	}
	if e := p.legacyPrint(slots, k); e != nil {
		return e
	}
	// invalid_expression, at each expression start in turn.
	for _, s := range slots {
		if s.comp {
			continue
		}
		if e := p.missingComma(s.i, k); e != nil {
			return e
		}
		if e := p.missingElse(s.i, k); e != nil {
			return e
		}
		if s.i+1 == k && p.toks[s.i].Type == lexer.Name {
			// invalid_legacy_expression parses `NAME star_expressions`,
			// reaching invalid_expression after the name.
			if e := p.missingElse(k, k); e != nil {
				return e
			}
		}
	}
	return p.src.at(t, "invalid syntax")
}

// prefixError looks for an error before token k, where parsing failed, in
// the statement starting at token start: one this grammar accepts and the
// converters reject, as in `f() = 1 2`. CPython's first pass fails on it,
// before k, and its second pass reports it. The statement is cut at k and
// closed (a newline, the dedents of the blocks open there); if that parses,
// converting it tells.
func (p *parse) prefixError(start, k int) *ast.SyntaxError {
	if k <= start || p.depthAt(k) > 0 {
		return nil
	}
	toks := make([]plex.Token, 0, k-start+8)
	toks = append(toks, p.toks[start:k]...)
	at := p.toks[k].Pos
	if !isLineBreak(toks[len(toks)-1]) {
		toks = append(toks, plex.Token{Type: lexer.Newline, Pos: at})
	}
	indents := 0
	for _, t := range toks {
		switch t.Type {
		case lexer.Indent:
			indents++
		case lexer.Dedent:
			indents--
		}
	}
	for ; indents > 0; indents-- {
		toks = append(toks, plex.Token{Type: lexer.Dedent, Pos: at})
	}
	toks = append(toks, plex.EOFToken(at))
	lex, err := plex.Upgrade(&tokenSource{toks: toks})
	if err != nil {
		panic(err) // a token slice cannot fail to lex
	}
	tree, err := grammar().file.ParseFromLexer(lex)
	if err != nil {
		return nil
	}
	c := &converter{src: &p.src}
	for _, s := range tree.Stmts {
		c.statement(s)
		if c.err != nil {
			break
		}
	}
	if e := c.err; e != nil && (e.Line < at.Line || e.Line == at.Line && e.Col < at.Column) {
		return e
	}
	return nil
}
