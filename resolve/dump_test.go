package resolve

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"pyasync/ast"
)

// dump formats the scopes of a resolved module like testdata/oracle.py
// does CPython's: one line per block, parents first.
func dump(module *block) string {
	var sb strings.Builder
	module.walk(func(b *block) {
		sc := b.scope
		params := b.params
		locals := append([]string(nil), sc.Locals[len(params):]...)
		sort.Strings(locals)
		names := append([]string(nil), b.order...)
		sort.Strings(names)
		syms := make([]string, len(names))
		for i, name := range names {
			syms[i] = name + "=" + scopeNames[b.symbols[name].scope]
		}
		fmt.Fprintf(&sb, "%s %s params=[%s] locals=[%s] cells=[%s] frees=[%s] | %s\n",
			sc.QualName, kindName(b), strings.Join(params, " "), strings.Join(locals, " "),
			strings.Join(sc.CellNames, " "), strings.Join(sc.FreeNames, " "), strings.Join(syms, " "))
	})
	return sb.String()
}

var scopeNames = map[nameScope]string{
	scopeLocal:          "local",
	scopeCell:           "cell",
	scopeFree:           "free",
	scopeGlobalExplicit: "global",
	scopeGlobalImplicit: "implicit",
}

// kindName names the kind of code a block compiles to, as oracle.py does.
func kindName(b *block) string {
	switch k := b.scope.FuncKind; {
	case k == ast.Coroutine:
		return "coroutine"
	case b.kind == moduleBlock:
		return "module"
	case b.kind == classBlock:
		return "class"
	case k == ast.AsyncGenerator:
		return "asyncgen"
	case k == ast.Generator:
		return "generator"
	}
	return "function"
}

// errorLine formats a SyntaxError as oracle.py does.
func errorLine(err error) string {
	var se *ast.SyntaxError
	if !errors.As(err, &se) {
		return "not a SyntaxError: " + err.Error()
	}
	return fmt.Sprintf("error %d:%d-%d:%d %s\n", se.Line, se.Col, se.EndLine, se.EndCol, se.Msg)
}
