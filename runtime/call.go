package runtime

import (
	"slices"
	"strings"
)

// Callable is implemented by Go values that can be called. The last
// len(kwnames) entries of args are keyword arguments named by kwnames, in
// order; the others are positional.
type Callable interface {
	Value
	Call(args []Value, kwnames []string) (Value, error)
}

// Call calls fn, which is a Callable or an object whose class defines
// __call__.
func Call(fn Value, args []Value, kwnames []string) (Value, error) {
	if c, ok := fn.(Callable); ok {
		return c.Call(args, kwnames)
	}
	if m := fn.Type().Lookup("__call__"); m != nil {
		return CallMethod(m, fn, args, kwnames)
	}
	return nil, NewErrorf(TypeErrorType, "'%s' object is not callable", TypeName(fn))
}

// CallMethod calls the class attribute m (found by Lookup, unbound) with
// self as its first argument, binding it as attribute access would.
func CallMethod(m, self Value, args []Value, kwnames []string) (Value, error) {
	switch f := m.(type) {
	case *Method:
		return f.Fn(self, args, kwnames)
	case *StaticMethod:
		return Call(f.Func, args, kwnames)
	case *ClassMethod:
		return Call(f.Func, prepend(self.Type(), args), kwnames)
	case Descriptor:
		bound, err := f.DescrGet(self, self.Type())
		if err != nil {
			return nil, err
		}
		return Call(bound, args, kwnames)
	}
	return Call(m, prepend(self, args), kwnames)
}

// CallDunder looks up the special method name on v's class and calls it
// with args. found is false (and nothing is called) when the class has no
// such method.
func CallDunder(v Value, name string, args ...Value) (result Value, found bool, err error) {
	m := v.Type().Lookup(name)
	if m == nil {
		return nil, false, nil
	}
	r, err := CallMethod(m, v, args, nil)
	return r, true, err
}

func prepend(v Value, args []Value) []Value {
	out := make([]Value, len(args)+1)
	out[0] = v
	copy(out[1:], args)
	return out
}

// BuiltinFunction is a function implemented in Go, possibly bound to Self
// (a builtin method of an object).
type BuiltinFunction struct {
	Name string
	Self Value // nil for a plain builtin function
	Fn   func(args []Value, kwnames []string) (Value, error)
}

// Type implements Value.
func (*BuiltinFunction) Type() *Type { return BuiltinFunctionType }

// Call implements Callable.
func (f *BuiltinFunction) Call(args []Value, kwnames []string) (Value, error) {
	return f.Fn(args, kwnames)
}

// NewBuiltin returns a builtin function.
func NewBuiltin(name string, fn func(args []Value, kwnames []string) (Value, error)) *BuiltinFunction {
	return &BuiltinFunction{Name: name, Fn: fn}
}

// Method is a method of a Go-implemented type (a method descriptor):
// attribute access on an instance binds it.
type Method struct {
	Name  string
	Owner *Type
	Fn    func(self Value, args []Value, kwnames []string) (Value, error)
}

// Type implements Value.
func (*Method) Type() *Type { return MethodDescriptorType }

// Call implements Callable: the first argument is self.
func (m *Method) Call(args []Value, kwnames []string) (Value, error) {
	if len(args)-len(kwnames) < 1 {
		return nil, NewErrorf(TypeErrorType, "unbound method %s.%s() needs an argument", m.Owner.Name, m.Name)
	}
	if !args[0].Type().IsSubtype(m.Owner) {
		if isSlotWrapper(m.Name) {
			return nil, NewErrorf(TypeErrorType, "descriptor '%s' requires a '%s' object but received a '%s'", m.Name, m.Owner.Name, TypeName(args[0]))
		}
		return nil, NewErrorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", m.Name, m.Owner.Name, TypeName(args[0]))
	}
	return m.Fn(args[0], args[1:], kwnames)
}

// isSlotWrapper tells the special methods that CPython's builtin types
// implement as type slots (wrapper descriptors, whose type check words its
// error differently) from the ones they define as plain methods.
func isSlotWrapper(name string) bool {
	if !strings.HasPrefix(name, "__") || !strings.HasSuffix(name, "__") {
		return false
	}
	switch name {
	case "__ceil__", "__contains__", "__dir__", "__floor__", "__format__", "__getitem__",
		"__getnewargs__", "__getstate__", "__reduce__", "__reduce_ex__", "__reversed__",
		"__round__", "__sizeof__", "__trunc__":
		return false
	}
	return true
}

// DescrGet implements Descriptor.
func (m *Method) DescrGet(obj Value, owner *Type) (Value, error) {
	if obj == nil {
		return m, nil
	}
	fn := m.Fn
	return &BuiltinFunction{Name: m.Name, Self: obj, Fn: func(args []Value, kwnames []string) (Value, error) {
		return fn(obj, args, kwnames)
	}}, nil
}

// AddMethod registers a Go method on t.
func (t *Type) AddMethod(name string, fn func(self Value, args []Value, kwnames []string) (Value, error)) {
	t.Dict.SetStr(name, &Method{Name: name, Owner: t, Fn: fn})
}

// BoundMethod is a Python function bound to an instance.
type BoundMethod struct {
	Self Value
	Func Value
}

// Type implements Value.
func (*BoundMethod) Type() *Type { return MethodType }

// Call implements Callable.
func (m *BoundMethod) Call(args []Value, kwnames []string) (Value, error) {
	return Call(m.Func, prepend(m.Self, args), kwnames)
}

