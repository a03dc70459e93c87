package resolve

import "pyasync/ast"

// check is the second walk: the errors CPython's compiler raises while
// generating code, over the tree annotated by the first walk. It visits in
// code generation order (a def's decorators, defaults and annotations
// before its body; a class body before its bases; a comprehension's body
// before its first iterable; an assignment's value before its targets)
// and stops at the first error. It also reports a keyword argument passed
// twice.
//
// In top-level-await mode it also marks the module a coroutine when the
// module itself uses async for, async with or an async comprehension.
func check(m *ast.Module, opts Options) error {
	c := &checker{opts: opts, u: &unit{kind: moduleUnit, scope: m.Scope}}
	c.stmts(m.Body)
	return c.err
}

// unitKind is the kind of code object being compiled (CPython's
// COMPILER_SCOPE_*).
type unitKind uint8

const (
	moduleUnit unitKind = iota
	classUnit
	functionUnit
	asyncFunctionUnit
	lambdaUnit
	comprehensionUnit
)

// An fblock is an enclosing construct that break, continue and return care
// about (CPython's frame blocks, the ones that matter here).
type fblock struct {
	kind      fblockKind
	finalbody []ast.Stmt // of a finallyBlock
}

type fblockKind uint8

const (
	loopBlock       fblockKind = iota // the body of a for or while loop
	exceptStarBlock                   // the body of an except* handler
	finallyBlock                      // the part of a try that has a finally clause
)

// A unit is one code object being checked.
type unit struct {
	kind    unitKind
	scope   *ast.Scope
	fblocks []fblock // innermost last
}

// isFunction reports whether the unit runs in a function frame.
func (u *unit) isFunction() bool { return u.kind != moduleUnit && u.kind != classUnit }

type checker struct {
	opts Options
	u    *unit
	err  error
}

func (c *checker) fail(p *ast.Pos, format string, args ...any) {
	if c.err == nil {
		c.err = syntaxError(p, format, args...)
	}
}

// topLevelAwait reports whether the current unit may await without being
// an async function.
func (c *checker) topLevelAwait() bool {
	return c.opts.TopLevelAwait && c.u.kind == moduleUnit
}

// body checks the body of a nested code object.
func (c *checker) body(kind unitKind, scope *ast.Scope, f func()) {
	outer := c.u
	c.u = &unit{kind: kind, scope: scope}
	f()
	c.u = outer
}

// inBlock checks f with b pushed on the unit's block stack.
func (c *checker) inBlock(b fblock, f func()) {
	c.u.fblocks = append(c.u.fblocks, b)
	f()
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
}

// asyncStatement checks that `async for` or `async with` (what) may appear
// here.
func (c *checker) asyncStatement(p *ast.Pos, what string) {
	switch {
	case c.topLevelAwait():
		c.u.scope.FuncKind = ast.Coroutine
	case c.u.kind != asyncFunctionUnit:
		c.fail(p, "'%s' outside async function", what)
	}
}

// exit checks a break or continue (loop) or a return (!loop), walking out
// through the enclosing blocks as CPython's compiler does: none may leave
// an except* handler, break and continue need a loop, and each finally
// clause left on the way is compiled there (so its errors come first).
func (c *checker) exit(p *ast.Pos, loop bool, outside string) {
	for i := len(c.u.fblocks) - 1; i >= 0; i-- {
		switch b := c.u.fblocks[i]; b.kind {
		case exceptStarBlock:
			c.fail(p, "'break', 'continue' and 'return' cannot appear in an except* block")
			return
		case loopBlock:
			if loop {
				return
			}
		case finallyBlock:
			saved := c.u.fblocks
			c.u.fblocks = saved[:i:i]
			c.stmts(b.finalbody)
			c.u.fblocks = saved
		}
	}
	if loop {
		c.fail(p, "%s", outside)
	}
}

func (c *checker) stmts(body []ast.Stmt) {
	for _, st := range body {
		c.stmt(st)
	}
}

