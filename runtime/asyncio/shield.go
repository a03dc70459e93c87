package asyncio

import "pyasync/runtime"

// shieldFunc is asyncio.shield(arg): a future that follows the outcome of
// arg (wrapped in a task if it is a coroutine) but whose cancellation does
// not cancel arg.
func shieldFunc(vals []runtime.Value) (runtime.Value, error) {
	inner, err := ensureFuture(nil, vals[0])
	if err != nil {
		return nil, err
	}
	if inner.done() {
		return inner.owner, nil
	}
	outer := newFuture(inner.loop)
	onInner := &doneCallback{label: "shield.<locals>._inner_done_callback", fn: func(in *Future) error {
		if outer.cancelled() {
			if !in.cancelled() {
				in.logTraceback = false
			}
			return nil
		}
		if in.cancelled() {
			outer.cancel(nil)
			return nil
		}
		return follow(outer, in)
	}}
	inner.addDoneCallback(onInner)
	outer.addDoneCallback(&doneCallback{label: "shield.<locals>._outer_done_callback", fn: func(*Future) error {
		if !inner.done() {
			inner.removeCallback(onInner)
		}
		return nil
	}})
	return outer, nil
}

// follow completes the pending future to like the finished future from:
// with its exception (marking it retrieved from from) or its result.
func follow(to, from *Future) error {
	if from.exc != nil {
		from.logTraceback = false
		from.exc.Traceback = from.excTB
		return to.setException(from.exc)
	}
	return to.setResult(from.result)
}
