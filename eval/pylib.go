package eval

import (
	"embed"

	"pyasync/resolve"
	"pyasync/runtime"
)

// pylib holds the modules pyasync implements in Python (contextlib,
// typing, __future__): imported like the Go-implemented ones, run by the
// importing interpreter.
//
//go:embed pylib/*.py
var pylib embed.FS

// importModule returns the named module: one of the interpreter's Python
// library modules (run on first import, in this interpreter) or a
// Go-implemented runtime module.
func (in *Interp) importModule(name string) (*runtime.Module, error) {
	if m, ok := in.modules[name]; ok {
		return m, nil
	}
	src, err := pylib.ReadFile("pylib/" + name + ".py")
	if err != nil {
		return runtime.ImportModule(name)
	}
	filename := "<pyasync>/" + name + ".py"
	runtime.RegisterSource(filename, src)
	m, err := Compile(filename, filename, src, resolve.Options{})
	if err != nil {
		return nil, err
	}
	mod := runtime.NewModule(name)
	mod.Dict.SetStr("__file__", runtime.Str(filename))
	in.modules[name] = mod
	code := in.codeFor(m.Scope, filename, m.Body, nil)
	fr := in.newFrame(code, nil, mod.Dict)
	if err := in.enter(fr); err != nil {
		return nil, err
	}
	_, err = fr.execBlock(code.body)
	in.leave(fr)
	if err != nil {
		delete(in.modules, name)
		return nil, err
	}
	return mod, nil
}