func (c *checker) stmt(st ast.Stmt) {
	if c.err != nil {
		return
	}
	switch st := st.(type) {
	case *ast.FunctionDef:
		c.exprs(st.Decorators)
		c.defaults(st.Args)
		c.annotations(st.Args, st.Returns)
		kind := functionUnit
		if st.IsAsync {
			kind = asyncFunctionUnit
		}
		c.body(kind, st.Scope, func() { c.stmts(st.Body) })
	case *ast.ClassDef:
		c.exprs(st.Decorators)
		c.body(classUnit, st.Scope, func() { c.stmts(st.Body) })
		c.uniqueKeywords(st.Keywords)
		c.elements(st.Bases)
		c.keywords(st.Keywords)
	case *ast.Return:
		c.returnStmt(st)
	case *ast.Delete:
		for _, t := range st.Targets {
			c.delTarget(t)
		}
	case *ast.Assign:
		c.expr(st.Value)
		for _, t := range st.Targets {
			c.target(t)
		}
	case *ast.AugAssign:
		switch t := st.Target.(type) {
		case *ast.Attribute:
			c.expr(t.Value)
		case *ast.Subscript:
			c.expr(t.Value)
			c.expr(t.Index)
		}
		c.expr(st.Value)
	case *ast.AnnAssign:
		c.annAssign(st)
	case *ast.For:
		if st.IsAsync {
			c.asyncStatement(&st.Pos, "async for")
		}
		c.expr(st.Iter)
		c.target(st.Target)
		c.inBlock(fblock{kind: loopBlock}, func() { c.stmts(st.Body) })
		c.stmts(st.Orelse)
	case *ast.While:
		c.expr(st.Test)
		c.inBlock(fblock{kind: loopBlock}, func() { c.stmts(st.Body) })
		c.stmts(st.Orelse)
	case *ast.If:
		c.expr(st.Test)
		c.stmts(st.Body)
		c.stmts(st.Orelse)
	case *ast.With:
		if st.IsAsync {
			c.asyncStatement(&st.Pos, "async with")
		}
		for _, item := range st.Items {
			c.expr(item.Context)
			if item.Vars != nil {
				c.target(item.Vars)
			}
		}
		c.stmts(st.Body)
	case *ast.Raise:
		c.expr(st.Exc)
		c.expr(st.Cause)
	case *ast.Try:
		if len(st.Finalbody) > 0 {
			c.inBlock(fblock{kind: finallyBlock, finalbody: st.Finalbody}, func() { c.tryExcept(st) })
			c.stmts(st.Finalbody)
		} else {
			c.tryExcept(st)
		}
	case *ast.Assert:
		c.expr(st.Test)
		c.expr(st.Msg)
	case *ast.Break:
		c.exit(&st.Pos, true, "'break' outside loop")
	case *ast.Continue:
		c.exit(&st.Pos, true, "'continue' not properly in loop")
	case *ast.ExprStmt:
		c.expr(st.Value)
	case *ast.Import, *ast.ImportFrom, *ast.Global, *ast.Nonlocal, *ast.Pass:
	}
}

// tryExcept checks a try statement but its finally clause.
func (c *checker) tryExcept(st *ast.Try) {
	c.stmts(st.Body)
	for _, h := range st.Handlers {
		c.expr(h.Type)
		if st.IsStar {
			c.inBlock(fblock{kind: exceptStarBlock}, func() { c.stmts(h.Body) })
		} else {
			c.stmts(h.Body)
		}
	}
	c.stmts(st.Orelse)
}

// returnStmt checks `return [value]`. Leaving an except* handler is
// reported after the value, at the value when it is a constant on the
// return's line (where CPython's compiler stands then).
func (c *checker) returnStmt(st *ast.Return) {
	if !c.u.isFunction() {
		c.fail(&st.Pos, "'return' outside function")
		return
	}
	if st.Value != nil && c.u.scope.FuncKind == ast.AsyncGenerator {
		c.fail(&st.Pos, "'return' with value in async generator")
		return
	}
	c.expr(st.Value)
	p := &st.Pos
	if v, ok := st.Value.(*ast.Constant); ok && v.Line == st.Line {
		p = &v.Pos
	}
	c.exit(p, false, "")
}

// annAssign checks `target: annotation [= value]`. Annotations are
// evaluated only in module and class bodies; an attribute or subscript
// target without a value is evaluated (and discarded).
func (c *checker) annAssign(st *ast.AnnAssign) {
	if st.Value != nil {
		c.expr(st.Value)
		c.target(st.Target)
	}
	evaluated := c.u.kind == moduleUnit || c.u.kind == classUnit
	switch t := st.Target.(type) {
	case *ast.Name:
		if st.Simple && evaluated {
			c.expr(st.Annotation)
		}
	case *ast.Attribute:
		if st.Value == nil {
			c.expr(t.Value)
		}
	case *ast.Subscript:
		if st.Value == nil {
			c.expr(t.Value)
			c.expr(t.Index)
		}
	}
	if !st.Simple && evaluated {
		c.expr(st.Annotation)
	}
}

