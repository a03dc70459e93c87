package resolve

import "pyasync/ast"

// defFlags record how a block uses a name (CPython's DEF_* symbol flags).
type defFlags uint16

const (
	defGlobal    defFlags = 1 << iota // declared global (also: an assignment expression in a module-level comprehension)
	defLocal                          // bound: assigned, deleted, a def/class name, a for/with/except target
	defParam                          // a parameter
	defNonlocal                       // declared nonlocal (also: an assignment expression in a comprehension in a function)
	defUse                            // read
	defFreeClass                      // class bodies only: bound or declared global here, and free in a nested scope
	defImport                         // bound by import
	defAnnot                          // the target of a simple annotated assignment
	defCompIter                       // a comprehension's iteration variable

	defBound = defLocal | defParam | defImport
)

// nameScope is where the analysis puts a name (CPython's symbol scopes).
type nameScope uint8

const (
	scopeGlobalImplicit nameScope = iota // not bound in any enclosing function: globals, then builtins
	scopeGlobalExplicit                  // declared global in this block
	scopeLocal                           // bound in this block and not captured
	scopeCell                            // bound in this function and captured by a nested scope
	scopeFree                            // bound in an enclosing function (or declared nonlocal)
)

// A symbol is one name of a block.
type symbol struct {
	flags defFlags
	scope nameScope // set by analyze
}

// blockKind tells what made a block.
type blockKind uint8

const (
	moduleBlock blockKind = iota
	defBlock              // def and async def
	lambdaBlock
	compBlock // the four comprehensions
	classBlock
)

// A block is one scope under construction (CPython's symtable entry):
// filled by buildSymtable, analysed by analyze, written into the tree by
// layout.
type block struct {
	kind     blockKind
	scope    *ast.Scope // the annotation this block fills; its Name is set on creation
	parent   *block     // nil for the module
	children []*block   // in symtable visit order

	symbols map[string]*symbol
	order   []string // symbol names in order of first appearance
	params  []string // parameter names in slot order (".0" for a comprehension)
	// directives holds, for each name, the position of its first global or
	// nonlocal declaration (or comprehension assignment expression): the
	// place analysis errors point at.
	directives map[string]*ast.Pos
	refs       []ref // the bindings to fill once the names are analysed

	// generator and coroutine are CPython's ste_generator and ste_coroutine:
	// the block yields; the block is async (async def, await, async
	// comprehension clause, or a nested async comprehension).
	generator, coroutine bool
	// compIterTarget is set while visiting a comprehension's loop targets;
	// compIterExpr counts the comprehension iterables being visited (it is
	// inherited by nested blocks: no assignment expression may appear there).
	compIterTarget bool
	compIterExpr   int
	// needsClassCell: a class body whose methods use super() or __class__.
	needsClassCell bool
	// bindName is the name a def or class block's statement binds in its
	// parent: its scope's Name after private name mangling.
	bindName string
}

// A ref is a binding in the tree waiting for its name to be resolved.
type ref struct {
	name    string
	binding *ast.Binding
}

func newBlock(kind blockKind, name string, parent *block) *block {
	sk := ast.FunctionScope
	switch kind {
	case moduleBlock:
		sk = ast.ModuleScope
	case classBlock:
		sk = ast.ClassScope
	}
	b := &block{
		kind:       kind,
		scope:      &ast.Scope{Kind: sk, Name: name, ClassCell: -1},
		parent:     parent,
		symbols:    map[string]*symbol{},
		directives: map[string]*ast.Pos{},
	}
	if parent != nil {
		b.scope.Parent = parent.scope
		parent.children = append(parent.children, b)
		b.compIterExpr = parent.compIterExpr
	}
	return b
}

// isFunction reports whether the block is a function scope (def, lambda or
// comprehension): CPython's FunctionBlock.
func (b *block) isFunction() bool {
	return b.kind == defBlock || b.kind == lambdaBlock || b.kind == compBlock
}

// flags returns the flags of name in b so far (0 if b has not seen it).
func (b *block) flags(name string) defFlags {
	if sym := b.symbols[name]; sym != nil {
		return sym.flags
	}
	return 0
}

// symbol returns b's symbol for name, adding it if new.
func (b *block) symbol(name string) *symbol {
	sym := b.symbols[name]
	if sym == nil {
		sym = &symbol{}
		b.symbols[name] = sym
		b.order = append(b.order, name)
	}
	return sym
}

// recordDirective remembers where name was first declared global or nonlocal.
func (b *block) recordDirective(name string, p *ast.Pos) {
	if _, ok := b.directives[name]; !ok {
		b.directives[name] = p
	}
}

// walk calls f for b and every block nested in it, parents first.
func (b *block) walk(f func(*block)) {
	f(b)
	for _, c := range b.children {
		c.walk(f)
	}
}
