package resolve

import "pyasync/ast"

// comprehension visits a list, set or dict comprehension or a generator
// expression and returns its scope. The first iterable is evaluated in the
// enclosing block and passed in as the implicit parameter ".0"; everything
// else belongs to the comprehension's own block. For a dict comprehension
// elt is the key and value the value (visited first, as CPython does).
//
// A comprehension is async when a clause is `async for` or it awaits; an
// async list, set or dict comprehension makes the enclosing block async
// too (it has to be awaited there), an async generator expression does not.
func (s *symtable) comprehension(name string, gens []*ast.Comprehension, elt, value ast.Expr) *ast.Scope {
	outer := s.cur
	outer.compIterExpr++
	s.expr(gens[0].Iter)
	outer.compIterExpr--

	b := s.enter(compBlock, name)
	s.addDef(".0", defParam, gens[0].Position())
	for i, g := range gens {
		b.compIterTarget = true
		s.target(g.Target)
		b.compIterTarget = false
		if i > 0 {
			b.compIterExpr++
			s.expr(g.Iter)
			b.compIterExpr--
		}
		s.exprs(g.Ifs)
		if g.IsAsync {
			b.coroutine = true
		}
	}
	s.expr(value)
	s.expr(elt)
	isGenexp := name == "<genexpr>"
	b.generator = isGenexp
	s.exit()
	if b.coroutine && !isGenexp {
		outer.coroutine = true
	}
	return b.scope
}

// namedExpr visits `target := value`. Inside a comprehension the target
// belongs to the nearest enclosing function (or the module), PEP 572: the
// comprehension declares it nonlocal (global) and that block binds it.
func (s *symtable) namedExpr(e *ast.NamedExpr) {
	if s.cur.compIterExpr > 0 {
		s.fail(&e.Pos, "assignment expression cannot be used in a comprehension iterable expression")
		return
	}
	if s.cur.kind == compBlock {
		s.extendNamedExprScope(e.Target)
	}
	s.expr(e.Value)
	s.target(e.Target)
}

// extendNamedExprScope binds a comprehension's assignment expression
// target in the block that owns it.
//
// Like CPython 3.11, it looks the target up in the enclosing blocks as
// written, not mangled (so a mangled private target is not found there).
func (s *symtable) extendNamedExprScope(t *ast.Name) {
	name, written := t.Id, s.unmangled(&t.Id)
	for b := s.cur; b != nil; b = b.parent {
		switch b.kind {
		case compBlock:
			if b.flags(written)&defCompIter != 0 {
				s.fail(&t.Pos, "assignment expression cannot rebind comprehension iteration variable '%s'", written)
				return
			}
			continue
		case defBlock, lambdaBlock:
			if b.flags(written)&defGlobal != 0 {
				s.addDef(name, defGlobal, &t.Pos)
			} else {
				s.addDef(name, defNonlocal, &t.Pos)
			}
			s.cur.recordDirective(name, &t.Pos)
			s.addDefIn(b, name, defLocal, &t.Pos)
		case moduleBlock:
			s.addDef(name, defGlobal, &t.Pos)
			s.cur.recordDirective(name, &t.Pos)
			s.addDefIn(b, name, defGlobal, &t.Pos)
		case classBlock:
			s.fail(&t.Pos, "assignment expression within a comprehension cannot be used in a class body")
		}
		return
	}
}
