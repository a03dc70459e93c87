package resolve

import (
	"sort"

	"pyasync/ast"
)

// layout writes the analysed blocks into the tree: the frame layout,
// function kind and qualified name of every scope, and every binding.
// Parents are laid out before their children, whose free variables are
// found in their parent's frame.
func layout(module *block, opts Options) {
	module.walk(func(b *block) {
		b.layoutScope()
		for _, r := range b.refs {
			*r.binding = b.binding(r.name)
		}
	})
	if opts.TopLevelAwait && module.coroutine && !module.generator {
		module.scope.FuncKind = ast.Coroutine
	}
}

// layoutScope fills b's Scope. A function frame holds its parameters and
// uncaptured locals in slots (Locals: parameters first, then the other
// locals in order of first appearance) and its captured locals in cells
// (CellNames); a captured parameter has both, and moves from slot to cell
// on entry. A class frame has no slots; its only possible cell is
// __class__. CellNames and FreeNames are sorted, like CPython's co_cellvars
// and co_freevars (the order of a closure's cells).
func (b *block) layoutScope() {
	sc := b.scope
	sc.QualName = b.qualName()
	switch b.kind {
	case moduleBlock:
		return
	case classBlock:
		if b.needsClassCell {
			sc.CellNames = []string{"__class__"}
			sc.ClassCell = 0
		}
	default:
		sc.FuncKind = funcKind(b.coroutine, b.generator)
		sc.Locals = append([]string(nil), b.params...)
		isParam := map[string]bool{}
		for _, p := range b.params {
			isParam[p] = true
		}
		for _, name := range b.order {
			switch sym := b.symbols[name]; {
			case sym.scope == scopeLocal && !isParam[name]:
				sc.Locals = append(sc.Locals, name)
			case sym.scope == scopeCell:
				sc.CellNames = append(sc.CellNames, name)
			}
		}
		sort.Strings(sc.CellNames)
		for slot, p := range b.params {
			if b.symbols[p].scope == scopeCell {
				sc.ParamCells = append(sc.ParamCells, ast.ParamCell{Slot: slot, Cell: index(sc.CellNames, p)})
			}
		}
	}
	for _, name := range b.order {
		if sym := b.symbols[name]; sym.scope == scopeFree || sym.flags&defFreeClass != 0 {
			sc.FreeNames = append(sc.FreeNames, name)
		}
	}
	sort.Strings(sc.FreeNames)
	for _, name := range sc.FreeNames {
		sc.FreeFrom = append(sc.FreeFrom, b.parent.frameCell(name))
	}
}

// frameCell returns the index, in b's frame cells (CellNames then
// FreeNames), of the cell holding name for a nested scope.
func (b *block) frameCell(name string) int {
	if i := index(b.scope.CellNames, name); i >= 0 {
		return i
	}
	return len(b.scope.CellNames) + index(b.scope.FreeNames, name)
}

// binding returns where name, used in b, lives at run time. Module names
// are global. In a class body a name is looked up in the class namespace
// (then the cell of a free variable, then globals) unless it is declared
// global or nonlocal; a name the class never saw (the unbound target of
// `(x): int`) is looked up like a use.
func (b *block) binding(name string) ast.Binding {
	sym := b.symbols[name]
	scope := scopeGlobalImplicit
	if sym != nil {
		scope = sym.scope
	}
	sc := b.scope
	switch {
	case b.kind == moduleBlock || scope == scopeGlobalExplicit:
		return ast.Binding{Kind: ast.BindGlobal}
	case b.kind == classBlock && scope == scopeFree && sym.flags&defNonlocal == 0:
		return ast.Binding{Kind: ast.BindClassBody, Index: len(sc.CellNames) + index(sc.FreeNames, name)}
	case b.kind == classBlock && scope != scopeFree:
		return ast.Binding{Kind: ast.BindClassBody, Index: -1}
	case scope == scopeLocal:
		return ast.Binding{Kind: ast.BindLocal, Index: index(sc.Locals, name)}
	case scope == scopeCell:
		return ast.Binding{Kind: ast.BindCell, Index: index(sc.CellNames, name)}
	case scope == scopeFree:
		return ast.Binding{Kind: ast.BindCell, Index: len(sc.CellNames) + index(sc.FreeNames, name)}
	}
	return ast.Binding{Kind: ast.BindGlobal}
}

// qualName is CPython's __qualname__ for b: nested in a def or lambda it
// is "outer.<locals>.name", in a class or comprehension "outer.name"; a def
// or class whose name (mangled, as CPython looks it up) is declared global
// where it is defined is top-level.
func (b *block) qualName() string {
	p := b.parent
	switch {
	case p == nil:
		return b.scope.Name
	case p.kind == moduleBlock:
		return b.scope.Name
	case (b.kind == defBlock || b.kind == classBlock) && p.symbols[b.bindName].scope == scopeGlobalExplicit:
		return b.scope.Name
	case p.kind == defBlock || p.kind == lambdaBlock:
		return p.scope.QualName + ".<locals>." + b.scope.Name
	}
	return p.scope.QualName + "." + b.scope.Name
}

// funcKind is what calling a function block's code makes.
func funcKind(coroutine, generator bool) ast.FuncKind {
	switch {
	case coroutine && generator:
		return ast.AsyncGenerator
	case coroutine:
		return ast.Coroutine
	case generator:
		return ast.Generator
	}
	return ast.Plain
}

// hasDocstring reports whether a body starts with a string literal.
func hasDocstring(body []ast.Stmt) bool {
	if len(body) == 0 {
		return false
	}
	st, ok := body[0].(*ast.ExprStmt)
	if !ok {
		return false
	}
	c, ok := st.Value.(*ast.Constant)
	return ok && c.Kind == ast.ConstStr
}

// index returns the position of name in names, or -1.
func index(names []string, name string) int {
	for i, n := range names {
		if n == name {
			return i
		}
	}
	return -1
}
