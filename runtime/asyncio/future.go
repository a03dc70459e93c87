package asyncio

import (
	"fmt"
	"strings"

	"pyasync/runtime"
)

// futureState is where a future stands; it leaves pending only once.
type futureState uint8

const (
	pending futureState = iota
	cancelledState
	finished
)

func (s futureState) String() string {
	switch s {
	case cancelledState:
		return "CANCELLED"
	case finished:
		return "FINISHED"
	}
	return "PENDING"
}

// Future is an asyncio.Future: a result that is set later, by a callback,
// a timer or another task, and that tasks wait for by awaiting it.
//
// Invariants: result and exc are set only when finished (exc nil for a
// result); the callbacks list is emptied, each callback scheduled with
// call_soon, when the future leaves pending; owner is the Python object
// whose future this is — the Future itself, or the Task embedding it.
type Future struct {
	object
	loop  *Loop
	owner runtime.Value
	state futureState

	result runtime.Value
	exc    *runtime.Exception
	// excTB is exc's traceback when it was set: each retrieval raises it
	// with that traceback, as CPython restores __traceback__.
	excTB *runtime.Traceback

	// cancelMsg is the message of cancel(msg), nil for none.
	cancelMsg runtime.Value
	// cancelledExc is the CancelledError that cancelled a task, raised
	// (once) by the next retrieval instead of a new one.
	cancelledExc *runtime.Exception

	callbacks []*doneCallback
	// logTraceback is true while an exception is set and nobody retrieved
	// it: the loop reports it when it closes.
	logTraceback bool
	// blocking is CPython's _asyncio_future_blocking: set when `await`
	// yields the future, so that the task driving it knows to wait for it.
	blocking bool
}

// doneCallback is a callback of a future: a Python callable (py), or a Go
// function of the module (fn) named label in reprs. Both receive the
// future.
type doneCallback struct {
	py    runtime.Value
	fn    func(*Future) error
	label string
}

// futureLike is implemented by Future and by the types embedding one
// (Task, the future of gather()).
type futureLike interface {
	runtime.Value
	future() *Future
	// cancelFuture is the type's cancel(msg).
	cancelFuture(msg runtime.Value) bool
}

func (f *Future) future() *Future { return f }

var futureType = newType("_asyncio", "Future")

// newFuture makes a pending future of loop l (loop.create_future()).
func newFuture(l *Loop) *Future {
	f := &Future{object: object{class: futureType}, loop: l}
	f.owner = f
	return f
}

func (f *Future) done() bool      { return f.state != pending }
func (f *Future) cancelled() bool { return f.state == cancelledState }

// getResult is Future.result(): the result, or the exception raised.
func (f *Future) getResult() (runtime.Value, error) {
	switch f.state {
	case cancelledState:
		return nil, f.makeCancelledError()
	case pending:
		return nil, newInvalidStateError("Result is not set.")
	}
	f.logTraceback = false
	if f.exc != nil {
		f.exc.Traceback = f.excTB
		return nil, f.exc
	}
	return f.result, nil
}

// getException is Future.exception(): the exception set, or None.
func (f *Future) getException() (runtime.Value, error) {
	switch f.state {
	case cancelledState:
		return nil, f.makeCancelledError()
	case pending:
		return nil, newInvalidStateError("Exception is not set.")
	}
	f.logTraceback = false
	if f.exc != nil {
		return f.exc, nil
	}
	return runtime.None, nil
}

// makeCancelledError is the CancelledError a retrieval of a cancelled
// future raises: the one that cancelled the task, the first time, else a
// new one carrying the cancel message.
func (f *Future) makeCancelledError() *runtime.Exception {
	if e := f.cancelledExc; e != nil {
		f.cancelledExc = nil
		return e
	}
	if f.cancelMsg == nil {
		return runtime.NewException(CancelledErrorType)
	}
	return runtime.NewException(CancelledErrorType, f.cancelMsg)
}

// setResult completes the future with v.
func (f *Future) setResult(v runtime.Value) error {
	if f.done() {
		return newInvalidStateError("invalid state")
	}
	f.result, f.state = v, finished
	f.scheduleCallbacks()
	return nil
}

// setException completes the future with the exception e.
func (f *Future) setException(e *runtime.Exception) error {
	if f.done() {
		return newInvalidStateError("invalid state")
	}
	f.exc, f.excTB, f.state = e, e.Traceback, finished
	f.scheduleCallbacks()
	f.logTraceback = true
	f.loop.unretrieved = append(f.loop.unretrieved, f)
	return nil
}

