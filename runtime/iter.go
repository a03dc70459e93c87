package runtime

import "unicode/utf8"

// Iterator is a Go-implemented Python iterator. Next returns the next item,
// or ok == false when exhausted (StopIteration is not raised through Go).
type Iterator interface {
	Value
	Next() (v Value, ok bool, err error)
}

// Iter returns an iterator over v (Python's iter(v)).
func Iter(v Value) (Iterator, error) {
	if m := subclassHook(v, "__iter__"); m != nil {
		return iterFromMethod(m, v)
	}
	switch x := v.(type) {
	case *List:
		return &listIterator{list: x}, nil
	case Tuple:
		return &tupleIterator{tuple: x}, nil
	case Str:
		return &strIterator{s: string(x)}, nil
	case *Dict:
		return newDictIterator(x, dictKeys), nil
	case *Set:
		return &setIterator{set: x, used: x.order.used}, nil
	case Iterator:
		return x, nil
	}
	t := v.Type()
	if m := t.Lookup("__iter__"); m != nil && m != None {
		return iterFromMethod(m, v)
	}
	if t.user {
		if gi := t.Lookup("__getitem__"); gi != nil {
			return &seqIterator{obj: v, getitem: gi}, nil
		}
	}
	if it, ok := v.(interface{ Iter() Iterator }); ok {
		return it.Iter(), nil
	}
	return nil, NewErrorf(TypeErrorType, "'%s' object is not iterable", t.Name)
}

// iterFromMethod calls a class's __iter__ for v and checks its result.
func iterFromMethod(m, v Value) (Iterator, error) {
	r, err := CallMethod(m, v, nil, nil)
	if err != nil {
		return nil, err
	}
	if it, ok := r.(Iterator); ok {
		return it, nil
	}
	if next := r.Type().Lookup("__next__"); next != nil {
		return &pyIterator{obj: r, next: next}, nil
	}
	return nil, NewErrorf(TypeErrorType, "iter() returned non-iterator of type '%s'", TypeName(r))
}

// Next advances an iterator object given as a Python value (Python's
// next(it)): Go iterators or objects whose class defines __next__.
func Next(v Value) (Value, bool, error) {
	if it, ok := v.(Iterator); ok {
		return it.Next()
	}
	if m := v.Type().Lookup("__next__"); m != nil {
		return (&pyIterator{obj: v, next: m}).Next()
	}
	return nil, false, NewErrorf(TypeErrorType, "'%s' object is not an iterator", TypeName(v))
}

// ToSlice returns the items of an iterable. The result may share memory
// with a tuple or list argument and must not be modified.
func ToSlice(v Value) ([]Value, error) {
	switch x := v.(type) {
	case Tuple:
		return x, nil
	case *List:
		if x.sub == nil || subclassHook(x, "__iter__") == nil {
			return x.Elems, nil
		}
	}
	it, err := Iter(v)
	if err != nil {
		return nil, err
	}
	var out []Value
	for {
		item, ok, err := it.Next()
		if err != nil {
			return nil, err
		}
		if !ok {
			return out, nil
		}
		out = append(out, item)
	}
}

// NewIteratorType makes the type of a Go iterator; iterators return themselves
// from __iter__ and are advanced by __next__.
func NewIteratorType(name string) *Type {
	t := newFinalType(name)
	t.AddMethod("__iter__", func(self Value, args []Value, kwnames []string) (Value, error) { return self, nil })
	t.AddMethod("__next__", func(self Value, args []Value, kwnames []string) (Value, error) {
		v, ok, err := self.(Iterator).Next()
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, NewException(StopIterationType)
		}
		return v, nil
	})
	return t
}

var (
	listIteratorType  = NewIteratorType("list_iterator")
	tupleIteratorType = NewIteratorType("tuple_iterator")
	strIteratorType   = NewIteratorType("str_ascii_iterator")
	seqIteratorType   = NewIteratorType("iterator")
)

