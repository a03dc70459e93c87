package asyncio

import (
	"container/heap"
	"fmt"

	"pyasync/runtime"
)

// The event loop policy's state (one thread, so one of each).
var (
	// runningLoop is the loop whose run_forever is executing, if any.
	runningLoop *Loop
	// currentLoop is the loop set by set_event_loop (or made by the first
	// get_event_loop); setCalled records that set_event_loop was called,
	// after which get_event_loop no longer makes one.
	currentLoop *Loop
	setCalled   bool
)

var loopType = newType("asyncio.unix_events", "_UnixSelectorEventLoop")

// getRunningLoop is asyncio.get_running_loop().
func getRunningLoop() (*Loop, error) {
	if runningLoop == nil {
		return nil, runtime.NewError(runtime.RuntimeErrorType, "no running event loop")
	}
	return runningLoop, nil
}

// getEventLoop is asyncio.get_event_loop(): the running loop, else the
// current one, made on first use unless set_event_loop was called.
func getEventLoop() (*Loop, error) {
	if runningLoop != nil {
		return runningLoop, nil
	}
	if currentLoop == nil && !setCalled {
		currentLoop = newLoop()
	}
	if currentLoop == nil {
		return nil, runtime.NewError(runtime.RuntimeErrorType, "There is no current event loop in thread 'MainThread'.")
	}
	return currentLoop, nil
}

// setEventLoop is asyncio.set_event_loop(l); l may be nil.
func setEventLoop(l *Loop) {
	setCalled = true
	currentLoop = l
}

// callLater schedules h's callback delay seconds from now.
func (l *Loop) callLater(delay runtime.Value, h Handle) (*TimerHandle, error) {
	now := l.time()
	when, err := runtime.Binary(runtime.OpAdd, runtime.Float(now), delay)
	if err != nil {
		return nil, err
	}
	t, err := l.callAt(when, h)
	if err != nil {
		return nil, err
	}
	// A positive delay too small to move the deadline past now still
	// waits a tick: on the virtual clock, where time advances only by
	// waiting, a program polling the clock through tiny sleeps would
	// otherwise spin forever (on the real clock time moves anyway).
	if d, ok := delay.(runtime.Float); ok && d > 0 && t.key <= nanos(now) && runtime.TheClock.Virtual() {
		t.key = nanos(now) + 1
		heap.Fix(&l.timers, t.index)
	}
	return t, nil
}

// pythonCallback makes the handle of a callback passed to call_soon,
// call_later or call_at; in debug mode, it checks the callback first.
func (l *Loop) pythonCallback(method string, fn runtime.Value, args []runtime.Value) (Handle, error) {
	if l.debug {
		if _, isCoro := asCoroutine(fn); isCoro {
			return Handle{}, runtime.NewErrorf(runtime.TypeErrorType, "coroutines cannot be used with %s()", method)
		}
		if !runtime.IsCallable(fn) {
			return Handle{}, runtime.NewErrorf(runtime.TypeErrorType, "a callable object was expected by %s(), got %s", method, fullRepr(fn))
		}
	}
	return Handle{loop: l, callback: fn, args: append([]runtime.Value(nil), args...)}, nil
}

// loopSig describes a loop method's parameters; CPython defines them on
// BaseEventLoop.
func loopSig(name string, params ...string) signature {
	return signature{name: "BaseEventLoop." + name, params: params, required: len(params)}
}

// withCallback adds the *args and context of the methods that schedule a
// callback.
func withCallback(sig signature) signature {
	sig.varargs, sig.kwonly = true, []string{"context"}
	return sig
}

// loopGetter registers a loop method taking no arguments.
func loopGetter(name string, fn func(l *Loop) (runtime.Value, error)) {
	pyMethod(loopType, loopSig(name), func(l *Loop, _ []runtime.Value) (runtime.Value, error) { return fn(l) })
}

// contextArg checks the context dict of call_exception_handler.
func contextArg(v runtime.Value) (*runtime.Dict, error) {
	ctx, ok := v.(*runtime.Dict)
	if !ok {
		return nil, runtime.NewErrorf(runtime.TypeErrorType, "'%s' object is not a mapping", runtime.TypeName(v))
	}
	return ctx, nil
}

