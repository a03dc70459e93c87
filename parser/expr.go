package parser

import (
	"pyasync/ast"
)

// Conversion of expression productions to ast nodes.

// starExprs converts star_expressions: a Tuple when there is a comma.
func (c *converter) starExprs(s *starExprs) ast.Expr {
	if len(s.Items) == 1 && !s.Trailing {
		return c.starExpression(s.Items[0])
	}
	elts := make([]ast.Expr, len(s.Items))
	for i, it := range s.Items {
		elts[i] = c.starExpression(it)
	}
	return &ast.Tuple{Pos: span(s.Tokens), Elts: elts}
}

// starExpression converts `'*' bitwise_or | expression`.
func (c *converter) starExpression(s *starExpression) ast.Expr {
	if s.Star != nil {
		return &ast.Starred{Pos: span(s.Tokens), Value: c.bitwiseOr(s.Star)}
	}
	return c.expression(s.Expr)
}

// starNamed converts `'*' bitwise_or | named_expression`.
func (c *converter) starNamed(s *starNamedExpression) ast.Expr {
	if s.Star != nil {
		return &ast.Starred{Pos: span(s.Tokens), Value: c.bitwiseOr(s.Star)}
	}
	return c.namedExpression(s.Expr)
}

// namedExpression converts `expression [':=' expression]`.
func (c *converter) namedExpression(n *namedExpression) ast.Expr {
	value := c.expression(n.Value)
	if n.Walrus == nil {
		return value
	}
	target, ok := value.(*ast.Name)
	if !ok {
		c.fail(errorAt(*value.Position(), "cannot use assignment expressions with "+exprName(value)))
		target = &ast.Name{Pos: *value.Position()}
	}
	return &ast.NamedExpr{Pos: span(n.Tokens), Target: target, Value: c.expression(n.Walrus)}
}

// expression converts a conditional expression or a chain.
func (c *converter) expression(e *expression) ast.Expr {
	if e.Cond == nil {
		return c.chain(e.Body, true)
	}
	body := c.chain(e.Body, false)
	test := c.chain(e.Cond.Test, false)
	return &ast.IfExp{Pos: span(e.Tokens), Test: test, Body: body, Orelse: c.expression(e.Cond.Else)}
}

// lambda converts `lambda params: body`.
func (c *converter) lambda(l *lambdef) ast.Expr {
	params := make([]*param, len(l.Params))
	for i, p := range l.Params {
		params[i] = &param{Tokens: p.Tokens, Marker: p.Marker, Name: p.Name, Default: p.Default}
	}
	args := c.parameters(params, true)
	return &ast.Lambda{Pos: span(l.Tokens), Args: args, Body: c.expression(l.Body)}
}

// chain converts a flat operator chain. A lambda may be its sole operand
// only where a whole expression may stand (lambdaOK).
func (c *converter) chain(ch *chain, lambdaOK bool) ast.Expr {
	items := make([]item, 0, 1+2*len(ch.Tail))
	items = operandItems(items, ch.Head)
	for _, t := range ch.Tail {
		items = append(items, item{tok: t.first(), op: t.text()})
		items = operandItems(items, t.Operand)
	}
	return c.climb(items, lambdaOK && len(items) == 1)
}

// bitwiseOr converts a chain of operators binding tighter than comparisons.
func (c *converter) bitwiseOr(b *bitwiseOr) ast.Expr {
	items := make([]item, 0, 1+2*len(b.Tail))
	items = operandItems(items, b.Head)
	for _, t := range b.Tail {
		items = append(items, item{tok: t.Op.Tok, op: t.Op.Tok.Value})
		items = operandItems(items, t.Operand)
	}
	return c.climb(items, false)
}

// primary converts an operand's atom and its trailers.
func (c *converter) primary(o *operand, lambdaOK bool) ast.Expr {
	if o.Atom.Lambda != nil && (!lambdaOK || len(o.Trailers) > 0) {
		c.failAt(o.Atom.Tokens[0], "invalid syntax")
	}
	e := c.atom(o.Atom)
	start := tokPos(o.Atom.Tokens[0])
	for _, t := range o.Trailers {
		pos := join(&start, new(span(t.Tokens)))
		switch {
		case t.Call:
			call := c.call(t)
			call.Pos, call.Func = pos, e
			e = call
		case t.Subscript != nil:
			e = &ast.Subscript{Pos: pos, Value: e, Index: c.sliceList(t.Subscript)}
		default:
			e = &ast.Attribute{Pos: pos, Value: e, Attr: t.Attr}
		}
	}
	return e
}

// sliceList converts the inside of a subscript.
func (c *converter) sliceList(s *sliceList) ast.Expr {
	if len(s.Items) == 1 && !s.Trailing && s.Items[0].Star == nil {
		return c.slice(s.Items[0])
	}
	elts := make([]ast.Expr, len(s.Items))
	for i, it := range s.Items {
		elts[i] = c.slice(it)
	}
	return &ast.Tuple{Pos: span(s.Tokens), Elts: elts}
}

// slice converts one subscript item.
func (c *converter) slice(s *slice) ast.Expr {
	if s.Star != nil {
		return &ast.Starred{Pos: span(s.Tokens), Value: c.expression(s.Star)}
	}
	var lower ast.Expr
	if s.Lower != nil {
		lower = c.namedExpression(s.Lower)
	}
	if !s.Colon {
		return lower
	}
	sl := &ast.Slice{Pos: span(s.Tokens), Lower: lower}
	if s.Upper != nil {
		sl.Upper = c.expression(s.Upper)
	}
	if s.Step != nil {
		sl.Step = c.expression(s.Step)
	}
	return sl
}

// yieldExpr converts `yield from e | yield [star_expressions]`.
func (c *converter) yieldExpr(y *yieldExpr) ast.Expr {
	p := span(y.Tokens)
	switch {
	case y.From != nil:
		return &ast.YieldFrom{Pos: p, Value: c.expression(y.From)}
	case y.Value != nil:
		return &ast.Yield{Pos: p, Value: c.starExprs(y.Value)}
	}
	return &ast.Yield{Pos: p}
}

// annotatedRHS converts `yield_expr | star_expressions`.
func (c *converter) annotatedRHS(r *annotatedRHS) ast.Expr {
	if r.Yield != nil {
		return c.yieldExpr(r.Yield)
	}
	return c.starExprs(r.Exprs)
}