// Args binds the arguments of a builtin function to its parameters, with
// the messages of CPython's Argument Clinic for functions that accept
// keywords ("split() takes at most 2 arguments (3 given)", "'x' is an
// invalid keyword argument for split()").
//
// names lists the parameters; the first `required` are mandatory; an empty
// name marks a positional-only parameter. The result has one entry per
// name, nil where an optional argument was not given.
func Args(fname string, args []Value, kwnames []string, required int, names ...string) ([]Value, error) {
	npos := len(args) - len(kwnames)
	if len(args) > len(names) {
		kind := ""
		if npos == 0 {
			kind = "keyword "
		}
		return nil, NewErrorf(TypeErrorType, "%s() takes at most %d %sargument%s (%d given)", fname, len(names), kind, plural(len(names)), len(args))
	}
	out := make([]Value, len(names))
	copy(out, args[:npos])
	unknown := ""
	for i, kw := range kwnames {
		j := slices.Index(names[npos:], kw)
		if j < 0 || kw == "" {
			if unknown == "" {
				unknown = kw
			}
			continue
		}
		out[npos+j] = args[npos+i]
	}
	for i := 0; i < required; i++ {
		if out[i] == nil {
			return nil, NewErrorf(TypeErrorType, "%s() missing required argument '%s' (pos %d)", fname, names[i], i+1)
		}
	}
	if unknown != "" {
		return nil, badKeyword(fname, kwnames, names[:npos], unknown)
	}
	return out, nil
}

// badKeyword explains why a keyword argument was not bound: like CPython,
// it first looks for one naming a parameter already given by position,
// else blames unknown.
func badKeyword(fname string, kwnames, posNames []string, unknown string) error {
	for _, kw := range kwnames {
		if j := slices.Index(posNames, kw); j >= 0 && kw != "" {
			return NewErrorf(TypeErrorType, "argument for %s() given by name ('%s') and position (%d)", fname, kw, j+1)
		}
	}
	return NewErrorf(TypeErrorType, "'%s' is an invalid keyword argument for %s()", unknown, fname)
}

// NoKwargs fails when keyword arguments were given to fname.
func NoKwargs(fname string, kwnames []string) error {
	if len(kwnames) > 0 {
		return NewErrorf(TypeErrorType, "%s() takes no keyword arguments", fname)
	}
	return nil
}

// ArgCount fails unless the number of positional arguments is in [min, max],
// with CPython's message for the kind of builtin the bounds imply: one
// taking no arguments (min == max == 0, "f() takes no arguments (1 given)"),
// one taking a single object (min == max == 1, "f() takes exactly one
// argument (0 given)"), else CheckPositional's.
func ArgCount(fname string, args []Value, min, max int) error {
	n := len(args)
	switch {
	case n >= min && n <= max:
		return nil
	case min == max && min == 0:
		return NewErrorf(TypeErrorType, "%s() takes no arguments (%d given)", fname, n)
	case min == max && min == 1:
		return NewErrorf(TypeErrorType, "%s() takes exactly one argument (%d given)", fname, n)
	}
	return CheckPositional(fname, args, min, max)
}

// CheckPositional fails unless the number of positional arguments is in
// [min, max], with the message of Argument Clinic's positional-only
// functions: "reversed expected 1 argument, got 0", "insert expected 2
// arguments, got 1", "pop expected at most 1 argument, got 2".
func CheckPositional(fname string, args []Value, min, max int) error {
	bound, limit, ok := countBound(len(args), min, max, "")
	if ok {
		return nil
	}
	return NewErrorf(TypeErrorType, "%s expected %s%d argument%s, got %d", fname, bound, limit, plural(limit), len(args))
}

// countBound checks an argument count n against [min, max]. When it is out
// of range it returns the bound the messages quote: "at most " and max,
// "at least " and min, or exact (for min == max) and min.
func countBound(n, min, max int, exact string) (bound string, limit int, ok bool) {
	switch {
	case n >= min && n <= max:
		return "", 0, true
	case n > max && min != max:
		return "at most ", max, false
	case n > max:
		return exact, max, false
	case min != max:
		return "at least ", min, false
	}
	return exact, min, false
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func init() {
	bf := func(v Value) *BuiltinFunction { return v.(*BuiltinFunction) }
	BuiltinFunctionType.AddGetSet("__name__", func(v Value) (Value, error) { return Str(bf(v).Name), nil }, nil)
	BuiltinFunctionType.AddGetSet("__qualname__", func(v Value) (Value, error) {
		f := bf(v)
		if f.Self != nil {
			if _, isModule := f.Self.(*Module); !isModule {
				return Str(TypeName(f.Self) + "." + f.Name), nil
			}
		}
		return Str(f.Name), nil
	}, nil)
	BuiltinFunctionType.AddGetSet("__self__", func(v Value) (Value, error) {
		if s := bf(v).Self; s != nil {
			return s, nil
		}
		return None, nil
	}, nil)
	BuiltinFunctionType.AddGetSet("__doc__", func(Value) (Value, error) { return None, nil }, nil)
	BuiltinFunctionType.AddGetSet("__module__", func(v Value) (Value, error) {
		if bf(v).Self == nil {
			return Str("builtins"), nil
		}
		return None, nil
	}, nil)

	bm := func(v Value) *BoundMethod { return v.(*BoundMethod) }
	MethodType.AddGetSet("__self__", func(v Value) (Value, error) { return bm(v).Self, nil }, nil)
	MethodType.AddGetSet("__func__", func(v Value) (Value, error) { return bm(v).Func, nil }, nil)
	for _, name := range []string{"__name__", "__qualname__", "__doc__", "__module__"} {
		name := name
		MethodType.AddGetSet(name, func(v Value) (Value, error) { return GetAttr(bm(v).Func, name) }, nil)
	}
}
