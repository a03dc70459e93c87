package parser

import (
	plex "github.com/alecthomas/participle/v2/lexer"

	"pyasync/ast"
	"pyasync/lexer"
)

// Conversion of expression statements and assignments: plain, chained,
// augmented and annotated. An invalid target gets the message of the
// CPython rule that would have matched first in its error pass:
// invalid_named_expression ("cannot assign to X here. Maybe you meant
// '==' instead of '='?") for the items before the first `=`, then
// invalid_assignment.

// augOps maps an augmented assignment token to its operator.
var augOps = map[string]ast.Operator{
	"+=": ast.Add, "-=": ast.Sub, "*=": ast.Mult, "@=": ast.MatMult, "/=": ast.Div,
	"%=": ast.Mod, "&=": ast.BitAnd, "|=": ast.BitOr, "^=": ast.BitXor,
	"<<=": ast.LShift, ">>=": ast.RShift, "**=": ast.Pow, "//=": ast.FloorDiv,
}

// exprStmt converts an expression statement or an assignment.
func (c *converter) exprStmt(s *exprStmt, p ast.Pos) ast.Stmt {
	switch {
	case s.Annotation != nil:
		return c.annAssign(s, p)
	case s.Aug != nil:
		target := c.annotatedRHS(s.First)
		switch target.(type) {
		case *ast.Name, *ast.Attribute, *ast.Subscript:
		default:
			c.fail(errorAt(*target.Position(), "'"+exprName(target)+"' is an illegal expression for augmented assignment"))
		}
		return &ast.AugAssign{Pos: p, Target: target, Op: augOps[s.Aug.Op.Tok.Value], Value: c.rhsValue(s.Aug.Value)}
	case len(s.Assigned) > 0:
		return c.assign(s, p)
	}
	if s.First.Yield != nil {
		return &ast.ExprStmt{Pos: p, Value: c.yieldExpr(s.First.Yield)}
	}
	return &ast.ExprStmt{Pos: p, Value: c.value(s.First.Exprs)}
}

// annAssign converts `target: annotation [= value]`.
func (c *converter) annAssign(s *exprStmt, p ast.Pos) ast.Stmt {
	a := &ast.AnnAssign{Pos: p}
	if first := s.First.Exprs; first != nil && (len(first.Items) > 1 || first.Trailing) {
		e := c.starExpression(first.Items[0])
		c.fail(errorAt(*e.Position(), "only single target (not tuple) can be annotated"))
		a.Target = e
	} else {
		a.Target = c.annotatedRHS(s.First)
		a.Simple = first != nil && isBareName(first.Tokens)
		switch t := a.Target.(type) {
		case *ast.Name, *ast.Attribute, *ast.Subscript:
		case *ast.Tuple, *ast.List:
			c.fail(errorAt(*t.Position(), "only single target (not "+exprName(t)+") can be annotated"))
		default:
			c.fail(errorAt(*t.Position(), "illegal target for annotation"))
		}
	}
	a.Annotation = c.expression(s.Annotation)
	if s.AnnValue != nil {
		a.Value = c.rhsValue(s.AnnValue)
	}
	return a
}

// assign converts `t1 = t2 = ... = value`, reporting invalid targets as
// CPython's invalid_named_expression and invalid_assignment rules do.
func (c *converter) assign(s *exprStmt, p ast.Pos) ast.Stmt {
	sources := append([]*annotatedRHS{s.First}, s.Assigned[:len(s.Assigned)-1]...)
	targets := make([]ast.Expr, len(sources))
	for i, src := range sources {
		targets[i] = c.annotatedRHS(src)
	}
	value := c.rhsValue(s.Assigned[len(s.Assigned)-1])
	if c.err == nil {
		c.checkAssignTargets(s, sources, targets)
	}
	return &ast.Assign{Pos: p, Targets: targets, Value: value}
}

// checkAssignTargets reports the first invalid assignment target.
func (c *converter) checkAssignTargets(s *exprStmt, sources []*annotatedRHS, targets []ast.Expr) {
	valid := func(i int) bool { return sources[i].Yield == nil && invalidTarget(targets[i], storeTarget) == nil }
	for i := range targets {
		if !valid(i) {
			// CPython's first pass failed, and its second pass tries
			// invalid_named_expression on the items before the first `=`.
			last := targets[0]
			if t, ok := last.(*ast.Tuple); ok && len(t.Elts) > 0 {
				last = t.Elts[len(t.Elts)-1]
			}
			if e := assignHere(s.First.Exprs, last, s.Assigned[0], len(s.Assigned) > 1); e != nil {
				c.fail(e)
				return
			}
			break
		}
	}
	for i, t := range targets {
		if sources[i].Yield != nil {
			c.fail(errorAt(*t.Position(), "assignment to yield expression not possible"))
			return
		}
		if !valid(i) {
			c.checkTarget(t, storeTarget)
			return
		}
	}
	for _, t := range targets {
		c.checkStarredTarget(t)
	}
}

