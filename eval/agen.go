package eval

import (
	"pyasync/runtime"
)

var (
	asendType  = runtime.NewIteratorType("async_generator_asend")
	athrowType = runtime.NewIteratorType("async_generator_athrow")
)

// agenStep is the awaitable returned by an async generator's __anext__,
// asend, athrow and aclose: awaiting it runs the generator to its next
// yield, whose value becomes the await's result.
type agenStep struct {
	gen   *AsyncGenerator
	value runtime.Value      // sent on the first step (asend)
	exc   *runtime.Exception // thrown on the first step (athrow, aclose)
	close bool               // aclose: the generator must not yield again
	state int                // stepInit, stepRunning, stepDone
}

const (
	stepInit = iota
	stepRunning
	stepDone
)

// Type implements runtime.Value.
func (a *agenStep) Type() *runtime.Type {
	if a.exc != nil {
		return athrowType
	}
	return asendType
}

// Await implements the awaitable protocol: the step is its own iterator.
func (a *agenStep) Await() (runtime.Resumable, error) { return a, nil }

// Send implements runtime.Resumable.
func (a *agenStep) Send(v runtime.Value) (runtime.Value, bool, error) {
	switch a.state {
	case stepDone:
		if a.exc != nil {
			return nil, false, runtime.NewError(runtime.RuntimeErrorType, "cannot reuse already awaited aclose()/athrow()")
		}
		return nil, false, runtime.NewError(runtime.RuntimeErrorType, "cannot reuse already awaited __anext__()/asend()")
	case stepInit:
		g := a.gen
		if g.runningAsync {
			what := "anext()"
			if a.close {
				what = "aclose()"
			} else if a.exc != nil {
				what = "athrow()"
			}
			a.state = stepDone
			return nil, false, runtime.NewErrorf(runtime.RuntimeErrorType, "%s: asynchronous generator is already running", what)
		}
		a.state = stepRunning
		if a.exc != nil {
			if !g.started || g.finished {
				a.state = stepDone
				g.finished = true
				if a.close {
					return runtime.None, true, nil
				}
				return nil, false, a.exc
			}
			g.runningAsync = true
			return a.result(g.resume(nil, a.exc))
		}
		if g.finished {
			a.state = stepDone
			return nil, false, runtime.NewException(runtime.StopAsyncIterationType)
		}
		if v == runtime.None {
			v = a.value
		}
		if !g.started && v != runtime.None {
			a.state = stepDone
			return nil, false, runtime.NewError(runtime.TypeErrorType, "can't send non-None value to a just-started async generator")
		}
		g.runningAsync = true
		return a.result(g.resume(v, nil))
	}
	return a.result(a.gen.resume(v, nil))
}

// Throw implements runtime.Resumable.
func (a *agenStep) Throw(exc *runtime.Exception) (runtime.Value, bool, error) {
	if a.state == stepDone {
		return nil, false, runtime.NewError(runtime.RuntimeErrorType, "cannot reuse already awaited __anext__()/asend()")
	}
	if a.state == stepInit {
		a.state = stepRunning
		a.gen.runningAsync = true
	}
	return a.result(a.gen.resume(nil, exc))
}

// Close implements runtime.Resumable.
func (a *agenStep) Close() error {
	a.state = stepDone
	a.gen.runningAsync = false
	return nil
}

// Next implements runtime.Iterator (awaitables are iterators).
func (a *agenStep) Next() (runtime.Value, bool, error) {
	v, done, err := a.Send(runtime.None)
	if err != nil {
		return nil, false, err
	}
	if done {
		return nil, false, runtime.NewException(runtime.StopIterationType, v)
	}
	return v, true, nil
}

// result interprets one step of the generator's frame: a yield in its
// body completes the awaitable; a suspension inside an await is passed out
// to whoever drives the awaitable (the event loop).
func (a *agenStep) result(v runtime.Value, done bool, err error) (runtime.Value, bool, error) {
	g := a.gen
	finish := func() { a.state = stepDone; g.runningAsync = false }
	switch {
	case err != nil:
		finish()
		if a.close {
			if e, ok := err.(*runtime.Exception); ok && (e.IsInstanceOf(runtime.GeneratorExitType) || e.IsInstanceOf(runtime.StopAsyncIterationType)) {
				return runtime.None, true, nil
			}
		}
		return nil, false, err
	case done:
		finish()
		if a.close {
			return runtime.None, true, nil
		}
		return nil, false, runtime.NewException(runtime.StopAsyncIterationType)
	case g.frame.agenYield:
		finish()
		if a.close {
			return nil, false, runtime.NewError(runtime.RuntimeErrorType, "async generator ignored GeneratorExit")
		}
		return v, true, nil
	}
	return v, false, nil
}

// anext returns the awaitable of one step (__anext__ / asend(value)).
func (g *AsyncGenerator) anext(value runtime.Value) *agenStep {
	g.firstIter()
	return &agenStep{gen: g, value: value}
}

// athrow returns the awaitable that raises exc at the generator's yield.
func (g *AsyncGenerator) athrow(exc *runtime.Exception) *agenStep {
	g.firstIter()
	return &agenStep{gen: g, exc: exc}
}

// aclose returns the awaitable that closes the generator.
func (g *AsyncGenerator) aclose() *agenStep {
	g.firstIter()
	return &agenStep{gen: g, exc: runtime.NewException(runtime.GeneratorExitType), close: true}
}

// firstIter calls the firstiter hook the first time the generator is
// iterated.
func (g *AsyncGenerator) firstIter() {
	if g.hooked {
		return
	}
	g.hooked = true
	if hook := runtime.AsyncGenFirstIter; hook != nil {
		hook(g)
	}
}

// Finished reports whether the generator can no longer run.
func (g *AsyncGenerator) Finished() bool { return g.finished }
