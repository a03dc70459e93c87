package resolve

import (
	"strings"

	"pyasync/ast"
)

// symtable is the first walk: it builds the blocks, records every name's
// flags and the refs to fill, and stops at the first declaration error. It
// visits the tree in CPython's symtable order (which is not always
// evaluation order: assignment targets before the value, all dict keys
// before the values, a try's else before its handlers), because that order
// decides which error is reported and the order of a function's locals.
type symtable struct {
	module *block
	cur    *block
	err    error
	// orig holds the spelling before private name mangling of the
	// identifiers mangleModule rewrote (see unmangled).
	orig map[*string]string
	// importBinds holds the mangled name bound by `import __m.sub` in a
	// class (see mangleModule).
	importBinds map[*ast.Alias]string
}

// buildSymtable runs the first walk over m and returns the module block.
func buildSymtable(m *ast.Module) (*block, error) {
	s := &symtable{}
	s.orig, s.importBinds = mangleModule(m)
	s.module = newBlock(moduleBlock, "<module>", nil)
	s.module.scope.HasDocstring = hasDocstring(m.Body)
	m.Scope = s.module.scope
	s.cur = s.module
	s.stmts(m.Body)
	return s.module, s.err
}

func (s *symtable) fail(p *ast.Pos, format string, args ...any) {
	if s.err == nil {
		s.err = syntaxError(p, format, args...)
	}
}

// enter starts a nested block of the current one.
func (s *symtable) enter(kind blockKind, name string) *block {
	s.cur = newBlock(kind, name, s.cur)
	return s.cur
}

func (s *symtable) exit() { s.cur = s.cur.parent }

// addDef adds flag to name in the current block.
func (s *symtable) addDef(name string, flag defFlags, p *ast.Pos) {
	s.addDefIn(s.cur, name, flag, p)
}

// unmangled returns the identifier held in *p as written, before private
// name mangling.
func (s *symtable) unmangled(p *string) string {
	if orig, ok := s.orig[p]; ok {
		return orig
	}
	return *p
}

// addDefIn adds flag to name in block b (CPython's symtable_add_def_helper).
func (s *symtable) addDefIn(b *block, name string, flag defFlags, p *ast.Pos) {
	s.addDefShown(b, name, name, flag, p)
}

// addDefShown is addDefIn for a mangled name whose errors show it as
// written, shown, as CPython's do.
func (s *symtable) addDefShown(b *block, name, shown string, flag defFlags, p *ast.Pos) {
	sym := b.symbol(name)
	if flag&defParam != 0 {
		if sym.flags&defParam != 0 {
			s.fail(p, "duplicate argument '%s' in function definition", shown)
			return
		}
		b.params = append(b.params, name)
	}
	sym.flags |= flag
	if b.compIterTarget {
		if sym.flags&(defGlobal|defNonlocal) != 0 {
			s.fail(p, "comprehension inner loop cannot rebind assignment expression target '%s'", shown)
			return
		}
		sym.flags |= defCompIter
	}
	if flag&defGlobal != 0 && b != s.module {
		// Like CPython, the module's table also learns the global.
		s.module.symbol(name).flags |= defGlobal
	}
}

// bind adds flag to name in the current block and records binding to be
// filled with where name lives there.
func (s *symtable) bind(name string, binding *ast.Binding, flag defFlags, p *ast.Pos) {
	s.addDef(name, flag, p)
	s.cur.refs = append(s.cur.refs, ref{name, binding})
}

func (s *symtable) stmts(body []ast.Stmt) {
	for _, st := range body {
		s.stmt(st)
	}
}

func (s *symtable) stmt(st ast.Stmt) {
	if s.err != nil {
		return
	}
	switch st := st.(type) {
	case *ast.FunctionDef:
		s.bind(st.Name, &st.NameBinding, defLocal, &st.Pos)
		s.defaults(st.Args)
		s.annotations(st.Args, st.Returns)
		s.exprs(st.Decorators)
		b := s.enter(defBlock, s.unmangled(&st.Name))
		b.bindName = st.Name
		b.coroutine = st.IsAsync
		b.scope.HasDocstring = hasDocstring(st.Body)
		st.Scope = b.scope
		s.params(st.Args)
		s.stmts(st.Body)
		s.exit()
	case *ast.ClassDef:
		s.bind(st.Name, &st.NameBinding, defLocal, &st.Pos)
		s.exprs(st.Bases)
		s.keywords(st.Keywords)
		s.exprs(st.Decorators)
		b := s.enter(classBlock, s.unmangled(&st.Name))
		b.bindName = st.Name
		b.scope.HasDocstring = hasDocstring(st.Body)
		st.Scope = b.scope
		s.stmts(st.Body)
		s.exit()
	case *ast.Return:
		s.expr(st.Value)
	case *ast.Delete:
		s.targets(st.Targets)
	case *ast.Assign:
		s.targets(st.Targets)
		s.expr(st.Value)
	case *ast.AugAssign:
		s.target(st.Target)
		s.expr(st.Value)
	case *ast.AnnAssign:
		s.annAssign(st)
	case *ast.For:
		s.target(st.Target)
		s.expr(st.Iter)
		s.stmts(st.Body)
		s.stmts(st.Orelse)
	case *ast.While:
		s.expr(st.Test)
		s.stmts(st.Body)
		s.stmts(st.Orelse)
	case *ast.If:
		s.expr(st.Test)
		s.stmts(st.Body)
		s.stmts(st.Orelse)
	case *ast.With:
		for _, item := range st.Items {
			s.expr(item.Context)
			if item.Vars != nil {
				s.target(item.Vars)
			}
		}
		s.stmts(st.Body)
	case *ast.Raise:
		s.expr(st.Exc)
		s.expr(st.Cause)
	case *ast.Try:
		s.stmts(st.Body)
		s.stmts(st.Orelse)
		for _, h := range st.Handlers {
			s.expr(h.Type)
			if h.Name != "" {
				s.bind(h.Name, &h.NameBinding, defLocal, &h.Pos)
			}
			s.stmts(h.Body)
		}
		s.stmts(st.Finalbody)
	case *ast.Assert:
		s.expr(st.Test)
		s.expr(st.Msg)
	case *ast.Import:
		s.aliases(st.Names)
	case *ast.ImportFrom:
		s.aliases(st.Names)
	case *ast.Global:
		s.declare(st.Names, &st.Pos, defGlobal, "global")
	case *ast.Nonlocal:
		s.declare(st.Names, &st.Pos, defNonlocal, "nonlocal")
	case *ast.ExprStmt:
		s.expr(st.Value)
	case *ast.Pass, *ast.Break, *ast.Continue:
	}
}

