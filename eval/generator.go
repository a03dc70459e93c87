package eval

import (
	"fmt"

	"pyasync/ast"
	"pyasync/runtime"
)

// genCore is the state shared by generators, coroutines and async
// generators: a suspended frame and where it stands.
type genCore struct {
	frame    *Frame
	name     string
	qualname string
	started  bool // the frame has begun running
	running  bool // the frame is running now
	finished bool // the frame returned or raised; it never runs again
	// self is the object that owns this core (for a Coroutine, so that
	// starting it leaves the never-awaited registry).
	self runtime.Value
}

// kindName names the object in messages: "generator", "coroutine",
// "async generator".
func (g *genCore) kindName() string {
	switch g.frame.code.kind {
	case ast.Coroutine:
		return "coroutine"
	case ast.AsyncGenerator:
		return "async generator"
	}
	return "generator"
}

// resume runs the frame until it suspends (done false: result is the value
// it yields) or finishes (done true: result is its return value), sending
// in v or, when exc is non-nil, raising exc at the suspension point.
// An await or yield from in progress gets v or exc first.
func (g *genCore) resume(v runtime.Value, exc error) (result runtime.Value, done bool, err error) {
	if g.running {
		return nil, false, runtime.NewErrorf(runtime.ValueErrorType, "%s already executing", g.kindName())
	}
	fr := g.frame
	in := fr.interp
	first := !g.started
	if first {
		if c, ok := g.self.(runtime.Coroutine); ok {
			runtime.UntrackCoroutine(c)
		}
	}
	g.started = true
	if err := in.enter(fr); err != nil {
		if first {
			g.finished = true
		}
		return nil, false, err
	}
	defer in.leave(fr)
	g.running = true
	defer func() { g.running = false }()
	if fr.awaiting != nil {
		var r runtime.Value
		var d bool
		var e error
		if exc != nil {
			r, d, e = throwInto(fr.awaiting, exc)
		} else {
			r, d, e = fr.awaiting.Send(v)
		}
		if e == nil && !d {
			return r, false, nil
		}
		fr.awaiting = nil
		v, exc = r, e
	}
	fr.agenYield = false
	fr.resuming = !first
	fr.transfer, fr.thrown = v, exc
	var c ctl
	if first {
		if exc != nil {
			err = fr.recordError(exc)
		} else {
			c, err = fr.run()
		}
	} else {
		c, err = fr.run()
	}
	if err == errSuspend {
		return fr.transfer, false, nil
	}
	g.finished = true
	fr.saved = nil
	if err != nil {
		return nil, false, g.leaking(err)
	}
	if c == ctlReturn {
		return fr.retval, true, nil
	}
	return runtime.None, true, nil
}

// leaking replaces a StopIteration (or, for async generators,
// StopAsyncIteration) escaping the frame by CPython's RuntimeError.
func (g *genCore) leaking(err error) error {
	e, ok := err.(*runtime.Exception)
	if !ok {
		return err
	}
	var msg string
	switch {
	case e.IsInstanceOf(runtime.StopIterationType):
		msg = g.kindName() + " raised StopIteration"
	case e.IsInstanceOf(runtime.StopAsyncIterationType) && g.frame.code.kind == ast.AsyncGenerator:
		msg = "async generator raised StopAsyncIteration"
	default:
		return err
	}
	r := runtime.NewError(runtime.RuntimeErrorType, msg)
	r.Cause = e
	r.Context = e
	r.SuppressContext = true
	return r
}

// throwInto raises exc inside a delegate; GeneratorExit closes it first.
func throwInto(r runtime.Resumable, exc error) (runtime.Value, bool, error) {
	e, ok := exc.(*runtime.Exception)
	if !ok {
		return nil, false, exc
	}
	if e.IsInstanceOf(runtime.GeneratorExitType) {
		if err := r.Close(); err != nil {
			return nil, false, err
		}
		return nil, false, e
	}
	return r.Throw(e)
}

// close finishes a suspended frame by raising GeneratorExit in it.
func (g *genCore) close() error {
	if !g.started || g.finished {
		g.finished = true
		return nil
	}
	_, _, err := g.resume(nil, runtime.NewException(runtime.GeneratorExitType))
	if err == nil {
		if !g.finished {
			return runtime.NewErrorf(runtime.RuntimeErrorType, "%s ignored GeneratorExit", g.kindName())
		}
		return nil
	}
	if e, ok := err.(*runtime.Exception); ok && (e.IsInstanceOf(runtime.GeneratorExitType) || e.IsInstanceOf(runtime.StopIterationType)) {
		return nil
	}
	return err
}

