package runtime

// Instances of user subclasses of list and dict are *List and *Dict values
// that carry their class and attribute dict. The builtin operations treat
// them as lists and dicts, except where the subclass defines the special
// method involved: subclassHook finds it first.

// subclassed is the class and attributes of a subclass instance.
type subclassed struct {
	class *Type
	attrs *Dict
}

// AttrDict implements DictHolder: only subclass instances have one.
func (l *List) AttrDict(create bool) *Dict { return l.sub.attrDict(create) }

// AttrDict implements DictHolder: only subclass instances have one.
func (d *Dict) AttrDict(create bool) *Dict { return d.sub.attrDict(create) }

func (s *subclassed) attrDict(create bool) *Dict {
	if s == nil {
		return nil
	}
	if s.attrs == nil && create {
		s.attrs = NewDict()
	}
	return s.attrs
}

// subclassOf returns the subclass record for a new instance of t, a list
// or dict class: nil for the builtin type itself.
func subclassOf(t, builtin *Type) *subclassed {
	if t == nil || t == builtin {
		return nil
	}
	return &subclassed{class: t}
}

// subclassHook returns the special method name as defined by the user
// subclass v is an instance of, or nil (not a subclass instance, or the
// method is list's or dict's own).
func subclassHook(v Value, name string) Value {
	var s *subclassed
	switch x := v.(type) {
	case *List:
		s = x.sub
	case *Dict:
		s = x.sub
	}
	if s == nil {
		return nil
	}
	return userMethod(s.class, name)
}

// The container methods a subclass reaches through super(): the builtin
// behaviour, never the subclass's own special method again.
func init() {
	for _, t := range []*Type{ListType, DictType} {
		t.addOneArg("__getitem__", builtinGetItem)
		t.AddMethod("__setitem__", func(self Value, args []Value, kwnames []string) (Value, error) {
			if err := ArgCount("__setitem__", args, 2, 2); err != nil {
				return nil, err
			}
			return None, builtinSetItem(self, args[0], args[1])
		})
		t.addOneArg("__delitem__", func(self, key Value) (Value, error) { return None, builtinDelItem(self, key) })
		t.addOneArg("__contains__", func(self, x Value) (Value, error) {
			in, err := builtinContains(self, x)
			return Bool(in), err
		})
	}
	ListType.addNoArgs("__iter__", func(self Value) (Value, error) { return &listIterator{list: self.(*List)}, nil })
	DictType.addNoArgs("__iter__", func(self Value) (Value, error) { return newDictIterator(self.(*Dict), dictKeys), nil })
}
