package asyncio

import "pyasync/runtime"

// object is embedded by the module's Go values whose classes Python code
// may subclass (Future, Task, Queue, Lock…): the instance's class — the Go
// type's own class or a subclass of it — and its __dict__, made on first
// use.
type object struct {
	class *runtime.Type
	dict  *runtime.Dict
}

// Type implements runtime.Value.
func (o *object) Type() *runtime.Type { return o.class }

// AttrDict implements runtime.DictHolder.
func (o *object) AttrDict(create bool) *runtime.Dict {
	if o.dict == nil && create {
		o.dict = runtime.NewDict()
	}
	return o.dict
}

// newType makes the class of a Go-implemented asyncio type, named as in
// CPython: module is what repr(cls) shows ("_asyncio" for Future and Task,
// "asyncio.locks" for Lock…); bases default to object.
func newType(module, name string, bases ...*runtime.Type) *runtime.Type {
	ns := runtime.NewDict()
	ns.SetStr("__module__", runtime.Str(module))
	t, err := runtime.NewClass(name, bases, ns)
	if err != nil {
		panic(err) // the module's own class table is inconsistent: a bug
	}
	return t
}

// addRepr registers __repr__ on t. The classes made by newType are
// classes as far as runtime is concerned, so repr() always goes through
// the __repr__ found on the MRO.
func addRepr(t *runtime.Type, repr func(self runtime.Value) (string, error)) {
	t.AddMethod("__repr__", func(self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		s, err := repr(self)
		if err != nil {
			return nil, err
		}
		return runtime.Str(s), nil
	})
}

// noInstances makes calling t fail as CPython's internal types do.
func noInstances(t *runtime.Type) {
	t.New = func(t *runtime.Type, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return nil, runtime.NewErrorf(runtime.TypeErrorType, "cannot create '%s' instances", qualified(t))
	}
}

// qualified is a class's dotted name: "asyncio.events.Handle".
func qualified(t *runtime.Type) string { return t.Module + "." + t.QualName }

// addClassGetItem makes t, and its subclasses, subscriptable as CPython's
// generic classes are in annotations: asyncio.Queue[int].
func addClassGetItem(t *runtime.Type) {
	// A builtin function, not a classmethod: subscription calls it with
	// the class itself as the first argument.
	t.Dict.SetStr("__class_getitem__", runtime.NewBuiltin("__class_getitem__", func(args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("__class_getitem__", args, 2, 2); err != nil {
			return nil, err
		}
		cls, ok := args[0].(*runtime.Type)
		if !ok {
			return nil, runtime.NewErrorf(runtime.TypeErrorType, "'%s' object is not subscriptable", runtime.TypeName(args[0]))
		}
		params, ok := args[1].(runtime.Tuple)
		if !ok {
			params = runtime.Tuple{args[1]}
		}
		return &runtime.GenericAlias{Origin: cls, Args: params}, nil
	}))
}