// cancel cancels a pending future, reporting whether it did.
func (f *Future) cancel(msg runtime.Value) bool {
	f.logTraceback = false
	if f.done() {
		return false
	}
	f.state, f.cancelMsg = cancelledState, msg
	f.scheduleCallbacks()
	return true
}

func (f *Future) scheduleCallbacks() {
	cbs := f.callbacks
	f.callbacks = nil
	for _, cb := range cbs {
		f.scheduleCallback(cb)
	}
}

// scheduleCallback runs cb with the future on a later iteration.
func (f *Future) scheduleCallback(cb *doneCallback) {
	if cb.py != nil {
		f.loop.ready.PushBack(&Handle{loop: f.loop, callback: cb.py, args: []runtime.Value{f.owner}})
		return
	}
	f.loop.callSoon(cb.label, func() error { return cb.fn(f) })
}

// addDoneCallback arranges for cb to run once the future is done: on a
// later iteration, even when it is done already.
func (f *Future) addDoneCallback(cb *doneCallback) {
	if f.done() {
		f.scheduleCallback(cb)
		return
	}
	f.callbacks = append(f.callbacks, cb)
}

// removeDoneCallback removes the callbacks match selects and returns how
// many there were.
func (f *Future) removeDoneCallback(match func(*doneCallback) bool) int {
	n := len(f.callbacks)
	kept := f.callbacks[:0]
	for _, cb := range f.callbacks {
		if !match(cb) {
			kept = append(kept, cb)
		}
	}
	clear(f.callbacks[len(kept):])
	f.callbacks = kept
	return n - len(kept)
}

// reportUnretrieved reports each future of the loop whose exception was
// never retrieved: "Task exception was never retrieved".
func (l *Loop) reportUnretrieved() {
	futs := l.unretrieved
	l.unretrieved = nil
	for _, f := range futs {
		if !f.logTraceback {
			continue
		}
		f.logTraceback = false
		f.exc.Traceback = f.excTB
		l.reportError(newErrorContext(f.owner.Type().Name+" exception was never retrieved", f.exc, "future", f.owner))
	}
}

// futureInfo is the state part of a future's repr (CPython's
// _future_repr_info): "pending", "finished result=3", "cancelled", then
// the callbacks.
func (f *Future) futureInfo() ([]string, error) {
	info := []string{strings.ToLower(f.state.String())}
	if f.state == finished {
		if f.exc != nil {
			s, err := runtime.Repr(f.exc)
			if err != nil {
				return nil, err
			}
			info = append(info, "exception="+s)
		} else {
			info = append(info, "result="+shortRepr(f.result))
		}
	}
	if len(f.callbacks) > 0 {
		info = append(info, "cb=["+f.formatCallbacks()+"]")
	}
	return info, nil
}

// formatCallbacks lists the callbacks, eliding the middle ones of long
// lists: "a(), <3 more>, b()".
func (f *Future) formatCallbacks() string {
	format := func(cb *doneCallback) string {
		if cb.py != nil {
			return formatCallback(cb.py, nil)
		}
		return cb.label + "()"
	}
	cbs := f.callbacks
	switch len(cbs) {
	case 1:
		return format(cbs[0])
	case 2:
		return format(cbs[0]) + ", " + format(cbs[1])
	}
	return fmt.Sprintf("%s, <%d more>, %s", format(cbs[0]), len(cbs)-2, format(cbs[len(cbs)-1]))
}

func (f *Future) repr() (string, error) {
	info, err := f.futureInfo()
	if err != nil {
		return "", err
	}
	return "<" + f.owner.Type().Name + " " + strings.Join(info, " ") + ">", nil
}

// Await implements the awaitable protocol: `await future`.
func (f *Future) Await() (runtime.Resumable, error) { return &futureIter{f: f}, nil }

// futureIter is the iterator of `await future` (CPython's FutureIter):
// while the future is pending, its first step yields the future, telling
// the task driving it to wait; the next step returns the future's result
// or raises its exception.
type futureIter struct {
	f *Future
}

var futureIterType = newType("_asyncio", "FutureIter")

// Type implements runtime.Value.
func (*futureIter) Type() *runtime.Type { return futureIterType }

