package asyncio

import (
	"fmt"

	"pyasync/runtime"
)

// A step is where the body of a Go coroutine stands: it either awaits an
// awaitable, and then the continuation receives the awaitable's result or
// exception, or it has finished, returning result or raising err.
type step struct {
	awaits runtime.Value
	then   func(result runtime.Value, err error) step
	result runtime.Value
	err    error
}

// awaiting is the step `await aw`, continued by then.
func awaiting(aw runtime.Value, then func(runtime.Value, error) step) step {
	return step{awaits: aw, then: then}
}

// returning is the step `return v`.
func returning(v runtime.Value) step { return step{result: v} }

// raising is the step `raise err`.
func raising(err error) step { return step{err: err} }

// onResult is the continuation that goes on with next when the awaitable
// returned, and raises its exception when it raised one.
func onResult(next func(runtime.Value) step) func(runtime.Value, error) step {
	return func(v runtime.Value, err error) step {
		if err != nil {
			return raising(err)
		}
		return next(v)
	}
}

// coroutine is a coroutine object implemented in Go: asyncio.sleep(),
// Queue.get(), Lock.acquire() and the other `async def` functions of
// CPython's asyncio. Its body is written in continuation-passing style: it
// runs on the first send and returns its first step; each awaited
// awaitable is driven like `await` drives it (values it yields pass
// through to the task, sends and throws go to it), and its outcome is fed
// to the step's continuation.
//
// Invariants: before the first send body is set and inner is nil; while
// suspended, inner is the awaitable's iterator and then its continuation;
// once finished, all three are nil. running is true during a send, throw
// or close, which refuse to nest.
type coroutine struct {
	runtime.CoroutineTracking
	qualname string
	body     func() step
	started  bool
	finished bool
	running  bool
	inner    runtime.Resumable
	then     func(runtime.Value, error) step
}

// newCoroutine makes a coroutine object named qualname (as warnings and
// reprs show it: "sleep", "Queue.get") that runs body when first sent.
// Like any coroutine, it warns at exit if it is never awaited.
func newCoroutine(qualname string, body func() step) *coroutine {
	c := &coroutine{qualname: qualname, body: body}
	runtime.TrackCoroutine(c)
	return c
}

// Type implements runtime.Value.
func (*coroutine) Type() *runtime.Type { return runtime.CoroutineType }

// Repr implements runtime.Reprer.
func (c *coroutine) Repr() (string, error) {
	return fmt.Sprintf("<coroutine object %s at %#x>", c.qualname, runtime.Id(c)), nil
}

// Started implements runtime.Coroutine.
func (c *coroutine) Started() bool { return c.started }

// QualName implements runtime.Coroutine.
func (c *coroutine) QualName() string { return c.qualname }

// resume runs one send, throw or close of the coroutine.
func (c *coroutine) resume(run func() (runtime.Value, bool, error)) (runtime.Value, bool, error) {
	if c.running {
		return nil, false, runtime.NewError(runtime.ValueErrorType, "coroutine already executing")
	}
	c.running = true
	defer func() { c.running = false }()
	return run()
}

// Send implements runtime.Resumable.
func (c *coroutine) Send(v runtime.Value) (runtime.Value, bool, error) {
	return c.resume(func() (runtime.Value, bool, error) { return c.send(v) })
}

func (c *coroutine) send(v runtime.Value) (runtime.Value, bool, error) {
	switch {
	case c.finished:
		return nil, false, reuseError()
	case !c.started:
		if v != runtime.None {
			return nil, false, runtime.NewError(runtime.TypeErrorType, "can't send non-None value to a just-started coroutine")
		}
		c.start()
		body := c.body
		c.body = nil
		return c.follow(body())
	}
	return c.resumed(c.inner.Send(v))
}

// Throw implements runtime.Resumable: exc is raised where the coroutine
// is suspended (at once, if it has not started).
func (c *coroutine) Throw(exc *runtime.Exception) (runtime.Value, bool, error) {
	return c.resume(func() (runtime.Value, bool, error) { return c.throw(exc) })
}

func (c *coroutine) throw(exc *runtime.Exception) (runtime.Value, bool, error) {
	switch {
	case c.finished:
		return nil, false, reuseError()
	case !c.started:
		c.start()
		c.finish()
		return nil, false, exc
	case exc.IsInstanceOf(runtime.GeneratorExitType):
		return c.follow(c.then(nil, c.closeInner(exc)))
	}
	return c.resumed(c.inner.Throw(exc))
}

// Close implements runtime.Resumable: GeneratorExit is raised where the
// coroutine is suspended, after closing what it awaits.
func (c *coroutine) Close() error {
	_, _, err := c.resume(func() (runtime.Value, bool, error) { return nil, false, c.close() })
	return err
}

func (c *coroutine) close() error {
	if !c.started || c.finished {
		c.start()
		c.finish()
		return nil
	}
	exit := runtime.NewException(runtime.GeneratorExitType)
	st := c.then(nil, c.closeInner(exit))
	c.finish()
	switch {
	case st.awaits != nil:
		return runtime.NewError(runtime.RuntimeErrorType, "coroutine ignored GeneratorExit")
	case st.err == nil:
		return nil
	}
	if e, ok := st.err.(*runtime.Exception); ok && e.IsInstanceOf(runtime.GeneratorExitType) {
		return nil
	}
	return st.err
}

// closeInner closes the awaited iterator; the error it raises replaces
// exit.
func (c *coroutine) closeInner(exit *runtime.Exception) error {
	if err := c.inner.Close(); err != nil {
		return err
	}
	return exit
}

func (c *coroutine) start() {
	if !c.started {
		c.started = true
		runtime.UntrackCoroutine(c)
	}
}

func (c *coroutine) finish() {
	c.finished = true
	c.body, c.inner, c.then = nil, nil, nil
}

// resumed handles the outcome of one step of the awaited iterator.
func (c *coroutine) resumed(v runtime.Value, done bool, err error) (runtime.Value, bool, error) {
	if err == nil && !done {
		return v, false, nil
	}
	return c.follow(c.then(v, err))
}

// follow runs the body from st until it suspends in an awaitable that
// yields, or finishes.
func (c *coroutine) follow(st step) (runtime.Value, bool, error) {
	for st.awaits != nil {
		it, err := runtime.AwaitIter(st.awaits)
		if err != nil {
			st = st.then(nil, err)
			continue
		}
		v, done, err := it.Send(runtime.None)
		if err == nil && !done {
			c.inner, c.then = it, st.then
			return v, false, nil
		}
		st = st.then(v, err)
	}
	c.finish()
	if st.err != nil {
		if e, ok := st.err.(*runtime.Exception); ok {
			e.AddTraceback(c, &runtime.Code{Filename: "asyncio", Name: c.qualname}, 0)
		}
		return nil, false, st.err
	}
	return orNone(st.result), true, nil
}

func reuseError() error {
	return runtime.NewError(runtime.RuntimeErrorType, "cannot reuse already awaited coroutine")
}
