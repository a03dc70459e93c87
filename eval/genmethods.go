package eval

import (
	"pyasync/runtime"
)

// excArg converts throw()'s arguments (an exception instance, or a class
// and an optional value) to the exception to raise.
func excArg(fname string, args []runtime.Value) (*runtime.Exception, error) {
	if len(args) < 1 || len(args) > 3 {
		return nil, runtime.NewErrorf(runtime.TypeErrorType, "%s expected at least 1 argument, got %d", fname, len(args))
	}
	switch x := args[0].(type) {
	case *runtime.Exception:
		if len(args) > 1 && args[1] != runtime.None {
			return nil, runtime.NewError(runtime.TypeErrorType, "instance exception may not have a separate value")
		}
		return x, nil
	case *runtime.Type:
		if x.IsSubtype(runtime.BaseExceptionType) {
			var cargs []runtime.Value
			if len(args) > 1 && args[1] != runtime.None {
				if t, ok := args[1].(runtime.Tuple); ok {
					cargs = t
				} else {
					cargs = []runtime.Value{args[1]}
				}
			}
			v, err := x.Call(cargs, nil)
			if err != nil {
				return nil, err
			}
			if e, ok := v.(*runtime.Exception); ok {
				return e, nil
			}
		}
	}
	return nil, runtime.NewErrorf(runtime.TypeErrorType, "exceptions must be classes or instances deriving from BaseException, not %s", runtime.TypeName(args[0]))
}

// stepResult converts one Resumable step to the result of a Python-level
// send()/throw(): the yielded value, or StopIteration carrying the return
// value.
func stepResult(v runtime.Value, done bool, err error) (runtime.Value, error) {
	if err != nil {
		return nil, err
	}
	if done {
		if v == runtime.None {
			return nil, runtime.NewException(runtime.StopIterationType)
		}
		return nil, runtime.NewException(runtime.StopIterationType, v)
	}
	return v, nil
}

// addResumableMethods registers send, throw and close on t.
func addResumableMethods(t *runtime.Type) {
	t.AddMethod("send", func(self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("send", args, 1, 1); err != nil {
			return nil, err
		}
		return stepResult(self.(runtime.Resumable).Send(args[0]))
	})
	t.AddMethod("throw", func(self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		exc, err := excArg("throw", args)
		if err != nil {
			return nil, err
		}
		return stepResult(self.(runtime.Resumable).Throw(exc))
	})
	t.AddMethod("close", func(self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return runtime.None, self.(runtime.Resumable).Close()
	})
}

func core(v runtime.Value) *genCore {
	switch g := v.(type) {
	case *Generator:
		return &g.genCore
	case *Coroutine:
		return &g.genCore
	case *AsyncGenerator:
		return &g.genCore
	}
	return nil
}

// addNames registers __name__, __qualname__ and the running flag. The
// coroutine type is shared with coroutines implemented in Go (such as
// asyncio.sleep), which have only a qualified name.
func addNames(t *runtime.Type, running string) {
	t.AddGetSet("__name__", func(v runtime.Value) (runtime.Value, error) {
		if g := core(v); g != nil {
			return runtime.Str(g.name), nil
		}
		return runtime.Str(v.(runtime.Coroutine).QualName()), nil
	}, nil)
	t.AddGetSet("__qualname__", func(v runtime.Value) (runtime.Value, error) {
		if g := core(v); g != nil {
			return runtime.Str(g.qualname), nil
		}
		return runtime.Str(v.(runtime.Coroutine).QualName()), nil
	}, nil)
	t.AddGetSet(running, func(v runtime.Value) (runtime.Value, error) {
		g := core(v)
		return runtime.Bool(g != nil && g.running), nil
	}, nil)
}

func init() {
	gt := runtime.GeneratorType
	addResumableMethods(gt)
	addNames(gt, "gi_running")
	gt.AddMethod("__iter__", func(self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return self, nil
	})
	gt.AddMethod("__next__", func(self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return stepResult(self.(*Generator).Send(runtime.None))
	})

	ct := runtime.CoroutineType
	addResumableMethods(ct)
	addNames(ct, "cr_running")
	ct.AddGetSet("cr_await", func(v runtime.Value) (runtime.Value, error) {
		if g := core(v); g != nil && g.frame.awaiting != nil {
			return g.frame.awaiting, nil
		}
		return runtime.None, nil
	}, nil)
	ct.AddMethod("__await__", func(self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return &coroutineWrapper{self.(runtime.Coroutine)}, nil
	})

	at := runtime.AsyncGeneratorType
	addNames(at, "ag_running")
	at.AddMethod("__aiter__", func(self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return self, nil
	})
	at.AddMethod("__anext__", func(self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return self.(*AsyncGenerator).anext(runtime.None), nil
	})
	at.AddMethod("asend", func(self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("asend", args, 1, 1); err != nil {
			return nil, err
		}
		return self.(*AsyncGenerator).anext(args[0]), nil
	})
	at.AddMethod("athrow", func(self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		exc, err := excArg("athrow", args)
		if err != nil {
			return nil, err
		}
		return self.(*AsyncGenerator).athrow(exc), nil
	})
	at.AddMethod("aclose", func(self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return self.(*AsyncGenerator).aclose(), nil
	})

	for _, t := range []*runtime.Type{asendType, athrowType} {
		addResumableMethods(t)
		t.AddMethod("__await__", func(self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			return self, nil
		})
	}
	addResumableMethods(coroutineWrapperType)
}

var coroutineWrapperType = runtime.NewIteratorType("coroutine_wrapper")

// coroutineWrapper is what coro.__await__() returns: an iterator that
// drives the coroutine.
type coroutineWrapper struct{ c runtime.Coroutine }

func (*coroutineWrapper) Type() *runtime.Type { return coroutineWrapperType }

func (w *coroutineWrapper) Send(v runtime.Value) (runtime.Value, bool, error) { return w.c.Send(v) }
func (w *coroutineWrapper) Throw(e *runtime.Exception) (runtime.Value, bool, error) {
	return w.c.Throw(e)
}
func (w *coroutineWrapper) Close() error { return w.c.Close() }

func (w *coroutineWrapper) Next() (runtime.Value, bool, error) {
	v, done, err := w.c.Send(runtime.None)
	if err != nil {
		return nil, false, err
	}
	if done {
		return nil, false, runtime.NewException(runtime.StopIterationType, v)
	}
	return v, true, nil
}