// annAssign visits `target: annotation [= value]`. Only a simple name is
// annotated; a parenthesized name is bound only when there is a value.
func (s *symtable) annAssign(st *ast.AnnAssign) {
	if name, ok := st.Target.(*ast.Name); ok {
		cur := s.cur.flags(name.Id)
		if cur&(defGlobal|defNonlocal) != 0 && s.cur != s.module && st.Simple {
			kind := "global"
			if cur&defGlobal == 0 {
				kind = "nonlocal"
			}
			s.fail(&st.Pos, "annotated name '%s' can't be %s", s.unmangled(&name.Id), kind)
			return
		}
		switch {
		case st.Simple:
			s.bind(name.Id, &name.Binding, defAnnot|defLocal, &name.Pos)
		case st.Value != nil:
			s.bind(name.Id, &name.Binding, defLocal, &name.Pos)
		default:
			// Never evaluated nor bound: resolved as a use would be.
			s.cur.refs = append(s.cur.refs, ref{name.Id, &name.Binding})
		}
	} else {
		s.target(st.Target)
	}
	s.expr(st.Annotation)
	s.expr(st.Value)
}

// declare visits `global names` or `nonlocal names`.
func (s *symtable) declare(names []string, p *ast.Pos, flag defFlags, kind string) {
	for i, name := range names {
		cur := s.cur.flags(name)
		shown := s.unmangled(&names[i])
		switch {
		case cur&defParam != 0:
			s.fail(p, "name '%s' is parameter and %s", shown, kind)
		case cur&defUse != 0:
			s.fail(p, "name '%s' is used prior to %s declaration", shown, kind)
		case cur&defAnnot != 0:
			s.fail(p, "annotated name '%s' can't be %s", shown, kind)
		case cur&defLocal != 0:
			s.fail(p, "name '%s' is assigned to before %s declaration", shown, kind)
		}
		if s.err != nil {
			return
		}
		s.addDef(name, flag, p)
		s.cur.recordDirective(name, p)
	}
}

// aliases visits the names an import binds: `import a.b` binds a,
// `import a.b as c` and `from m import a as c` bind c.
func (s *symtable) aliases(names []*ast.Alias) {
	for _, a := range names {
		if a.Name == "*" {
			if s.cur != s.module {
				s.fail(&a.Pos, "import * only allowed at module level")
			}
			continue
		}
		name := a.AsName
		if name == "" {
			name, _, _ = strings.Cut(a.Name, ".")
			if bound, ok := s.importBinds[a]; ok {
				name = bound
			}
		}
		s.bind(name, &a.Binding, defImport, &a.Pos)
	}
}

// defaults visits a parameter list's default values, which belong to the
// enclosing block.
func (s *symtable) defaults(a *ast.Arguments) {
	if a == nil {
		return
	}
	s.exprs(a.Defaults)
	s.exprs(a.KwDefaults)
}

// annotations visits a def's annotations in the enclosing block, in
// CPython's symtable order.
func (s *symtable) annotations(a *ast.Arguments, returns ast.Expr) {
	if a != nil {
		for _, arg := range a.PosOnly {
			s.expr(arg.Annotation)
		}
		for _, arg := range a.Args {
			s.expr(arg.Annotation)
		}
		if a.Vararg != nil {
			s.expr(a.Vararg.Annotation)
		}
		if a.Kwarg != nil {
			s.expr(a.Kwarg.Annotation)
		}
		for _, arg := range a.KwOnly {
			s.expr(arg.Annotation)
		}
	}
	s.expr(returns)
}

