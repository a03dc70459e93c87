package parser

import (
	"strconv"

	"pyasync/ast"
	"pyasync/lexer"
)

// Diagnosis of compound statement headers.

// header checks the compound statement header starting at token s for
// the errors about its colon and its body: CPython's forced tokens
// ("expected ':'", "expected '('") and its invalid_*_stmt rules ("expected
// ':'" before a newline, "expected an indented block after ...").
func (p *parse) header(s, k int) *ast.SyntaxError {
	g := grammar()
	i := s
	if keywordOf(p.tok(i)) == "async" {
		i++
	}
	kw := keywordOf(p.tok(i))
	if kw == "" || k <= i {
		return nil
	}
	name := "'" + kw + "' statement"
	forced := false
	e, ok := i+1, true
	switch kw {
	case "if", "elif", "while":
		_, e, ok = parseAt(p, g.named, i+1)
	case "for":
		// invalid_for_target: the target read as star_expressions.
		if tree, _, ok := parseAt(p, g.starExprs, i+1); ok {
			c := &converter{src: &p.src}
			if bad := invalidTarget(c.starExprs(tree), forTarget); bad != nil {
				return errorAt(*bad.Position(), "cannot assign to "+exprName(bad))
			}
		}
		var in int
		if _, in, ok = parseAt(p, g.targets, i+1); ok && keywordOf(p.tok(in)) == "in" {
			_, e, ok = parseAt(p, g.starExprs, in+1)
		} else {
			ok = false
		}
	case "with":
		_, e, ok = parseAt(p, g.withItems, i+1)
		if !ok || opOf(p.tok(e)) != ":" && p.tok(e).Type != lexer.Newline {
			ok = opOf(p.tok(i+1)) == "("
			e = p.matching(i+1) + 1
		}
	case "class":
		name = "class definition"
		e = i + 2
		if opOf(p.tok(e)) == "(" {
			e = p.matching(e) + 1
		}
	case "def":
		name, forced = "function definition", true
		if opOf(p.tok(i+2)) != "(" {
			if k >= i+2 {
				return p.src.at(p.tok(i+2), "expected '('")
			}
			return nil
		}
		e = p.matching(i+2) + 1
		if opOf(p.tok(e)) == "->" {
			_, e, ok = parseAt(p, g.expression, e+1)
		}
	case "try", "else", "finally":
		forced = true
	case "except":
		if opOf(p.tok(e)) == "*" {
			name = "'except*' statement"
			e++
			if opOf(p.tok(e)) == ":" || p.tok(e).Type == lexer.Newline {
				return p.src.last(p.tok(e), "SyntaxError", "expected one or more exception types")
			}
		}
		if opOf(p.tok(e)) != ":" && p.tok(e).Type != lexer.Newline {
			if _, e, ok = parseAt(p, g.expression, e); ok && keywordOf(p.tok(e)) == "as" {
				e += 2
			}
		}
	default:
		return nil
	}
	if !ok || k < e {
		return nil
	}
	switch {
	case opOf(p.tok(e)) == ":":
		if p.tok(e+1).Type == lexer.Newline && p.tok(e+2).Type != lexer.Indent && k >= e+2 {
			msg := "expected an indented block after " + name + " on line " + strconv.Itoa(p.tok(i).Pos.Line)
			return p.src.last(p.tok(e+2), "IndentationError", msg)
		}
	case forced:
		return p.src.at(p.tok(e), "expected ':'")
	case p.tok(e).Type == lexer.Newline:
		return p.src.last(p.tok(e), "SyntaxError", "expected ':'")
	}
	return nil
}