// Generator is the object a generator function returns.
type Generator struct{ genCore }

// Coroutine is the object an async def function returns.
type Coroutine struct {
	genCore
	runtime.CoroutineTracking
}

// AsyncGenerator is the object an async generator function returns.
type AsyncGenerator struct {
	genCore
	// runningAsync is true while an asend/athrow awaitable is in progress.
	runningAsync bool
	// hooked is true once the firstiter hook has seen the generator.
	hooked bool
}

// newGenerator wraps a frame, ready to run, in the object its code's kind
// calls for.
func newGenerator(fr *Frame, name, qualname string) runtime.Value {
	core := genCore{frame: fr, name: name, qualname: qualname}
	switch fr.code.kind {
	case ast.Coroutine:
		c := &Coroutine{genCore: core}
		c.self = c
		runtime.TrackCoroutine(c)
		return c
	case ast.AsyncGenerator:
		return &AsyncGenerator{genCore: core}
	}
	return &Generator{core}
}

// Type implements runtime.Value.
func (*Generator) Type() *runtime.Type { return runtime.GeneratorType }

// Type implements runtime.Value.
func (*Coroutine) Type() *runtime.Type { return runtime.CoroutineType }

// Type implements runtime.Value.
func (*AsyncGenerator) Type() *runtime.Type { return runtime.AsyncGeneratorType }

// Send implements runtime.Resumable.
func (g *Generator) Send(v runtime.Value) (runtime.Value, bool, error) {
	if g.finished {
		return runtime.None, true, nil
	}
	if !g.started && v != runtime.None {
		return nil, false, runtime.NewError(runtime.TypeErrorType, "can't send non-None value to a just-started generator")
	}
	return g.resume(v, nil)
}

// Throw implements runtime.Resumable.
func (g *Generator) Throw(exc *runtime.Exception) (runtime.Value, bool, error) {
	if g.finished {
		return nil, false, exc
	}
	return g.resume(nil, exc)
}

// Close implements runtime.Resumable.
func (g *Generator) Close() error { return g.close() }

// Next implements runtime.Iterator.
func (g *Generator) Next() (runtime.Value, bool, error) {
	if g.finished {
		return nil, false, nil
	}
	v, done, err := g.resume(runtime.None, nil)
	if err != nil || done {
		return nil, false, err
	}
	return v, true, nil
}

// Repr implements runtime.Reprer.
func (g *Generator) Repr() (string, error) {
	return "<generator object " + g.qualname + " at " + hexID(g) + ">", nil
}

// Send implements runtime.Resumable.
func (c *Coroutine) Send(v runtime.Value) (runtime.Value, bool, error) {
	if c.finished {
		return nil, false, runtime.NewError(runtime.RuntimeErrorType, "cannot reuse already awaited coroutine")
	}
	if !c.started {
		if v != runtime.None {
			return nil, false, runtime.NewError(runtime.TypeErrorType, "can't send non-None value to a just-started coroutine")
		}
	}
	return c.resume(v, nil)
}

// Throw implements runtime.Resumable.
func (c *Coroutine) Throw(exc *runtime.Exception) (runtime.Value, bool, error) {
	if c.finished {
		return nil, false, runtime.NewError(runtime.RuntimeErrorType, "cannot reuse already awaited coroutine")
	}
	return c.resume(nil, exc)
}

// Close implements runtime.Resumable. Closing a coroutine that never ran
// is not a failure to await it: no warning follows.
func (c *Coroutine) Close() error {
	runtime.UntrackCoroutine(c)
	return c.close()
}

// DefinedAt returns where the coroutine's function was defined.
func (c *Coroutine) DefinedAt() (string, int) { return c.frame.code.tb.Filename, c.frame.code.line }

// FrameLine returns the line the coroutine stands at; ok is false once it
// has finished.
func (c *Coroutine) FrameLine() (int, bool) {
	if c.finished {
		return 0, false
	}
	return int(c.frame.line), true
}

// Started implements runtime.Coroutine.
func (c *Coroutine) Started() bool { return c.started }

// QualName implements runtime.Coroutine.
func (c *Coroutine) QualName() string { return c.qualname }

// Repr implements runtime.Reprer.
func (c *Coroutine) Repr() (string, error) {
	return "<coroutine object " + c.qualname + " at " + hexID(c) + ">", nil
}

// Repr implements runtime.Reprer.
func (g *AsyncGenerator) Repr() (string, error) {
	return "<async_generator object " + g.qualname + " at " + hexID(g) + ">", nil
}

func hexID(v runtime.Value) string { return fmt.Sprintf("%#x", runtime.Id(v)) }
