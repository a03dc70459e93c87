package runtime

import (
	"fmt"
	"math/big"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// A tiny evaluator of Python expressions for the table-driven tests of the
// builtin types: literals, names, attribute access, calls (with keyword and
// starred arguments), subscripts and a few operators. It drives the runtime
// through its public API only (GetAttr, Call, GetItem, Binary, ...), so a
// case reads exactly like the Python expression recorded from CPython.

type exprParser struct {
	toks []string
	pos  int
	env  map[string]Value
}

// evalPy evaluates expression src with the names of env.
func evalPy(src string, env map[string]Value) (Value, error) {
	toks, err := tokenize(src)
	if err != nil {
		return nil, err
	}
	p := &exprParser{toks: toks, env: env}
	v, err := p.expr()
	if err != nil {
		return nil, err
	}
	if p.pos != len(p.toks) {
		return nil, fmt.Errorf("trailing tokens at %q", p.peek())
	}
	return v, nil
}

// tokenize splits src into number, string, name and punctuation tokens.
// String tokens keep their quotes (and an r prefix).
func tokenize(src string) ([]string, error) {
	var toks []string
	rs := []rune(src)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case r == '\'' || r == '"' || (r == 'r' && i+1 < len(rs) && (rs[i+1] == '\'' || rs[i+1] == '"')):
			j := i
			if r == 'r' {
				j++
			}
			q := rs[j]
			j++
			for j < len(rs) && rs[j] != q {
				if rs[j] == '\\' {
					j++
				}
				j++
			}
			if j >= len(rs) {
				return nil, fmt.Errorf("unterminated string in %q", src)
			}
			toks = append(toks, string(rs[i:j+1]))
			i = j + 1
		case unicode.IsDigit(r) || (r == '.' && i+1 < len(rs) && unicode.IsDigit(rs[i+1])):
			j := i
			for j < len(rs) && (unicode.IsDigit(rs[j]) || unicode.IsLetter(rs[j]) || rs[j] == '.' || rs[j] == '_' ||
				((rs[j] == '-' || rs[j] == '+') && (rs[j-1] == 'e' || rs[j-1] == 'E'))) {
				j++
			}
			toks = append(toks, string(rs[i:j]))
			i = j
		case unicode.IsLetter(r) || r == '_':
			j := i
			for j < len(rs) && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j]) || rs[j] == '_') {
				j++
			}
			toks = append(toks, string(rs[i:j]))
			i = j
		default:
			if i+1 < len(rs) && strings.Contains("** // == != <= >=", string(rs[i:i+2])) {
				toks = append(toks, string(rs[i:i+2]))
				i += 2
				continue
			}
			toks = append(toks, string(r))
			i++
		}
	}
	return toks, nil
}

func (p *exprParser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos]
	}
	return ""
}

func (p *exprParser) next() string {
	t := p.peek()
	p.pos++
	return t
}

func (p *exprParser) accept(tok string) bool {
	if p.peek() == tok {
		p.pos++
		return true
	}
	return false
}

func (p *exprParser) expect(tok string) error {
	if !p.accept(tok) {
		return fmt.Errorf("expected %q, found %q", tok, p.peek())
	}
	return nil
}

var testCompareOps = map[string]CompareOp{"==": CmpEq, "!=": CmpNe, "<": CmpLt, "<=": CmpLe, ">": CmpGt, ">=": CmpGe}

// expr parses a comparison: sum [('in' | 'not' 'in' | cmp) sum].
func (p *exprParser) expr() (Value, error) {
	a, err := p.sum()
	if err != nil {
		return nil, err
	}
	if op, ok := testCompareOps[p.peek()]; ok {
		p.next()
		b, err := p.sum()
		if err != nil {
			return nil, err
		}
		return Compare(op, a, b)
	}
	negate := p.accept("not")
	if negate || p.peek() == "in" {
		if err := p.expect("in"); err != nil {
			return nil, err
		}
		b, err := p.sum()
		if err != nil {
			return nil, err
		}
		in, err := Contains(b, a)
		return Bool(in != negate), err
	}
	return a, nil
}

