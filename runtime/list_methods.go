package runtime

import "slices"

// The list constructor and methods.

func init() {
	ListType.New = func(t *Type, args []Value, kwnames []string) (Value, error) {
		if sub := subclassOf(t, ListType); sub != nil {
			return &List{sub: sub}, nil // filled by list.__init__
		}
		arg, err := optionalArg("list", args, kwnames)
		if err != nil || arg == nil {
			return NewList(nil), err
		}
		items, err := ToSlice(arg)
		return NewList(append([]Value(nil), items...)), err
	}
	ListType.AddMethod("__init__", func(self Value, args []Value, kwnames []string) (Value, error) {
		arg, err := optionalArg("list", args, kwnames)
		if err != nil {
			return nil, err
		}
		l := self.(*List)
		l.Elems = nil
		if arg != nil {
			items, err := ToSlice(arg)
			if err != nil {
				return nil, err
			}
			l.Elems = append([]Value(nil), items...)
		}
		return None, nil
	})
	l := ListType
	l.addNoArgs("__len__", lenMethod)
	l.addNoArgs("__reversed__", Reversed)
	l.addOneArg("append", func(self, x Value) (Value, error) {
		list := self.(*List)
		list.Elems = append(list.Elems, x)
		return None, nil
	})
	l.addOneArg("extend", func(self, it Value) (Value, error) {
		items, err := ToSlice(it)
		if err != nil {
			return nil, err
		}
		list := self.(*List)
		list.Elems = append(list.Elems, items...)
		return None, nil
	})
	l.addPositional("insert", 2, 2, listInsert)
	l.addOneArg("remove", listRemove)
	l.addPositional("pop", 0, 1, listPop)
	l.addNoArgs("clear", func(self Value) (Value, error) {
		self.(*List).Elems = nil
		return None, nil
	})
	l.addPositional("index", 1, 3, func(self Value, args []Value) (Value, error) {
		return seqFind(self.(*List).Elems, args, "list")
	})
	l.addOneArg("count", func(self, x Value) (Value, error) { return seqCount(self.(*List).Elems, x) })
	l.AddMethod("sort", listSort)
	l.addNoArgs("reverse", func(self Value) (Value, error) {
		slices.Reverse(self.(*List).Elems)
		return None, nil
	})
	l.addNoArgs("copy", func(self Value) (Value, error) {
		return NewList(append([]Value(nil), self.(*List).Elems...)), nil
	})
}

// optionalArg returns the single optional positional argument of a
// constructor such as list([iterable]), or nil when absent.
func optionalArg(fname string, args []Value, kwnames []string) (Value, error) {
	if err := NoKwargs(fname, kwnames); err != nil {
		return nil, err
	}
	if err := CheckPositional(fname, args, 0, 1); err != nil || len(args) == 0 {
		return nil, err
	}
	return args[0], nil
}

// lenMethod is the __len__ method of the builtin containers.
func lenMethod(self Value) (Value, error) {
	n, err := builtinLen(self)
	return Int(n), err
}

func listInsert(self Value, args []Value) (Value, error) {
	list := self.(*List)
	i, err := asSsize(args[0])
	if err != nil {
		return nil, err
	}
	i = clampIndex(i, len(list.Elems))
	list.Elems = append(list.Elems, nil)
	copy(list.Elems[i+1:], list.Elems[i:])
	list.Elems[i] = args[1]
	return None, nil
}

func listRemove(self, x Value) (Value, error) {
	list := self.(*List)
	for i, e := range list.Elems {
		eq, err := Equal(e, x)
		if err != nil {
			return nil, err
		}
		if eq {
			list.Elems = append(list.Elems[:i], list.Elems[i+1:]...)
			return None, nil
		}
	}
	return nil, NewError(ValueErrorType, "list.remove(x): x not in list")
}

func listPop(self Value, args []Value) (Value, error) {
	list := self.(*List)
	i := -1
	if len(args) == 1 {
		var err error
		if i, err = asSsize(args[0]); err != nil {
			return nil, err
		}
	}
	n := len(list.Elems)
	if n == 0 {
		return nil, NewError(IndexErrorType, "pop from empty list")
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return nil, NewError(IndexErrorType, "pop index out of range")
	}
	v := list.Elems[i]
	list.Elems = append(list.Elems[:i], list.Elems[i+1:]...)
	return v, nil
}

