package parser

import (
	"strings"

	"github.com/alecthomas/participle/v2"
	plex "github.com/alecthomas/participle/v2/lexer"

	"pyasync/ast"
	"pyasync/lexer"
)

// Conversion of string literals: adjacent literals concatenate into one
// Constant, or into one JoinedStr when any of them is an f-string
// (CPython's _PyPegen_concatenate_strings). Errors in a literal are
// located, as in CPython 3.11, on the token after the literals, the last
// one its parser read; errors in an f-string field's expression keep
// CPython's odd columns, counted from the '(' it wraps the expression in.

// strings converts a run of adjacent String and FString tokens.
func (c *converter) strings(toks []plex.Token) ast.Expr {
	pos := span(toks)
	after := next(toks)
	isBytes := isBytesLiteral(toks[0].Value)
	hasF := false
	for _, t := range toks {
		if isBytesLiteral(t.Value) != isBytes {
			c.failLast(after, "cannot mix bytes and nonbytes literals")
			return &ast.Constant{Pos: pos, Kind: ast.ConstStr}
		}
		hasF = hasF || t.Type == lexer.FString
	}
	if !hasF {
		var b strings.Builder
		for _, t := range toks {
			v, _, err := lexer.DecodeString(t.Value)
			if err != nil {
				c.fail(c.lexerError(err, after))
				break
			}
			b.WriteString(v)
		}
		kind := ast.ConstStr
		if isBytes {
			kind = ast.ConstBytes
		}
		return &ast.Constant{Pos: pos, Kind: kind, Str: b.String()}
	}
	j := &joiner{pos: pos, last: pos}
	for _, t := range toks {
		if t.Type == lexer.String {
			v, _, err := lexer.DecodeString(t.Value)
			if err != nil {
				c.fail(c.lexerError(err, after))
				break
			}
			j.literal(v)
			continue
		}
		parts, err := lexer.SplitFString(t.Value)
		c.fstringParts(t, parts, j)
		if err != nil {
			c.fail(c.lexerError(err, after))
			break
		}
	}
	return j.joined()
}

// isBytesLiteral reports whether a string token has a b prefix.
func isBytesLiteral(tok string) bool {
	for _, r := range tok {
		switch r {
		case 'b', 'B':
			return true
		case '\'', '"':
			return false
		}
	}
	return false
}

// lexerError locates an error of the lexer's string helpers, which have
// no position, on the token after the literal.
func (c *converter) lexerError(err error, after plex.Token) *ast.SyntaxError {
	e := c.src.last(after, "SyntaxError", err.(*ast.SyntaxError).Msg)
	e.Kind = err.(*ast.SyntaxError).Kind
	return e
}

// joiner accumulates the values of a JoinedStr, merging adjacent literal
// text into one Constant. Its values are located at pos, except literal
// text after the last field, located like the JoinedStr itself at last:
// the two differ only for a format spec, whose JoinedStr CPython 3.11
// locates on its f-string token but whose fields on the whole run of
// literals.
type joiner struct {
	pos, last ast.Pos
	values    []ast.Expr
	text      strings.Builder
}

func (j *joiner) literal(s string) { j.text.WriteString(s) }

// flush turns pending literal text into a Constant located at p.
func (j *joiner) flush(p ast.Pos) {
	if j.text.Len() > 0 {
		j.values = append(j.values, &ast.Constant{Pos: p, Kind: ast.ConstStr, Str: j.text.String()})
		j.text.Reset()
	}
}

func (j *joiner) value(e ast.Expr) {
	j.flush(j.pos)
	j.values = append(j.values, e)
}

func (j *joiner) joined() *ast.JoinedStr {
	j.flush(j.last)
	return &ast.JoinedStr{Pos: j.last, Values: j.values}
}

// fstringParts adds the pieces of an f-string token to j: literal text,
// and fields as FormattedValues.
func (c *converter) fstringParts(tok plex.Token, parts []lexer.FStringPart, j *joiner) {
	for _, part := range parts {
		if part.Expr == "" {
			j.literal(part.Literal)
			continue
		}
		j.literal(part.Debug)
		fv := &ast.FormattedValue{Pos: j.pos, Value: c.fstringExpr(tok, part), Conversion: rune(part.Conversion)}
		if part.HasSpec {
			spec := &joiner{pos: j.pos, last: tokPos(tok)}
			c.fstringParts(tok, part.Spec, spec)
			fv.Spec = spec.joined()
		}
		j.value(fv)
	}
}

// fstringExpr parses the expression of a replacement field as CPython
// 3.11 does: wrapped in parentheses, as star_expressions.
func (c *converter) fstringExpr(tok plex.Token, part lexer.FStringPart) ast.Expr {
	text := "(" + part.Expr + ")"
	// Where the expression's first character is in the file.
	line := tok.Pos.Line + part.Line
	col := part.Col
	if part.Line == 0 {
		col += tok.Pos.Column - 1
	}
	placeholder := &ast.Constant{Pos: ast.Pos{Line: line, Col: col, EndLine: line, EndCol: col}}
	toks, err := lexer.Tokenize("<fstring>", []byte(text))
	shiftTokens(toks, line, col)
	if err != nil {
		// CPython reports a lexical error in a field as is, on the
		// field's line, its columns counted in the wrapped expression.
		e := *err.(*ast.SyntaxError)
		e.Line += line - 1
		if e.EndLine > 0 {
			e.EndLine += line - 1
		}
		c.fail(&e)
		return placeholder
	}
	p := &parse{toks: toks, src: newSourceInfo([]byte(text), toks[len(toks)-1])}
	e, serr := p.fieldExpr()
	if serr != nil {
		c.fail(fstringError(serr, line, col))
		return placeholder
	}
	return e
}

// fieldExpr parses and converts the tokens of a wrapped field expression.
func (p *parse) fieldExpr() (ast.Expr, *ast.SyntaxError) {
	lex, err := plex.Upgrade(&tokenSource{toks: p.toks})
	if err != nil {
		panic(err) // a token slice cannot fail to lex
	}
	tree, err := grammar().fstring.ParseFromLexer(lex)
	if err != nil {
		k := p.failure(err, 0, func(lex *plex.PeekingLexer, opts ...participle.ParseOption) {
			_, _ = grammar().fstring.ParseFromLexer(lex, opts...)
		})
		return nil, p.diagnose(k)
	}
	c := &converter{src: &p.src}
	e := c.starExprs(tree.Value)
	if c.err != nil {
		return nil, c.err
	}
	return e, nil
}

// shiftTokens moves the tokens of a wrapped field expression, lexed from
// line 1 column 1, to where the expression is in the file: its first
// character (after the added '(') at line and 0-based column col.
func shiftTokens(toks []plex.Token, line, col int) {
	for i := range toks {
		pos := &toks[i].Pos
		if pos.Line == 1 {
			pos.Column += col - 1
		}
		pos.Line += line - 1
	}
}

// fstringError turns an error found in a field expression into CPython's:
// prefixed with "f-string: ", with columns on the expression's first line
// counted from the '(' wrapped around it.
func fstringError(e *ast.SyntaxError, line, col int) *ast.SyntaxError {
	e.Msg = "f-string: " + strings.TrimPrefix(e.Msg, "f-string: ")
	if e.Line == line && e.Col > 0 {
		e.Col -= col - 1
	}
	if e.EndLine == line && e.EndCol > 0 {
		e.EndCol -= col - 1
	}
	return e
}
