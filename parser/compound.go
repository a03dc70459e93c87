package parser

import (
	plex "github.com/alecthomas/participle/v2/lexer"

	"pyasync/ast"
)

// Conversion of compound statements.

// compound converts one compound statement.
func (c *converter) compound(s *compoundStmt) ast.Stmt {
	switch {
	case s.If != nil:
		return c.ifStmt(s.If)
	case s.While != nil:
		w := s.While
		st := &ast.While{Pos: span(w.Tokens), Test: c.namedExpression(w.Test), Body: c.block(w.Body)}
		if w.Else != nil {
			st.Orelse = c.block(w.Else)
		}
		return st
	case s.For != nil:
		return c.forStmt(s.For)
	case s.Try != nil:
		return c.tryStmt(s.Try)
	case s.With != nil:
		return c.withStmt(s.With)
	case s.Def != nil:
		return c.funcDef(s.Def, nil)
	case s.Class != nil:
		return c.classDef(s.Class, nil)
	}
	d := s.Decorated
	decorators := make([]ast.Expr, len(d.Decorators))
	for i, e := range d.Decorators {
		decorators[i] = c.namedExpression(e)
	}
	if d.Def != nil {
		return c.funcDef(d.Def, decorators)
	}
	return c.classDef(d.Class, decorators)
}

// ifStmt converts an if statement; elif clauses nest in Orelse.
func (c *converter) ifStmt(s *ifStmt) ast.Stmt {
	root := &ast.If{Pos: span(s.Tokens), Test: c.namedExpression(s.Test), Body: c.block(s.Body)}
	cur := root
	for _, e := range s.Elifs {
		n := &ast.If{Pos: span(e.Tokens), Test: c.namedExpression(e.Test), Body: c.block(e.Body)}
		cur.Orelse = []ast.Stmt{n}
		cur = n
	}
	if s.Else != nil {
		cur.Orelse = c.block(s.Else)
	}
	// Like CPython's, an elif's If node ends where the whole chain ends.
	for n := root; n != cur; {
		n = n.Orelse[0].(*ast.If)
		n.EndLine, n.EndCol = root.EndLine, root.EndCol
	}
	return root
}

// forTarget converts and checks the target of a for loop or comprehension.
func (c *converter) forTarget(t *targetList) ast.Expr {
	var e ast.Expr
	if len(t.Items) == 1 && !t.Trailing {
		e = c.target(t.Items[0])
	} else {
		tup := &ast.Tuple{Pos: span(t.Tokens)}
		for _, it := range t.Items {
			tup.Elts = append(tup.Elts, c.target(it))
		}
		e = tup
	}
	c.checkTarget(e, forTarget)
	return e
}

// target converts `['*'] bitwise_or`.
func (c *converter) target(t *target) ast.Expr {
	e := c.bitwiseOr(t.Value)
	if t.Star {
		return &ast.Starred{Pos: span(t.Tokens), Value: e}
	}
	return e
}

// forStmt converts a for or async for loop.
func (c *converter) forStmt(s *forStmt) ast.Stmt {
	st := &ast.For{Pos: span(s.Tokens), IsAsync: s.Async}
	st.Target = c.forTarget(s.Target)
	st.Iter = c.value(s.Iter)
	st.Body = c.block(s.Body)
	if s.Else != nil {
		st.Orelse = c.block(s.Else)
	}
	return st
}

// tryStmt converts try/except/else/finally and try/except*.
func (c *converter) tryStmt(s *tryStmt) ast.Stmt {
	st := &ast.Try{Pos: span(s.Tokens), Body: c.block(s.Body)}
	if after := afterBlock(s.Body); len(s.Handlers) == 0 && s.Finally == nil {
		// CPython's parser stopped at the token after the body. When that
		// is an except or finally clause that failed to parse, the parse
		// error is reported instead.
		if kw := keywordOf(after); kw != "except" && kw != "finally" {
			c.failLast(after, "expected 'except' or 'finally' block")
		}
	}
	for i, h := range s.Handlers {
		if i == 0 {
			st.IsStar = h.Star
		} else if h.Star != st.IsStar {
			c.mixedExcept(h)
		}
		st.Handlers = append(st.Handlers, c.handler(h))
	}
	if s.Else != nil {
		st.Orelse = c.block(s.Else)
	}
	if s.Finally != nil {
		st.Finalbody = c.block(s.Finally)
	}
	return st
}

// mixedExcept reports an except clause of the other kind than the first.
func (c *converter) mixedExcept(h *exceptBlock) {
	const msg = "cannot have both 'except' and 'except*' on the same 'try'"
	if h.Star {
		c.fail(errorAt(between(h.Tokens[0], h.Tokens[1]), msg))
	} else {
		c.failAt(h.Tokens[0], msg)
	}
}

// handler converts one except clause.
func (c *converter) handler(h *exceptBlock) *ast.ExceptHandler {
	eh := &ast.ExceptHandler{Pos: span(h.Tokens), Name: h.Name}
	if h.Type != nil {
		eh.Type = c.expression(h.Type)
		if len(h.More) > 0 {
			// CPython's range ends before the colon.
			end := h.Tokens[len(h.Tokens)-len(h.Body.Tokens)-2]
			c.fail(errorAt(join(eh.Type.Position(), new(tokPos(end))), "multiple exception types must be parenthesized"))
		}
	} else if h.Star {
		c.failLast(next(h.Tokens[:2]), "expected one or more exception types")
	}
	eh.Body = c.block(h.Body)
	return eh
}

// afterBlock returns the token after a block.
func afterBlock(b *block) plex.Token {
	if b.Simple != nil {
		return next(b.Simple.Tokens)
	}
	return next(b.Tokens)
}

// withStmt converts with and async with.
func (c *converter) withStmt(s *withStmt) ast.Stmt {
	st := &ast.With{Pos: span(s.Tokens), IsAsync: s.Async}
	items := s.Paren
	if items == nil {
		items = s.Plain
		if items.Trailing {
			c.failAt(next(items.Tokens), "invalid syntax")
		}
	}
	for _, it := range items.Items {
		wi := &ast.WithItem{Context: c.expression(it.Context)}
		if it.Vars != nil {
			wi.Vars = c.target(it.Vars)
			c.checkTarget(wi.Vars, storeTarget)
		}
		st.Items = append(st.Items, wi)
	}
	st.Body = c.block(s.Body)
	return st
}

// funcDef converts def and async def.
func (c *converter) funcDef(s *funcDef, decorators []ast.Expr) ast.Stmt {
	f := &ast.FunctionDef{Pos: span(s.Tokens), Name: s.Name, IsAsync: s.Async, Decorators: decorators}
	f.Args = c.parameters(s.Params, false)
	if s.Returns != nil {
		f.Returns = c.expression(s.Returns)
	}
	f.Body = c.block(s.Body)
	return f
}

// classDef converts a class statement.
func (c *converter) classDef(s *classDef, decorators []ast.Expr) ast.Stmt {
	cd := &ast.ClassDef{Pos: span(s.Tokens), Name: s.Name, Decorators: decorators}
	if s.Args != nil {
		cd.Bases, cd.Keywords = c.classArguments(s.Args)
	}
	cd.Body = c.block(s.Body)
	return cd
}