// params declares the parameters of the current block in slot order.
func (s *symtable) params(a *ast.Arguments) {
	if a == nil {
		return
	}
	for _, list := range [][]*ast.Arg{a.PosOnly, a.Args, a.KwOnly} {
		for _, arg := range list {
			s.addDefShown(s.cur, arg.Name, s.unmangled(&arg.Name), defParam, &arg.Pos)
		}
	}
	for _, arg := range []*ast.Arg{a.Vararg, a.Kwarg} {
		if arg != nil {
			s.addDefShown(s.cur, arg.Name, s.unmangled(&arg.Name), defParam, &arg.Pos)
		}
	}
}

func (s *symtable) keywords(kws []*ast.Keyword) {
	for _, kw := range kws {
		s.expr(kw.Value)
	}
}

func (s *symtable) targets(targets []ast.Expr) {
	for _, t := range targets {
		s.target(t)
	}
}

// target visits an assignment, augmented assignment, del, for, with or
// comprehension target: the names in it are bound.
func (s *symtable) target(t ast.Expr) {
	if s.err != nil {
		return
	}
	switch t := t.(type) {
	case *ast.Name:
		s.addDefShown(s.cur, t.Id, s.unmangled(&t.Id), defLocal, &t.Pos)
		s.cur.refs = append(s.cur.refs, ref{t.Id, &t.Binding})
	case *ast.Tuple:
		s.targets(t.Elts)
	case *ast.List:
		s.targets(t.Elts)
	case *ast.Starred:
		s.target(t.Value)
	default:
		s.expr(t)
	}
}

func (s *symtable) exprs(es []ast.Expr) {
	for _, e := range es {
		s.expr(e)
	}
}

// expr visits an expression evaluated for its value. Nil is allowed (an
// absent optional part).
func (s *symtable) expr(e ast.Expr) {
	if s.err != nil || e == nil {
		return
	}
	switch e := e.(type) {
	case *ast.Name:
		s.bind(e.Id, &e.Binding, defUse, &e.Pos)
		if e.Id == "super" && s.cur.isFunction() {
			// super() finds its class in the implicit __class__ cell.
			s.addDef("__class__", defUse, &e.Pos)
		}
	case *ast.Constant:
	case *ast.JoinedStr:
		s.exprs(e.Values)
	case *ast.FormattedValue:
		s.expr(e.Value)
		if e.Spec != nil {
			s.expr(e.Spec)
		}
	case *ast.Attribute:
		s.expr(e.Value)
	case *ast.Subscript:
		s.expr(e.Value)
		s.expr(e.Index)
	case *ast.Slice:
		s.expr(e.Lower)
		s.expr(e.Upper)
		s.expr(e.Step)
	case *ast.Call:
		s.expr(e.Func)
		s.exprs(e.Args)
		s.keywords(e.Keywords)
	case *ast.BinOp:
		s.expr(e.Left)
		s.expr(e.Right)
	case *ast.UnaryOp:
		s.expr(e.Operand)
	case *ast.BoolOp:
		s.exprs(e.Values)
	case *ast.Compare:
		s.expr(e.Left)
		s.exprs(e.Comparators)
	case *ast.IfExp:
		s.expr(e.Test)
		s.expr(e.Body)
		s.expr(e.Orelse)
	case *ast.Lambda:
		s.defaults(e.Args)
		b := s.enter(lambdaBlock, "<lambda>")
		e.Scope = b.scope
		s.params(e.Args)
		s.expr(e.Body)
		s.exit()
	case *ast.List:
		s.exprs(e.Elts)
	case *ast.Tuple:
		s.exprs(e.Elts)
	case *ast.Set:
		s.exprs(e.Elts)
	case *ast.Dict:
		s.exprs(e.Keys)
		s.exprs(e.Values)
	case *ast.Starred:
		s.expr(e.Value)
	case *ast.ListComp:
		e.Scope = s.comprehension("<listcomp>", e.Generators, e.Elt, nil)
	case *ast.SetComp:
		e.Scope = s.comprehension("<setcomp>", e.Generators, e.Elt, nil)
	case *ast.DictComp:
		e.Scope = s.comprehension("<dictcomp>", e.Generators, e.Key, e.Value)
	case *ast.GeneratorExp:
		e.Scope = s.comprehension("<genexpr>", e.Generators, e.Elt, nil)
	case *ast.Await:
		s.expr(e.Value)
		s.cur.coroutine = true
	case *ast.Yield:
		s.expr(e.Value)
		s.yield(&e.Pos)
	case *ast.YieldFrom:
		s.expr(e.Value)
		s.yield(&e.Pos)
	case *ast.NamedExpr:
		s.namedExpr(e)
	}
}

// yield marks the current block a generator; comprehensions can't yield.
func (s *symtable) yield(p *ast.Pos) {
	s.cur.generator = true
	if s.cur.kind != compBlock {
		return
	}
	kind := map[string]string{
		"<listcomp>": "list comprehension",
		"<setcomp>":  "set comprehension",
		"<dictcomp>": "dict comprehension",
		"<genexpr>":  "generator expression",
	}[s.cur.scope.Name]
	s.fail(p, "'yield' inside %s", kind)
}
