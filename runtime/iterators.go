package runtime

import (
	"fmt"
	"math"
)

// The builtin iterator types that are called like functions: enumerate,
// zip, map, filter and reversed.
var (
	EnumerateType = NewIteratorType("enumerate")
	ZipType       = NewIteratorType("zip")
	MapType       = NewIteratorType("map")
	FilterType    = NewIteratorType("filter")
	ReversedType  = NewIteratorType("reversed")

	listReverseIteratorType = NewIteratorType("list_reverseiterator")
)

func init() {
	EnumerateType.New = newEnumerate
	ZipType.New = newZip
	MapType.New = newMap
	FilterType.New = newFilter
	ReversedType.New = newReversed
}

// enumerate yields (count, item) pairs.
type enumerate struct {
	it    Iterator
	count int64
	big   Value // the count once it no longer fits in an int64, else nil
}

func (*enumerate) Type() *Type { return EnumerateType }

func (e *enumerate) Next() (Value, bool, error) {
	item, ok, err := e.it.Next()
	if err != nil || !ok {
		return nil, ok, err
	}
	if e.big == nil {
		n := Int(e.count)
		if e.count == math.MaxInt64 {
			e.big, err = Binary(OpAdd, n, Int(1))
		}
		e.count++
		return Tuple{n, item}, true, err
	}
	n := e.big
	e.big, err = Binary(OpAdd, n, Int(1))
	return Tuple{n, item}, true, err
}

// newEnumerate is enumerate(iterable, start=0).
func newEnumerate(_ *Type, args []Value, kwnames []string) (Value, error) {
	a, err := Args("enumerate", args, kwnames, 0, "iterable", "start")
	if err != nil {
		return nil, err
	}
	if a[0] == nil {
		return nil, NewError(TypeErrorType, "enumerate() missing required argument 'iterable'")
	}
	it, err := Iter(a[0])
	if err != nil {
		return nil, err
	}
	e := &enumerate{it: it}
	if a[1] != nil {
		start, err := IndexOf(a[1])
		if err != nil {
			return nil, err
		}
		if n, ok := start.(Int); ok {
			e.count = int64(n)
		} else {
			e.big = start
		}
	}
	return e, nil
}

// zip yields tuples of the items of its iterators, in step.
type zip struct {
	its    []Iterator
	strict bool
	done   bool
}

func (*zip) Type() *Type { return ZipType }

func (z *zip) Next() (Value, bool, error) {
	if z.done || len(z.its) == 0 {
		return nil, false, nil
	}
	out := make(Tuple, len(z.its))
	for i, it := range z.its {
		item, ok, err := it.Next()
		if err != nil {
			return nil, false, err
		}
		if !ok {
			z.done = true
			if z.strict {
				return nil, false, z.lengthMismatch(i)
			}
			return nil, false, nil
		}
		out[i] = item
	}
	return out, true, nil
}

// lengthMismatch checks, in strict mode, that iterator i ran out together
// with all the others.
func (z *zip) lengthMismatch(i int) error {
	if i > 0 {
		return NewErrorf(ValueErrorType, "zip() argument %d is shorter than %s", i+1, zipArguments(i))
	}
	for j, it := range z.its[1:] {
		_, ok, err := it.Next()
		if err != nil {
			return err
		}
		if ok {
			return NewErrorf(ValueErrorType, "zip() argument %d is longer than %s", j+2, zipArguments(j+1))
		}
	}
	return nil
}

// zipArguments names the first n arguments of zip: "argument 1",
// "arguments 1-2".
func zipArguments(n int) string {
	if n == 1 {
		return "argument 1"
	}
	return fmt.Sprintf("arguments 1-%d", n)
}

// newZip is zip(*iterables, strict=False).
func newZip(_ *Type, args []Value, kwnames []string) (Value, error) {
	npos := len(args) - len(kwnames)
	z := &zip{}
	if len(kwnames) > 0 {
		if len(kwnames) > 1 {
			return nil, NewErrorf(TypeErrorType, "zip() takes at most 1 keyword argument (%d given)", len(kwnames))
		}
		if kwnames[0] != "strict" {
			return nil, NewErrorf(TypeErrorType, "'%s' is an invalid keyword argument for zip()", kwnames[0])
		}
		strict, err := Truth(args[npos])
		if err != nil {
			return nil, err
		}
		z.strict = strict
	}
	its, err := iterAll(args[:npos])
	z.its = its
	return z, err
}

// iterAll returns an iterator for each of iterables.
func iterAll(iterables []Value) ([]Iterator, error) {
	its := make([]Iterator, len(iterables))
	for i, v := range iterables {
		it, err := Iter(v)
		if err != nil {
			return nil, err
		}
		its[i] = it
	}
	return its, nil
}

// mapIter yields fn applied to the items of its iterators, in step.
type mapIter struct {
	fn  Value
	its []Iterator
}

