package resolve

import "sort"

// nameSet is a set of names.
type nameSet map[string]bool

func (s nameSet) clone() nameSet {
	if s == nil {
		return nil
	}
	c := make(nameSet, len(s))
	for n := range s {
		c[n] = true
	}
	return c
}

func (s nameSet) addAll(t nameSet) {
	for n := range t {
		s[n] = true
	}
}

func (s nameSet) sorted() []string {
	names := make([]string, 0, len(s))
	for n := range s {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// analyze decides the scope of every symbol of the module's blocks
// (CPython's symtable analysis). Errors are reported block by block,
// parents before children, and within a block in symbol order.
func analyze(module *block) error {
	_, err := analyzeBlock(module, nil, nameSet{})
	return err
}

// analyzeBlock decides the scopes of b's symbols and, recursively, of its
// children's. bound holds the names bound in enclosing function blocks (nil
// for the module, which nonlocal can't reach); global the names declared
// global in enclosing blocks and not rebound since. Both are b's own
// copies. It returns the names b's parent must provide as free variables:
// b's own free names and those of its children that b does not bind.
//
// Class bodies are transparent to nested blocks: what a class binds or
// declares is invisible to its methods, except the implicit __class__.
func analyzeBlock(b *block, bound, global nameSet) (nameSet, error) {
	local, free := nameSet{}, nameSet{}
	var childBound, childGlobal nameSet
	if b.kind == classBlock {
		childBound, childGlobal = bound.clone(), global.clone()
	}
	for _, name := range b.order {
		if err := b.analyzeName(name, bound, global, local, free); err != nil {
			return nil, err
		}
	}
	if b.kind == classBlock {
		childBound["__class__"] = true
	} else {
		childBound = nameSet{}
		if b.isFunction() {
			childBound.addAll(local)
		}
		childBound.addAll(bound)
		childGlobal = global.clone()
	}

	childFree := nameSet{}
	for _, c := range b.children {
		f, err := analyzeBlock(c, childBound.clone(), childGlobal.clone())
		if err != nil {
			return nil, err
		}
		childFree.addAll(f)
	}

	// Captured locals become cells; a class provides __class__ itself.
	switch {
	case b.isFunction():
		for name := range childFree {
			if sym := b.symbols[name]; sym != nil && sym.scope == scopeLocal {
				sym.scope = scopeCell
				delete(childFree, name)
			}
		}
	case b.kind == classBlock && childFree["__class__"]:
		b.needsClassCell = true
		delete(childFree, "__class__")
	}
	// The rest passes through b from its parent.
	for _, name := range childFree.sorted() {
		sym := b.symbols[name]
		if sym == nil {
			b.symbol(name).scope = scopeFree
		} else if b.kind == classBlock && sym.flags&(defBound|defGlobal) != 0 {
			sym.flags |= defFreeClass
		}
	}
	free.addAll(childFree)
	return free, nil
}

// analyzeName decides the scope of one of b's names (CPython's
// analyze_name), updating b's sets: global declarations hide enclosing
// bindings, local bindings hide enclosing global declarations.
func (b *block) analyzeName(name string, bound, global, local, free nameSet) error {
	sym := b.symbols[name]
	switch {
	case sym.flags&defGlobal != 0:
		if sym.flags&defNonlocal != 0 {
			return syntaxError(b.directives[name], "name '%s' is nonlocal and global", name)
		}
		sym.scope = scopeGlobalExplicit
		global[name] = true
		delete(bound, name)
	case sym.flags&defNonlocal != 0:
		if bound == nil {
			return syntaxError(b.directives[name], "nonlocal declaration not allowed at module level")
		}
		if !bound[name] {
			return syntaxError(b.directives[name], "no binding for nonlocal '%s' found", name)
		}
		sym.scope = scopeFree
		free[name] = true
	case sym.flags&defBound != 0:
		sym.scope = scopeLocal
		local[name] = true
		delete(global, name)
	case bound[name]:
		sym.scope = scopeFree
		free[name] = true
	default:
		sym.scope = scopeGlobalImplicit
	}
	return nil
}
