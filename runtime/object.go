package runtime

import "fmt"

// objectInit is object.__init__; classes that do not override __init__
// (nor __new__) reject constructor arguments.
// objectInit is object.__init__ and objectNew object.__new__: classes
// that override neither reject constructor arguments, and a class whose
// __new__ is object's is built by its Go constructor.
var (
	objectInit *Method
	objectNew  *StaticMethod
)

func init() {
	objectNew = &StaticMethod{Func: NewBuiltin("__new__", func(args []Value, kwnames []string) (Value, error) {
		if len(args) == 0 {
			return nil, NewError(TypeErrorType, "object.__new__(): not enough arguments")
		}
		t, ok := args[0].(*Type)
		if !ok {
			return nil, NewErrorf(TypeErrorType, "object.__new__(X): X is not a type object (%s)", TypeName(args[0]))
		}
		rest := args[1:]
		if t.Lookup("__init__") != Value(objectInit) {
			rest = nil // extra arguments are for __init__
		}
		return t.goNew()(t, rest, nil)
	})}
	ObjectType.Dict.SetStr("__new__", objectNew)
	ObjectType.New = func(t *Type, args []Value, kwnames []string) (Value, error) {
		if t.IsSubtype(BaseExceptionType) {
			return &Exception{Class: t, Args: Tuple(append([]Value(nil), args[:len(args)-len(kwnames)]...))}, nil
		}
		if len(args) > 0 && t.Lookup("__init__") == Value(objectInit) {
			return nil, NewErrorf(TypeErrorType, "%s() takes no arguments", t.Name)
		}
		// The attribute dict is made on first use (AttrDict).
		return &Instance{Class: t}, nil
	}
	ObjectType.AddMethod("__init__", func(self Value, args []Value, kwnames []string) (Value, error) {
		if len(args) > 0 {
			t := self.Type()
			if t.Lookup("__init__") != Value(objectInit) {
				return nil, NewError(TypeErrorType, "object.__init__() takes exactly one argument (the instance to initialize)")
			}
			return nil, NewErrorf(TypeErrorType, "%s() takes no arguments", t.Name)
		}
		return None, nil
	})
	objectInit = ObjectType.Lookup("__init__").(*Method)
	ObjectType.AddMethod("__repr__", func(self Value, args []Value, kwnames []string) (Value, error) {
		return Str(fmt.Sprintf("<%s object at %#x>", qualifiedName(self.Type()), Id(self))), nil
	})
	ObjectType.AddMethod("__str__", func(self Value, args []Value, kwnames []string) (Value, error) {
		s, err := Repr(self)
		return Str(s), err
	})
	ObjectType.AddMethod("__eq__", func(self Value, args []Value, kwnames []string) (Value, error) {
		if len(args) == 1 && Is(self, args[0]) {
			return True, nil
		}
		return NotImplemented, nil
	})
	ObjectType.AddMethod("__ne__", func(self Value, args []Value, kwnames []string) (Value, error) {
		if len(args) != 1 {
			return nil, NewError(TypeErrorType, "expected 1 argument")
		}
		r, err := Compare(CmpEq, self, args[0])
		if err != nil || r == NotImplemented {
			return r, err
		}
		t, err := Truth(r)
		return Bool(!t), err
	})
	ObjectType.AddMethod("__hash__", func(self Value, args []Value, kwnames []string) (Value, error) {
		return Int(Id(self) >> 4), nil
	})
	ObjectType.AddMethod("__setattr__", func(self Value, args []Value, kwnames []string) (Value, error) {
		if len(args) != 2 {
			return nil, NewErrorf(TypeErrorType, "expected 2 arguments, got %d", len(args))
		}
		name, ok := args[0].(Str)
		if !ok {
			return nil, NewErrorf(TypeErrorType, "attribute name must be string, not '%s'", TypeName(args[0]))
		}
		return None, genericSetAttr(self, string(name), args[1])
	})
	ObjectType.AddMethod("__delattr__", func(self Value, args []Value, kwnames []string) (Value, error) {
		if len(args) != 1 {
			return nil, NewErrorf(TypeErrorType, "expected 1 argument, got %d", len(args))
		}
		name, ok := args[0].(Str)
		if !ok {
			return nil, NewErrorf(TypeErrorType, "attribute name must be string, not '%s'", TypeName(args[0]))
		}
		return None, genericDelAttr(self, string(name))
	})
	ObjectType.AddMethod("__getattribute__", func(self Value, args []Value, kwnames []string) (Value, error) {
		if len(args) != 1 {
			return nil, NewErrorf(TypeErrorType, "expected 1 argument, got %d", len(args))
		}
		name, ok := args[0].(Str)
		if !ok {
			return nil, NewErrorf(TypeErrorType, "attribute name must be string, not '%s'", TypeName(args[0]))
		}
		return GetAttr(self, string(name))
	})
	ObjectType.Dict.SetStr("__init_subclass__", &ClassMethod{Func: NewBuiltin("__init_subclass__", func(args []Value, kwnames []string) (Value, error) {
		return None, nil
	})})
	TypeType.New = func(t *Type, args []Value, kwnames []string) (Value, error) {
		if len(args) == 1 && len(kwnames) == 0 && t == TypeType {
			return args[0].Type(), nil
		}
		if len(args)-len(kwnames) != 3 {
			return nil, NewError(TypeErrorType, "type() takes 1 or 3 arguments")
		}
		name, ok := args[0].(Str)
		bases, ok2 := args[1].(Tuple)
		ns, ok3 := args[2].(*Dict)
		if !ok || !ok2 || !ok3 {
			return nil, NewError(TypeErrorType, "type.__new__() argument 1 must be str, not "+TypeName(args[0]))
		}
		var bs []*Type
		for _, b := range bases {
			bt, ok := b.(*Type)
			if !ok {
				return nil, NewErrorf(TypeErrorType, "bases must be types")
			}
			bs = append(bs, bt)
		}
		cls, err := NewClass(string(name), bs, ns.Copy())
		if err != nil {
			return nil, err
		}
		if t != TypeType {
			cls.meta = t
		}
		return cls, InitSubclass(cls, kwnames, args[len(args)-len(kwnames):])
	}
	TypeType.Dict.SetStr("__new__", &StaticMethod{Func: NewBuiltin("__new__", func(args []Value, kwnames []string) (Value, error) {
		if len(args) == 0 {
			return nil, NewError(TypeErrorType, "type.__new__(): not enough arguments")
		}
		mcs, ok := args[0].(*Type)
		if !ok || !mcs.IsSubtype(TypeType) {
			return nil, NewErrorf(TypeErrorType, "type.__new__(X): X is not a type object (%s)", TypeName(args[0]))
		}
		return TypeType.New(mcs, args[1:], kwnames)
	})})
	TypeType.AddMethod("__init__", func(self Value, args []Value, kwnames []string) (Value, error) {
		if n := len(args) - len(kwnames); n != 1 && n != 3 {
			return nil, NewError(TypeErrorType, "type.__init__() takes 1 or 3 arguments")
		}
		return None, nil
	})
	TypeType.AddMethod("__call__", func(self Value, args []Value, kwnames []string) (Value, error) {
		t, ok := self.(*Type)
		if !ok {
			return nil, NewErrorf(TypeErrorType, "descriptor '__call__' requires a 'type' object but received a '%s'", TypeName(self))
		}
		return t.construct(args, kwnames)
	})
	TypeType.AddMethod("mro", func(self Value, args []Value, kwnames []string) (Value, error) {
		t := self.(*Type)
		out := make([]Value, len(t.MRO))
		for i, c := range t.MRO {
			out[i] = c
		}
		return NewList(out), nil
	})
}

