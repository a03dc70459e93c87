package eval

import (
	"pyasync/ast"
	"pyasync/runtime"
)

// callState is the saved state of a call whose arguments are being
// evaluated: the callee, the arguments so far and the index reached
// (positional arguments first, then keywords). For a method call
// obj.name(...) whose method is found on obj's class, fn is the unbound
// method and args[0] is obj (method is true): no bound method is made.
type callState struct {
	fn      runtime.Value
	method  bool
	args    []runtime.Value
	kwnames []string
	i       int
}

func (fr *Frame) evalCall(e *ast.Call) (runtime.Value, error) {
	var st callState
	if fr.resuming {
		st = fr.pop().(callState)
	} else {
		st.i = -1
	}
	if st.i < 0 {
		if err := fr.evalCallee(e, &st); err != nil {
			return nil, fr.suspend(err, st)
		}
		st.i = 0
	}
	if err := fr.evalArgs(e, &st); err != nil {
		return nil, fr.suspend(err, st)
	}
	fr.line = int32(e.Line)
	if st.method {
		switch f := st.fn.(type) {
		case *Function:
			return f.call(st.args, st.kwnames, recursionDirect)
		case *runtime.Method:
			return f.Fn(st.args[0], st.args[1:], st.kwnames)
		}
	}
	switch f := st.fn.(type) {
	case *Function:
		return f.call(st.args, st.kwnames, recursionDirect)
	case *runtime.BoundMethod:
		if m, ok := f.Func.(*Function); ok {
			args := make([]runtime.Value, len(st.args)+1)
			args[0] = f.Self
			copy(args[1:], st.args)
			return m.call(args, st.kwnames, recursionDirect)
		}
	case *runtime.Type:
		if f == runtime.SuperType && len(st.args) == 0 {
			return fr.zeroArgSuper()
		}
	}
	return runtime.Call(st.fn, st.args, st.kwnames)
}

// evalCallee evaluates what a call calls. For obj.name(...) it looks the
// method up on obj's class directly when attribute access would only bind
// it (the method-call fast path of CPython's LOAD_METHOD).
func (fr *Frame) evalCallee(e *ast.Call, st *callState) error {
	n := len(e.Args) + len(e.Keywords)
	attr, isAttr := e.Func.(*ast.Attribute)
	if !isAttr {
		fn, err := fr.eval(e.Func)
		st.fn, st.args = fn, make([]runtime.Value, 0, n)
		return err
	}
	if fr.resuming {
		fr.pop()
	}
	obj, err := fr.eval(attr.Value)
	if err != nil {
		return fr.suspend(err, exprState{})
	}
	if m := classMethod(obj, attr.Attr); m != nil {
		st.fn, st.method = m, true
		st.args = append(make([]runtime.Value, 0, n+1), obj)
		return nil
	}
	fn, err := runtime.GetAttr(obj, attr.Attr)
	st.fn, st.args = fn, make([]runtime.Value, 0, n)
	return err
}

// classMethod returns the function or Go method that obj.name would bind
// to obj, or nil when attribute access must do more (instance attributes,
// descriptors, classes, modules).
func classMethod(obj runtime.Value, name string) runtime.Value {
	switch obj.(type) {
	case *runtime.Type, *runtime.Module, *runtime.Super:
		return nil
	}
	m := obj.Type().Lookup(name)
	switch m.(type) {
	case *Function, *runtime.Method:
	default:
		return nil
	}
	if h, ok := obj.(runtime.DictHolder); ok {
		if d := h.AttrDict(false); d != nil {
			if _, shadowed := d.GetStr(name); shadowed {
				return nil
			}
		}
	}
	return m
}

