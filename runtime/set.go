package runtime

import "strings"

// Set is a Python set or frozenset (Frozen). Elements are the keys of d;
// values are unused (None).
type Set struct {
	d      Dict
	Frozen bool
}

// Type implements Value.
func (s *Set) Type() *Type {
	if s.Frozen {
		return FrozenSetType
	}
	return SetType
}

// NewSet returns an empty set.
func NewSet() *Set { return &Set{} }

// Len returns the number of elements.
func (s *Set) Len() int { return s.d.Len() }

// Add inserts v.
func (s *Set) Add(v Value) error { return s.d.Set(v, None) }

// Remove deletes v and reports whether it was present.
func (s *Set) Remove(v Value) (bool, error) {
	_, found, err := s.d.Delete(v)
	return found, err
}

// Contains reports whether v is an element.
func (s *Set) Contains(v Value) (bool, error) {
	_, ok, err := s.d.Get(v)
	if err != nil {
		if e, isExc := err.(*Exception); isExc && e.IsInstanceOf(TypeErrorType) {
			if inner, isSet := v.(*Set); isSet {
				// A set is looked up as the equal frozenset.
				return s.Contains(&Set{d: *inner.d.Copy(), Frozen: true})
			}
		}
	}
	return ok, err
}

// Elems returns the elements in insertion order.
func (s *Set) Elems() []Value { return s.d.Keys() }

// Hash implements hashing for frozensets (order-independent).
func (s *Set) Hash() (int64, error) {
	if !s.Frozen {
		return 0, NewError(TypeErrorType, "unhashable type: 'set'")
	}
	var h uint64 = 1927868237
	for _, e := range s.Elems() {
		eh, err := Hash(e)
		if err != nil {
			return 0, err
		}
		x := uint64(eh)
		h ^= (x ^ (x << 16) ^ 89869747) * 3644798167
	}
	return int64(h >> 1), nil
}

// SetFrom builds a set from an iterable.
func SetFrom(v Value, frozen bool) (*Set, error) {
	items, err := ToSlice(v)
	if err != nil {
		return nil, err
	}
	s := &Set{Frozen: frozen}
	for _, it := range items {
		if err := s.Add(it); err != nil {
			return nil, err
		}
	}
	return s, nil
}

func (s *Set) repr() (string, error) {
	name := "set"
	if s.Frozen {
		name = "frozenset"
	}
	if s.Len() == 0 {
		return name + "()", nil
	}
	if reprActive[s] {
		return name + "(...)", nil
	}
	reprActive[s] = true
	defer delete(reprActive, s)
	body, err := reprSeq("{", "}", s.Elems())
	if err != nil {
		return "", err
	}
	if s.Frozen {
		return "frozenset(" + body + ")", nil
	}
	return body, nil
}

// setAlgebra computes the set operation op of a and the elements of b.
func setAlgebra(op BinaryOp, a *Set, b []Value, frozen bool) (*Set, error) {
	other := &Set{}
	for _, e := range b {
		if err := other.Add(e); err != nil {
			return nil, err
		}
	}
	out := &Set{Frozen: frozen}
	add := func(e Value) error { return out.Add(e) }
	switch op {
	case OpOr:
		for _, e := range a.Elems() {
			if err := add(e); err != nil {
				return nil, err
			}
		}
		for _, e := range other.Elems() {
			if err := add(e); err != nil {
				return nil, err
			}
		}
	case OpAnd, OpSub:
		for _, e := range a.Elems() {
			in, err := other.Contains(e)
			if err != nil {
				return nil, err
			}
			if in == (op == OpAnd) {
				if err := add(e); err != nil {
					return nil, err
				}
			}
		}
	case OpXor:
		for _, e := range a.Elems() {
			if in, _ := other.Contains(e); !in {
				if err := add(e); err != nil {
					return nil, err
				}
			}
		}
		for _, e := range other.Elems() {
			if in, _ := a.Contains(e); !in {
				if err := add(e); err != nil {
					return nil, err
				}
			}
		}
	default:
		return nil, nil
	}
	return out, nil
}

