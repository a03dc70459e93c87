package runtime

// The builtins that consume or make iterators: min, max, sorted, any, all,
// iter, next.

// minMax makes min (op CmpLt) or max (op CmpGt): min(iterable, *,
// key=None, default=...) and min(a, b, *args, key=None). The first of
// several equal extremes wins.
func minMax(name string, op CompareOp) func(args []Value, kwnames []string) (Value, error) {
	return func(args []Value, kwnames []string) (Value, error) {
		npos := len(args) - len(kwnames)
		if npos == 0 {
			return nil, NewErrorf(TypeErrorType, "%s expected at least 1 argument, got 0", name)
		}
		opts, err := Args(name, args[npos:], kwnames, 0, "key", "default")
		if err != nil {
			return nil, err
		}
		key, def := opts[0], opts[1]
		items := args[0]
		if npos > 1 {
			if def != nil {
				return nil, NewErrorf(TypeErrorType, "Cannot specify a default for %s() with multiple positional arguments", name)
			}
			items = Tuple(args[:npos])
		}
		best, err := extreme(items, key, op)
		switch {
		case err != nil:
			return nil, err
		case best != nil:
			return best, nil
		case def != nil:
			return def, nil
		}
		return nil, NewErrorf(ValueErrorType, "%s() arg is an empty sequence", name)
	}
}

// extreme returns the item of iterable whose key (the item itself when key
// is nil or None) is the smallest (op CmpLt) or largest (CmpGt); nil when
// iterable is empty.
func extreme(iterable, key Value, op CompareOp) (Value, error) {
	it, err := Iter(iterable)
	if err != nil {
		return nil, err
	}
	if key == None {
		key = nil
	}
	var best, bestKey Value
	for {
		item, ok, err := it.Next()
		if err != nil || !ok {
			return best, err
		}
		k := item
		if key != nil {
			if k, err = Call(key, []Value{item}, nil); err != nil {
				return nil, err
			}
		}
		better := best == nil
		if !better {
			if better, err = CompareBool(op, k, bestKey); err != nil {
				return nil, err
			}
		}
		if better {
			best, bestKey = item, k
		}
	}
}

// builtinSorted is sorted(iterable, /, *, key=None, reverse=False): a new
// list sorted by list.sort, which also checks the keyword arguments.
func builtinSorted(args []Value, kwnames []string) (Value, error) {
	npos := len(args) - len(kwnames)
	if err := CheckPositional("sorted", args[:npos], 1, 1); err != nil {
		return nil, err
	}
	items, err := ToSlice(args[0])
	if err != nil {
		return nil, err
	}
	list := NewList(append([]Value(nil), items...))
	if _, err := listSort(list, args[npos:], kwnames); err != nil {
		return nil, err
	}
	return list, nil
}

// truthSearch looks for an item of iterable whose truth is want and
// returns want when it finds one, !want otherwise: any(iterable) is
// truthSearch(iterable, true), all(iterable) truthSearch(iterable, false).
func truthSearch(iterable Value, want bool) (Value, error) {
	it, err := Iter(iterable)
	if err != nil {
		return nil, err
	}
	for {
		item, ok, err := it.Next()
		if err != nil {
			return nil, err
		}
		if !ok {
			return Bool(!want), nil
		}
		t, err := Truth(item)
		if err != nil {
			return nil, err
		}
		if t == want {
			return Bool(want), nil
		}
	}
}

// builtinIter is iter(object) and iter(callable, sentinel).
func builtinIter(args []Value) (Value, error) {
	if len(args) == 1 {
		return Iter(args[0])
	}
	if !IsCallable(args[0]) {
		return nil, NewError(TypeErrorType, "iter(v, w): v must be callable")
	}
	return &callableIterator{fn: args[0], sentinel: args[1]}, nil
}

var callableIteratorType = NewIteratorType("callable_iterator")

// callableIterator is iter(callable, sentinel): it calls fn until fn
// returns a value equal to sentinel (or raises StopIteration), and stays
// exhausted afterwards (fn == nil).
type callableIterator struct {
	fn, sentinel Value
}

// Type implements Value.
func (*callableIterator) Type() *Type { return callableIteratorType }

// Next implements Iterator.
func (it *callableIterator) Next() (Value, bool, error) {
	if it.fn == nil {
		return nil, false, nil
	}
	v, err := Call(it.fn, nil, nil)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.IsInstanceOf(StopIterationType) {
			it.fn = nil
			return nil, false, nil
		}
		return nil, false, err
	}
	if eq, err := Equal(v, it.sentinel); err != nil || eq {
		it.fn = nil
		return nil, false, err
	}
	return v, true, nil
}

// builtinNext is next(iterator[, default]).
func builtinNext(args []Value) (Value, error) {
	v, err := nextItem(args[0])
	if e, ok := err.(*Exception); ok && e.IsInstanceOf(StopIterationType) && len(args) == 2 {
		return args[1], nil
	}
	return v, err
}

// nextItem advances an iterator as next() does, exhaustion raising
// StopIteration. The exception keeps the value it carries: a generator's
// return value, or whatever a Python-level __next__ raised.
func nextItem(it Value) (Value, error) {
	_, isGoIter := it.(Iterator)
	if r, ok := it.(Resumable); ok && isGoIter {
		v, done, err := r.Send(None)
		if done {
			return nil, stopIteration(v)
		}
		return v, err
	}
	if !isGoIter {
		if m := it.Type().Lookup("__next__"); m != nil {
			return CallMethod(m, it, nil, nil)
		}
	}
	v, ok, err := Next(it)
	if err == nil && !ok {
		err = NewException(StopIterationType)
	}
	return v, err
}

// stopIteration is the StopIteration that ends an iteration with value v
// (no arguments for None, as a generator's `return` raises it).
func stopIteration(v Value) *Exception {
	if v == None {
		return NewException(StopIterationType)
	}
	return NewException(StopIterationType, v)
}