// Send implements runtime.Resumable; the value sent is ignored.
func (it *futureIter) Send(runtime.Value) (runtime.Value, bool, error) {
	f := it.f
	if !f.done() {
		if !f.blocking {
			f.blocking = true
			return f.owner, false, nil
		}
		return nil, false, runtime.NewError(runtime.RuntimeErrorType, "await wasn't used with future")
	}
	v, err := f.getResult()
	return v, err == nil, err
}

// Throw implements runtime.Resumable: the exception propagates.
func (*futureIter) Throw(exc *runtime.Exception) (runtime.Value, bool, error) {
	return nil, false, exc
}

// Close implements runtime.Resumable.
func (*futureIter) Close() error { return nil }

// oneArg checks the argument of a C method taking exactly one
// ("Future.set_result() takes exactly one argument (0 given)").
func oneArg(qualname string, args []runtime.Value, kwnames []string) error {
	if len(kwnames) > 0 {
		return runtime.NewErrorf(runtime.TypeErrorType, "%s() takes no keyword arguments", qualname)
	}
	if len(args) != 1 {
		return runtime.NewErrorf(runtime.TypeErrorType, "%s() takes exactly one argument (%d given)", qualname, len(args))
	}
	return nil
}

// noArgs checks the call of a C method taking no argument
// ("Future.done() takes no arguments (1 given)").
func noArgs(qualname string, args []runtime.Value, kwnames []string) error {
	if len(kwnames) > 0 {
		return runtime.NewErrorf(runtime.TypeErrorType, "%s() takes no keyword arguments", qualname)
	}
	if len(args) > 0 {
		return runtime.NewErrorf(runtime.TypeErrorType, "%s() takes no arguments (%d given)", qualname, len(args))
	}
	return nil
}

// futureMethod registers a method of Future (inherited by Task) that takes
// no argument.
func futureMethod(name string, fn func(f *Future) (runtime.Value, error)) {
	futureType.AddMethod(name, func(self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := noArgs(self.Type().Name+"."+name, args, kwnames); err != nil {
			return nil, err
		}
		return fn(self.(futureLike).future())
	})
}

// instantiate converts an exception argument: an exception instance, or a
// class to call; ok is false for anything else.
func instantiate(v runtime.Value) (e *runtime.Exception, ok bool, err error) {
	if runtime.IsExceptionClass(v) {
		if v, err = runtime.Call(v, nil, nil); err != nil {
			return nil, false, err
		}
	}
	e, ok = v.(*runtime.Exception)
	return e, ok, nil
}

// exceptionArg converts set_exception's argument.
func exceptionArg(v runtime.Value) (*runtime.Exception, error) {
	e, ok, err := instantiate(v)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, runtime.NewError(runtime.TypeErrorType, "invalid exception object")
	}
	if e.Class == runtime.StopIterationType {
		return nil, runtime.NewError(runtime.TypeErrorType, "StopIteration interacts badly with generators and cannot be raised into a Future")
	}
	return e, nil
}

// callbackMatcher selects the callbacks equal to the Python callable fn.
func callbackMatcher(fn runtime.Value) (func(*doneCallback) bool, *error) {
	var failed error
	return func(cb *doneCallback) bool {
		if cb.py == nil || failed != nil {
			return false
		}
		eq, err := runtime.Equal(cb.py, fn)
		if err != nil {
			failed = err
		}
		return eq
	}, &failed
}