// seqFind is list.index and tuple.index: the position of args[0] within
// the optional bounds args[1:].
func seqFind(elems []Value, args []Value, typeName string) (Value, error) {
	lo, hi, err := searchRange(argAt(args, 1), argAt(args, 2), len(elems), false)
	if err != nil {
		return nil, err
	}
	for i := lo; i < hi; i++ {
		eq, err := Equal(elems[i], args[0])
		if err != nil {
			return nil, err
		}
		if eq {
			return Int(i), nil
		}
	}
	if typeName == "tuple" {
		return nil, NewError(ValueErrorType, "tuple.index(x): x not in tuple")
	}
	r, err := Repr(args[0])
	if err != nil {
		return nil, err
	}
	return nil, NewErrorf(ValueErrorType, "%s is not in list", r)
}

// seqCount is list.count and tuple.count.
func seqCount(elems []Value, x Value) (Value, error) {
	n := 0
	for _, e := range elems {
		eq, err := Equal(e, x)
		if err != nil {
			return nil, err
		}
		if eq {
			n++
		}
	}
	return Int(n), nil
}

// listSort is list.sort(*, key=None, reverse=False).
func listSort(self Value, args []Value, kwnames []string) (Value, error) {
	if len(args) > len(kwnames) {
		return nil, NewError(TypeErrorType, "sort() takes no positional arguments")
	}
	opts, err := Args("sort", args, kwnames, 0, "key", "reverse")
	if err != nil {
		return nil, err
	}
	list := self.(*List)
	// Like CPython, the list looks empty while it is sorted, so that
	// changes made by key functions or comparisons can be detected.
	items := list.Elems
	list.Elems = nil
	sortErr := SortValues(items, opts[0], opts[1])
	modified := list.Elems != nil
	list.Elems = items
	if sortErr == nil && modified {
		sortErr = NewError(ValueErrorType, "list modified during sort")
	}
	return None, sortErr
}

// SortValues sorts items in place as list.sort does: stably, comparing with
// `<` (errors propagate), by key(item) when key is neither nil nor None,
// in descending order when reverse is true. It is also sorted()'s core.
func SortValues(items []Value, key, reverse Value) error {
	desc := false
	if reverse != nil {
		var err error
		if desc, err = Truth(reverse); err != nil {
			return err
		}
	}
	keys := items
	if key != nil && key != None {
		keys = make([]Value, len(items))
		for i, it := range items {
			k, err := Call(key, []Value{it}, nil)
			if err != nil {
				return err
			}
			keys[i] = k
		}
	}
	pairs := make([]sortPair, len(items))
	for i := range items {
		pairs[i] = sortPair{keys[i], items[i]}
	}
	// Reversing before and after a stable ascending sort keeps equal items
	// in their original order, as CPython's reverse=True does.
	if desc {
		slices.Reverse(pairs)
	}
	if err := mergeSort(pairs, make([]sortPair, len(pairs))); err != nil {
		return err
	}
	if desc {
		slices.Reverse(pairs)
	}
	for i, p := range pairs {
		items[i] = p.value
	}
	return nil
}

type sortPair struct{ key, value Value }

// mergeSort stably sorts s by key with `<`, using tmp (as long as s) as
// scratch space.
func mergeSort(s, tmp []sortPair) error {
	if len(s) <= 8 {
		return insertionSort(s)
	}
	mid := len(s) / 2
	if err := mergeSort(s[:mid], tmp[:mid]); err != nil {
		return err
	}
	if err := mergeSort(s[mid:], tmp[mid:]); err != nil {
		return err
	}
	copy(tmp, s)
	i, j, k := 0, mid, 0
	var err error
	for i < mid && j < len(s) {
		var less bool
		if less, err = CompareBool(CmpLt, tmp[j].key, tmp[i].key); err != nil {
			break
		}
		if less {
			s[k] = tmp[j]
			j++
		} else {
			s[k] = tmp[i]
			i++
		}
		k++
	}
	copy(s[k:], tmp[i:mid])
	copy(s[k+mid-i:], tmp[j:])
	return err
}

func insertionSort(s []sortPair) error {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0; j-- {
			less, err := CompareBool(CmpLt, s[j].key, s[j-1].key)
			if err != nil {
				return err
			}
			if !less {
				break
			}
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
	return nil
}
