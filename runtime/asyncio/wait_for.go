package asyncio

import "pyasync/runtime"

// waitForFunc is asyncio.wait_for(aw, timeout), as in 3.11: a coroutine
// that awaits aw (wrapped in a task) for at most timeout seconds; on
// timeout it cancels the task, waits for it to finish, and raises
// TimeoutError from the task's CancelledError. Cancelling wait_for
// cancels the task too.
func waitForFunc(vals []runtime.Value) (runtime.Value, error) {
	aw, timeout := vals[0], vals[1]
	return newCoroutine("wait_for", func() step {
		l, err := getRunningLoop()
		if err != nil {
			return raising(err)
		}
		if timeout == runtime.None {
			return awaiting(aw, onResult(returning))
		}
		now, err := runtime.CompareBool(runtime.CmpLe, timeout, runtime.Int(0))
		if err != nil {
			return raising(err)
		}
		f, err := ensureFuture(l, aw)
		if err != nil {
			return raising(err)
		}
		if now {
			if f.done() {
				return resultStep(f)
			}
			return awaiting(cancelAndWait(f), onResult(func(runtime.Value) step { return timedOut(f) }))
		}
		waiter := newFuture(l)
		timer, err := l.callLater(timeout, releaseTimer(waiter))
		if err != nil {
			return raising(err)
		}
		cb := releaseCallback(waiter)
		f.addDoneCallback(cb)
		return awaiting(waiter, func(_ runtime.Value, err error) step {
			switch {
			case err != nil && !isCancelledError(err):
				timer.Cancel()
				return raising(err)
			case f.done():
				timer.Cancel()
				return resultStep(f)
			}
			f.removeCallback(cb)
			return awaiting(cancelAndWait(f), func(_ runtime.Value, cerr error) step {
				timer.Cancel()
				switch {
				case cerr != nil:
					return raising(cerr)
				case err != nil:
					return raising(err) // wait_for itself was cancelled
				}
				return timedOut(f)
			})
		})
	}), nil
}

// resultStep finishes with the outcome of the done future f.
func resultStep(f *Future) step {
	v, err := f.getResult()
	if err != nil {
		return raising(err)
	}
	return returning(v)
}

// timedOut finishes wait_for after cancelling f: with f's result if it
// finished anyway, else with TimeoutError raised from its CancelledError.
func timedOut(f *Future) step {
	v, err := f.getResult()
	if err != nil && isCancelledError(err) {
		return raising(raiseFrom(runtime.NewException(runtime.TimeoutErrorType), err.(*runtime.Exception)))
	}
	if err != nil {
		return raising(err)
	}
	return returning(v)
}

// raiseFrom is `raise e from cause` inside `except cause`.
func raiseFrom(e, cause *runtime.Exception) *runtime.Exception {
	e.Cause, e.Context, e.SuppressContext = cause, cause, true
	return e
}
