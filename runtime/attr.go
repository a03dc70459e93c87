package runtime

// Descriptor is a class attribute that computes its value on access
// (functions, methods, properties, classmethods, staticmethods). obj is nil
// when the attribute is read from the class itself.
type Descriptor interface {
	DescrGet(obj Value, owner *Type) (Value, error)
}

// DataDescriptor is a Descriptor that also handles assignment and deletion
// (v == nil); it takes precedence over the instance dict.
type DataDescriptor interface {
	Descriptor
	DescrSet(obj Value, v Value) error
}

// DictHolder is implemented by objects with a __dict__ of attributes.
// AttrDict returns nil when there is none and create is false.
type DictHolder interface {
	AttrDict(create bool) *Dict
}

// AttrDict implements DictHolder, making the dict on first need.
// Instances of object itself and of a slotted class have no attribute dict
// (for the latter, o.Dict only stores the slots' values).
func (o *Instance) AttrDict(create bool) *Dict {
	if o.Class.slotted || o.Class == ObjectType {
		return nil
	}
	if o.Dict == nil && create {
		o.Dict = NewDict()
	}
	return o.Dict
}

// AttrDict implements DictHolder.
func (m *Module) AttrDict(bool) *Dict { return m.Dict }

// AttrDict implements DictHolder.
func (e *Exception) AttrDict(create bool) *Dict {
	if e.Dict == nil && create {
		e.Dict = NewDict()
	}
	return e.Dict
}

// GetAttr returns v.name or raises AttributeError.
func GetAttr(v Value, name string) (Value, error) {
	r, ok, err := GetAttrOpt(v, name)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, attributeError(v, name)
	}
	return r, nil
}

func attributeError(v Value, name string) *Exception {
	var e *Exception
	switch v := v.(type) {
	case *Type:
		e = NewErrorf(AttributeErrorType, "type object '%s' has no attribute '%s'", v.Name, name)
	case *Module:
		e = NewErrorf(AttributeErrorType, "module '%s' has no attribute '%s'", v.Name, name)
	default:
		e = NewErrorf(AttributeErrorType, "'%s' object has no attribute '%s'", TypeName(v), name)
	}
	e.AttrDict(true).SetStr("name", Str(name))
	e.Dict.SetStr("obj", v)
	return e
}

// GetAttrOpt returns v.name; ok is false (and err nil) when the attribute
// does not exist. Errors raised while computing it are returned, including
// an AttributeError raised by a __getattr__ method.
func GetAttrOpt(v Value, name string) (Value, bool, error) {
	switch x := v.(type) {
	case *Type:
		return typeGetAttr(x, name)
	case *Super:
		if r, ok, err := x.Attr(name); ok || err != nil {
			return r, ok, err
		}
	}
	t := v.Type()
	attr := t.Lookup(name)
	if attr != nil {
		if d, ok := attr.(DataDescriptor); ok {
			r, err := d.DescrGet(v, t)
			return r, err == nil, err
		}
		if isUserDataDescriptor(attr) {
			return bindAttr(attr, v, t)
		}
	}
	if h, ok := v.(DictHolder); ok {
		if d := h.AttrDict(false); d != nil {
			if r, ok := d.GetStr(name); ok {
				return r, true, nil
			}
		}
	}
	if attr != nil {
		return bindAttr(attr, v, t)
	}
	if t.Attr != nil {
		if r, ok, err := t.Attr(v, name); ok || err != nil {
			return r, ok, err
		}
	}
	switch name {
	case "__class__":
		return t, true, nil
	case "__dict__":
		if h, ok := v.(DictHolder); ok {
			if d := h.AttrDict(true); d != nil {
				return d, true, nil
			}
		}
	}
	if t.user {
		if ga := t.Lookup("__getattr__"); ga != nil {
			r, err := CallMethod(ga, v, []Value{Str(name)}, nil)
			if err != nil {
				return nil, false, err
			}
			return r, true, nil
		}
	}
	return nil, false, nil
}

// bindAttr applies the descriptor protocol to a class attribute found for
// instance v (v nil when read from the class).
func bindAttr(attr, v Value, owner *Type) (Value, bool, error) {
	if d, ok := attr.(Descriptor); ok {
		r, err := d.DescrGet(v, owner)
		return r, err == nil, err
	}
	if inst, ok := attr.(*Instance); ok {
		if get := inst.Class.Lookup("__get__"); get != nil {
			var obj Value = None
			if v != nil {
				obj = v
			}
			r, err := CallMethod(get, attr, []Value{obj, owner}, nil)
			return r, err == nil, err
		}
	}
	return attr, true, nil
}