// defaults checks a parameter list's default values.
func (c *checker) defaults(a *ast.Arguments) {
	if a == nil {
		return
	}
	c.exprs(a.Defaults)
	c.exprs(a.KwDefaults)
}

// annotations checks a def's annotations in the order CPython evaluates
// them.
func (c *checker) annotations(a *ast.Arguments, returns ast.Expr) {
	if a != nil {
		for _, arg := range a.Args {
			c.expr(arg.Annotation)
		}
		for _, arg := range a.PosOnly {
			c.expr(arg.Annotation)
		}
		if a.Vararg != nil {
			c.expr(a.Vararg.Annotation)
		}
		for _, arg := range a.KwOnly {
			c.expr(arg.Annotation)
		}
		if a.Kwarg != nil {
			c.expr(a.Kwarg.Annotation)
		}
	}
	c.expr(returns)
}

func (c *checker) keywords(kws []*ast.Keyword) {
	for _, kw := range kws {
		c.expr(kw.Value)
	}
}

// uniqueKeywords checks that no keyword argument is passed twice.
func (c *checker) uniqueKeywords(kws []*ast.Keyword) {
	seen := map[string]bool{}
	for _, kw := range kws {
		if kw.Name == "" {
			continue
		}
		if seen[kw.Name] {
			c.fail(&kw.Pos, "keyword argument repeated: %s", kw.Name)
			return
		}
		seen[kw.Name] = true
	}
}

// target checks an assignment target: a starred target must be an element
// of a tuple or list, and only one element may be starred.
func (c *checker) target(t ast.Expr) {
	switch t := t.(type) {
	case *ast.Name:
	case *ast.Attribute:
		c.expr(t.Value)
	case *ast.Subscript:
		c.expr(t.Value)
		c.expr(t.Index)
	case *ast.Tuple:
		c.unpack(&t.Pos, t.Elts)
	case *ast.List:
		c.unpack(&t.Pos, t.Elts)
	case *ast.Starred:
		c.fail(&t.Pos, "starred assignment target must be in a list or tuple")
	default:
		c.expr(t)
	}
}

// unpack checks the elements of a tuple or list target at p.
func (c *checker) unpack(p *ast.Pos, elts []ast.Expr) {
	starred := false
	for i, elt := range elts {
		if _, ok := elt.(*ast.Starred); !ok {
			continue
		}
		switch {
		case starred:
			c.fail(p, "multiple starred expressions in assignment")
			return
		case i >= 1<<8:
			c.fail(p, "too many expressions in star-unpacking assignment")
			return
		}
		starred = true
	}
	for _, elt := range elts {
		if s, ok := elt.(*ast.Starred); ok {
			elt = s.Value
		}
		c.target(elt)
	}
}

// delTarget checks a del target.
func (c *checker) delTarget(t ast.Expr) {
	switch t := t.(type) {
	case *ast.Name:
	case *ast.Attribute:
		c.expr(t.Value)
	case *ast.Subscript:
		c.expr(t.Value)
		c.expr(t.Index)
	case *ast.Tuple:
		for _, elt := range t.Elts {
			c.delTarget(elt)
		}
	case *ast.List:
		for _, elt := range t.Elts {
			c.delTarget(elt)
		}
	default:
		c.expr(t)
	}
}

func (c *checker) exprs(es []ast.Expr) {
	for _, e := range es {
		c.expr(e)
	}
}

// elements checks the elements of a display or the positional arguments
// of a call, where *iterable is allowed.
func (c *checker) elements(es []ast.Expr) {
	for _, e := range es {
		if s, ok := e.(*ast.Starred); ok {
			e = s.Value
		}
		c.expr(e)
	}
}