func init() {
	noInstances(loopType)
	addRepr(loopType, func(self runtime.Value) (string, error) {
		l := self.(*Loop)
		return fmt.Sprintf("<%s running=%s closed=%s debug=%s>", l.Type().Name, pyBool(l.running), pyBool(l.closed), pyBool(l.debug)), nil
	})
	loopGetter("time", func(l *Loop) (runtime.Value, error) { return runtime.Float(l.time()), nil })
	loopGetter("is_running", func(l *Loop) (runtime.Value, error) { return runtime.Bool(l.running), nil })
	loopGetter("is_closed", func(l *Loop) (runtime.Value, error) { return runtime.Bool(l.closed), nil })
	loopGetter("get_debug", func(l *Loop) (runtime.Value, error) { return runtime.Bool(l.debug), nil })
	loopGetter("stop", func(l *Loop) (runtime.Value, error) { l.stop(); return runtime.None, nil })
	loopGetter("close", func(l *Loop) (runtime.Value, error) { return runtime.None, l.close() })
	loopGetter("create_future", func(l *Loop) (runtime.Value, error) { return newFuture(l), nil })
	loopGetter("run_forever", func(l *Loop) (runtime.Value, error) { return runtime.None, l.runForever() })
	loopGetter("get_exception_handler", func(l *Loop) (runtime.Value, error) { return orNone(l.handler), nil })
	loopGetter("shutdown_asyncgens", func(l *Loop) (runtime.Value, error) { return l.shutdownAsyncgens(), nil })
	loopGetter("shutdown_default_executor", func(l *Loop) (runtime.Value, error) { return shutdownDefaultExecutor(), nil })
	pyMethod(loopType, loopSig("set_debug", "enabled"), func(l *Loop, vals []runtime.Value) (runtime.Value, error) {
		on, err := runtime.Truth(vals[0])
		l.debug = on
		return runtime.None, err
	})
	pyMethod(loopType, loopSig("run_until_complete", "future"), func(l *Loop, vals []runtime.Value) (runtime.Value, error) {
		return l.runUntilComplete(vals[0])
	})
	pyMethod(loopType, withCallback(loopSig("call_soon", "callback")), func(l *Loop, vals []runtime.Value) (runtime.Value, error) {
		if err := l.checkClosed(); err != nil {
			return nil, err
		}
		h, err := l.pythonCallback("call_soon", vals[0], vals[2].(runtime.Tuple))
		if err != nil {
			return nil, err
		}
		l.ready.PushBack(&h)
		return &h, nil
	})
	pyMethod(loopType, withCallback(loopSig("call_later", "delay", "callback")), func(l *Loop, vals []runtime.Value) (runtime.Value, error) {
		if vals[0] == runtime.None {
			return nil, runtime.NewError(runtime.TypeErrorType, "delay must not be None")
		}
		h, err := l.pythonCallback("call_later", vals[1], vals[3].(runtime.Tuple))
		if err != nil {
			return nil, err
		}
		return l.callLater(vals[0], h)
	})
	pyMethod(loopType, withCallback(loopSig("call_at", "when", "callback")), func(l *Loop, vals []runtime.Value) (runtime.Value, error) {
		if vals[0] == runtime.None {
			return nil, runtime.NewError(runtime.TypeErrorType, "when cannot be None")
		}
		h, err := l.pythonCallback("call_at", vals[1], vals[3].(runtime.Tuple))
		if err != nil {
			return nil, err
		}
		return l.callAt(vals[0], h)
	})
	createTask := loopSig("create_task", "coro")
	createTask.kwonly = []string{"name", "context"}
	pyMethod(loopType, createTask, func(l *Loop, vals []runtime.Value) (runtime.Value, error) {
		return newTask(l, vals[0], vals[1])
	})
	pyMethod(loopType, loopSig("set_exception_handler", "handler"), func(l *Loop, vals []runtime.Value) (runtime.Value, error) {
		h := vals[0]
		if h == runtime.None {
			l.handler = nil
			return runtime.None, nil
		}
		if !runtime.IsCallable(h) {
			return nil, runtime.NewErrorf(runtime.TypeErrorType, "A callable object or None is expected, got %s", fullRepr(h))
		}
		l.handler = h
		return runtime.None, nil
	})
	pyMethod(loopType, loopSig("call_exception_handler", "context"), func(l *Loop, vals []runtime.Value) (runtime.Value, error) {
		ctx, err := contextArg(vals[0])
		if err != nil {
			return nil, err
		}
		l.reportError(ctx)
		return runtime.None, nil
	})
	pyMethod(loopType, loopSig("default_exception_handler", "context"), func(l *Loop, vals []runtime.Value) (runtime.Value, error) {
		ctx, err := contextArg(vals[0])
		if err != nil {
			return nil, err
		}
		defaultExceptionHandler(ctx)
		return runtime.None, nil
	})
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
