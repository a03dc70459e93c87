package eval

import (
	"pyasync/ast"
	"pyasync/runtime"
)

// newBuiltins returns the builtins namespace of an interpreter: runtime's
// builtins plus those that inspect the interpreter's running frame.
func (in *Interp) newBuiltins() *runtime.Dict {
	b := runtime.Builtins.Copy()
	for _, f := range runtime.AsyncIterationBuiltins {
		b.SetStr(f.Name, f)
	}
	b.SetStr("globals", runtime.NewBuiltin("globals", func(args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("globals", args, 0, 0); err != nil {
			return nil, err
		}
		return in.frame.globals, nil
	}))
	b.SetStr("locals", runtime.NewBuiltin("locals", func(args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("locals", args, 0, 0); err != nil {
			return nil, err
		}
		return in.frame.locals(), nil
	}))
	return b
}

// locals returns a snapshot of the frame's variables (the namespace itself
// for module and class bodies), like CPython's locals().
func (fr *Frame) locals() *runtime.Dict {
	if fr.ns != nil {
		return fr.ns
	}
	scope := fr.code.scope
	if scope.Kind == ast.ModuleScope {
		return fr.globals
	}
	d := runtime.NewDict()
	for i, name := range scope.Locals {
		if v := fr.slots[i]; v != nil && name[0] != '.' {
			d.SetStr(name, v)
		}
	}
	for i, name := range append(append([]string(nil), scope.CellNames...), scope.FreeNames...) {
		if v := fr.cells[i].Value; v != nil {
			d.SetStr(name, v)
		}
	}
	return d
}
