package asyncio

import "pyasync/runtime"

// gatheringFuture is the future gather() returns (CPython's
// _GatheringFuture): done when all its children are, with the list of
// their results; cancelling it cancels the children.
type gatheringFuture struct {
	Future
	children []*Future
	// cancelRequested records that cancel() cancelled a child: the gather
	// then ends cancelled even when return_exceptions is true.
	cancelRequested bool
}

var gatheringFutureType = newType("asyncio.tasks", "_GatheringFuture", futureType)

// cancelFuture implements futureLike: cancelling the gather cancels its
// children.
func (g *gatheringFuture) cancelFuture(msg runtime.Value) bool {
	if g.done() {
		return false
	}
	ret := false
	for _, c := range g.children {
		if c.owner.(futureLike).cancelFuture(msg) {
			ret = true
		}
	}
	if ret {
		g.cancelRequested = true
	}
	return ret
}

// gatherFunc is asyncio.gather(*aws, return_exceptions=False).
func gatherFunc(vals []runtime.Value) (runtime.Value, error) {
	returnExceptions, err := flagArg(vals[0])
	if err != nil {
		return nil, err
	}
	return gather(vals[1].(runtime.Tuple), returnExceptions)
}

// gather runs the awaitables aws concurrently, wrapping coroutines in
// tasks; the future it returns completes with the list of their results,
// in the order of aws. Without returnExceptions, the first exception (or
// cancellation) of a child completes it instead; with it, exceptions take
// their place in the list.
func gather(aws []runtime.Value, returnExceptions bool) (futureLike, error) {
	if len(aws) == 0 {
		l, err := getEventLoop()
		if err != nil {
			return nil, err
		}
		outer := newFuture(l)
		_ = outer.setResult(runtime.NewList(nil))
		return outer, nil
	}
	var (
		loop      *Loop
		children  []*Future
		byArg     = map[int64]*Future{}
		nfuts     int
		nfinished int
		outer     *gatheringFuture
	)
	onChildDone := func(f *Future) error {
		nfinished++
		if outer == nil || outer.done() {
			if !f.cancelled() {
				f.logTraceback = false
			}
			return nil
		}
		if !returnExceptions {
			if f.cancelled() {
				return outer.setException(f.makeCancelledError())
			}
			if f.exc != nil {
				f.logTraceback = false
				return outer.setException(f.exc)
			}
		}
		if nfinished < nfuts {
			return nil
		}
		results := make([]runtime.Value, len(children))
		for i, c := range children {
			results[i] = childOutcome(c)
		}
		if outer.cancelRequested {
			// CPython's loop variable: the last child, not f.
			return outer.setException(children[len(children)-1].makeCancelledError())
		}
		return outer.setResult(runtime.NewList(results))
	}
	for _, aw := range aws {
		f, seen := byArg[runtime.Id(aw)]
		if !seen {
			var err error
			if f, err = ensureFuture(loop, aw); err != nil {
				return nil, err
			}
			loop = f.loop
			if _, wasFuture := aw.(futureLike); !wasFuture {
				f.owner.(*Task).logDestroyPending = false
			}
			nfuts++
			byArg[runtime.Id(aw)] = f
			f.addDoneCallback(&doneCallback{label: "gather.<locals>._done_callback", fn: onChildDone})
		}
		children = append(children, f)
	}
	outer = &gatheringFuture{children: children}
	outer.class, outer.loop, outer.owner = gatheringFutureType, loop, outer
	return outer, nil
}

// childOutcome is a done child's entry in the results of gather: its
// result, its exception, or a CancelledError.
func childOutcome(c *Future) runtime.Value {
	switch {
	case c.cancelled():
		msg := c.cancelMsg
		if msg == nil {
			msg = runtime.Str("")
		}
		return runtime.NewException(CancelledErrorType, msg)
	case c.exc != nil:
		c.logTraceback = false
		c.exc.Traceback = c.excTB
		return c.exc
	}
	return c.result
}
