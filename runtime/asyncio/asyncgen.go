package asyncio

import "pyasync/runtime"

// AsyncGenerator is what the event loop needs of an async generator
// object: it closes it by calling its aclose method.
type AsyncGenerator interface {
	runtime.Value
	// Finished reports whether the generator can no longer run (it
	// returned, raised or was closed): it then needs no closing.
	Finished() bool
}

// TrackAsyncGen registers an async generator for finalization: when the
// loop running now (if any) shuts down, asyncio.run closes it, so that
// its finally blocks run. It is CPython's firstiter hook, installed as
// runtime.AsyncGenFirstIter: the evaluator calls it once per generator,
// the first time __anext__, asend, athrow or aclose is called on it.
func TrackAsyncGen(g AsyncGenerator) {
	if l := runningLoop; l != nil {
		l.asyncgens.add(g, func(g AsyncGenerator) bool { return !g.Finished() })
	}
}

// finalizeAsyncGen is CPython's finalizer hook: an async generator
// dropped before it finished is closed by a task that the running loop
// creates on its next iteration.
func finalizeAsyncGen(g AsyncGenerator) {
	l := runningLoop
	if l == nil || g.Finished() {
		return
	}
	aclose, err := runtime.GetAttr(g, "aclose")
	if err != nil {
		return
	}
	aw, err := runtime.Call(aclose, nil, nil)
	if err != nil {
		return
	}
	l.callSoon("BaseEventLoop.create_task", func() error {
		_, err := newTask(l, aw, nil)
		return err
	})
}

// init installs the hooks.
func init() {
	runtime.AsyncGenFirstIter = func(v runtime.Value) {
		if g, ok := v.(AsyncGenerator); ok {
			TrackAsyncGen(g)
		}
	}
	runtime.AsyncGenFinalizer = func(v runtime.Value) {
		if g, ok := v.(AsyncGenerator); ok {
			finalizeAsyncGen(g)
		}
	}
}

// shutdownAsyncgens is loop.shutdown_asyncgens(): a coroutine that closes
// the tracked async generators concurrently (a generator that has finished
// closes at once) and reports the exceptions their closing raised.
func (l *Loop) shutdownAsyncgens() *coroutine {
	return newCoroutine("BaseEventLoop.shutdown_asyncgens", func() step {
		agens := l.asyncgens.take()
		if len(agens) == 0 {
			return returning(runtime.None)
		}
		closers := make([]runtime.Value, len(agens))
		for i, g := range agens {
			aclose, err := runtime.GetAttr(g, "aclose")
			if err == nil {
				closers[i], err = runtime.Call(aclose, nil, nil)
			}
			if err != nil {
				return raising(err)
			}
		}
		all, err := gather(closers, true)
		if err != nil {
			return raising(err)
		}
		return awaiting(all, onResult(func(results runtime.Value) step {
			for i, r := range results.(*runtime.List).Elems {
				if e, ok := r.(*runtime.Exception); ok && e.IsInstanceOf(runtime.ExceptionType) {
					l.reportError(newErrorContext("an error occurred during closing of asynchronous generator "+fullRepr(agens[i]), e, "asyncgen", agens[i]))
				}
			}
			return returning(runtime.None)
		}))
	})
}

// shutdownDefaultExecutor is loop.shutdown_default_executor(): there is
// no executor, so the coroutine returns at once. asyncio.run still runs
// it, as CPython does, for the loop iterations and the task name it takes.
func shutdownDefaultExecutor() *coroutine {
	return newCoroutine("BaseEventLoop.shutdown_default_executor", func() step {
		return returning(runtime.None)
	})
}
