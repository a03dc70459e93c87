package runtime

import "strings"

// Type is a Python class: a builtin type implemented in Go or a class made
// by a class statement.
//
// Invariants: MRO[0] is the type itself and the last entry is object
// (except for object itself); Dict is the class namespace, looked up along
// MRO by Lookup.
type Type struct {
	Name     string
	QualName string
	Module   string
	Bases    []*Type
	MRO      []*Type
	Dict     *Dict

	// New makes a new instance (Python's __new__ for Go types); nil means
	// inherited along MRO.
	New func(t *Type, args []Value, kwnames []string) (Value, error)
	// Attr gives per-object attributes of Go-implemented values that do not
	// live in a dict (e.g. an exception's args). ok == false means absent.
	Attr func(v Value, name string) (attr Value, ok bool, err error)
	// Final types cannot be subclassed ("type 'bool' is not an acceptable
	// base type").
	Final bool
	// user is true for classes made by a class statement.
	user bool
	// slotted is true when the class and its bases declare __slots__
	// without "__dict__": its instances have no attribute dict.
	slotted bool
	// meta is the class's metaclass when it is not type.
	meta *Type
	// lookups caches Lookup while the MRO namespaces' versions sum to
	// lookupsSum.
	lookups    map[string]lookupResult
	lookupsSum uint64
}

// Type implements Value: a class is an instance of its metaclass (type,
// unless a metaclass made it).
func (t *Type) Type() *Type {
	if t.meta != nil {
		return t.meta
	}
	return TypeType
}

// Metaclass returns the metaclass a class statement with these bases (and
// the explicit metaclass, or nil) uses: the most derived one.
func Metaclass(explicit *Type, bases []*Type) *Type {
	meta := explicit
	if meta == nil {
		meta = TypeType
	}
	for _, b := range bases {
		if bm := b.Type(); bm.IsSubtype(meta) {
			meta = bm
		}
	}
	return meta
}

// IsUser reports whether t was made by a class statement.
func (t *Type) IsUser() bool { return t.user }

// Lookup finds name along the MRO, or returns nil.
//
// Results are cached per class: where along the MRO the name was found
// (or that it was not). The cache is valid while the MRO's namespaces have
// neither gained nor lost a key, which the sum of their versions tells
// (versions only grow); values are always read from the namespace, so
// reassigning an attribute needs no invalidation.
func (t *Type) Lookup(name string) Value {
	var sum uint64
	for _, c := range t.MRO {
		sum += c.Dict.version
	}
	if t.lookups == nil || t.lookupsSum != sum {
		t.lookups, t.lookupsSum = map[string]lookupResult{}, sum
	}
	if r, ok := t.lookups[name]; ok {
		if r.dict == nil {
			return nil
		}
		return r.dict.entries[r.index].value
	}
	for _, c := range t.MRO {
		if i := c.Dict.findStr(name); i >= 0 {
			t.lookups[name] = lookupResult{c.Dict, i}
			return c.Dict.entries[i].value
		}
	}
	t.lookups[name] = lookupResult{}
	return nil
}

// lookupResult is a cached Lookup: the namespace and entry holding the
// name, or a nil dict for "absent".
type lookupResult struct {
	dict  *Dict
	index int32
}

// IsSubtype reports whether t is sub (or derives from it).
func (t *Type) IsSubtype(sub *Type) bool {
	for _, c := range t.MRO {
		if c == sub {
			return true
		}
	}
	return false
}

// newBuiltinType makes a Go-implemented type deriving from base (nil for
// object itself).
func newBuiltinType(name string, base *Type) *Type {
	t := &Type{Name: name, QualName: name, Module: "builtins", Dict: NewDict()}
	t.Dict.IndexStrings()
	if base != nil {
		t.Bases = []*Type{base}
		t.MRO = append([]*Type{t}, base.MRO...)
	} else {
		t.MRO = []*Type{t}
	}
	return t
}

