package asyncio

import "pyasync/runtime"

// argCheck validates the arguments of a method implemented in C in
// CPython, with that method's messages; qualname is "Future.done".
type argCheck func(qualname string, args []runtime.Value, kwnames []string) ([]runtime.Value, error)

// noArgs: "Future.done() takes no arguments (1 given)".
func noArgs(qualname string, args []runtime.Value, kwnames []string) ([]runtime.Value, error) {
	if len(kwnames) > 0 {
		return nil, runtime.NewErrorf(runtime.TypeErrorType, "%s() takes no keyword arguments", qualname)
	}
	if len(args) > 0 {
		return nil, runtime.NewErrorf(runtime.TypeErrorType, "%s() takes no arguments (%d given)", qualname, len(args))
	}
	return nil, nil
}

// oneArg: "Future.set_result() takes exactly one argument (0 given)".
func oneArg(qualname string, args []runtime.Value, kwnames []string) ([]runtime.Value, error) {
	if len(kwnames) > 0 {
		return nil, runtime.NewErrorf(runtime.TypeErrorType, "%s() takes no keyword arguments", qualname)
	}
	if len(args) != 1 {
		return nil, runtime.NewErrorf(runtime.TypeErrorType, "%s() takes exactly one argument (%d given)", qualname, len(args))
	}
	return args, nil
}

// clinicArgs checks the arguments of an Argument Clinic method with
// parameters names, the first required of them mandatory (see
// runtime.Args).
func clinicArgs(required int, names ...string) argCheck {
	return func(qualname string, args []runtime.Value, kwnames []string) ([]runtime.Value, error) {
		return runtime.Args(methodName(qualname), args, kwnames, required, names...)
	}
}

// callbackArgs checks add_done_callback(fn, /, *, context=None).
func callbackArgs(qualname string, args []runtime.Value, kwnames []string) ([]runtime.Value, error) {
	name := methodName(qualname)
	if npos := len(args) - len(kwnames); npos != 1 {
		return nil, runtime.NewErrorf(runtime.TypeErrorType, "%s() takes exactly 1 positional argument (%d given)", name, npos)
	}
	for _, kw := range kwnames {
		if kw != "context" {
			return nil, runtime.NewErrorf(runtime.TypeErrorType, "'%s' is an invalid keyword argument for %s()", kw, name)
		}
	}
	return args[:1], nil
}

// futureMethod registers a method of Future, inherited by Task and the
// other subclasses: check validates the arguments, then fn runs on the
// future of self.
func futureMethod(name string, check argCheck, fn func(f *Future, self runtime.Value, args []runtime.Value) (runtime.Value, error)) {
	futureType.AddMethod(name, func(self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		args, err := check(self.Type().Name+"."+name, args, kwnames)
		if err != nil {
			return nil, err
		}
		f, err := pyFuture(self)
		if err != nil {
			return nil, err
		}
		return fn(f, self, args)
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

// removePython removes the callbacks equal to the Python callable fn and
// returns how many there were.
func (f *Future) removePython(fn runtime.Value) (int, error) {
	var failed error
	n := f.removeDoneCallback(func(cb *doneCallback) bool {
		if cb.py == nil || failed != nil {
			return false
		}
		eq, err := runtime.Equal(cb.py, fn)
		failed = err
		return eq
	})
	return n, failed
}

func init() {
	ft := futureType
	ft.New = func(t *runtime.Type, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		f := &Future{object: object{class: t}}
		f.owner = f
		return f, nil
	}
	ft.AddMethod("__init__", func(self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		vals, _, err := (&signature{name: "Future", kwonly: []string{"loop"}}).bind(args, kwnames)
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
	addClassGetItem(ft)
	futureMethod("result", noArgs, func(f *Future, _ runtime.Value, _ []runtime.Value) (runtime.Value, error) {
		return f.getResult()
	})
	futureMethod("exception", noArgs, func(f *Future, _ runtime.Value, _ []runtime.Value) (runtime.Value, error) {
		return f.getException()
	})
	futureMethod("done", noArgs, func(f *Future, _ runtime.Value, _ []runtime.Value) (runtime.Value, error) {
		return runtime.Bool(f.done()), nil
	})
	futureMethod("cancelled", noArgs, func(f *Future, _ runtime.Value, _ []runtime.Value) (runtime.Value, error) {
		return runtime.Bool(f.cancelled()), nil
	})
	futureMethod("get_loop", noArgs, func(f *Future, _ runtime.Value, _ []runtime.Value) (runtime.Value, error) {
		return f.loop, nil
	})
	for _, name := range []string{"__await__", "__iter__"} {
		futureMethod(name, noArgs, func(f *Future, _ runtime.Value, _ []runtime.Value) (runtime.Value, error) {
			return &futureIter{f: f}, nil
		})
	}
	futureMethod("set_result", oneArg, func(f *Future, _ runtime.Value, args []runtime.Value) (runtime.Value, error) {
		return runtime.None, f.setResult(args[0])
	})
	futureMethod("set_exception", oneArg, func(f *Future, _ runtime.Value, args []runtime.Value) (runtime.Value, error) {
		if f.done() {
			return nil, newInvalidStateError("invalid state")
		}
		e, err := exceptionArg(args[0])
		if err != nil {
			return nil, err
		}
		return runtime.None, f.setException(e)
	})
	futureMethod("cancel", clinicArgs(0, "msg"), func(_ *Future, self runtime.Value, args []runtime.Value) (runtime.Value, error) {
		return runtime.Bool(self.(futureLike).cancelFuture(orNoneToNil(args[0]))), nil
	})
	futureMethod("add_done_callback", callbackArgs, func(f *Future, _ runtime.Value, args []runtime.Value) (runtime.Value, error) {
		f.addDoneCallback(&doneCallback{py: args[0]})
		return runtime.None, nil
	})
	futureMethod("remove_done_callback", oneArg, func(f *Future, _ runtime.Value, args []runtime.Value) (runtime.Value, error) {
		n, err := f.removePython(args[0])
		return runtime.Int(n), err
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
