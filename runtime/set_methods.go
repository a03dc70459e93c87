package runtime

import "math"

// The set and frozenset constructors and methods.

func init() {
	for _, t := range []*Type{SetType, FrozenSetType} {
		frozen := t == FrozenSetType
		t.New = func(t *Type, args []Value, kwnames []string) (Value, error) {
			arg, err := optionalArg(t.Name, args, kwnames)
			if err != nil || arg == nil {
				return &Set{Frozen: frozen}, err
			}
			return SetFrom(arg, frozen)
		}
		addSetMethods(t)
	}
	addMutatingSetMethods(SetType)
}

// addSetMethods registers the methods sets and frozensets share.
func addSetMethods(t *Type) {
	t.addNoArgs("__len__", lenMethod)
	t.addOneArg("__contains__", func(self, x Value) (Value, error) {
		in, err := self.(*Set).Contains(x)
		return Bool(in), err
	})
	t.addNoArgs("copy", func(self Value) (Value, error) {
		s := self.(*Set)
		if s.Frozen {
			return s, nil
		}
		return s.copySet(false), nil
	})
	for name, op := range map[string]BinaryOp{"union": OpOr, "intersection": OpAnd, "difference": OpSub} {
		t.addVarargs(name, 0, math.MaxInt, func(self Value, args []Value) (Value, error) {
			s := self.(*Set)
			return setAlgebraAll(op, s, args, s.Frozen)
		})
	}
	t.addOneArg("symmetric_difference", func(self, other Value) (Value, error) {
		s := self.(*Set)
		return setAlgebraAll(OpXor, s, []Value{other}, s.Frozen)
	})
	t.addOneArg("issubset", func(self, other Value) (Value, error) { return setRelation(CmpLe, self.(*Set), other) })
	t.addOneArg("issuperset", func(self, other Value) (Value, error) { return setRelation(CmpGe, self.(*Set), other) })
	t.addOneArg("isdisjoint", func(self, other Value) (Value, error) { return setIsDisjoint(self.(*Set), other) })
}

// addMutatingSetMethods registers the methods of set that frozenset lacks.
func addMutatingSetMethods(t *Type) {
	t.addOneArg("add", func(self, x Value) (Value, error) { return None, self.(*Set).Add(x) })
	t.addOneArg("remove", func(self, x Value) (Value, error) {
		found, err := self.(*Set).Remove(frozenKey(x))
		if err == nil && !found {
			err = NewException(KeyErrorType, x)
		}
		return None, err
	})
	t.addOneArg("discard", func(self, x Value) (Value, error) {
		_, err := self.(*Set).Remove(frozenKey(x))
		return None, err
	})
	t.addNoArgs("pop", func(self Value) (Value, error) {
		s := self.(*Set)
		if s.Len() == 0 {
			return nil, NewException(KeyErrorType, Str("pop from an empty set"))
		}
		v := s.order.popSlot()
		_, err := s.Remove(v)
		return v, err
	})
	t.addNoArgs("clear", func(self Value) (Value, error) {
		s := self.(*Set)
		s.d.Clear()
		s.order = setTable{}
		return None, nil
	})
	for name, op := range map[string]BinaryOp{"update": OpOr, "intersection_update": OpAnd, "difference_update": OpSub} {
		t.addVarargs(name, 0, math.MaxInt, func(self Value, args []Value) (Value, error) {
			return None, setUpdate(op, self.(*Set), args)
		})
	}
	t.addOneArg("symmetric_difference_update", func(self, other Value) (Value, error) {
		return None, setUpdate(OpXor, self.(*Set), []Value{other})
	})
}

// frozenKey returns x, or the equal frozenset when x is a set: like CPython,
// set.remove({1}) looks for frozenset({1}).
func frozenKey(x Value) Value {
	if s, ok := x.(*Set); ok && !s.Frozen {
		return s.copySet(true)
	}
	return x
}

// setAlgebraAll applies op between s and each iterable of others in turn.
func setAlgebraAll(op BinaryOp, s *Set, others []Value, frozen bool) (*Set, error) {
	out := s.copySet(frozen)
	for _, o := range others {
		var err error
		if out, err = setAlgebra(op, out, o, frozen); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// setUpdate applies op between s and each iterable of others, in place.
func setUpdate(op BinaryOp, s *Set, others []Value) error {
	r, err := setAlgebraAll(op, s, others, false)
	if err == nil {
		s.replace(r)
	}
	return err
}

// setRelation is issubset (CmpLe) and issuperset (CmpGe) against any
// iterable.
func setRelation(op CompareOp, s *Set, other Value) (Value, error) {
	o, err := SetFrom(other, false)
	if err != nil {
		return nil, err
	}
	r, err := setCompare(op, s, o)
	return Bool(r), err
}

// setIsDisjoint reports whether s and the iterable other have no element in
// common.
func setIsDisjoint(s *Set, other Value) (Value, error) {
	items, err := ToSlice(other)
	if err != nil {
		return nil, err
	}
	for _, x := range items {
		in, err := s.Contains(x)
		if err != nil || in {
			return Bool(!in), err
		}
	}
	return True, nil
}