// evalArgs evaluates the arguments of a call into st, resuming at st.i.
func (fr *Frame) evalArgs(e *ast.Call, st *callState) error {
	n := len(e.Args)
	for ; st.i < n+len(e.Keywords); st.i++ {
		if st.i < n {
			arg := e.Args[st.i]
			if star, ok := arg.(*ast.Starred); ok {
				v, err := fr.eval(star.Value)
				if err != nil {
					return err
				}
				items, err := runtime.ToSlice(v)
				if err != nil {
					if _, iterErr := runtime.Iter(v); iterErr != nil {
						return runtime.NewErrorf(runtime.TypeErrorType, "%s argument after * must be an iterable, not %s", calleeName(st.fn), runtime.TypeName(v))
					}
					return err
				}
				st.args = append(st.args, items...)
				continue
			}
			v, err := fr.eval(arg)
			if err != nil {
				return err
			}
			st.args = append(st.args, v)
			continue
		}
		kw := e.Keywords[st.i-n]
		v, err := fr.eval(kw.Value)
		if err != nil {
			return err
		}
		if kw.Name != "" {
			if err := st.addKeyword(kw.Name, v); err != nil {
				return err
			}
			continue
		}
		if err := st.addMapping(v); err != nil {
			return err
		}
	}
	return nil
}

// addKeyword appends one keyword argument, rejecting duplicates.
func (st *callState) addKeyword(name string, v runtime.Value) error {
	for _, k := range st.kwnames {
		if k == name {
			return runtime.NewErrorf(runtime.TypeErrorType, "%s got multiple values for keyword argument '%s'", calleeName(st.fn), name)
		}
	}
	st.args = append(st.args, v)
	st.kwnames = append(st.kwnames, name)
	return nil
}

// addMapping appends the items of `**m` as keyword arguments.
func (st *callState) addMapping(m runtime.Value) error {
	d := runtime.NewDict()
	if err := mergeMapping(d, m, calleeName(st.fn)); err != nil {
		return err
	}
	for _, it := range d.Items() {
		name, ok := it[0].(runtime.Str)
		if !ok {
			return runtime.NewError(runtime.TypeErrorType, "keywords must be strings")
		}
		if err := st.addKeyword(string(name), it[1]); err != nil {
			return err
		}
	}
	return nil
}

// calleeName names a callable in argument errors: "f()", "A.m()".
func calleeName(fn runtime.Value) string {
	switch f := fn.(type) {
	case *Function:
		if m, ok := f.globals.GetStr("__name__"); ok {
			if s, ok := m.(runtime.Str); ok && s != "builtins" {
				return string(s) + "." + f.qualname + "()"
			}
		}
		return f.qualname + "()"
	case *runtime.BoundMethod:
		return calleeName(f.Func)
	case *runtime.BuiltinFunction:
		return f.Name + "()"
	case *runtime.Type:
		return f.Name + "()"
	}
	s, _ := runtime.Repr(fn)
	return s
}

// zeroArgSuper implements super() without arguments: the class is the
// function's __class__ cell and the object its first argument.
func (fr *Frame) zeroArgSuper() (runtime.Value, error) {
	scope := fr.code.scope
	if scope.Kind != ast.FunctionScope || len(scope.Locals) == 0 || fr.code.args != nil && fr.code.npos+len(fr.code.args.KwOnly) == 0 && fr.code.varargs < 0 {
		return nil, runtime.NewError(runtime.RuntimeErrorType, "super(): no arguments")
	}
	cell := -1
	for i, name := range scope.FreeNames {
		if name == "__class__" {
			cell = len(scope.CellNames) + i
		}
	}
	if cell < 0 || fr.cells[cell].Value == nil {
		return nil, runtime.NewError(runtime.RuntimeErrorType, "super(): __class__ cell not found")
	}
	class, ok := fr.cells[cell].Value.(*runtime.Type)
	if !ok {
		return nil, runtime.NewError(runtime.RuntimeErrorType, "super(): __class__ is not a type")
	}
	self := fr.slots[0]
	for _, pc := range scope.ParamCells {
		if pc.Slot == 0 {
			self = fr.cells[pc.Cell].Value
		}
	}
	if self == nil {
		return nil, runtime.NewError(runtime.RuntimeErrorType, "super(): arg[0] deleted")
	}
	return runtime.NewSuper(class, self)
}
