package asyncio

import "pyasync/runtime"

var waitSig = signature{name: "wait", params: []string{"fs"}, required: 1, kwonly: []string{"timeout", "return_when"}}

// waitFunc is asyncio.wait(fs, *, timeout=None,
// return_when=ALL_COMPLETED): a coroutine that waits until the futures of
// fs are done (all of them, the first one, or the first to raise), or the
// timeout passes, and returns the sets (done, pending).
func waitFunc(args []runtime.Value, kwnames []string) (runtime.Value, error) {
	vals, _, err := waitSig.bind(args, kwnames)
	if err != nil {
		return nil, err
	}
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
	if _, isCoro := fs.(runtime.Coroutine); isFuture || isCoro {
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
		if _, isCoro := it.(runtime.Coroutine); isCoro {
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
		if timer, err = l.callLater(timeout, releaseWaiter(waiter)); err != nil {
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
			f.removeDoneCallback(func(cb *doneCallback) bool { return cb == onCompletion })
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

// releaseWaiter is the handle of CPython's _release_waiter: it completes
// waiter, unless it is done already.
func releaseWaiter(waiter *Future) Handle {
	return Handle{label: "_release_waiter", fn: func() error { return releaseNow(waiter) }}
}

func releaseNow(waiter *Future) error {
	if !waiter.done() {
		return waiter.setResult(runtime.None)
	}
	return nil
}

// cancelAndWait is CPython's _cancel_and_wait: a coroutine that cancels f
// and waits until it is done.
func cancelAndWait(f *Future) *coroutine {
	return newCoroutine("_cancel_and_wait", func() step {
		waiter := newFuture(f.loop)
		cb := &doneCallback{label: "_release_waiter", fn: func(*Future) error { return releaseNow(waiter) }}
		f.addDoneCallback(cb)
		f.owner.(futureLike).cancelFuture(nil)
		return awaiting(waiter, func(_ runtime.Value, err error) step {
			f.removeDoneCallback(func(c *doneCallback) bool { return c == cb })
			if err != nil {
				return raising(err)
			}
			return returning(runtime.None)
		})
	})
}

var waitForSig = signature{name: "wait_for", params: []string{"fut", "timeout"}, required: 2}

// waitForFunc is asyncio.wait_for(aw, timeout), as in 3.11: a coroutine
// that awaits aw (wrapped in a task) for at most timeout seconds; on
// timeout it cancels the task, waits for it to finish, and raises
// TimeoutError from the task's CancelledError. Cancelling wait_for
// cancels the task too.
func waitForFunc(args []runtime.Value, kwnames []string) (runtime.Value, error) {
	vals, _, err := waitForSig.bind(args, kwnames)
	if err != nil {
		return nil, err
	}
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
		timer, err := l.callLater(timeout, releaseWaiter(waiter))
		if err != nil {
			return raising(err)
		}
		cb := &doneCallback{label: "_release_waiter", fn: func(*Future) error { return releaseNow(waiter) }}
		f.addDoneCallback(cb)
		removeCb := func() { f.removeDoneCallback(func(c *doneCallback) bool { return c == cb }) }
		return awaiting(waiter, func(_ runtime.Value, err error) step {
			switch {
			case err != nil && !isCancelledError(err):
				timer.Cancel()
				return raising(err)
			case f.done():
				timer.Cancel()
				return resultStep(f)
			}
			removeCb()
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

var asCompletedSig = signature{name: "as_completed", params: []string{"fs"}, required: 1, kwonly: []string{"timeout"}}

var asCompletedType = runtime.NewIteratorType("generator")

// asCompleted is the generator asyncio.as_completed(fs, *, timeout=None)
// returns: it yields one coroutine per distinct awaitable of fs; awaiting
// the n-th returns the result of the n-th to complete (or raises its
// exception, or TimeoutError once timeout passed). Like CPython's
// generator, it checks its arguments and starts the tasks on its first
// step.
type asCompleted struct {
	fs, timeout runtime.Value
	started     bool
	remaining   int
	done        *Queue
}

func asCompletedFunc(args []runtime.Value, kwnames []string) (runtime.Value, error) {
	vals, _, err := asCompletedSig.bind(args, kwnames)
	if err != nil {
		return nil, err
	}
	return &asCompleted{fs: vals[0], timeout: orNone(vals[1])}, nil
}

// Type implements runtime.Value.
func (*asCompleted) Type() *runtime.Type { return asCompletedType }

// Next implements runtime.Iterator.
func (a *asCompleted) Next() (runtime.Value, bool, error) {
	if !a.started {
		a.started = true
		if err := a.start(); err != nil {
			a.remaining = 0
			return nil, false, err
		}
	}
	if a.remaining == 0 {
		return nil, false, nil
	}
	a.remaining--
	done := a.done
	return newCoroutine("as_completed.<locals>._wait_for_one", func() step {
		return awaiting(done.getCoroutine(), onResult(func(v runtime.Value) step {
			if v == runtime.None {
				return raising(runtime.NewException(runtime.TimeoutErrorType))
			}
			return resultStep(v.(futureLike).future())
		}))
	}), true, nil
}

// start wraps the awaitables in tasks and arranges for each to be put in
// the queue of done futures when it completes (a None for each one left
// when the timeout passes).
func (a *asCompleted) start() error {
	_, isFuture := a.fs.(futureLike)
	if _, isCoro := a.fs.(runtime.Coroutine); isFuture || isCoro {
		return runtime.NewErrorf(runtime.TypeErrorType, "expect an iterable of futures, not %s", runtime.TypeName(a.fs))
	}
	items, err := runtime.ToSlice(a.fs)
	if err != nil {
		return err
	}
	if items, err = distinct(items); err != nil {
		return err
	}
	a.done = newQueue(queueType)
	l, err := getEventLoop()
	if err != nil {
		return err
	}
	var todo []*Future
	for _, it := range items {
		f, err := ensureFuture(l, it)
		if err != nil {
			return err
		}
		todo = append(todo, f)
	}
	a.remaining = len(todo)
	var timer *TimerHandle
	onCompletion := &doneCallback{label: "as_completed.<locals>._on_completion"}
	onCompletion.fn = func(f *Future) error {
		if len(todo) == 0 {
			return nil // the timeout came first
		}
		for i, t := range todo {
			if t == f {
				todo = append(todo[:i], todo[i+1:]...)
				break
			}
		}
		if err := a.done.putNowait(f.owner); err != nil {
			return err
		}
		if len(todo) == 0 && timer != nil {
			timer.Cancel()
		}
		return nil
	}
	for _, f := range todo {
		f.addDoneCallback(onCompletion)
	}
	if len(todo) > 0 && a.timeout != runtime.None {
		timer, err = l.callLater(a.timeout, Handle{label: "as_completed.<locals>._on_timeout", fn: func() error {
			for _, f := range todo {
				f.removeDoneCallback(func(cb *doneCallback) bool { return cb == onCompletion })
				if err := a.done.putNowait(runtime.None); err != nil {
					return err
				}
			}
			todo = nil
			return nil
		}})
		if err != nil {
			return err
		}
	}
	return nil
}
