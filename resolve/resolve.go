// Package resolve is the pass between the parser and the evaluator. It
// decides where every name lives (frame slot, cell, class namespace or
// globals), what calling each function makes (plain result, generator,
// coroutine or async generator), and raises the SyntaxErrors CPython 3.11
// raises after parsing.
//
// First it applies private name mangling (mangle.go): inside a class,
// `__spam` becomes `_Class__spam` in the tree itself.
//
// It mirrors CPython's two compile-time stages, because which error a
// program with several errors reports depends on them:
//
//  1. the symbol table (symtable.go): one walk in CPython's symtable order
//     builds a block per scope with the flags of every name, and reports
//     errors about declarations (duplicate arguments, misplaced global and
//     nonlocal, yield in a comprehension, assignment expressions in
//     comprehensions, import * in a function). Then the analysis
//     (analyze.go) decides each name's scope (local, cell, free, global)
//     and reports unresolvable nonlocal declarations. The results are
//     written into the tree (layout.go).
//  2. the compiler's checks (check.go): a second walk in CPython's code
//     generation order over the annotated tree reports misplaced return,
//     yield, await, async for, async with, asynchronous comprehensions,
//     break, continue and starred expressions.
//
// Each stage stops at its first error; the first stage's error wins.
package resolve

import (
	"fmt"

	"pyasync/ast"
)

// Options select the compilation mode.
type Options struct {
	// TopLevelAwait is the asyncio REPL's mode (CPython's
	// PyCF_ALLOW_TOP_LEVEL_AWAIT): await, async for, async with and
	// asynchronous comprehensions are allowed at module level (not inside a
	// class body, lambda or plain def), and a module that uses one of them
	// gets FuncKind Coroutine, so that it is run as a coroutine.
	TopLevelAwait bool
	// Warn, when set, receives the SyntaxWarnings CPython's compiler emits
	// ("is" with a literal, a call or subscript that misses a comma), in
	// compilation order, with the line they concern.
	Warn func(line int, msg string)
}

// Module resolves a parsed module. It sets every Scope field of the module,
// function, lambda, comprehension and class nodes, the Binding of every
// Name, the NameBinding of every FunctionDef, ClassDef and named
// ExceptHandler, and the Binding of every Alias except the `*` of a star
// import. It returns the first compile-time error, an *ast.SyntaxError,
// and may leave the annotations incomplete when it does.
func Module(m *ast.Module, opts Options) error {
	_, err := resolve(m, opts)
	return err
}

// resolve runs the passes and returns the module's block.
func resolve(m *ast.Module, opts Options) (*block, error) {
	module, err := buildSymtable(m)
	if err != nil {
		return nil, err
	}
	if err := analyze(module); err != nil {
		return nil, err
	}
	layout(module, opts)
	return module, check(m, opts)
}

// syntaxError builds CPython's SyntaxError for the source range p: offsets
// are 1-based, like SyntaxError.offset and end_offset.
func syntaxError(p *ast.Pos, format string, args ...any) *ast.SyntaxError {
	e := &ast.SyntaxError{
		Kind: "SyntaxError",
		Msg:  fmt.Sprintf(format, args...),
		Line: p.Line,
		Col:  p.Col + 1,
	}
	if p.EndLine > 0 {
		e.EndLine, e.EndCol = p.EndLine, p.EndCol+1
	}
	return e
}
