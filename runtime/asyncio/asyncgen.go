package asyncio

import "pyasync/runtime"

// TrackAsyncGen registers an async generator for finalization: when the
// loop running now (if any) shuts down, asyncio.run closes it, so that
// its finally blocks run. It is CPython's firstiter hook: the evaluator
// calls it the first time __anext__, asend, athrow or aclose is called on
// g. Calling it again for the same generator has no effect.
func TrackAsyncGen(g runtime.Value) {
	l := runningLoop
	if l == nil {
		return
	}
	for _, a := range l.asyncgens {
		if a == g {
			return
		}
	}
	l.asyncgens = append(l.asyncgens, g)
}

// shutdownAsyncgens is loop.shutdown_asyncgens(): a coroutine that closes
// the tracked async generators concurrently (a generator that has finished
// closes at once) and reports the exceptions their closing raised.
func (l *Loop) shutdownAsyncgens() *coroutine {
	return newCoroutine("BaseEventLoop.shutdown_asyncgens", func() step {
		agens := l.asyncgens
		l.asyncgens = nil
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