type listIterator struct {
	list *List
	i    int
}

func (*listIterator) Type() *Type { return listIteratorType }

func (it *listIterator) Next() (Value, bool, error) {
	if it.i >= len(it.list.Elems) {
		it.i = 1 << 62 // an exhausted list iterator stays exhausted
		return nil, false, nil
	}
	v := it.list.Elems[it.i]
	it.i++
	return v, true, nil
}

type tupleIterator struct {
	tuple Tuple
	i     int
}

func (*tupleIterator) Type() *Type { return tupleIteratorType }

func (it *tupleIterator) Next() (Value, bool, error) {
	if it.i >= len(it.tuple) {
		return nil, false, nil
	}
	v := it.tuple[it.i]
	it.i++
	return v, true, nil
}

type strIterator struct {
	s string
	i int // byte offset
}

func (*strIterator) Type() *Type { return strIteratorType }

func (it *strIterator) Next() (Value, bool, error) {
	if it.i >= len(it.s) {
		return nil, false, nil
	}
	_, n := utf8.DecodeRuneInString(it.s[it.i:])
	v := Str(it.s[it.i : it.i+n])
	it.i += n
	return v, true, nil
}

// pyIterator advances a Python-level iterator through its __next__.
type pyIterator struct {
	obj  Value
	next Value
}

func (it *pyIterator) Type() *Type { return it.obj.Type() }

func (it *pyIterator) Next() (Value, bool, error) {
	v, err := CallMethod(it.next, it.obj, nil, nil)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.IsInstanceOf(StopIterationType) {
			return nil, false, nil
		}
		return nil, false, err
	}
	return v, true, nil
}

// seqIterator iterates a user sequence through __getitem__ until IndexError.
type seqIterator struct {
	obj     Value
	getitem Value
	i       int64
}

func (*seqIterator) Type() *Type { return seqIteratorType }

func (it *seqIterator) Next() (Value, bool, error) {
	if it.getitem == nil {
		return nil, false, nil
	}
	v, err := CallMethod(it.getitem, it.obj, []Value{Int(it.i)}, nil)
	if err != nil {
		if e, ok := err.(*Exception); ok && (e.IsInstanceOf(IndexErrorType) || e.IsInstanceOf(StopIterationType)) {
			it.getitem = nil
			return nil, false, nil
		}
		return nil, false, err
	}
	it.i++
	return v, true, nil
}

// dictIterKind selects what a dict iterator yields.
type dictIterKind int

const (
	dictKeys dictIterKind = iota
	dictValues
	dictItems
)

var (
	dictKeyIteratorType   = NewIteratorType("dict_keyiterator")
	dictValueIteratorType = NewIteratorType("dict_valueiterator")
	dictItemIteratorType  = NewIteratorType("dict_itemiterator")
)

type dictIterator struct {
	d       *Dict
	kind    dictIterKind
	pos     int
	version uint64
	isSet   bool
}

func newDictIterator(d *Dict, kind dictIterKind) *dictIterator {
	return &dictIterator{d: d, kind: kind, version: d.version}
}

func (it *dictIterator) Type() *Type {
	switch it.kind {
	case dictValues:
		return dictValueIteratorType
	case dictItems:
		return dictItemIteratorType
	}
	return dictKeyIteratorType
}

func (it *dictIterator) Next() (Value, bool, error) {
	if it.d == nil {
		return nil, false, nil
	}
	if it.d.version != it.version {
		it.d = nil
		return nil, false, NewError(RuntimeErrorType, "dictionary changed size during iteration")
	}
	e, next, ok := it.d.entryAt(it.pos)
	it.pos = next
	if !ok {
		it.d = nil
		return nil, false, nil
	}
	switch it.kind {
	case dictValues:
		return e.value, true, nil
	case dictItems:
		return Tuple{e.key, e.value}, true, nil
	}
	return e.key, true, nil
}