var testBinaryOps = map[string]BinaryOp{
	"+": OpAdd, "-": OpSub, "|": OpOr, "&": OpAnd, "^": OpXor,
	"*": OpMul, "%": OpMod, "/": OpDiv, "//": OpFloorDiv, "**": OpPow,
}

// sum parses term (('+' | '-' | '|' | '&' | '^') term)*.
func (p *exprParser) sum() (Value, error) {
	return p.binary(p.term, "+", "-", "|", "&", "^")
}

// term parses unary (('*' | '%' | '/' | '//') unary)*.
func (p *exprParser) term() (Value, error) {
	return p.binary(p.unary, "*", "%", "/", "//")
}

func (p *exprParser) binary(operand func() (Value, error), ops ...string) (Value, error) {
	a, err := operand()
	for err == nil {
		tok := p.peek()
		if !slices.Contains(ops, tok) {
			return a, nil
		}
		p.next()
		var b Value
		if b, err = operand(); err == nil {
			a, err = Binary(testBinaryOps[tok], a, b)
		}
	}
	return nil, err
}

// unary parses '-' unary | postfix ['**' unary].
func (p *exprParser) unary() (Value, error) {
	if p.accept("-") {
		v, err := p.unary()
		if err != nil {
			return nil, err
		}
		return Neg(v)
	}
	v, err := p.postfix()
	if err != nil || !p.accept("**") {
		return v, err
	}
	exp, err := p.unary()
	if err != nil {
		return nil, err
	}
	return Binary(OpPow, v, exp)
}

// postfix parses atom ('.' NAME | '(' args ')' | '[' subscript ']')*.
func (p *exprParser) postfix() (Value, error) {
	v, err := p.atom()
	for err == nil {
		switch {
		case p.accept("."):
			v, err = GetAttr(v, p.next())
		case p.accept("("):
			var args []Value
			var kwnames []string
			if args, kwnames, err = p.callArgs(); err == nil {
				v, err = Call(v, args, kwnames)
			}
		case p.accept("["):
			var key Value
			if key, err = p.subscript(); err == nil {
				v, err = GetItem(v, key)
			}
		default:
			return v, nil
		}
	}
	return nil, err
}

// callArgs parses call arguments up to ')': expressions, NAME=expr,
// *expr and **expr.
func (p *exprParser) callArgs() ([]Value, []string, error) {
	var pos, kw []Value
	var kwnames []string
	for !p.accept(")") {
		switch {
		case p.accept("*"):
			v, err := p.expr()
			if err != nil {
				return nil, nil, err
			}
			items, err := ToSlice(v)
			if err != nil {
				return nil, nil, err
			}
			pos = append(pos, items...)
		case p.accept("**"):
			v, err := p.expr()
			if err != nil {
				return nil, nil, err
			}
			d, ok := v.(*Dict)
			if !ok {
				return nil, nil, fmt.Errorf("** needs a dict")
			}
			for _, it := range d.Items() {
				kwnames = append(kwnames, string(it[0].(Str)))
				kw = append(kw, it[1])
			}
		case p.pos+1 < len(p.toks) && p.toks[p.pos+1] == "=":
			kwnames = append(kwnames, p.next())
			p.next()
			v, err := p.expr()
			if err != nil {
				return nil, nil, err
			}
			kw = append(kw, v)
		default:
			v, err := p.expr()
			if err != nil {
				return nil, nil, err
			}
			pos = append(pos, v)
		}
		if !p.accept(",") && p.peek() != ")" {
			return nil, nil, fmt.Errorf("bad call syntax at %q", p.peek())
		}
	}
	return append(pos, kw...), kwnames, nil
}

// subscript parses an index or a slice up to ']'.
func (p *exprParser) subscript() (Value, error) {
	var parts [3]Value
	n := 0
	for {
		if p.peek() != ":" && p.peek() != "]" {
			v, err := p.expr()
			if err != nil {
				return nil, err
			}
			parts[n] = v
		}
		if p.accept("]") {
			break
		}
		if err := p.expect(":"); err != nil {
			return nil, err
		}
		n++
	}
	if n == 0 {
		return parts[0], nil
	}
	for i := range parts {
		if parts[i] == nil {
			parts[i] = None
		}
	}
	return &Slice{Start: parts[0], Stop: parts[1], Step: parts[2]}, nil
}