func init() {
	ft := futureType
	ft.New = func(t *runtime.Type, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		f := &Future{object: object{class: t}}
		f.owner = f
		return f, nil
	}
	ft.AddMethod("__init__", func(self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		sig := signature{name: "Future", kwonly: []string{"loop"}}
		vals, _, err := sig.bind(args, kwnames)
		if err != nil {
			return nil, err
		}
		l, err := loopArg(vals[0])
		if err != nil {
			return nil, err
		}
		self.(futureLike).future().loop = l
		return runtime.None, nil
	})
	addRepr(ft, func(self runtime.Value) (string, error) { return self.(futureLike).future().repr() })
	futureMethod("result", (*Future).getResult)
	futureMethod("exception", (*Future).getException)
	futureMethod("done", func(f *Future) (runtime.Value, error) { return runtime.Bool(f.done()), nil })
	futureMethod("cancelled", func(f *Future) (runtime.Value, error) { return runtime.Bool(f.cancelled()), nil })
	futureMethod("get_loop", func(f *Future) (runtime.Value, error) { return f.loop, nil })
	futureMethod("__await__", func(f *Future) (runtime.Value, error) { return &futureIter{f: f}, nil })
	futureMethod("__iter__", func(f *Future) (runtime.Value, error) { return &futureIter{f: f}, nil })
	ft.AddMethod("set_result", func(self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := oneArg(self.Type().Name+".set_result", args, kwnames); err != nil {
			return nil, err
		}
		return runtime.None, self.(futureLike).future().setResult(args[0])
	})
	ft.AddMethod("set_exception", func(self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := oneArg(self.Type().Name+".set_exception", args, kwnames); err != nil {
			return nil, err
		}
		f := self.(futureLike).future()
		if f.done() {
			return nil, newInvalidStateError("invalid state")
		}
		e, err := exceptionArg(args[0])
		if err != nil {
			return nil, err
		}
		return runtime.None, f.setException(e)
	})
	ft.AddMethod("cancel", func(self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		vals, err := runtime.Args("cancel", args, kwnames, 0, "msg")
		if err != nil {
			return nil, err
		}
		return runtime.Bool(self.(futureLike).cancelFuture(orNoneToNil(vals[0]))), nil
	})
	ft.AddMethod("add_done_callback", func(self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		vals, err := runtime.Args("add_done_callback", args, kwnames, 1, "", "context")
		if err != nil {
			return nil, err
		}
		self.(futureLike).future().addDoneCallback(&doneCallback{py: vals[0]})
		return runtime.None, nil
	})
	ft.AddMethod("remove_done_callback", func(self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := oneArg(self.Type().Name+".remove_done_callback", args, kwnames); err != nil {
			return nil, err
		}
		match, failed := callbackMatcher(args[0])
		n := self.(futureLike).future().removeDoneCallback(match)
		if *failed != nil {
			return nil, *failed
		}
		return runtime.Int(n), nil
	})
	ft.AddGetSet("_asyncio_future_blocking", func(self runtime.Value) (runtime.Value, error) {
		return runtime.Bool(self.(futureLike).future().blocking), nil
	}, func(self, v runtime.Value) error {
		if v == nil {
			return runtime.NewError(runtime.AttributeErrorType, "cannot delete attribute")
		}
		b, err := runtime.Truth(v)
		self.(futureLike).future().blocking = b
		return err
	})
	ft.AddGetSet("_state", func(self runtime.Value) (runtime.Value, error) {
		return runtime.Str(self.(futureLike).future().state.String()), nil
	}, nil)

	it := futureIterType
	noInstances(it)
	iterMethod := func(name string, fn func(it *futureIter, args []runtime.Value) (runtime.Value, bool, error)) {
		it.AddMethod(name, func(self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			v, done, err := fn(self.(*futureIter), args)
			if err != nil {
				return nil, err
			}
			if done {
				return nil, runtime.NewException(runtime.StopIterationType, v)
			}
			return v, nil
		})
	}
	iterMethod("__next__", func(it *futureIter, _ []runtime.Value) (runtime.Value, bool, error) { return it.Send(runtime.None) })
	iterMethod("send", func(it *futureIter, args []runtime.Value) (runtime.Value, bool, error) {
		if err := runtime.ArgCount("send", args, 1, 1); err != nil {
			return nil, false, err
		}
		return it.Send(args[0])
	})
	iterMethod("throw", func(it *futureIter, args []runtime.Value) (runtime.Value, bool, error) {
		if err := runtime.ArgCount("throw", args, 1, 3); err != nil {
			return nil, false, err
		}
		e, ok, err := instantiate(args[0])
		if err != nil {
			return nil, false, err
		}
		if !ok {
			return nil, false, runtime.NewError(runtime.TypeErrorType, "exceptions must be classes or instances deriving from BaseException, not "+runtime.TypeName(args[0]))
		}
		return it.Throw(e)
	})
	it.AddMethod("close", func(self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return runtime.None, nil
	})
	it.AddMethod("__iter__", func(self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return self, nil
	})
}

// loopArg is a loop= argument: the loop given, or the current one.
func loopArg(v runtime.Value) (*Loop, error) {
	if v == nil || v == runtime.None {
		return getEventLoop()
	}
	l, ok := v.(*Loop)
	if !ok {
		return nil, runtime.NewErrorf(runtime.TypeErrorType, "expected an event loop, got %s", fullRepr(v))
	}
	return l, nil
}

// orNoneToNil maps an optional argument that is absent or None to nil.
func orNoneToNil(v runtime.Value) runtime.Value {
	if v == runtime.None {
		return nil
	}
	return v
}