// NewClass makes a class from a class statement's name, bases and
// namespace, computing the C3 method resolution order.
func NewClass(name string, bases []*Type, ns *Dict) (*Type, error) {
	if len(bases) == 0 {
		bases = []*Type{ObjectType}
	}
	for _, b := range bases {
		if b.Final {
			return nil, NewErrorf(TypeErrorType, "type '%s' is not an acceptable base type", b.Name)
		}
	}
	seen := map[*Type]bool{}
	for _, b := range bases {
		if seen[b] {
			return nil, NewErrorf(TypeErrorType, "duplicate base class %s", b.Name)
		}
		seen[b] = true
	}
	wrapImplicitMethods(ns)
	if _, hasEq := ns.GetStr("__eq__"); hasEq {
		if _, hasHash := ns.GetStr("__hash__"); !hasHash {
			ns.SetStr("__hash__", None)
		}
	}
	ns.IndexStrings()
	t := &Type{Name: name, QualName: name, Module: "__main__", Bases: bases, Dict: ns, user: true}
	mro, err := c3(t, bases)
	if err != nil {
		return nil, err
	}
	t.MRO = mro
	if err := t.declareSlots(); err != nil {
		return nil, err
	}
	if q, ok := ns.GetStr("__qualname__"); ok {
		if s, ok := q.(Str); ok {
			t.QualName = string(s)
		}
		_, _, _ = ns.Delete(Str("__qualname__"))
	}
	if m, ok := ns.GetStr("__module__"); ok {
		if s, ok := m.(Str); ok {
			t.Module = string(s)
		}
	}
	if err := setNames(t); err != nil {
		return nil, err
	}
	return t, nil
}

// setNames calls __set_name__(class, name) on the attributes of a new class
// that define it (descriptors such as property learn their name), as
// type.__new__ does.
func setNames(t *Type) error {
	for _, it := range t.Dict.Items() {
		name, ok := it[0].(Str)
		if !ok {
			continue
		}
		_, found, err := CallDunder(it[1], "__set_name__", t, name)
		if found && err != nil {
			e := NewErrorf(RuntimeErrorType, "Error calling __set_name__ on '%s' instance '%s' in '%s'", TypeName(it[1]), name, t.Name)
			if cause, ok := err.(*Exception); ok {
				e.Cause, e.SuppressContext = cause, true
			}
			return e
		}
	}
	return nil
}

// c3 linearizes t's bases (Python's C3 MRO).
func c3(t *Type, bases []*Type) ([]*Type, error) {
	var seqs [][]*Type
	for _, b := range bases {
		seqs = append(seqs, append([]*Type(nil), b.MRO...))
	}
	seqs = append(seqs, append([]*Type(nil), bases...))
	out := []*Type{t}
	for {
		nonEmpty := seqs[:0]
		for _, s := range seqs {
			if len(s) > 0 {
				nonEmpty = append(nonEmpty, s)
			}
		}
		seqs = nonEmpty
		if len(seqs) == 0 {
			return out, nil
		}
		var next *Type
	candidates:
		for _, s := range seqs {
			cand := s[0]
			for _, other := range seqs {
				for _, c := range other[1:] {
					if c == cand {
						continue candidates
					}
				}
			}
			next = cand
			break
		}
		if next == nil {
			// CPython names the heads of the sequences left to merge.
			var names []string
			seen := map[*Type]bool{}
			for _, s := range seqs {
				if !seen[s[0]] {
					seen[s[0]] = true
					names = append(names, s[0].Name)
				}
			}
			return nil, NewErrorf(TypeErrorType, "Cannot create a consistent method resolution\norder (MRO) for bases %s", strings.Join(names, ", "))
		}
		out = append(out, next)
		for i, s := range seqs {
			if s[0] == next {
				seqs[i] = s[1:]
			}
		}
	}
}

// TypeName returns the __name__ of v's type, as error messages show it.
func TypeName(v Value) string { return v.Type().Name }

// wrapImplicitMethods makes a plain function __new__ a staticmethod and
// __init_subclass__ and __class_getitem__ classmethods, as type.__new__
// does.
func wrapImplicitMethods(ns *Dict) {
	if f, ok := ns.GetStr("__new__"); ok && f.Type() == FunctionType {
		ns.SetStr("__new__", &StaticMethod{Func: f})
	}
	for _, name := range []string{"__init_subclass__", "__class_getitem__"} {
		if f, ok := ns.GetStr(name); ok && f.Type() == FunctionType {
			ns.SetStr(name, &ClassMethod{Func: f})
		}
	}
}

// InitSubclass calls the __init_subclass__ of cls's parent with the class
// statement's keywords (CPython's type.__init__ step), in order.
func InitSubclass(cls *Type, kwnames []string, kwvals []Value) error {
	if len(cls.MRO) < 2 {
		return nil
	}
	m, ok, err := (&Super{Class: cls, Obj: cls}).Attr("__init_subclass__")
	if err != nil || !ok {
		return err
	}
	if len(kwnames) > 0 {
		if b, isBound := m.(*BoundMethod); isBound {
			if _, goFn := b.Func.(*BuiltinFunction); goFn {
				return NewErrorf(TypeErrorType, "%s.__init_subclass__() takes no keyword arguments", cls.Name)
			}
		}
	}
	_, err = Call(m, kwvals, kwnames)
	return err
}
