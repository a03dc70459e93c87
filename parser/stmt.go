package parser

import (
	"strings"

	"pyasync/ast"
)

// Conversion of statement productions to ast statements.

// statement converts one statement; a line of simple statements gives
// several.
func (c *converter) statement(s *statement) []ast.Stmt {
	if s.Compound != nil {
		return []ast.Stmt{c.compound(s.Compound)}
	}
	return c.simpleStmts(s.Simple)
}

// block converts an indented suite or the simple statements after a colon.
func (c *converter) block(b *block) []ast.Stmt {
	if b.Simple != nil {
		return c.simpleStmts(b.Simple)
	}
	var out []ast.Stmt
	for _, s := range b.Stmts {
		out = append(out, c.statement(s)...)
	}
	return out
}

// simpleStmts converts a line of `;`-separated simple statements.
func (c *converter) simpleStmts(s *simpleStmts) []ast.Stmt {
	out := make([]ast.Stmt, len(s.Stmts))
	for i, st := range s.Stmts {
		out[i] = c.simpleStmt(st)
	}
	return out
}

// simpleStmt converts one simple statement.
func (c *converter) simpleStmt(st *simpleStmt) ast.Stmt {
	p := span(st.Tokens)
	s := st.Keyword
	if s == nil {
		return c.exprStmt(st.Expr, p)
	}
	switch {
	case s.Pass:
		return &ast.Pass{Pos: p}
	case s.Break:
		return &ast.Break{Pos: p}
	case s.Continue:
		return &ast.Continue{Pos: p}
	case s.Return != nil:
		r := &ast.Return{Pos: p}
		if s.Return.Value != nil {
			r.Value = c.value(s.Return.Value)
		}
		return r
	case s.Raise != nil:
		r := &ast.Raise{Pos: p}
		if s.Raise.Exc != nil {
			r.Exc = c.expression(s.Raise.Exc)
		}
		if s.Raise.Cause != nil {
			r.Cause = c.expression(s.Raise.Cause)
		}
		return r
	case s.Global != nil:
		return &ast.Global{Pos: p, Names: s.Global}
	case s.Nonlocal != nil:
		return &ast.Nonlocal{Pos: p, Names: s.Nonlocal}
	case s.Del != nil:
		return c.del(s.Del, p)
	case s.Assert != nil:
		a := &ast.Assert{Pos: p, Test: c.expression(s.Assert.Test)}
		if s.Assert.Msg != nil {
			a.Msg = c.expression(s.Assert.Msg)
		}
		return a
	case s.Import != nil:
		return c.importName(s.Import, p)
	}
	return c.importFrom(s.From, p)
}

// value converts star_expressions in a value position, where a lone
// starred expression is the compiler's "can't use starred expression here".
func (c *converter) value(s *starExprs) ast.Expr {
	e := c.starExprs(s)
	if st, ok := e.(*ast.Starred); ok {
		c.failLate(errorAt(st.Pos, "can't use starred expression here"))
	}
	return e
}

// rhsValue converts the value of an assignment.
func (c *converter) rhsValue(r *annotatedRHS) ast.Expr {
	if r.Yield != nil {
		return c.yieldExpr(r.Yield)
	}
	return c.value(r.Exprs)
}

// del converts `del targets`.
func (c *converter) del(s *starExprs, p ast.Pos) ast.Stmt {
	d := &ast.Delete{Pos: p}
	for _, it := range s.Items {
		t := c.starExpression(it)
		c.checkTarget(t, deleteTarget)
		d.Targets = append(d.Targets, t)
	}
	return d
}

// importName converts `import a.b as c, ...`.
func (c *converter) importName(s *importName, p ast.Pos) ast.Stmt {
	imp := &ast.Import{Pos: p}
	for _, n := range s.Names {
		imp.Names = append(imp.Names, &ast.Alias{Pos: span(n.Tokens), Name: strings.Join(n.Name, "."), AsName: n.AsName})
	}
	return imp
}

// importFrom converts `from ... import ...`.
func (c *converter) importFrom(s *importFrom, p ast.Pos) ast.Stmt {
	imp := &ast.ImportFrom{Pos: p, Module: strings.Join(s.Module, ".")}
	for _, d := range s.Dots {
		imp.Level += len(d)
	}
	if imp.Level == 0 && imp.Module == "" {
		c.failAt(s.Tokens[1], "invalid syntax")
	}
	names := s.Names
	switch {
	case s.Star:
		star := s.Tokens[len(s.Tokens)-1]
		imp.Names = []*ast.Alias{{Pos: tokPos(star), Name: "*"}}
		return imp
	case s.Paren != nil:
		names = s.Paren
	case names.Trailing:
		c.failLast(next(s.Tokens), "trailing comma not allowed without surrounding parentheses")
	}
	for _, n := range names.Names {
		imp.Names = append(imp.Names, &ast.Alias{Pos: span(n.Tokens), Name: n.Name, AsName: n.AsName})
	}
	return imp
}
