package asyncio

import "pyasync/runtime"

// waitFunc is asyncio.wait(fs, *, timeout=None,
// return_when=ALL_COMPLETED): a coroutine that waits until the futures of
// fs are done (all of them, the first one, or the first to raise), or the
// timeout passes, and returns the sets (done, pending).
func waitFunc(vals []runtime.Value) (runtime.Value, error) {
	fs, timeout, returnWhen := vals[0], orNone(vals[1]), vals[2]
	if returnWhen == nil {
		returnWhen = runtime.Str(allCompleted)
	}
	return newCoroutine("wait", func() step {
		futs, err := waitArgs(fs, returnWhen)
		if err != nil {
			return raising(err)
		}
		l, err := getRunningLoop()
		if err != nil {
			return raising(err)
		}
		mode, _ := returnWhen.(runtime.Str)
		return waitFutures(l, futs, timeout, string(mode), func() step {
			done, pending := runtime.NewSet(), runtime.NewSet()
			for _, f := range futs {
				s := pending
				if f.done() {
					s = done
				}
				if err := s.Add(f.owner); err != nil {
					return raising(err)
				}
			}
			return returning(runtime.Tuple{done, pending})
		})
	}), nil
}

// waitArgs checks wait()'s arguments and returns its distinct futures.
func waitArgs(fs, returnWhen runtime.Value) ([]*Future, error) {
	_, isFuture := fs.(futureLike)
	if _, isCoro := asCoroutine(fs); isFuture || isCoro {
		return nil, runtime.NewErrorf(runtime.TypeErrorType, "expect a list of futures, not %s", runtime.TypeName(fs))
	}
	nonEmpty, err := runtime.Truth(fs)
	if err != nil {
		return nil, err
	}
	if !nonEmpty {
		return nil, runtime.NewError(runtime.ValueErrorType, "Set of Tasks/Futures is empty.")
	}
	if s, ok := returnWhen.(runtime.Str); !ok || (s != firstCompleted && s != firstException && s != allCompleted) {
		w, err := runtime.ToStr(returnWhen)
		if err != nil {
			return nil, err
		}
		return nil, runtime.NewErrorf(runtime.ValueErrorType, "Invalid return_when value: %s", w)
	}
	items, err := runtime.ToSlice(fs)
	if err != nil {
		return nil, err
	}
	items, err = distinct(items)
	if err != nil {
		return nil, err
	}
	futs := make([]*Future, len(items))
	for i, it := range items {
		if _, isCoro := asCoroutine(it); isCoro {
			return nil, runtime.NewError(runtime.TypeErrorType, "Passing coroutines is forbidden, use tasks explicitly.")
		}
		fl, ok := it.(futureLike)
		if !ok {
			return nil, runtime.NewErrorf(runtime.AttributeErrorType, "'%s' object has no attribute 'add_done_callback'", runtime.TypeName(it))
		}
		futs[i] = fl.future()
	}
	return futs, nil
}

// distinct drops repeated items, keeping the first of each (set(fs), in
// the order of fs).
func distinct(items []runtime.Value) ([]runtime.Value, error) {
	seen := runtime.NewSet()
	var out []runtime.Value
	for _, it := range items {
		dup, err := seen.Contains(it)
		if err != nil {
			return nil, err
		}
		if !dup {
			if err := seen.Add(it); err != nil {
				return nil, err
			}
			out = append(out, it)
		}
	}
	return out, nil
}

// waitFutures is CPython's tasks._wait: it waits until futs are done as
// returnWhen asks, or timeout (a number, or None) passes, then continues
// with then.
func waitFutures(l *Loop, futs []*Future, timeout runtime.Value, returnWhen string, then func() step) step {
	waiter := newFuture(l)
	var timer *TimerHandle
	if timeout != runtime.None {
		var err error
		if timer, err = l.callLater(timeout, releaseTimer(waiter)); err != nil {
			return raising(err)
		}
	}
	counter := len(futs)
	onCompletion := &doneCallback{label: "_wait.<locals>._on_completion", fn: func(f *Future) error {
		counter--
		if counter <= 0 || returnWhen == firstCompleted || returnWhen == firstException && !f.cancelled() && retrieveException(f) != nil {
			if timer != nil {
				timer.Cancel()
			}
			if !waiter.done() {
				return waiter.setResult(runtime.None)
			}
		}
		return nil
	}}
	for _, f := range futs {
		f.addDoneCallback(onCompletion)
	}
	return awaiting(waiter, func(_ runtime.Value, err error) step {
		if timer != nil {
			timer.Cancel()
		}
		for _, f := range futs {
			f.removeCallback(onCompletion)
		}
		if err != nil {
			return raising(err)
		}
		return then()
	})
}

// retrieveException is Future.exception() on a finished future.
func retrieveException(f *Future) *runtime.Exception {
	f.logTraceback = false
	return f.exc
}

// releaseWaiter is CPython's _release_waiter: it completes waiter,
// unless it is done already. releaseTimer and releaseCallback schedule it.
func releaseWaiter(waiter *Future) error {
	if !waiter.done() {
		return waiter.setResult(runtime.None)
	}
	return nil
}

// releaseTimer is the handle of a timer that releases waiter.
func releaseTimer(waiter *Future) Handle {
	return Handle{label: "_release_waiter", fn: func() error { return releaseWaiter(waiter) }}
}

// releaseCallback is the done callback that releases waiter.
func releaseCallback(waiter *Future) *doneCallback {
	return &doneCallback{label: "_release_waiter", fn: func(*Future) error { return releaseWaiter(waiter) }}
}

// cancelAndWait is CPython's _cancel_and_wait: a coroutine that cancels f
// and waits until it is done.
func cancelAndWait(f *Future) *coroutine {
	return newCoroutine("_cancel_and_wait", func() step {
		waiter := newFuture(f.loop)
		cb := releaseCallback(waiter)
		f.addDoneCallback(cb)
		f.owner.(futureLike).cancelFuture(nil)
		return awaiting(waiter, func(_ runtime.Value, err error) step {
			f.removeCallback(cb)
			if err != nil {
				return raising(err)
			}
			return returning(runtime.None)
		})
	})
}