// expr checks an expression evaluated for its value. Nil is allowed.
func (c *checker) expr(e ast.Expr) {
	if c.err != nil || e == nil {
		return
	}
	switch e := e.(type) {
	case *ast.Name, *ast.Constant:
	case *ast.JoinedStr:
		c.exprs(e.Values)
	case *ast.FormattedValue:
		c.expr(e.Value)
		if e.Spec != nil {
			c.expr(e.Spec)
		}
	case *ast.Attribute:
		c.expr(e.Value)
	case *ast.Subscript:
		c.checkSubscript(e)
		c.expr(e.Value)
		c.expr(e.Index)
	case *ast.Slice:
		c.expr(e.Lower)
		c.expr(e.Upper)
		c.expr(e.Step)
	case *ast.Call:
		c.checkCaller(e)
		c.uniqueKeywords(e.Keywords)
		c.expr(e.Func)
		c.elements(e.Args)
		c.keywords(e.Keywords)
	case *ast.BinOp:
		c.expr(e.Left)
		c.expr(e.Right)
	case *ast.UnaryOp:
		c.expr(e.Operand)
	case *ast.BoolOp:
		c.exprs(e.Values)
	case *ast.Compare:
		c.checkIs(e)
		c.expr(e.Left)
		c.exprs(e.Comparators)
	case *ast.IfExp:
		c.expr(e.Test)
		c.expr(e.Body)
		c.expr(e.Orelse)
	case *ast.Lambda:
		c.defaults(e.Args)
		c.body(lambdaUnit, e.Scope, func() { c.expr(e.Body) })
	case *ast.List:
		c.elements(e.Elts)
	case *ast.Tuple:
		c.elements(e.Elts)
	case *ast.Set:
		c.elements(e.Elts)
	case *ast.Dict:
		for i, v := range e.Values {
			c.expr(e.Keys[i])
			c.expr(v)
		}
	case *ast.Starred:
		c.fail(&e.Pos, "can't use starred expression here")
	case *ast.ListComp:
		c.comprehension(&e.Pos, e.Scope, e.Generators, e.Elt)
	case *ast.SetComp:
		c.comprehension(&e.Pos, e.Scope, e.Generators, e.Elt)
	case *ast.DictComp:
		c.comprehension(&e.Pos, e.Scope, e.Generators, e.Key, e.Value)
	case *ast.GeneratorExp:
		c.comprehension(&e.Pos, e.Scope, e.Generators, e.Elt)
	case *ast.Await:
		c.await(e)
	case *ast.Yield:
		if !c.u.isFunction() {
			c.fail(&e.Pos, "'yield' outside function")
		}
		c.expr(e.Value)
	case *ast.YieldFrom:
		switch {
		case !c.u.isFunction():
			c.fail(&e.Pos, "'yield' outside function")
		case c.u.kind == asyncFunctionUnit:
			c.fail(&e.Pos, "'yield from' inside async function")
		}
		c.expr(e.Value)
	case *ast.NamedExpr:
		c.expr(e.Value)
	}
}

// await checks `await value`: only async functions and the comprehensions
// in them may await (and the module in top-level-await mode).
func (c *checker) await(e *ast.Await) {
	if !c.topLevelAwait() {
		switch {
		case !c.u.isFunction():
			c.fail(&e.Pos, "'await' outside function")
		case c.u.kind != asyncFunctionUnit && c.u.kind != comprehensionUnit:
			c.fail(&e.Pos, "'await' outside async function")
		}
	}
	c.expr(e.Value)
}

// comprehension checks a comprehension whose scope is sc and whose result
// expressions are results (key and value for a dict). An async list, set
// or dict comprehension must be inside an async function or another
// comprehension (or at module level in top-level-await mode); an async
// generator expression may be anywhere.
func (c *checker) comprehension(p *ast.Pos, sc *ast.Scope, gens []*ast.Comprehension, results ...ast.Expr) {
	isAsync := sc.FuncKind == ast.Coroutine || sc.FuncKind == ast.AsyncGenerator
	tla := c.topLevelAwait()
	if sc.FuncKind == ast.Coroutine && !tla &&
		c.u.kind != asyncFunctionUnit && c.u.kind != comprehensionUnit {
		c.fail(p, "asynchronous comprehension outside of an asynchronous function")
		return
	}
	c.body(comprehensionUnit, sc, func() {
		for i, g := range gens {
			if i > 0 {
				c.expr(g.Iter)
			}
			c.target(g.Target)
			c.exprs(g.Ifs)
		}
		c.exprs(results)
	})
	if tla && isAsync {
		c.u.scope.FuncKind = ast.Coroutine
	}
	c.expr(gens[0].Iter)
}
