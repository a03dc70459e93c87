package lexer

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"pyasync/ast"
)

// maxFStringNesting is CPython's limit on the brackets open inside one
// f-string expression (MAXLEVEL).
const maxFStringNesting = 200

// FStringPart is one piece of an f-string: literal text, or a replacement
// field ({expr=!r:spec}). Exactly one of Literal and Expr is non-empty.
type FStringPart struct {
	// Literal is text outside replacement fields, escapes decoded (unless
	// the f-string is raw) and doubled braces undoubled.
	Literal string

	// Expr is the source text of the field's expression: everything
	// between '{' and the '=', '!', ':' or '}' that ends it, whitespace
	// included. The parser parses it as CPython does, wrapped in
	// parentheses.
	Expr string
	// Offset is the byte offset of Expr in the token text; Line and Col
	// locate it from the token's start: Line counts the newlines before
	// it, Col the code points since the last one (or the token's start).
	Offset, Line, Col int
	// Debug is, for a self-documenting field {expr=}, the text from the
	// expression's start through the '=' and the whitespace after it: it
	// is printed before the value. Empty otherwise.
	Debug string
	// Conversion is 'r', 's', 'a' or 0 for none. A self-documenting field
	// with neither conversion nor format spec gets 'r', as in CPython.
	Conversion byte
	// HasSpec reports a ':' format spec, which may be empty; Spec holds
	// its pieces, which may be fields themselves ({x:{width}.{prec}}).
	HasSpec bool
	Spec    []FStringPart
}

// SplitFString takes an FString token's text apart, as CPython 3.11's
// string parser does.
//
// A non-nil err is an *ast.SyntaxError with CPython's message ("f-string:
// expecting '}'", "f-string: single '}' is not allowed", …) and no
// position: CPython 3.11 reports these at the token its parser fetched
// last. CPython parses each field's expression as soon as it has found it,
// before checking what follows; so on error the parts found so far are
// returned too, and the last field among them (at any depth) may be the one
// in which the error came after the expression. A parser that parses
// every Expr in the returned parts in order, and reports the first failure
// before err, reports what CPython reports.
func SplitFString(tok string) ([]FStringPart, error) {
	lit, ok := splitLiteral(tok)
	if !ok || !lit.f {
		return nil, fstringError("invalid f-string literal")
	}
	p := fstringParser{tok: tok, s: lit.body, base: lit.bodyOffset, raw: lit.raw}
	parts, err := p.parse(0)
	if err != nil {
		return parts, err
	}
	return parts, nil
}

// fstringParser walks the body s of an f-string token tok, which starts at
// offset base of tok. i is the read position in s.
type fstringParser struct {
	tok, s string
	base   int
	raw    bool
	i      int
}

// parse reads literal pieces and fields up to the end of the body (level
// 0) or the '}' that ends a format spec (level > 0), as CPython's
// _PyPegen_FstringParser_ConcatFstring.
func (p *fstringParser) parse(level int) ([]FStringPart, *ast.SyntaxError) {
	var parts []FStringPart
	for {
		text, doubled, err := p.literal(level)
		if err != nil {
			return parts, err
		}
		if text != "" {
			if n := len(parts); n > 0 && parts[n-1].Expr == "" {
				parts[n-1].Literal += text
			} else {
				parts = append(parts, FStringPart{Literal: text})
			}
		}
		if doubled {
			continue
		}
		if p.i >= len(p.s) || p.s[p.i] == '}' {
			break
		}
		field, err := p.field(level)
		if field.Expr != "" {
			parts = append(parts, field)
		}
		if err != nil {
			return parts, err
		}
	}
	if level > 0 && p.i >= len(p.s) {
		return parts, fstringError("f-string: expecting '}'")
	}
	return parts, nil
}

// literal reads literal text up to a '{' that starts a field, a '}' that
// ends a format spec, or the end, and decodes it. At level 0 a doubled
// brace ends the literal with one brace, and doubled is true.
func (p *fstringParser) literal(level int) (text string, doubled bool, err *ast.SyntaxError) {
	start := p.i
	for p.i < len(p.s) {
		ch := p.s[p.i]
		p.i++
		if !p.raw && ch == '\\' && p.i < len(p.s) {
			ch = p.s[p.i]
			p.i++
			if ch == 'N' {
				// Skip the braces of \N{NAME}.
				if p.i < len(p.s) {
					p.i++
					if p.s[p.i-1] == '{' {
						for p.i < len(p.s) {
							p.i++
							if p.s[p.i-1] == '}' {
								break
							}
						}
					}
				}
				continue
			}
		}
		if ch != '{' && ch != '}' {
			continue
		}
		if level == 0 {
			if p.i < len(p.s) && p.s[p.i] == ch {
				text := p.s[start:p.i]
				p.i++
				decoded, err := p.decode(text)
				return decoded, true, err
			}
			if ch == '}' {
				return "", false, fstringError("f-string: single '}' is not allowed")
			}
		}
		p.i--
		break
	}
	decoded, err := p.decode(p.s[start:p.i])
	return decoded, false, err
}

