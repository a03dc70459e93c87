package asyncio

import "pyasync/runtime"

var sleepSig = signature{name: "sleep", params: []string{"delay", "result"}, required: 1}

// sleep is asyncio.sleep(delay, result=None): a coroutine that finishes
// after delay seconds with result. sleep(0) (or less) yields once instead
// of setting a timer.
func sleep(args []runtime.Value, kwnames []string) (runtime.Value, error) {
	vals, _, err := sleepSig.bind(args, kwnames)
	if err != nil {
		return nil, err
	}
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
