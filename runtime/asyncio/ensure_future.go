package asyncio

import "pyasync/runtime"

// ensureFuture is asyncio.ensure_future(v): a future stays as it is, a
// coroutine becomes a task of loop l, and any other awaitable becomes a
// task running a coroutine that awaits it. l nil means the running loop,
// else the current one.
func ensureFuture(l *Loop, v runtime.Value) (*Future, error) {
	if fl, ok := v.(futureLike); ok {
		f := fl.future()
		if l != nil && f.loop != l {
			return nil, runtime.NewError(runtime.ValueErrorType, "The future belongs to a different loop than the one specified as the loop argument")
		}
		return f, nil
	}
	coro, isCoro := asCoroutine(v)
	if !isCoro {
		if _, isAwaitable := v.(interface {
			Await() (runtime.Resumable, error)
		}); !isAwaitable && v.Type().Lookup("__await__") == nil {
			return nil, runtime.NewError(runtime.TypeErrorType, "An asyncio.Future, a coroutine or an awaitable is required")
		}
		coro = wrapAwaitable(v)
	}
	if l == nil {
		var err error
		if l, err = getEventLoop(); err != nil {
			return nil, err
		}
	}
	t, err := newTask(l, coro, nil)
	if err != nil {
		return nil, err
	}
	return &t.Future, nil
}

// awaitable is implemented by the Go values that `await` accepts without
// an __await__ method (runtime.AwaitIter uses it).
type awaitable interface {
	Await() (runtime.Resumable, error)
}

// asCoroutine returns v as a coroutine a task can drive.
// asyncio.iscoroutine(v) is true for coroutine objects and for the other
// objects of the Coroutine protocol (send, throw, close and __await__),
// such as the awaitables of async generators (anext(agen)): here, the
// awaitable Resumables implemented in Go.
func asCoroutine(v runtime.Value) (runtime.Resumable, bool) {
	r, ok := v.(runtime.Resumable)
	if !ok {
		return nil, false
	}
	if _, ok := v.(runtime.Coroutine); ok {
		return r, true
	}
	if _, ok := v.(awaitable); ok {
		return r, true
	}
	return r, v.Type().Lookup("__await__") != nil
}

// wrapAwaitable is CPython's _wrap_awaitable: a coroutine that awaits aw
// and returns its result.
func wrapAwaitable(aw runtime.Value) *coroutine {
	return newCoroutine("_wrap_awaitable", func() step {
		return awaiting(aw, onResult(returning))
	})
}