// exprList parses comma-separated expressions up to close; trailing
// reports whether a comma followed the last one.
func (p *exprParser) exprList(close string) (items []Value, trailing bool, err error) {
	for !p.accept(close) {
		v, err := p.expr()
		if err != nil {
			return nil, false, err
		}
		items = append(items, v)
		trailing = p.accept(",")
		if !trailing && p.peek() != close {
			return nil, false, fmt.Errorf("expected %q, found %q", close, p.peek())
		}
	}
	return items, trailing, nil
}

func (p *exprParser) atom() (Value, error) {
	tok := p.next()
	switch {
	case tok == "(":
		items, trailing, err := p.exprList(")")
		if err != nil || len(items) != 1 || trailing {
			return Tuple(items), err
		}
		return items[0], nil
	case tok == "[":
		items, _, err := p.exprList("]")
		return NewList(items), err
	case tok == "{":
		return p.braces()
	case tok == "":
		return nil, fmt.Errorf("unexpected end of expression")
	case tok[0] == '\'' || tok[0] == '"' || tok[0] == 'r' && len(tok) > 1 && (tok[1] == '\'' || tok[1] == '"'):
		return pyString(tok)
	case unicode.IsDigit(rune(tok[0])) || tok[0] == '.':
		return pyNumber(tok)
	}
	if v, ok := p.env[tok]; ok {
		return v, nil
	}
	return nil, fmt.Errorf("unknown name %q", tok)
}

// braces parses a dict or set display after '{'.
func (p *exprParser) braces() (Value, error) {
	d, s := NewDict(), NewSet()
	isSet := false
	for !p.accept("}") {
		k, err := p.expr()
		if err != nil {
			return nil, err
		}
		if p.accept(":") {
			v, err := p.expr()
			if err == nil {
				err = d.Set(k, v)
			}
			if err != nil {
				return nil, err
			}
		} else {
			isSet = true
			if err := s.Add(k); err != nil {
				return nil, err
			}
		}
		if !p.accept(",") && p.peek() != "}" {
			return nil, fmt.Errorf("bad display at %q", p.peek())
		}
	}
	if isSet {
		return s, nil
	}
	return d, nil
}

func pyNumber(tok string) (Value, error) {
	clean := strings.ReplaceAll(tok, "_", "")
	if strings.ContainsAny(clean, ".eE") && !strings.HasPrefix(clean, "0x") {
		f, err := strconv.ParseFloat(clean, 64)
		return Float(f), err
	}
	b, ok := new(big.Int).SetString(clean, 0)
	if !ok {
		return nil, fmt.Errorf("bad number %q", tok)
	}
	return MakeBigInt(b), nil
}

// pyString decodes a Python string literal (single-line, optional r
// prefix, the common escapes).
func pyString(tok string) (Value, error) {
	raw := tok[0] == 'r'
	if raw {
		tok = tok[1:]
	}
	body := []rune(tok[1 : len(tok)-1])
	if raw {
		return Str(string(body)), nil
	}
	var b strings.Builder
	for i := 0; i < len(body); i++ {
		if body[i] != '\\' {
			b.WriteRune(body[i])
			continue
		}
		i++
		switch c := body[i]; c {
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 'r':
			b.WriteByte('\r')
		case 'f':
			b.WriteByte('\f')
		case 'v':
			b.WriteByte('\v')
		case '0':
			b.WriteByte(0)
		case 'x', 'u', 'U':
			n := map[rune]int{'x': 2, 'u': 4, 'U': 8}[c]
			code, err := strconv.ParseUint(string(body[i+1:i+1+n]), 16, 32)
			if err != nil {
				return nil, err
			}
			b.WriteRune(rune(code))
			i += n
		default:
			b.WriteRune(c)
		}
	}
	return Str(b.String()), nil
}