func (*mapIter) Type() *Type { return MapType }

func (m *mapIter) Next() (Value, bool, error) {
	args := make([]Value, len(m.its))
	for i, it := range m.its {
		item, ok, err := it.Next()
		if err != nil || !ok {
			return nil, false, err
		}
		args[i] = item
	}
	v, err := Call(m.fn, args, nil)
	return v, err == nil, err
}

// newMap is map(func, *iterables).
func newMap(_ *Type, args []Value, kwnames []string) (Value, error) {
	if err := NoKwargs("map", kwnames); err != nil {
		return nil, err
	}
	if len(args) < 2 {
		return nil, NewError(TypeErrorType, "map() must have at least two arguments.")
	}
	its, err := iterAll(args[1:])
	if err != nil {
		return nil, err
	}
	return &mapIter{fn: args[0], its: its}, nil
}

// filter yields the items for which fn (or, when fn is None, the item
// itself) is true.
type filter struct {
	fn Value
	it Iterator
}

func (*filter) Type() *Type { return FilterType }

func (f *filter) Next() (Value, bool, error) {
	for {
		item, ok, err := f.it.Next()
		if err != nil || !ok {
			return nil, false, err
		}
		test := item
		if f.fn != None {
			if test, err = Call(f.fn, []Value{item}, nil); err != nil {
				return nil, false, err
			}
		}
		keep, err := Truth(test)
		if err != nil || keep {
			return item, keep, err
		}
	}
}

// newFilter is filter(function_or_None, iterable).
func newFilter(_ *Type, args []Value, kwnames []string) (Value, error) {
	if err := NoKwargs("filter", kwnames); err != nil {
		return nil, err
	}
	if err := CheckPositional("filter", args, 2, 2); err != nil {
		return nil, err
	}
	it, err := Iter(args[1])
	if err != nil {
		return nil, err
	}
	return &filter{fn: args[0], it: it}, nil
}

// reversedSeq yields the items of a sequence from the last to the first,
// reading them with getItem (CPython's reversed object).
type reversedSeq struct {
	getItem func(i int) (Value, error)
	next    int
}

func (*reversedSeq) Type() *Type { return ReversedType }

func (r *reversedSeq) Next() (Value, bool, error) {
	if r.next < 0 {
		return nil, false, nil
	}
	v, err := r.getItem(r.next)
	r.next--
	if err != nil {
		r.next = -1
		if e, ok := err.(*Exception); ok && (e.IsInstanceOf(IndexErrorType) || e.IsInstanceOf(StopIterationType)) {
			return nil, false, nil
		}
		return nil, false, err
	}
	return v, true, nil
}

// listReverseIterator yields a list's items from the last to the first,
// stopping early if the list shrinks.
type listReverseIterator struct {
	list *List
	next int
}

func (*listReverseIterator) Type() *Type { return listReverseIteratorType }

func (it *listReverseIterator) Next() (Value, bool, error) {
	if it.next < 0 || it.next >= len(it.list.Elems) {
		it.next = -1
		return nil, false, nil
	}
	v := it.list.Elems[it.next]
	it.next--
	return v, true, nil
}

// newReversed is reversed(sequence).
func newReversed(_ *Type, args []Value, kwnames []string) (Value, error) {
	if err := NoKwargs("reversed", kwnames); err != nil {
		return nil, err
	}
	if err := CheckPositional("reversed", args, 1, 1); err != nil {
		return nil, err
	}
	return Reversed(args[0])
}

// Reversed returns an iterator over the items of seq in reverse order
// (Python's reversed(seq)): through __reversed__ when seq's class has it,
// else through __len__ and __getitem__.
func Reversed(seq Value) (Value, error) {
	switch x := seq.(type) {
	case *List:
		return &listReverseIterator{list: x, next: len(x.Elems) - 1}, nil
	case Tuple:
		return &reversedSeq{getItem: func(i int) (Value, error) { return x[i], nil }, next: len(x) - 1}, nil
	case Str:
		runes := []rune(string(x))
		return &reversedSeq{getItem: func(i int) (Value, error) { return Str(runes[i]), nil }, next: len(runes) - 1}, nil
	}
	t := seq.Type()
	rev := t.Lookup("__reversed__")
	if rev != nil && rev != None {
		return CallMethod(rev, seq, nil, nil)
	}
	if getItem := t.Lookup("__getitem__"); rev == nil && getItem != nil && t.user {
		n, err := Len(seq)
		if err != nil {
			return nil, err
		}
		return &reversedSeq{getItem: func(i int) (Value, error) {
			return CallMethod(getItem, seq, []Value{Int(i)}, nil)
		}, next: n - 1}, nil
	}
	return nil, NewErrorf(TypeErrorType, "'%s' object is not reversible", t.Name)
}
