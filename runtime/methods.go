package runtime

// Helpers registering the methods of builtin types, one per CPython calling
// convention, so that a wrong call fails with the message CPython gives for
// that method: "str.upper() takes no arguments (1 given)", "list.append()
// takes exactly one argument (0 given)", "pop expected at most 1 argument,
// got 2", "find() takes at least 1 argument (0 given)", "'x' is an invalid
// keyword argument for split()".

// qualName is "type.method", as messages about a method's arguments name it.
func qualName(t *Type, name string) string { return t.Name + "." + name }

// addNoArgs registers a method taking no arguments (METH_NOARGS).
func (t *Type) addNoArgs(name string, fn func(self Value) (Value, error)) {
	q := qualName(t, name)
	t.AddMethod(name, func(self Value, args []Value, kwnames []string) (Value, error) {
		if err := NoKwargs(q, kwnames); err != nil {
			return nil, err
		}
		if err := ArgCount(q, args, 0, 0); err != nil {
			return nil, err
		}
		return fn(self)
	})
}

// addOneArg registers a method taking exactly one positional argument
// (METH_O).
func (t *Type) addOneArg(name string, fn func(self, arg Value) (Value, error)) {
	q := qualName(t, name)
	t.AddMethod(name, func(self Value, args []Value, kwnames []string) (Value, error) {
		if err := NoKwargs(q, kwnames); err != nil {
			return nil, err
		}
		if err := ArgCount(q, args, 1, 1); err != nil {
			return nil, err
		}
		return fn(self, args[0])
	})
}

// addPositional registers a method taking min to max positional-only
// arguments, checked as Argument Clinic does ("pop expected at most 1
// argument, got 2").
func (t *Type) addPositional(name string, min, max int, fn func(self Value, args []Value) (Value, error)) {
	q := qualName(t, name)
	t.AddMethod(name, func(self Value, args []Value, kwnames []string) (Value, error) {
		if err := NoKwargs(q, kwnames); err != nil {
			return nil, err
		}
		if err := CheckPositional(name, args, min, max); err != nil {
			return nil, err
		}
		return fn(self, args)
	})
}

// addVarargs registers a method taking min to max positional arguments,
// checked as PyArg_ParseTuple does ("find() takes at least 1 argument (0
// given)").
func (t *Type) addVarargs(name string, min, max int, fn func(self Value, args []Value) (Value, error)) {
	q := qualName(t, name)
	t.AddMethod(name, func(self Value, args []Value, kwnames []string) (Value, error) {
		if err := NoKwargs(q, kwnames); err != nil {
			return nil, err
		}
		if err := tupleArgCount(name, args, min, max); err != nil {
			return nil, err
		}
		return fn(self, args)
	})
}

// tupleArgCount is PyArg_ParseTuple's check of the number of arguments;
// an unnamed function (fname "") is called "function" in the message.
func tupleArgCount(fname string, args []Value, min, max int) error {
	n := len(args)
	bound, limit, ok := countBound(n, min, max, "exactly ")
	if ok {
		return nil
	}
	if fname == "" {
		fname = "function"
	} else {
		fname += "()"
	}
	return NewErrorf(TypeErrorType, "%s takes %s%d argument%s (%d given)", fname, bound, limit, plural(limit), n)
}

// addKeywords registers a method whose parameters, named by names, may be
// given by keyword; the first required are mandatory (see Args). fn gets
// one argument per name, nil for those not given.
func (t *Type) addKeywords(name string, required int, names []string, fn func(self Value, args []Value) (Value, error)) {
	t.AddMethod(name, func(self Value, args []Value, kwnames []string) (Value, error) {
		bound, err := Args(name, args, kwnames, required, names...)
		if err != nil {
			return nil, err
		}
		return fn(self, bound)
	})
}

// argAt returns the optional argument i, or nil when it was not given.
func argAt(args []Value, i int) Value {
	if i < len(args) {
		return args[i]
	}
	return nil
}
