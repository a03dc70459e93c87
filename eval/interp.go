package eval

import (
	"pyasync/ast"
	"pyasync/runtime"
)

// Interp is one interpreter: its main module, the current frame and the
// recursion depth. An Interp runs on one goroutine at a time.
type Interp struct {
	// Interactive makes expression statements at module level echo their
	// value through sys.displayhook, as the REPL does.
	Interactive bool

	Main     *runtime.Module
	builtins *runtime.Dict
	frame    *Frame // the innermost running frame
	depth    int
	// spare holds frames of finished plain calls for reuse (see
	// Frame.escaped); a call that did not escape costs no frame allocation.
	spare []*Frame
	codes map[*ast.Scope]*Code
	// modules are the Python library modules imported so far.
	modules map[string]*runtime.Module
	// postponed marks the module namespaces that did
	// `from __future__ import annotations`: their defs do not evaluate
	// annotations.
	postponed map[*runtime.Dict]bool
}

// New returns an interpreter whose __main__ module is named by name.
func New() *Interp {
	in := &Interp{
		Main:      runtime.NewModule("__main__"),
		codes:     map[*ast.Scope]*Code{},
		modules:   map[string]*runtime.Module{},
		postponed: map[*runtime.Dict]bool{},
	}
	in.builtins = in.newBuiltins()
	runtime.HandledException = func() *runtime.Exception {
		if in.frame == nil {
			return nil
		}
		return in.frame.handled()
	}
	builtins := runtime.NewModule("builtins")
	builtins.Dict = in.builtins
	in.Main.Dict.SetStr("__builtins__", builtins)
	in.Main.Dict.SetStr("__doc__", runtime.None)
	return in
}

// ExecModule runs a resolved module body in the main module's namespace.
// A module that awaits at top level (the REPL's mode) returns the coroutine
// to drive instead of running; otherwise coro is nil.
func (in *Interp) ExecModule(m *ast.Module, filename string) (coro runtime.Value, err error) {
	code := in.codeFor(m.Scope, filename, m.Body, nil)
	fr := in.newFrame(code, nil, in.Main.Dict)
	if code.kind == ast.Coroutine {
		return newGenerator(fr, "<module>", "<module>"), nil
	}
	if err := in.enter(fr); err != nil {
		return nil, err
	}
	defer in.leave(fr)
	_, err = fr.execBlock(code.body)
	return nil, err
}

// enter pushes fr as the running frame, enforcing the recursion limit.
func (in *Interp) enter(fr *Frame) error {
	if in.depth >= runtime.RecursionLimit {
		return runtime.NewError(runtime.RecursionErrorType, "maximum recursion depth exceeded")
	}
	in.depth++
	fr.back = in.frame
	in.frame = fr
	return nil
}

// leave pops fr, which must be the running frame.
func (in *Interp) leave(fr *Frame) {
	in.depth--
	in.frame = fr.back
	fr.back = nil
}

// newFrame makes a frame for code with the given closure cells.
func (in *Interp) newFrame(code *Code, closure []*runtime.Cell, globals *runtime.Dict) *Frame {
	var fr *Frame
	if n := len(in.spare); n > 0 && code.kind == ast.Plain {
		fr = in.spare[n-1]
		in.spare = in.spare[:n-1]
		fr.code, fr.globals = code, globals
		if cap(fr.slots) >= code.nslots {
			fr.slots = fr.slots[:code.nslots]
		} else {
			fr.slots = make([]runtime.Value, code.nslots)
		}
	} else {
		fr = &Frame{interp: in, code: code, globals: globals}
		if code.nslots > 0 {
			fr.slots = make([]runtime.Value, code.nslots)
		}
	}
	ncell := len(code.scope.CellNames)
	if ncell+len(closure) > 0 {
		fr.cells = make([]*runtime.Cell, ncell+len(closure))
		for i := 0; i < ncell; i++ {
			fr.cells[i] = &runtime.Cell{}
		}
		copy(fr.cells[ncell:], closure)
	}
	return fr
}

// maxSpareFrames bounds the frames kept for reuse.
const maxSpareFrames = 64

// release returns the frame of a finished plain call for reuse, unless
// something may still refer to it: a traceback entry (escaped).
func (in *Interp) release(fr *Frame) {
	if fr.escaped || len(in.spare) >= maxSpareFrames {
		return
	}
	slots := fr.slots
	clear(slots)
	*fr = Frame{interp: in, slots: slots[:0]}
	in.spare = append(in.spare, fr)
}

// recordError notes that err (a Python exception) passed through fr at its
// current line: a new exception gets its __context__ from the exception
// being handled, and each pass through a frame adds one traceback entry.
func (fr *Frame) recordError(err error) error {
	e, ok := err.(*runtime.Exception)
	if !ok {
		return err
	}
	if e.Traceback == nil {
		setContext(e, fr.handled())
	}
	if e.Traceback == nil || e.Traceback.Frame != fr {
		fr.escaped = true
		e.AddTraceback(fr, fr.code.tb, int(fr.line))
	}
	return e
}

// setContext makes handled the implicit context of a newly raised e, unless
// that would create a cycle (CPython's rule in _PyErr_SetObject).
func setContext(e, handled *runtime.Exception) {
	if handled == nil || handled == e {
		return
	}
	// Break a cycle that would make e its own context.
	for o := handled; o != nil; o = o.Context {
		if o.Context == e {
			o.Context = nil
			break
		}
	}
	e.Context = handled
}