func setBinary(op BinaryOp, a *Set, b Value) (Value, error) {
	y, ok := b.(*Set)
	if !ok {
		return nil, nil
	}
	r, err := setAlgebra(op, a, y.Elems(), a.Frozen)
	if r == nil {
		return nil, err
	}
	return r, err
}

func setInPlace(op BinaryOp, a *Set, b Value) (Value, error) {
	y, ok := b.(*Set)
	if !ok || a.Frozen {
		return nil, nil
	}
	r, err := setAlgebra(op, a, y.Elems(), false)
	if r == nil {
		return nil, err
	}
	a.d = r.d
	return a, nil
}

// setCompare implements ==, != and the subset/superset comparisons.
func setCompare(op CompareOp, a, b *Set) (bool, error) {
	subset := func(x, y *Set) (bool, error) {
		if x.Len() > y.Len() {
			return false, nil
		}
		for _, e := range x.Elems() {
			in, err := y.Contains(e)
			if err != nil || !in {
				return false, err
			}
		}
		return true, nil
	}
	switch op {
	case CmpEq, CmpNe:
		if a.Len() != b.Len() {
			return op == CmpNe, nil
		}
		r, err := subset(a, b)
		return r == (op == CmpEq), err
	case CmpLe:
		return subset(a, b)
	case CmpGe:
		return subset(b, a)
	case CmpLt:
		r, err := subset(a, b)
		return r && a.Len() < b.Len(), err
	}
	r, err := subset(b, a)
	return r && a.Len() > b.Len(), err
}

// dictUpdate merges a mapping or an iterable of pairs into d
// (dict.update's positional argument).
func dictUpdate(d *Dict, src Value) error {
	if s, ok := src.(*Dict); ok {
		for _, it := range s.Items() {
			if err := d.Set(it[0], it[1]); err != nil {
				return err
			}
		}
		return nil
	}
	if keys := src.Type().Lookup("keys"); keys != nil && src.Type().user {
		ks, err := CallMethod(keys, src, nil, nil)
		if err != nil {
			return err
		}
		items, err := ToSlice(ks)
		if err != nil {
			return err
		}
		for _, k := range items {
			v, err := GetItem(src, k)
			if err != nil {
				return err
			}
			if err := d.Set(k, v); err != nil {
				return err
			}
		}
		return nil
	}
	items, err := ToSlice(src)
	if err != nil {
		return err
	}
	for i, item := range items {
		pair, err := ToSlice(item)
		if err != nil {
			return NewErrorf(TypeErrorType, "cannot convert dictionary update sequence element #%d to a sequence", i)
		}
		if len(pair) != 2 {
			return NewErrorf(ValueErrorType, "dictionary update sequence element #%d has length %d; 2 is required", i, len(pair))
		}
		if err := d.Set(pair[0], pair[1]); err != nil {
			return err
		}
	}
	return nil
}

// GenericAlias is a parameterized builtin type such as list[int], as used
// in annotations.
type GenericAlias struct {
	Origin *Type
	Args   Tuple
}

var genericAliasType = newFinalType("types.GenericAlias")

// Type implements Value.
func (*GenericAlias) Type() *Type { return genericAliasType }

// Repr implements Reprer.
func (g *GenericAlias) Repr() (string, error) {
	parts := make([]string, len(g.Args))
	for i, a := range g.Args {
		if t, ok := a.(*Type); ok {
			parts[i] = qualifiedName(t)
			continue
		}
		s, err := Repr(a)
		if err != nil {
			return "", err
		}
		parts[i] = s
	}
	return g.Origin.Name + "[" + strings.Join(parts, ", ") + "]", nil
}

func genericAlias(t *Type, key Value) (Value, bool) {
	switch t {
	case ListType, DictType, TupleType, SetType, FrozenSetType, TypeType:
	default:
		return nil, false
	}
	args, ok := key.(Tuple)
	if !ok {
		args = Tuple{key}
	}
	return &GenericAlias{Origin: t, Args: args}, true
}
