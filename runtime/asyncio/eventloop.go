package asyncio

import (
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
	when, err := runtime.Binary(runtime.OpAdd, runtime.Float(l.time()), delay)
	if err != nil {
		return nil, err
	}
	return l.callAt(when, h)
}

// pythonCallback makes the handle of a callback passed to call_soon,
// call_later or call_at; in debug mode, it checks the callback first.
func (l *Loop) pythonCallback(method string, fn runtime.Value, args []runtime.Value) (Handle, error) {
	if l.debug {
		if _, isCoro := fn.(runtime.Coroutine); isCoro {
			return Handle{}, runtime.NewErrorf(runtime.TypeErrorType, "coroutines cannot be used with %s()", method)
		}
		if !runtime.IsCallable(fn) {
			return Handle{}, runtime.NewErrorf(runtime.TypeErrorType, "a callable object was expected by %s(), got %s", method, fullRepr(fn))
		}
	}
	return Handle{loop: l, callback: fn, args: append([]runtime.Value(nil), args...)}, nil
}

var (
	callSoonSig   = signature{name: "call_soon", method: true, params: []string{"callback"}, required: 1, varargs: true, kwonly: []string{"context"}}
	callLaterSig  = signature{name: "call_later", method: true, params: []string{"delay", "callback"}, required: 2, varargs: true, kwonly: []string{"context"}}
	callAtSig     = signature{name: "call_at", method: true, params: []string{"when", "callback"}, required: 2, varargs: true, kwonly: []string{"context"}}
	createTaskSig = signature{name: "create_task", method: true, params: []string{"coro"}, required: 1, kwonly: []string{"name", "context"}}
)

// loopMethod registers a method of the loop type taking no arguments.
func loopMethod(name string, fn func(l *Loop) (runtime.Value, error)) {
	loopType.AddMethod(name, func(self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		sig := signature{name: name, method: true}
		if _, _, err := sig.bind(args, kwnames); err != nil {
			return nil, err
		}
		return fn(self.(*Loop))
	})
}

// loopMethodArgs registers a method of the loop type with the parameters
// sig describes.
func loopMethodArgs(sig *signature, fn func(l *Loop, vals, rest []runtime.Value) (runtime.Value, error)) {
	loopType.AddMethod(sig.name, func(self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		vals, rest, err := sig.bind(args, kwnames)
		if err != nil {
			return nil, err
		}
		return fn(self.(*Loop), vals, rest)
	})
}

func init() {
	noInstances(loopType)
	addRepr(loopType, func(self runtime.Value) (string, error) {
		l := self.(*Loop)
		return fmt.Sprintf("<%s running=%s closed=%s debug=%s>", l.Type().Name, pyBool(l.running), pyBool(l.closed), pyBool(l.debug)), nil
	})
	loopMethod("time", func(l *Loop) (runtime.Value, error) { return runtime.Float(l.time()), nil })
	loopMethod("is_running", func(l *Loop) (runtime.Value, error) { return runtime.Bool(l.running), nil })
	loopMethod("is_closed", func(l *Loop) (runtime.Value, error) { return runtime.Bool(l.closed), nil })
	loopMethod("get_debug", func(l *Loop) (runtime.Value, error) { return runtime.Bool(l.debug), nil })
	loopMethod("stop", func(l *Loop) (runtime.Value, error) { l.stop(); return runtime.None, nil })
	loopMethod("close", func(l *Loop) (runtime.Value, error) { return runtime.None, l.close() })
	loopMethod("create_future", func(l *Loop) (runtime.Value, error) { return newFuture(l), nil })
	loopMethod("run_forever", func(l *Loop) (runtime.Value, error) { return runtime.None, l.runForever() })
	loopMethod("get_exception_handler", func(l *Loop) (runtime.Value, error) { return orNone(l.handler), nil })
	loopMethod("shutdown_asyncgens", func(l *Loop) (runtime.Value, error) { return l.shutdownAsyncgens(), nil })
	loopMethod("shutdown_default_executor", func(l *Loop) (runtime.Value, error) { return shutdownDefaultExecutor(), nil })
	loopMethodArgs(&signature{name: "set_debug", method: true, params: []string{"enabled"}, required: 1}, func(l *Loop, vals, _ []runtime.Value) (runtime.Value, error) {
		on, err := runtime.Truth(vals[0])
		l.debug = on
		return runtime.None, err
	})
	loopMethodArgs(&signature{name: "run_until_complete", method: true, params: []string{"future"}, required: 1}, func(l *Loop, vals, _ []runtime.Value) (runtime.Value, error) {
		return l.runUntilComplete(vals[0])
	})
	loopMethodArgs(&callSoonSig, func(l *Loop, vals, rest []runtime.Value) (runtime.Value, error) {
		if err := l.checkClosed(); err != nil {
			return nil, err
		}
		h, err := l.pythonCallback("call_soon", vals[0], rest)
		if err != nil {
			return nil, err
		}
		l.ready.PushBack(&h)
		return &h, nil
	})
	loopMethodArgs(&callLaterSig, func(l *Loop, vals, rest []runtime.Value) (runtime.Value, error) {
		if vals[0] == runtime.None {
			return nil, runtime.NewError(runtime.TypeErrorType, "delay must not be None")
		}
		h, err := l.pythonCallback("call_later", vals[1], rest)
		if err != nil {
			return nil, err
		}
		return l.callLater(vals[0], h)
	})
	loopMethodArgs(&callAtSig, func(l *Loop, vals, rest []runtime.Value) (runtime.Value, error) {
		if vals[0] == runtime.None {
			return nil, runtime.NewError(runtime.TypeErrorType, "when cannot be None")
		}
		h, err := l.pythonCallback("call_at", vals[1], rest)
		if err != nil {
			return nil, err
		}
		return l.callAt(vals[0], h)
	})
	loopMethodArgs(&createTaskSig, func(l *Loop, vals, _ []runtime.Value) (runtime.Value, error) {
		return newTask(l, vals[0], vals[1])
	})
	loopMethodArgs(&signature{name: "set_exception_handler", method: true, params: []string{"handler"}, required: 1}, func(l *Loop, vals, _ []runtime.Value) (runtime.Value, error) {
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
	loopMethodArgs(&signature{name: "call_exception_handler", method: true, params: []string{"context"}, required: 1}, func(l *Loop, vals, _ []runtime.Value) (runtime.Value, error) {
		ctx, ok := vals[0].(*runtime.Dict)
		if !ok {
			return nil, runtime.NewErrorf(runtime.TypeErrorType, "'%s' object is not a mapping", runtime.TypeName(vals[0]))
		}
		l.reportError(ctx)
		return runtime.None, nil
	})
	loopMethodArgs(&signature{name: "default_exception_handler", method: true, params: []string{"context"}, required: 1}, func(l *Loop, vals, _ []runtime.Value) (runtime.Value, error) {
		ctx, ok := vals[0].(*runtime.Dict)
		if !ok {
			return nil, runtime.NewErrorf(runtime.TypeErrorType, "'%s' object is not a mapping", runtime.TypeName(vals[0]))
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
