package asyncio

import "pyasync/runtime"

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

// asCompletedFunc is asyncio.as_completed(fs, *, timeout=None).
func asCompletedFunc(vals []runtime.Value) (runtime.Value, error) {
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
	if _, isCoro := asCoroutine(a.fs); isFuture || isCoro {
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
				f.removeCallback(onCompletion)
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
