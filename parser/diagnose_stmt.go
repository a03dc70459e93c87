package parser

import (
	"pyasync/ast"
	"pyasync/lexer"
)

// Diagnosis of assignment targets, parameter lists and dict displays.

// assignTargetError applies invalid_assignment's `(star_targets '=')*
// star_expressions '='` to the simple statement holding token k: the first
// of its targets before k that cannot be assigned to, or a yield
// expression assigned to.
func (p *parse) assignTargetError(k int) *ast.SyntaxError {
	g := grammar()
	start := p.lineStart(k)
	if t := p.toks[start]; t.Type == lexer.Keyword && compoundStmtStarts[t.Value] {
		return nil
	}
	for i := k - 1; i > start; i-- {
		if opOf(p.toks[i]) == ";" && p.depthAt(i) == 0 {
			start = i + 1
			break
		}
	}
	for seg := start; seg < k; {
		var e ast.Expr
		c := &converter{src: &p.src}
		end := seg
		var items *starExprs
		if yield, n, ok := parseAt(p, g.yieldExpr, seg); ok {
			e, end = c.yieldExpr(yield), n
		} else if exprs, n, ok := parseAt(p, g.starExprs, seg); ok {
			e, end, items = c.starExprs(exprs), n, exprs
		}
		if end == seg || end >= k || opOf(p.toks[end]) != "=" || c.err != nil {
			return nil
		}
		if seg == start && items != nil && !items.Trailing && invalidTarget(e, storeTarget) != nil {
			// The statement's first items are named expressions to CPython.
			last := items.Items[len(items.Items)-1].Tokens[0]
			if err := p.namedAssignment(p.tokenIndex(last.Pos.Offset, last.Type), end); err != nil {
				return err
			}
		}
		switch e.(type) {
		case *ast.Yield, *ast.YieldFrom:
			return errorAt(*e.Position(), "assignment to yield expression not possible")
		}
		if bad := invalidTarget(e, storeTarget); bad != nil {
			return errorAt(*bad.Position(), "cannot assign to "+exprName(bad))
		}
		seg = end + 1
	}
	return nil
}

// parameterError applies the rules of invalid_parameters and
// invalid_default that the grammar cannot accept: a parameter's `=`
// followed by `)` or `,`, and parenthesized parameters.
func (p *parse) parameterError(k int) *ast.SyntaxError {
	kind := p.paramList(k)
	if kind == "" {
		return nil
	}
	if k > 0 && opOf(p.toks[k-1]) == "=" {
		if t := opOf(p.toks[k]); t == ")" || t == "," {
			return p.src.at(p.toks[k-1], "expected default value expression")
		}
	}
	if opOf(p.toks[k]) == "(" {
		// `(` NAME (`,` NAME)* [`,`] `)`
		j := k + 1
		for p.tok(j).Type == lexer.Name {
			j++
			if opOf(p.tok(j)) != "," {
				break
			}
			j++
		}
		if j > k+1 && opOf(p.tok(j)) == ")" {
			return errorAt(between(p.toks[k], p.toks[j]), kind+" parameters cannot be parenthesized")
		}
	}
	return nil
}

// dictValueError applies invalid_double_starred_kvpairs: a dict display
// item `key:` without a value, or with a starred one.
func (p *parse) dictValueError(k int) *ast.SyntaxError {
	if k == 0 || opOf(p.toks[k-1]) != ":" || p.innermostBracket(k) != "{" {
		return nil
	}
	switch opOf(p.toks[k]) {
	case "}", ",":
		return p.src.at(p.toks[k-1], "expression expected after dictionary key and ':'")
	case "*":
		if _, end, ok := parseAt(p, grammar().bitwiseOr, k+1); ok {
			return errorAt(between(p.toks[k], p.toks[end-1]), "cannot use a starred expression in a dictionary value")
		}
	}
	return nil
}

// paramList tells whether token k is in a def's parameter list
// ("Function") or a lambda's ("Lambda expression"), or neither ("").
func (p *parse) paramList(k int) string {
	depth := 0
	for i := k - 1; i >= 0 && !isLineBreak(p.toks[i]); i-- {
		switch opOf(p.toks[i]) {
		case ")", "]", "}":
			depth++
		case "[", "{":
			depth--
		case "(":
			if depth == 0 {
				if i >= 2 && keywordOf(p.toks[i-2]) == "def" {
					return "Function"
				}
				return ""
			}
			depth--
		case ":":
			if depth == 0 {
				return ""
			}
		}
		if depth == 0 && keywordOf(p.toks[i]) == "lambda" {
			return "Lambda expression"
		}
	}
	return ""
}
