package runtime

import "strings"

// Set is a Python set or frozenset (Frozen). Elements are the keys of d
// (values unused); order lays them out as CPython's table does, which is
// the order of iteration.
type Set struct {
	d      Dict
	order  setTable
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
func (s *Set) Add(v Value) error {
	_, found, err := s.d.Get(v)
	if err != nil || found {
		return err
	}
	h, err := Hash(v)
	if err != nil {
		return err
	}
	if err := s.d.Set(v, None); err != nil {
		return err
	}
	s.order.insert(v, h)
	return nil
}

// Remove deletes v and reports whether it was present.
func (s *Set) Remove(v Value) (bool, error) {
	i, _, err := s.d.find(v)
	if err != nil || i < 0 {
		return false, err
	}
	stored := s.d.entries[i].key
	if _, _, err := s.d.Delete(v); err != nil {
		return false, err
	}
	h, err := Hash(stored)
	if err != nil {
		return false, err
	}
	s.order.remove(stored, h)
	return true, nil
}

// copySet returns a copy of s (a frozenset when frozen), laid out as
// CPython's copy is.
func (s *Set) copySet(frozen bool) *Set {
	return &Set{d: *s.d.Copy(), order: s.order.clone(), Frozen: frozen}
}

// CopySet returns a copy of s laid out as CPython's set copy (set_merge
// into an empty set) lays it out.
func CopySet(s *Set) *Set { return s.copySet(false) }

// replace makes s hold what r holds.
func (s *Set) replace(r *Set) {
	s.d, s.order = r.d, r.order
}

// Contains reports whether v is an element.
func (s *Set) Contains(v Value) (bool, error) {
	_, ok, err := s.d.Get(v)
	if err != nil {
		if e, isExc := err.(*Exception); isExc && e.IsInstanceOf(TypeErrorType) {
			if inner, isSet := v.(*Set); isSet {
				// A set is looked up as the equal frozenset.
				return s.Contains(inner.copySet(true))
			}
		}
	}
	return ok, err
}

// Elems returns the elements in iteration order (CPython's).
func (s *Set) Elems() []Value { return s.order.keys() }

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
	switch src := v.(type) {
	case *Set:
		return src.copySet(frozen), nil
	case *Dict:
		s := &Set{Frozen: frozen}
		s.reserve(src.Len())
		for _, k := range src.Keys() {
			if err := s.Add(k); err != nil {
				return nil, err
			}
		}
		return s, nil
	}
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

// setAlgebra computes the set operation op of a and the iterable b,
// building the result as CPython's set algorithms do, so that it iterates
// in CPython's order.
func setAlgebra(op BinaryOp, a *Set, b Value, frozen bool) (*Set, error) {
	other, ok := b.(*Set)
	if !ok {
		var err error
		if other, err = SetFrom(b, false); err != nil {
			return nil, err
		}
	}
	var out *Set
	switch op {
	case OpOr: // set_or: a copy of a, then a merge of other
		out = a.copySet(frozen)
		out.reserve(other.Len())
		for _, e := range other.Elems() {
			if err := out.Add(e); err != nil {
				return nil, err
			}
		}
	case OpAnd: // set_intersection: walk the smaller set
		out = &Set{Frozen: frozen}
		walk, probe := other, a
		if other.Len() > a.Len() {
			walk, probe = a, other
		}
		for _, e := range walk.Elems() {
			in, err := probe.Contains(e)
			if err != nil {
				return nil, err
			}
			if in {
				if err := out.Add(e); err != nil {
					return nil, err
				}
			}
		}
	case OpSub: // set_difference
		if a.Len()>>2 > other.Len() {
			out = a.copySet(frozen)
			for _, e := range other.Elems() {
				if _, err := out.Remove(e); err != nil {
					return nil, err
				}
			}
			break
		}
		out = &Set{Frozen: frozen}
		for _, e := range a.Elems() {
			in, err := other.Contains(e)
			if err != nil {
				return nil, err
			}
			if !in {
				if err := out.Add(e); err != nil {
					return nil, err
				}
			}
		}
	case OpXor: // set_symmetric_difference: a copy of other, updated by a
		out = other.copySet(frozen)
		for _, e := range a.Elems() {
			found, err := out.Remove(e)
			if err != nil {
				return nil, err
			}
			if !found {
				if err := out.Add(e); err != nil {
					return nil, err
				}
			}
		}
	default:
		return nil, nil
	}
	return out, nil
}

// reserve grows an empty or small set's table before n keys are merged in,
// as set_merge does with one big resize.
func (s *Set) reserve(n int) {
	mask := setMinSize - 1
	if s.order.slots != nil {
		mask = len(s.order.slots) - 1
	}
	if (s.order.fill+n)*5 >= mask*3 {
		if s.order.slots == nil {
			s.order.slots = make([]setSlot, setMinSize)
		}
		s.order.resize((s.order.used + n) * 2)
	}
}

func setBinary(op BinaryOp, a *Set, b Value) (Value, error) {
	y, ok := b.(*Set)
	if !ok {
		return nil, nil
	}
	r, err := setAlgebra(op, a, y, a.Frozen)
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
	r, err := setAlgebra(op, a, y, false)
	if r == nil {
		return nil, err
	}
	a.replace(r)
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
