package runtime

// The builtins about attributes and classes: getattr, setattr, delattr,
// hasattr, isinstance, issubclass, vars, dir.

// attrName checks the name argument of getattr and its siblings.
func attrName(v Value) (string, error) {
	s, ok := v.(Str)
	if !ok {
		return "", NewErrorf(TypeErrorType, "attribute name must be string, not '%s'", TypeName(v))
	}
	return string(s), nil
}

// builtinGetattr is getattr(object, name[, default]); the default replaces
// an AttributeError only.
func builtinGetattr(args []Value) (Value, error) {
	name, err := attrName(args[1])
	if err != nil {
		return nil, err
	}
	if len(args) == 2 {
		return GetAttr(args[0], name)
	}
	v, found, err := lookupAttr(args[0], name)
	if err != nil || found {
		return v, err
	}
	return args[2], nil
}

// builtinHasattr is hasattr(object, name).
func builtinHasattr(args []Value) (Value, error) {
	name, err := attrName(args[1])
	if err != nil {
		return nil, err
	}
	_, found, err := lookupAttr(args[0], name)
	return Bool(found), err
}

// lookupAttr is GetAttrOpt with an AttributeError raised while computing
// the attribute (by a property, say) counted as absence, as CPython's
// _PyObject_LookupAttr does.
func lookupAttr(v Value, name string) (Value, bool, error) {
	r, found, err := GetAttrOpt(v, name)
	if e, ok := err.(*Exception); ok && e.IsInstanceOf(AttributeErrorType) {
		return nil, false, nil
	}
	return r, found, err
}

// builtinSetattr is setattr(object, name, value).
func builtinSetattr(args []Value) (Value, error) {
	name, err := attrName(args[1])
	if err != nil {
		return nil, err
	}
	return None, SetAttr(args[0], name, args[2])
}

// builtinDelattr is delattr(object, name).
func builtinDelattr(args []Value) (Value, error) {
	name, err := attrName(args[1])
	if err != nil {
		return nil, err
	}
	return None, DelAttr(args[0], name)
}

func builtinIsinstance(args []Value) (Value, error) {
	r, err := IsInstance(args[0], args[1])
	return Bool(r), err
}

func builtinIssubclass(args []Value) (Value, error) {
	r, err := IsSubclass(args[0], args[1])
	return Bool(r), err
}

// IsInstance reports isinstance(v, classinfo): classinfo is a class (whose
// metaclass may define __instancecheck__, asked unless v's class is
// exactly classinfo), a tuple of classinfos (searched left to right, so
// that an invalid entry after a match goes unnoticed), or an object whose
// class defines __instancecheck__. The evaluator matches `except` clauses
// with it.
func IsInstance(v, classinfo Value) (bool, error) {
	switch c := classinfo.(type) {
	case *Type:
		if v.Type() == c {
			return true, nil
		}
		if hook := userMethod(c.Type(), "__instancecheck__"); hook != nil {
			return truthOf(Call(hook, []Value{c, v}, nil))
		}
		return v.Type().IsSubtype(c), nil
	case Tuple:
		return anyClass(c, func(item Value) (bool, error) { return IsInstance(v, item) })
	}
	if r, found, err := CallDunder(classinfo, "__instancecheck__", v); found {
		return truthOf(r, err)
	}
	return false, NewError(TypeErrorType, "isinstance() arg 2 must be a type, a tuple of types, or a union")
}

// IsSubclass reports issubclass(cls, classinfo), with classinfo as in
// IsInstance (__subclasscheck__ for the hook, always asked).
func IsSubclass(cls, classinfo Value) (bool, error) {
	switch c := classinfo.(type) {
	case *Type:
		if hook := userMethod(c.Type(), "__subclasscheck__"); hook != nil {
			return truthOf(Call(hook, []Value{c, cls}, nil))
		}
		sub, ok := cls.(*Type)
		if !ok {
			return false, NewError(TypeErrorType, "issubclass() arg 1 must be a class")
		}
		return sub.IsSubtype(c), nil
	case Tuple:
		return anyClass(c, func(item Value) (bool, error) { return IsSubclass(cls, item) })
	}
	if r, found, err := CallDunder(classinfo, "__subclasscheck__", cls); found {
		return truthOf(r, err)
	}
	if _, ok := cls.(*Type); !ok {
		return false, NewError(TypeErrorType, "issubclass() arg 1 must be a class")
	}
	return false, NewError(TypeErrorType, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
}

// anyClass reports whether match holds for an item of a classinfo tuple,
// stopping at the first match or error.
func anyClass(items Tuple, match func(Value) (bool, error)) (bool, error) {
	for _, item := range items {
		if ok, err := match(item); ok || err != nil {
			return ok, err
		}
	}
	return false, nil
}

// truthOf is Truth(r) for the result r of a call that may have failed.
func truthOf(r Value, err error) (bool, error) {
	if err != nil {
		return false, err
	}
	return Truth(r)
}

// builtinVars is vars([object]): object.__dict__, or locals().
func builtinVars(args []Value) (Value, error) {
	if len(args) == 0 {
		return callerLocals()
	}
	d, found, err := lookupAttr(args[0], "__dict__")
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, NewError(TypeErrorType, "vars() argument must have __dict__ attribute")
	}
	return d, nil
}

// callerLocals calls the "locals" builtin, which the evaluator registers:
// it runs in the frame that called vars() or dir().
func callerLocals() (Value, error) {
	locals, ok := Builtins.GetStr("locals")
	if !ok {
		return nil, NewError(SystemErrorType, "locals() is not available")
	}
	return Call(locals, nil, nil)
}

// builtinDir is dir([object]): the sorted names of the object's
// attributes (its class's __dir__ when it defines one), or of the calling
// scope.
func builtinDir(args []Value) (Value, error) {
	var names Value
	var err error
	switch {
	case len(args) == 0:
		names, err = callerLocals()
	case args[0].Type().Lookup("__dir__") != nil:
		names, _, err = CallDunder(args[0], "__dir__")
	default:
		names = attributeNames(args[0])
	}
	if err != nil {
		return nil, err
	}
	items, err := ToSlice(names)
	if err != nil {
		return nil, err
	}
	list := NewList(append([]Value(nil), items...))
	return list, SortValues(list.Elems, nil, nil)
}

// attributeNames returns the names of v's attributes, unsorted: its own
// __dict__ (a module's namespace), then those of its class and the
// class's bases (of v itself, and its bases, when v is a class).
func attributeNames(v Value) *Set {
	names := NewSet()
	add := func(d *Dict) {
		for _, k := range d.Keys() {
			// Keys of attribute dicts are hashable: they were stored.
			_ = names.Add(k)
		}
	}
	if h, ok := v.(DictHolder); ok {
		if d := h.AttrDict(false); d != nil {
			add(d)
		}
	}
	if _, isModule := v.(*Module); isModule {
		return names
	}
	t, isType := v.(*Type)
	if !isType {
		t = v.Type()
	}
	for _, c := range t.MRO {
		add(c.Dict)
	}
	return names
}
