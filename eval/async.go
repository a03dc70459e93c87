package eval

import (
	"pyasync/ast"
	"pyasync/runtime"
)

// startAwait begins `await v`: it returns the result at once when the
// awaitable finishes without yielding; otherwise the frame suspends
// (errSuspend) with the awaitable as its delegate, and the suspension
// point later takes the result with takeResume.
func (fr *Frame) startAwait(v runtime.Value) (runtime.Value, error) {
	it, err := runtime.AwaitIter(v)
	if err != nil {
		return nil, err
	}
	return fr.delegate(it)
}

// delegate runs it until it yields (the frame suspends, yielding the same
// value) or finishes (its result is returned).
func (fr *Frame) delegate(it runtime.Resumable) (runtime.Value, error) {
	r, done, err := it.Send(runtime.None)
	if err != nil {
		return nil, err
	}
	if done {
		return r, nil
	}
	fr.awaiting, fr.transfer = it, r
	return nil, errSuspend
}

// evalAwait evaluates `await e`. State step 0: evaluating the operand;
// step 1: suspended in the await itself.
func (fr *Frame) evalAwait(e *ast.Await) (runtime.Value, error) {
	if st, ok := fr.resumeExpr(); ok && st.step == 1 {
		return fr.takeResume()
	}
	v, err := fr.eval(e.Value)
	if err != nil {
		return nil, fr.suspend(err, exprState{})
	}
	r, err := fr.startAwait(v)
	return r, fr.suspend(err, suspendedHere)
}

// evalYield evaluates `yield e`: the frame suspends with the value.
func (fr *Frame) evalYield(e *ast.Yield) (runtime.Value, error) {
	if st, ok := fr.resumeExpr(); ok && st.step == 1 {
		return fr.takeResume()
	}
	var v runtime.Value = runtime.None
	if e.Value != nil {
		var err error
		if v, err = fr.eval(e.Value); err != nil {
			return nil, fr.suspend(err, exprState{})
		}
	}
	fr.transfer = v
	fr.agenYield = fr.code.kind == ast.AsyncGenerator
	fr.push(suspendedHere)
	return nil, errSuspend
}

// evalYieldFrom evaluates `yield from e`, delegating to e's iterator.
func (fr *Frame) evalYieldFrom(e *ast.YieldFrom) (runtime.Value, error) {
	if st, ok := fr.resumeExpr(); ok && st.step == 1 {
		return fr.takeResume()
	}
	v, err := fr.eval(e.Value)
	if err != nil {
		return nil, fr.suspend(err, exprState{})
	}
	if _, isCoro := v.(*Coroutine); isCoro && fr.code.kind != ast.Coroutine {
		return nil, runtime.NewError(runtime.TypeErrorType, "cannot 'yield from' a coroutine object in a non-coroutine generator")
	}
	it, err := runtime.AsResumable(v)
	if err != nil {
		return nil, err
	}
	r, err := fr.delegate(it)
	return r, fr.suspend(err, suspendedHere)
}

// asyncIterator gets the iterator of `async for` from its operand.
func asyncIterator(v runtime.Value) (ait, anext runtime.Value, err error) {
	aiter := v.Type().Lookup("__aiter__")
	if aiter == nil {
		return nil, nil, runtime.NewErrorf(runtime.TypeErrorType, "'async for' requires an object with __aiter__ method, got %s", runtime.TypeName(v))
	}
	ait, err = runtime.CallMethod(aiter, v, nil, nil)
	if err != nil {
		return nil, nil, err
	}
	anext = ait.Type().Lookup("__anext__")
	if anext == nil {
		return nil, nil, runtime.NewErrorf(runtime.TypeErrorType, "'async for' received an object from __aiter__ that does not implement __anext__: %s", runtime.TypeName(ait))
	}
	return ait, anext, nil
}

// startAnext calls __anext__ and begins awaiting its result.
func (fr *Frame) startAnext(ait, anext runtime.Value) (runtime.Value, error) {
	var aw runtime.Value
	if g, ok := ait.(*AsyncGenerator); ok {
		aw = g.anext(runtime.None)
	} else {
		var err error
		if aw, err = runtime.CallMethod(anext, ait, nil, nil); err != nil {
			return nil, err
		}
	}
	it, err := runtime.AwaitIter(aw)
	if err != nil {
		e := runtime.NewErrorf(runtime.TypeErrorType, "'async for' received an invalid object from __anext__: %s", runtime.TypeName(aw))
		if cause, ok := err.(*runtime.Exception); ok {
			e.Cause, e.Context, e.SuppressContext = cause, cause, true
		}
		return nil, e
	}
	return fr.delegate(it)
}

// isStopAsync reports whether err ends an async iteration.
func isStopAsync(err error) bool {
	e, ok := err.(*runtime.Exception)
	return ok && e.IsInstanceOf(runtime.StopAsyncIterationType)
}
