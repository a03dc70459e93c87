package runtime

// __slots__: a class that lists its attributes gets a member descriptor
// for each, and (when its bases do too) instances without a __dict__.

// memberDescriptor is the class attribute of one slot; the value lives in
// the instance's storage dict under the slot's name.
type memberDescriptor struct {
	name  string
	owner *Type
}

var memberDescriptorType = newFinalType("member_descriptor")

// Type implements Value.
func (*memberDescriptor) Type() *Type { return memberDescriptorType }

// Repr implements Reprer.
func (m *memberDescriptor) Repr() (string, error) {
	return "<member '" + m.name + "' of '" + m.owner.Name + "' objects>", nil
}

// storage returns the dict holding obj's slot values.
func (m *memberDescriptor) storage(obj Value) (*Dict, error) {
	inst, ok := obj.(*Instance)
	if !ok {
		return nil, NewErrorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", m.name, m.owner.Name, TypeName(obj))
	}
	if inst.Dict == nil {
		inst.Dict = NewDict()
	}
	return inst.Dict, nil
}

// DescrGet implements Descriptor.
func (m *memberDescriptor) DescrGet(obj Value, _ *Type) (Value, error) {
	if obj == nil {
		return m, nil
	}
	d, err := m.storage(obj)
	if err != nil {
		return nil, err
	}
	if v, ok := d.GetStr(m.name); ok {
		return v, nil
	}
	return nil, attributeError(obj, m.name)
}

// DescrSet implements DataDescriptor (v nil deletes).
func (m *memberDescriptor) DescrSet(obj, v Value) error {
	d, err := m.storage(obj)
	if err != nil {
		return err
	}
	if v != nil {
		d.SetStr(m.name, v)
		return nil
	}
	if _, found, _ := d.Delete(Str(m.name)); !found {
		return NewError(AttributeErrorType, m.name)
	}
	return nil
}

// declareSlots installs the member descriptors of t's __slots__ and
// decides whether its instances have a dict.
func (t *Type) declareSlots() error {
	slots, ok := t.Dict.GetStr("__slots__")
	if !ok {
		return nil
	}
	names, isStr := []Value{slots}, false
	if _, isStr = slots.(Str); !isStr {
		var err error
		if names, err = ToSlice(slots); err != nil {
			return err
		}
	}
	withDict := false
	for _, n := range names {
		s, ok := n.(Str)
		if !ok {
			return NewErrorf(TypeErrorType, "__slots__ items must be strings, not '%s'", TypeName(n))
		}
		switch s {
		case "__dict__":
			withDict = true
		case "__weakref__":
		default:
			t.Dict.SetStr(string(s), &memberDescriptor{name: string(s), owner: t})
		}
	}
	t.slotted = !withDict
	for _, b := range t.Bases {
		if b != ObjectType && !b.slotted {
			t.slotted = false
		}
	}
	return nil
}
