package asyncio

import "pyasync/runtime"

// sleep is asyncio.sleep(delay, result=None): a coroutine that finishes
// after delay seconds with result. sleep(0) (or less) yields once instead
// of setting a timer.
func sleep(vals []runtime.Value) (runtime.Value, error) {
	delay, result := vals[0], orNone(vals[1])
	return newCoroutine("sleep", func() step {
		now, err := runtime.CompareBool(runtime.CmpLe, delay, runtime.Int(0))
		if err != nil {
			return raising(err)
		}
		if now {
			return awaiting(&yieldOnce{}, onResult(func(runtime.Value) step { return returning(result) }))
		}
		l, err := getRunningLoop()
		if err != nil {
			return raising(err)
		}
		f := newFuture(l)
		h, err := l.callLater(delay, Handle{label: "_set_result_unless_cancelled", fn: func() error {
			if !f.cancelled() {
				return f.setResult(result)
			}
			return nil
		}})
		if err != nil {
			return raising(err)
		}
		return awaiting(f, func(v runtime.Value, err error) step {
			h.Cancel()
			if err != nil {
				return raising(err)
			}
			return returning(v)
		})
	}), nil
}

// yieldOnce is the awaitable of asyncio.sleep(0) (CPython's __sleep0): it
// yields None once, so that the task awaiting it lets every other ready
// callback run before it continues.
type yieldOnce struct{ yielded bool }

// Type implements runtime.Value (a generator, as CPython's __sleep0 is).
func (*yieldOnce) Type() *runtime.Type { return runtime.GeneratorType }

// Await makes yieldOnce an awaitable that is its own iterator.
func (y *yieldOnce) Await() (runtime.Resumable, error) { return y, nil }

// Send implements runtime.Resumable.
func (y *yieldOnce) Send(runtime.Value) (runtime.Value, bool, error) {
	if y.yielded {
		return runtime.None, true, nil
	}
	y.yielded = true
	return runtime.None, false, nil
}

// Throw implements runtime.Resumable.
func (y *yieldOnce) Throw(exc *runtime.Exception) (runtime.Value, bool, error) {
	y.yielded = true
	return nil, false, exc
}

// Close implements runtime.Resumable.
func (*yieldOnce) Close() error { return nil }