// Call implements Callable: calling a class makes an instance (__new__
// then __init__), unless its metaclass defines __call__.
func (t *Type) Call(args []Value, kwnames []string) (Value, error) {
	if t.meta != nil {
		if m := userMethod(t.meta, "__call__"); m != nil {
			return CallMethod(m, t, args, kwnames)
		}
	}
	return t.construct(args, kwnames)
}

// construct is type.__call__: __new__, then __init__ on an instance of t.
func (t *Type) construct(args []Value, kwnames []string) (Value, error) {
	var obj Value
	var err error
	if user := t.Lookup("__new__"); user != nil && user != Value(objectNew) {
		obj, err = Call(user, prepend(t, args), kwnames)
	} else {
		obj, err = t.goNew()(t, args, kwnames)
	}
	if err != nil {
		return nil, err
	}
	if t == TypeType || !obj.Type().IsSubtype(t) {
		return obj, nil
	}
	init := t.Lookup("__init__")
	if init == nil || init == Value(objectInit) {
		return obj, nil
	}
	if m, isGo := init.(*Method); isGo && !t.user && (m.Owner == ListType || m.Owner == DictType) {
		return obj, nil // list() and dict() are filled by New already
	}
	r, err := CallMethod(init, obj, args, kwnames)
	if err != nil {
		return nil, err
	}
	if r != None {
		return nil, NewErrorf(TypeErrorType, "__init__() should return None, not '%s'", TypeName(r))
	}
	return obj, nil
}