func typeGetAttr(t *Type, name string) (Value, bool, error) {
	// type's own data descriptors come before the class's attributes.
	switch name {
	case "__name__":
		return Str(t.Name), true, nil
	case "__qualname__":
		return Str(t.QualName), true, nil
	case "__mro__":
		mro := make(Tuple, len(t.MRO))
		for i, c := range t.MRO {
			mro[i] = c
		}
		return mro, true, nil
	case "__bases__":
		bases := make(Tuple, len(t.Bases))
		for i, c := range t.Bases {
			bases[i] = c
		}
		return bases, true, nil
	case "__base__":
		if len(t.Bases) == 0 {
			return None, true, nil
		}
		return t.Bases[0], true, nil
	case "__dict__":
		return t.Dict, true, nil
	case "__class__":
		return t.Type(), true, nil
	}
	if attr := t.Lookup(name); attr != nil {
		return bindAttr(attr, nil, t)
	}
	switch name {
	case "__module__":
		return Str(t.Module), true, nil
	case "__doc__":
		return None, true, nil
	}
	if meta := t.Type(); meta.Lookup(name) != nil {
		return bindAttr(meta.Lookup(name), t, meta)
	}
	return nil, false, nil
}

// SetAttr performs v.name = val.
func SetAttr(v Value, name string, val Value) error {
	t := v.Type()
	if tt, ok := v.(*Type); ok {
		if m := userMethod(t, "__setattr__"); m != nil {
			_, err := CallMethod(m, v, []Value{Str(name), val}, nil)
			return err // the metaclass's
		}
		return setClassAttr(tt, name, val)
	}
	if m := userMethod(t, "__setattr__"); m != nil {
		_, err := CallMethod(m, v, []Value{Str(name), val}, nil)
		return err
	}
	return genericSetAttr(v, name, val)
}

// setClassAttr is type.__setattr__: classes made by class statements are
// mutable, builtin types are not.
func setClassAttr(t *Type, name string, val Value) error {
	if !t.user {
		return immutableTypeError(t, name)
	}
	t.Dict.SetStr(name, val)
	return nil
}

// immutableTypeError is CPython's error for setting or deleting an
// attribute of a builtin type.
func immutableTypeError(t *Type, name string) error {
	return NewErrorf(TypeErrorType, "cannot set '%s' attribute of immutable type '%s'", name, t.Name)
}

// userMethod returns a special method a class statement defined (not one
// of object's), or nil.
func userMethod(t *Type, name string) Value {
	if !t.user {
		return nil
	}
	m := t.Lookup(name)
	if _, isGo := m.(*Method); isGo {
		return nil
	}
	return m
}

// isUserDataDescriptor reports whether a class attribute is an instance
// of a class statement's class that defines __set__ or __delete__: such a
// descriptor takes precedence over the instance dict.
func isUserDataDescriptor(attr Value) bool {
	inst, ok := attr.(*Instance)
	return ok && (inst.Class.Lookup("__set__") != nil || inst.Class.Lookup("__delete__") != nil)
}

// userDescriptorCall calls a user descriptor's __set__ or __delete__;
// found is false when its class does not define it.
func userDescriptorCall(attr Value, method string, args ...Value) (found bool, err error) {
	inst, ok := attr.(*Instance)
	if !ok {
		return false, nil
	}
	m := inst.Class.Lookup(method)
	if m == nil {
		return false, nil
	}
	_, err = CallMethod(m, attr, args, nil)
	return true, err
}

// genericSetAttr is object.__setattr__: a data descriptor of the class,
// else the instance dict.
func genericSetAttr(v Value, name string, val Value) error {
	if tt, ok := v.(*Type); ok {
		return setClassAttr(tt, name, val)
	}
	t := v.Type()
	if attr := t.Lookup(name); attr != nil {
		if d, ok := attr.(DataDescriptor); ok {
			return d.DescrSet(v, val)
		}
		if found, err := userDescriptorCall(attr, "__set__", v, val); found {
			return err
		}
	}
	if h, ok := v.(DictHolder); ok {
		if d := h.AttrDict(true); d != nil {
			d.SetStr(name, val)
			return nil
		}
	}
	if t.Lookup(name) != nil {
		return NewErrorf(AttributeErrorType, "'%s' object attribute '%s' is read-only", t.Name, name)
	}
	return NewErrorf(AttributeErrorType, "'%s' object has no attribute '%s'", t.Name, name)
}

// DelAttr performs del v.name.
func DelAttr(v Value, name string) error {
	t := v.Type()
	if m := userMethod(t, "__delattr__"); m != nil {
		_, err := CallMethod(m, v, []Value{Str(name)}, nil)
		return err
	}
	return genericDelAttr(v, name)
}