// assignHere applies invalid_named_expression to the items before the
// first `=` of an assignment with an invalid target: the first item, and
// the others when a comma follows it. Only an item directly followed by
// `=` can match: the last one, whose conversion is lastTarget. rhs is what
// follows that `=`; chained tells whether another `=` follows rhs.
func assignHere(first *starExprs, lastTarget ast.Expr, rhs *annotatedRHS, chained bool) *ast.SyntaxError {
	if first == nil || first.Trailing {
		return nil
	}
	last := first.Items[len(first.Items)-1]
	if last.Expr == nil {
		return nil
	}
	rhsEnd, ok := bitwiseOrPrefix(rhs, chained)
	if !ok {
		return nil
	}
	if isBareName(last.Expr.Tokens) {
		start := tokPos(last.Expr.Tokens[0])
		return errorAt(join(&start, &rhsEnd), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
	}
	if !isBitwiseOrLevel(last.Expr) || startsWithDisplayOrSingleton(last.Expr.Body.Head) {
		return nil
	}
	return errorAt(*lastTarget.Position(), "cannot assign to "+exprName(lastTarget)+" here. Maybe you meant '==' instead of '='?")
}

// isBareName reports whether toks is a single NAME token.
func isBareName(toks []plex.Token) bool {
	return len(toks) == 1 && toks[0].Type == lexer.Name
}

// isBitwiseOrLevel reports whether e is a bitwise_or: no conditional,
// lambda, `not` or operator binding looser than `|`.
func isBitwiseOrLevel(e *expression) bool {
	return e.Cond == nil && e.Body.Head.Atom.Lambda == nil && !startsWithNot(e.Body.Head) &&
		bitwiseOrLen(e.Body) == len(e.Body.Tail)
}

// startsWithNot reports whether an operand starts with `not`.
func startsWithNot(o *operand) bool {
	return len(o.Prefix) > 0 && o.Prefix[0].Tok.Value == "not"
}

// bitwiseOrLen returns how many operators of ch belong to its leading
// bitwise_or.
func bitwiseOrLen(ch *chain) int {
	for i, t := range ch.Tail {
		if binaryPrec[t.text()] < precBitOr {
			return i
		}
	}
	return len(ch.Tail)
}

// startsWithDisplayOrSingleton reports whether operand o starts with a
// list display, a tuple, a generator expression, True, None or False: the
// exclusions of invalid_named_expression's last alternative.
func startsWithDisplayOrSingleton(o *operand) bool {
	if len(o.Prefix) > 0 {
		return false
	}
	a := o.Atom
	switch {
	case a.Const != nil:
		return a.Const.Tok.Value != "..."
	case a.List:
		return a.ListBody == nil || len(a.ListBody.Comp) == 0
	case a.Paren:
		b := a.ParenBody
		return b == nil || b.Display != nil && (len(b.Display.Items) > 1 || b.Display.Trailing || len(b.Display.Comp) > 0)
	}
	return false
}

// bitwiseOrPrefix reports whether rhs starts with a bitwise_or that is not
// followed by `=` (or `:=`), and where that bitwise_or ends. chained tells
// whether `=` follows rhs.
func bitwiseOrPrefix(rhs *annotatedRHS, chained bool) (ast.Pos, bool) {
	if rhs.Yield != nil {
		return ast.Pos{}, false
	}
	first := rhs.Exprs.Items[0]
	if first.Expr == nil {
		return ast.Pos{}, false
	}
	ch := first.Expr.Body
	if ch.Head.Atom.Lambda != nil || startsWithNot(ch.Head) {
		return ast.Pos{}, false
	}
	n := bitwiseOrLen(ch)
	whole := len(rhs.Exprs.Items) == 1 && !rhs.Exprs.Trailing && first.Expr.Cond == nil && n == len(ch.Tail)
	if whole && chained {
		return ast.Pos{}, false
	}
	last := ch.Head.Tokens
	if n > 0 {
		last = ch.Tail[n-1].Operand.Tokens
	}
	return between(ch.Head.Tokens[0], last[len(last)-1]), true
}
