package asyncio

import "pyasync/runtime"

// loopBound is CPython's mixins._LoopBoundMixin: a queue or lock binds to
// the running loop the first time it needs one, and refuses to work with
// another loop afterwards.
type loopBound struct {
	loop *Loop
}

// getLoop returns the running loop, binding self to it on first use.
func (b *loopBound) getLoop(self runtime.Value) (*Loop, error) {
	l := runningLoop
	if b.loop == nil {
		b.loop = l
	}
	if l != b.loop {
		return nil, runtime.NewErrorf(runtime.RuntimeErrorType, "%s is bound to a different event loop", fullRepr(self))
	}
	if l == nil {
		return nil, runtime.NewError(runtime.RuntimeErrorType, "no running event loop")
	}
	return l, nil
}

// newWaiter is the future a coroutine of a queue or lock waits on.
func (b *loopBound) newWaiter(self runtime.Value) (*Future, error) {
	l, err := b.getLoop(self)
	if err != nil {
		return nil, err
	}
	return newFuture(l), nil
}

// removeWaiter deletes f from waiters (deque.remove).
func removeWaiter(waiters *deque[*Future], f *Future) {
	for i := 0; i < waiters.Len(); i++ {
		if waiters.At(i) == f {
			waiters.RemoveAt(i)
			return
		}
	}
}

// loopBoundType is the class of CPython's mixin, a base of the queue and
// lock classes.
var loopBoundType = newType("asyncio.mixins", "_LoopBoundMixin")