// genericDelAttr is object.__delattr__, and type.__delattr__ for a class:
// it deletes from the dict of a class made by a class statement; builtin
// types are immutable.
func genericDelAttr(v Value, name string) error {
	if tt, ok := v.(*Type); ok {
		if !tt.user {
			return immutableTypeError(tt, name)
		}
		if _, found, _ := tt.Dict.Delete(Str(name)); found {
			return nil
		}
		return attributeError(v, name)
	}
	t := v.Type()
	if attr := t.Lookup(name); attr != nil {
		if found, err := userDescriptorCall(attr, "__delete__", v); found {
			return err
		}
		if d, ok := attr.(DataDescriptor); ok {
			return d.DescrSet(v, nil)
		}
	}
	if h, ok := v.(DictHolder); ok {
		if d := h.AttrDict(false); d != nil {
			if _, found, _ := d.Delete(Str(name)); found {
				return nil
			}
		}
	}
	return attributeError(v, name)
}

// Property is the builtin property descriptor.
type Property struct {
	Get, Set, Del Value // nil when absent
	Doc           Value
	// Name is the attribute the property was assigned to in its class
	// (set by __set_name__); "" when unknown.
	Name string
}

// Type implements Value.
func (*Property) Type() *Type { return PropertyType }

// DescrGet implements Descriptor.
func (p *Property) DescrGet(obj Value, _ *Type) (Value, error) {
	if obj == nil {
		return p, nil
	}
	if p.Get == nil {
		return nil, p.missing(obj, "getter")
	}
	return Call(p.Get, []Value{obj}, nil)
}

// DescrSet implements DataDescriptor.
func (p *Property) DescrSet(obj Value, v Value) error {
	if v == nil {
		if p.Del == nil {
			return p.missing(obj, "deleter")
		}
		_, err := Call(p.Del, []Value{obj}, nil)
		return err
	}
	if p.Set == nil {
		return p.missing(obj, "setter")
	}
	_, err := Call(p.Set, []Value{obj, v}, nil)
	return err
}

// missing is the AttributeError for a property lacking the function kind:
// "property 'x' of 'A' object has no setter".
func (p *Property) missing(obj Value, kind string) error {
	if p.Name == "" {
		return NewErrorf(AttributeErrorType, "property of '%s' object has no %s", TypeName(obj), kind)
	}
	return NewErrorf(AttributeErrorType, "property '%s' of '%s' object has no %s", p.Name, TypeName(obj), kind)
}

// StaticMethod wraps a function so that attribute access does not bind it.
type StaticMethod struct{ Func Value }

// Type implements Value.
func (*StaticMethod) Type() *Type { return StaticMethodType }

// DescrGet implements Descriptor.
func (s *StaticMethod) DescrGet(Value, *Type) (Value, error) { return s.Func, nil }

// Call implements Callable (static methods are callable since 3.10).
func (s *StaticMethod) Call(args []Value, kwnames []string) (Value, error) {
	return Call(s.Func, args, kwnames)
}

// ClassMethod wraps a function so that attribute access binds the class.
type ClassMethod struct{ Func Value }

// Type implements Value.
func (*ClassMethod) Type() *Type { return ClassMethodType }

// DescrGet implements Descriptor.
func (c *ClassMethod) DescrGet(obj Value, owner *Type) (Value, error) {
	if owner == nil {
		owner = obj.Type()
	}
	return &BoundMethod{Self: owner, Func: c.Func}, nil
}

// GetSet is a data descriptor implemented in Go: an attribute of a
// Go-implemented type computed by Get and, when Set is non-nil, assignable
// (Set receives nil for deletion).
type GetSet struct {
	Name  string
	Owner *Type
	Get   func(obj Value) (Value, error)
	Set   func(obj, v Value) error
}

var getSetType = newFinalType("getset_descriptor")

// Type implements Value.
func (*GetSet) Type() *Type { return getSetType }

// DescrGet implements Descriptor.
func (g *GetSet) DescrGet(obj Value, _ *Type) (Value, error) {
	if obj == nil {
		return g, nil
	}
	return g.Get(obj)
}

// DescrSet implements DataDescriptor.
func (g *GetSet) DescrSet(obj, v Value) error {
	if g.Set == nil {
		return NewErrorf(AttributeErrorType, "attribute '%s' of '%s' objects is not writable", g.Name, g.Owner.Name)
	}
	return g.Set(obj, v)
}

// AddGetSet registers a Go-computed attribute on t.
func (t *Type) AddGetSet(name string, get func(obj Value) (Value, error), set func(obj, v Value) error) {
	t.Dict.SetStr(name, &GetSet{Name: name, Owner: t, Get: get, Set: set})
}
