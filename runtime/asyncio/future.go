package asyncio

import (
	"fmt"
	"strings"

	"pyasync/runtime"
)

// futureState is where a future stands; it leaves futurePending only once.
type futureState uint8

const (
	futurePending futureState = iota
	futureCancelled
	futureFinished
)

// String is the state as CPython names it ("PENDING").
func (s futureState) String() string {
	return [...]string{"PENDING", "CANCELLED", "FINISHED"}[s]
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
	// escaped is true once exc, a KeyboardInterrupt or SystemExit, has
	// propagated out of the event loop.
	escaped bool
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

// newFuture makes a futurePending future of loop l (loop.create_future()).
func newFuture(l *Loop) *Future {
	f := &Future{object: object{class: futureType}, loop: l}
	f.owner = f
	return f
}

func (f *Future) done() bool      { return f.state != futurePending }
func (f *Future) cancelled() bool { return f.state == futureCancelled }

// getResult is Future.result(): the result, or the exception raised.
func (f *Future) getResult() (runtime.Value, error) {
	switch f.state {
	case futureCancelled:
		return nil, f.makeCancelledError()
	case futurePending:
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
	case futureCancelled:
		return nil, f.makeCancelledError()
	case futurePending:
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
	f.result, f.state = v, futureFinished
	f.scheduleCallbacks()
	return nil
}

// setException completes the future with the exception e.
func (f *Future) setException(e *runtime.Exception) error {
	if f.done() {
		return newInvalidStateError("invalid state")
	}
	f.exc, f.excTB, f.state = e, e.Traceback, futureFinished
	f.scheduleCallbacks()
	f.logTraceback = true
	f.loop.unretrieved.add(f, func(f *Future) bool { return f.logTraceback })
	return nil
}

// cancel cancels a futurePending future, reporting whether it did.
func (f *Future) cancel(msg runtime.Value) bool {
	f.logTraceback = false
	if f.done() {
		return false
	}
	f.state, f.cancelMsg = futureCancelled, msg
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

// removeCallback removes the Go callback cb.
func (f *Future) removeCallback(cb *doneCallback) {
	f.removeDoneCallback(func(c *doneCallback) bool { return c == cb })
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
// never retrieved: "Task exception was never retrieved". Before the program
// ends (atExit false) it keeps the futures whose exception escaped the loop:
// CPython frees those only with the escaping exception's traceback, which
// by then has grown the frames it unwound.
func (l *Loop) reportUnretrieved(atExit bool) {
	for _, f := range l.unretrieved.take() {
		if !f.logTraceback {
			continue
		}
		if f.escaped && !atExit {
			l.unretrieved.add(f, func(f *Future) bool { return f.logTraceback })
			continue
		}
		f.logTraceback = false
		l.reportError(newErrorContext(f.owner.Type().Name+" exception was never retrieved", f.exc, "future", f.owner))
	}
}

// futureInfo is the state part of a future's repr (CPython's
// _future_repr_info): "pending", "finished result=3", "cancelled", then
// the callbacks.
func (f *Future) futureInfo() ([]string, error) {
	info := []string{strings.ToLower(f.state.String())}
	if f.state == futureFinished {
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
func (f *Future) Await() (runtime.Resumable, error) {
	if f.loop == nil {
		return nil, uninitialized()
	}
	return &futureIter{f: f}, nil
}

// uninitialized is the error of the futures of Python subclasses whose
// __init__ did not call Future.__init__.
func uninitialized() error {
	return runtime.NewError(runtime.RuntimeErrorType, "Future object is not initialized.")
}

// pyFuture returns the future of the Future (or Task…) object a method
// was called on.
func pyFuture(self runtime.Value) (*Future, error) {
	f := self.(futureLike).future()
	if f.loop == nil {
		return nil, uninitialized()
	}
	return f, nil
}

// futureIter is the iterator of `await future` (CPython's FutureIter):
// while the future is futurePending, its first step yields the future, telling
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
