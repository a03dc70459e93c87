package runtime

import "fmt"

// The constructors, methods and attributes of property, staticmethod and
// classmethod.

func init() {
	p := PropertyType
	p.New = newProperty
	p.addOneArg("getter", func(self, f Value) (Value, error) { return self.(*Property).with(0, f), nil })
	p.addOneArg("setter", func(self, f Value) (Value, error) { return self.(*Property).with(1, f), nil })
	p.addOneArg("deleter", func(self, f Value) (Value, error) { return self.(*Property).with(2, f), nil })
	p.addPositional("__set_name__", 2, 2, func(self Value, args []Value) (Value, error) {
		if name, ok := args[1].(Str); ok {
			self.(*Property).Name = string(name)
		}
		return None, nil
	})
	p.addPositional("__get__", 1, 2, func(self Value, args []Value) (Value, error) {
		if args[0] == None {
			return self, nil
		}
		return self.(*Property).DescrGet(args[0], args[0].Type())
	})
	p.addPositional("__set__", 2, 2, func(self Value, args []Value) (Value, error) {
		return None, self.(*Property).DescrSet(args[0], args[1])
	})
	p.addOneArg("__delete__", func(self, obj Value) (Value, error) {
		return None, self.(*Property).DescrSet(obj, nil)
	})
	for i, name := range []string{"fget", "fset", "fdel"} {
		p.AddGetSet(name, func(obj Value) (Value, error) { return orNone(obj.(*Property).funcs()[i]), nil }, nil)
	}
	p.AddGetSet("__doc__", func(obj Value) (Value, error) { return orNone(obj.(*Property).Doc), nil }, nil)

	StaticMethodType.New = func(_ *Type, args []Value, kwnames []string) (Value, error) {
		f, err := wrappedFunc("staticmethod", args, kwnames)
		return &StaticMethod{Func: f}, err
	}
	StaticMethodType.AddGetSet("__func__", func(obj Value) (Value, error) { return obj.(*StaticMethod).Func, nil }, nil)
	ClassMethodType.New = func(_ *Type, args []Value, kwnames []string) (Value, error) {
		f, err := wrappedFunc("classmethod", args, kwnames)
		return &ClassMethod{Func: f}, err
	}
	ClassMethodType.AddGetSet("__func__", func(obj Value) (Value, error) { return obj.(*ClassMethod).Func, nil }, nil)

	// __isabstractmethod__ (for abc) is true when a wrapped function is
	// marked abstract.
	p.AddGetSet("__isabstractmethod__", func(obj Value) (Value, error) {
		fs := obj.(*Property).funcs()
		return anyAbstract(fs[:]...)
	}, nil)
	StaticMethodType.AddGetSet("__isabstractmethod__", func(obj Value) (Value, error) {
		return anyAbstract(obj.(*StaticMethod).Func)
	}, nil)
	ClassMethodType.AddGetSet("__isabstractmethod__", func(obj Value) (Value, error) {
		return anyAbstract(obj.(*ClassMethod).Func)
	}, nil)
}

// anyAbstract reports whether one of funcs (nil entries skipped) has a
// true __isabstractmethod__.
func anyAbstract(funcs ...Value) (Value, error) {
	for _, f := range funcs {
		if f == nil {
			continue
		}
		v, found, err := GetAttrOpt(f, "__isabstractmethod__")
		if err != nil {
			return nil, err
		}
		if found {
			if t, err := Truth(v); err != nil || t {
				return Bool(t), err
			}
		}
	}
	return False, nil
}

// newProperty is property(fget=None, fset=None, fdel=None, doc=None); the
// doc defaults to fget's.
func newProperty(_ *Type, args []Value, kwnames []string) (Value, error) {
	a, err := Args("property", args, kwnames, 0, "fget", "fset", "fdel", "doc")
	if err != nil {
		return nil, err
	}
	p := &Property{Get: notNone(a[0]), Set: notNone(a[1]), Del: notNone(a[2]), Doc: notNone(a[3])}
	if p.Doc == nil && p.Get != nil {
		doc, _, err := GetAttrOpt(p.Get, "__doc__")
		if err != nil {
			return nil, err
		}
		p.Doc = notNone(doc)
	}
	return p, nil
}

// funcs returns the getter, setter and deleter.
func (p *Property) funcs() [3]Value { return [3]Value{p.Get, p.Set, p.Del} }

// with returns a copy of p whose getter (i == 0), setter (1) or deleter
// (2) is f, as property.getter/setter/deleter; None keeps the old one.
func (p *Property) with(i int, f Value) *Property {
	c := *p
	fs := p.funcs()
	if f != None {
		fs[i] = f
	}
	c.Get, c.Set, c.Del = fs[0], fs[1], fs[2]
	return &c
}

// notNone maps None to nil, the "absent" of optional Go fields.
func notNone(v Value) Value {
	if v == None {
		return nil
	}
	return v
}

// orNone maps nil to None.
func orNone(v Value) Value {
	if v == nil {
		return None
	}
	return v
}

// wrappedFunc checks the single argument of staticmethod() and
// classmethod().
func wrappedFunc(fname string, args []Value, kwnames []string) (Value, error) {
	if err := NoKwargs(fname, kwnames); err != nil {
		return nil, err
	}
	if err := CheckPositional(fname, args, 1, 1); err != nil {
		return nil, err
	}
	return args[0], nil
}

// Repr implements Reprer: "<staticmethod(<function f at 0x...>)>".
func (s *StaticMethod) Repr() (string, error) {
	f, err := Repr(s.Func)
	return fmt.Sprintf("<staticmethod(%s)>", f), err
}

// Repr implements Reprer: "<classmethod(<function f at 0x...>)>".
func (c *ClassMethod) Repr() (string, error) {
	f, err := Repr(c.Func)
	return fmt.Sprintf("<classmethod(%s)>", f), err
}