func (p *fstringParser) decode(text string) (string, *ast.SyntaxError) {
	if p.raw {
		return text, nil
	}
	return decodeEscapes(text)
}

// field reads a replacement field starting at its '{', as CPython's
// fstring_find_expr.
func (p *fstringParser) field(level int) (FStringPart, *ast.SyntaxError) {
	var f FStringPart
	if level >= 2 {
		return f, fstringError("f-string: expressions nested too deeply")
	}
	p.i++ // '{'
	exprStart := p.i
	if err := p.skipExpr(); err != nil {
		return f, err
	}
	if p.i >= len(p.s) {
		return f, fstringError("f-string: expecting '}'")
	}
	expr := p.s[exprStart:p.i]
	if strings.Trim(expr, " \t\n\f") == "" {
		if c := p.s[p.i]; c == '!' || c == ':' || c == '=' {
			return f, fstringError(fmt.Sprintf("f-string: expression required before '%c'", c))
		}
		return f, fstringError("f-string: empty expression not allowed")
	}
	f.Expr = expr
	f.Offset = p.base + exprStart
	before := p.tok[:f.Offset]
	f.Line = strings.Count(before, "\n")
	f.Col = utf8.RuneCountInString(before[strings.LastIndexByte(before, '\n')+1:])

	if p.s[p.i] == '=' {
		p.i++
		for p.i < len(p.s) && isASCIISpace(p.s[p.i]) {
			p.i++
		}
		if p.i >= len(p.s) {
			return f, fstringError("f-string: expecting '}'")
		}
		f.Debug = p.s[exprStart:p.i]
	}
	if p.s[p.i] == '!' {
		p.i++
		if p.i >= len(p.s) {
			return f, fstringError("f-string: expecting '}'")
		}
		f.Conversion = p.s[p.i]
		p.i++
		if c := f.Conversion; c != 's' && c != 'r' && c != 'a' {
			return f, fstringError("f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
	}
	if p.i < len(p.s) && p.s[p.i] == ':' {
		p.i++
		if p.i >= len(p.s) {
			return f, fstringError("f-string: expecting '}'")
		}
		f.HasSpec = true
		spec, err := p.parse(level + 1)
		f.Spec = spec
		if err != nil {
			return f, err
		}
	}
	if p.i >= len(p.s) || p.s[p.i] != '}' {
		return f, fstringError("f-string: expecting '}'")
	}
	p.i++
	if f.Debug != "" && f.Conversion == 0 && !f.HasSpec {
		f.Conversion = 'r'
	}
	return f, nil
}

// skipExpr advances over a field's expression to the '=', '!', ':' or
// '}' that ends it, outside brackets and strings, or to the end.
func (p *fstringParser) skipExpr() *ast.SyntaxError {
	var quote byte
	triple := false
	var open []byte
	for ; p.i < len(p.s); p.i++ {
		ch := p.s[p.i]
		if ch == '\\' {
			return fstringError("f-string expression part cannot include a backslash")
		}
		if quote != 0 {
			if ch == quote {
				if !triple {
					quote = 0
				} else if p.i+2 < len(p.s) && p.s[p.i+1] == ch && p.s[p.i+2] == ch {
					p.i += 2
					quote = 0
				}
			}
			continue
		}
		switch ch {
		case '\'', '"':
			triple = p.i+2 < len(p.s) && p.s[p.i+1] == ch && p.s[p.i+2] == ch
			if triple {
				p.i += 2
			}
			quote = ch
		case '(', '[', '{':
			if len(open) >= maxFStringNesting {
				return fstringError("f-string: too many nested parenthesis")
			}
			open = append(open, ch)
		case '#':
			return fstringError("f-string expression part cannot include '#'")
		case ')', ']', '}':
			if len(open) == 0 {
				if ch == '}' {
					return nil
				}
				return fstringError(fmt.Sprintf("f-string: unmatched '%c'", ch))
			}
			o := open[len(open)-1]
			open = open[:len(open)-1]
			if closing(o) != ch {
				return fstringError(fmt.Sprintf(
					"f-string: closing parenthesis '%c' does not match opening parenthesis '%c'", ch, o))
			}
		case '!', ':', '=', '<', '>':
			if len(open) > 0 {
				continue
			}
			if ch != ':' && p.i+1 < len(p.s) && p.s[p.i+1] == '=' {
				p.i++ // != == <= >=
				continue
			}
			if ch != '<' && ch != '>' {
				return nil
			}
		}
	}
	if quote != 0 {
		return fstringError("f-string: unterminated string")
	}
	if len(open) > 0 {
		return fstringError(fmt.Sprintf("f-string: unmatched '%c'", open[len(open)-1]))
	}
	return nil
}

// isASCIISpace is CPython's Py_ISSPACE.
func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

func fstringError(msg string) *ast.SyntaxError {
	return &ast.SyntaxError{Kind: "SyntaxError", Msg: msg}
}