// goNew returns the nearest Go constructor along the MRO.
func (t *Type) goNew() func(*Type, []Value, []string) (Value, error) {
	for _, c := range t.MRO {
		if c.New != nil {
			return c.New
		}
	}
	return ObjectType.New
}

// Super is the object returned by super(): attribute lookup continues along
// the MRO of Obj's class after Class.
type Super struct {
	Class *Type
	Obj   Value // an instance of Class, or a subclass of it
}

// Type implements Value.
func (*Super) Type() *Type { return SuperType }

func init() {
	SuperType.New = func(t *Type, args []Value, kwnames []string) (Value, error) {
		if err := NoKwargs("super", kwnames); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return nil, NewError(RuntimeErrorType, "super(): no arguments")
		}
		if err := ArgCount("super", args, 1, 2); err != nil {
			return nil, err
		}
		class, ok := args[0].(*Type)
		if !ok {
			return nil, NewErrorf(TypeErrorType, "super() argument 1 must be a type, not %s", TypeName(args[0]))
		}
		if len(args) == 1 {
			return &Super{Class: class}, nil
		}
		return NewSuper(class, args[1])
	}
}

// NewSuper checks super(class, obj)'s arguments.
func NewSuper(class *Type, obj Value) (*Super, error) {
	if t, ok := obj.(*Type); ok && t.IsSubtype(class) {
		return &Super{Class: class, Obj: obj}, nil
	}
	if !obj.Type().IsSubtype(class) {
		return nil, NewError(TypeErrorType, "super(type, obj): obj must be an instance or subtype of type")
	}
	return &Super{Class: class, Obj: obj}, nil
}

// Attr looks name up past Class in the MRO of Obj's class.
func (s *Super) Attr(name string) (Value, bool, error) {
	if s.Obj == nil {
		return nil, false, nil
	}
	// A class that derives from Class is searched along its own MRO (the
	// classmethod case); anything else, a metaclass's class included,
	// along its type's.
	start, isType := s.Obj.(*Type)
	isType = isType && start.IsSubtype(s.Class)
	var self Value = s.Obj
	if !isType {
		start = s.Obj.Type()
	}
	mro := start.MRO
	for i, c := range mro {
		if c != s.Class {
			continue
		}
		for _, c := range mro[i+1:] {
			if v, ok := c.Dict.GetStr(name); ok {
				if isType {
					return bindAttr(v, nil, start)
				}
				return bindAttr(v, self, start)
			}
		}
		break
	}
	return nil, false, nil
}
