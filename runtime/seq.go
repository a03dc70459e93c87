package runtime

import (
	"strings"
	"unicode/utf8"
)

// Len returns len(v).
func Len(v Value) (int, error) {
	if m := subclassHook(v, "__len__"); m != nil {
		return callLen(m, v)
	}
	return builtinLen(v)
}

// builtinLen is len() without a list or dict subclass's own __len__.
func builtinLen(v Value) (int, error) {
	switch x := v.(type) {
	case Str:
		return utf8.RuneCountInString(string(x)), nil
	case *List:
		return len(x.Elems), nil
	case Tuple:
		return len(x), nil
	case *Dict:
		return x.Len(), nil
	case *Set:
		return x.Len(), nil
	}
	if m := v.Type().Lookup("__len__"); m != nil && v.Type().user {
		return callLen(m, v)
	}
	if l, ok := v.(interface{ PyLen() (int, error) }); ok {
		return l.PyLen()
	}
	if l, ok := v.(interface{ Len() int }); ok {
		return l.Len(), nil
	}
	return 0, NewErrorf(TypeErrorType, "object of type '%s' has no len()", TypeName(v))
}

func callLen(m, v Value) (int, error) {
	r, err := CallMethod(m, v, nil, nil)
	if err != nil {
		return 0, err
	}
	n, ok := smallInt(r)
	if !ok {
		if _, big := r.(*BigInt); big {
			return 0, NewError(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
		}
		return 0, NewErrorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeName(r))
	}
	if n < 0 {
		return 0, NewError(ValueErrorType, "__len__() should return >= 0")
	}
	return int(n), nil
}

// Index converts v to an int index (Python's operator.index).
func Index(v Value) (int64, bool) {
	if n, ok := smallInt(v); ok {
		return n, true
	}
	return 0, false
}

// Slice is a slice object `start:stop:step`; absent parts are None.
type Slice struct {
	Start, Stop, Step Value
}

// Type implements Value.
func (*Slice) Type() *Type { return SliceType }

// Indices resolves the slice against a sequence of length n, as
// slice.indices(n): the start, stop, step and number of items selected.
func (s *Slice) Indices(n int) (start, stop, step, count int, err error) {
	step = 1
	if s.Step != None {
		st, ok := Index(s.Step)
		if !ok {
			return 0, 0, 0, 0, NewError(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
		}
		if st == 0 {
			return 0, 0, 0, 0, NewError(ValueErrorType, "slice step cannot be zero")
		}
		step = clampInt(st)
	}
	bound := func(v Value, def int) (int, error) {
		if v == None {
			return def, nil
		}
		i, ok := Index(v)
		if !ok {
			if _, big := v.(*BigInt); big {
				if v.(*BigInt).v.Sign() < 0 {
					i = -1 << 62
				} else {
					i = 1 << 62
				}
			} else {
				return 0, NewError(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
			}
		}
		x := clampInt(i)
		if x < 0 {
			x += n
			if x < 0 {
				if step < 0 {
					x = -1
				} else {
					x = 0
				}
			}
		} else if x >= n {
			if step < 0 {
				x = n - 1
			} else {
				x = n
			}
		}
		return x, nil
	}
	if step > 0 {
		if start, err = bound(s.Start, 0); err != nil {
			return
		}
		if stop, err = bound(s.Stop, n); err != nil {
			return
		}
		if stop > start {
			count = (stop - start + step - 1) / step
		}
	} else {
		if start, err = bound(s.Start, n-1); err != nil {
			return
		}
		if stop, err = bound(s.Stop, -1); err != nil {
			return
		}
		if start > stop {
			count = (start - stop - step - 1) / (-step)
		}
	}
	return
}

func clampInt(i int64) int {
	const limit = 1 << 62
	if i > limit {
		return limit
	}
	if i < -limit {
		return -limit
	}
	return int(i)
}

// sliceOf selects the items of elems chosen by s.
func sliceOf(elems []Value, s *Slice) ([]Value, error) {
	start, _, step, count, err := s.Indices(len(elems))
	if err != nil {
		return nil, err
	}
	out := make([]Value, count)
	for i := range out {
		out[i] = elems[start+i*step]
	}
	return out, nil
}

// seqIndex resolves index key against a sequence of length n.
func seqIndex(typeName string, key Value, n int) (int, error) {
	i, ok := Index(key)
	if !ok {
		if _, big := key.(*BigInt); big {
			return 0, NewErrorf(IndexErrorType, "cannot fit 'int' into an index-sized integer")
		}
		return 0, NewErrorf(TypeErrorType, "%s indices must be integers or slices, not %s", typeName, TypeName(key))
	}
	if i < 0 {
		i += int64(n)
	}
	if i < 0 || i >= int64(n) {
		return 0, NewErrorf(IndexErrorType, "%s index out of range", typeName)
	}
	return int(i), nil
}

// GetItem computes v[key].
func GetItem(v, key Value) (Value, error) {
	if m := subclassHook(v, "__getitem__"); m != nil {
		return CallMethod(m, v, []Value{key}, nil)
	}
	return builtinGetItem(v, key)
}

// builtinGetItem is v[key] without a list or dict subclass's own
// __getitem__ (a dict subclass's __missing__ still applies).
func builtinGetItem(v, key Value) (Value, error) {
	if d, ok := v.(*Dict); ok && d.sub != nil {
		if r, found, err := d.Get(key); found || err != nil {
			return r, err
		}
		if m := userMethod(d.sub.class, "__missing__"); m != nil {
			return CallMethod(m, v, []Value{key}, nil)
		}
	}
	switch x := v.(type) {
	case *List:
		if s, ok := key.(*Slice); ok {
			items, err := sliceOf(x.Elems, s)
			return NewList(items), err
		}
		i, err := seqIndex("list", key, len(x.Elems))
		if err != nil {
			return nil, err
		}
		return x.Elems[i], nil
	case Tuple:
		if s, ok := key.(*Slice); ok {
			items, err := sliceOf(x, s)
			return Tuple(items), err
		}
		i, err := seqIndex("tuple", key, len(x))
		if err != nil {
			return nil, err
		}
		return x[i], nil
	case Str:
		return strGetItem(x, key)
	case *Dict:
		r, ok, err := x.Get(key)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, NewException(KeyErrorType, key)
		}
		return r, nil
	case *Type:
		if m := userMethod(x.Type(), "__getitem__"); m != nil {
			return CallMethod(m, x, []Value{key}, nil) // the metaclass's
		}
		if m := x.Lookup("__class_getitem__"); m != nil {
			// __class_getitem__ is implicitly a classmethod: it gets the class.
			switch f := m.(type) {
			case *Method:
				return f.Fn(x, []Value{key}, nil)
			case *ClassMethod:
				return Call(f.Func, []Value{x, key}, nil)
			}
			return Call(m, []Value{x, key}, nil)
		}
		if alias, ok := genericAlias(x, key); ok {
			return alias, nil
		}
		return nil, NewErrorf(TypeErrorType, "type '%s' is not subscriptable", x.Name)
	}
	if m := v.Type().Lookup("__getitem__"); m != nil {
		return CallMethod(m, v, []Value{key}, nil)
	}
	if g, ok := v.(interface {
		GetItem(key Value) (Value, error)
	}); ok {
		return g.GetItem(key)
	}
	return nil, NewErrorf(TypeErrorType, "'%s' object is not subscriptable", TypeName(v))
}

func strGetItem(s Str, key Value) (Value, error) {
	runes := []rune(string(s))
	if sl, ok := key.(*Slice); ok {
		start, _, step, count, err := sl.Indices(len(runes))
		if err != nil {
			return nil, err
		}
		out := make([]rune, count)
		for i := range out {
			out[i] = runes[start+i*step]
		}
		return Str(string(out)), nil
	}
	i, err := seqIndex("string", key, len(runes))
	if err != nil {
		return nil, err
	}
	return Str(string(runes[i])), nil
}

// SetItem performs v[key] = val.
func SetItem(v, key, val Value) error {
	if m := subclassHook(v, "__setitem__"); m != nil {
		_, err := CallMethod(m, v, []Value{key, val}, nil)
		return err
	}
	return builtinSetItem(v, key, val)
}

// builtinSetItem is v[key] = val without a subclass's own __setitem__.
func builtinSetItem(v, key, val Value) error {
	switch x := v.(type) {
	case *List:
		if s, ok := key.(*Slice); ok {
			return listSetSlice(x, s, val)
		}
		i, err := seqIndex("list assignment", key, len(x.Elems))
		if err != nil {
			return err
		}
		x.Elems[i] = val
		return nil
	case *Dict:
		return x.Set(key, val)
	}
	if m := v.Type().Lookup("__setitem__"); m != nil {
		_, err := CallMethod(m, v, []Value{key, val}, nil)
		return err
	}
	return NewErrorf(TypeErrorType, "'%s' object does not support item assignment", TypeName(v))
}

func listSetSlice(x *List, s *Slice, val Value) error {
	items, err := ToSlice(val)
	if err != nil {
		return NewError(TypeErrorType, "can only assign an iterable")
	}
	items = append([]Value(nil), items...)
	start, stop, step, count, err := s.Indices(len(x.Elems))
	if err != nil {
		return err
	}
	if step == 1 {
		if stop < start {
			stop = start
		}
		out := make([]Value, 0, len(x.Elems)-(stop-start)+len(items))
		out = append(out, x.Elems[:start]...)
		out = append(out, items...)
		x.Elems = append(out, x.Elems[stop:]...)
		return nil
	}
	if len(items) != count {
		return NewErrorf(ValueErrorType, "attempt to assign sequence of size %d to extended slice of size %d", len(items), count)
	}
	for i, item := range items {
		x.Elems[start+i*step] = item
	}
	return nil
}

// DelItem performs del v[key].
func DelItem(v, key Value) error {
	if m := subclassHook(v, "__delitem__"); m != nil {
		_, err := CallMethod(m, v, []Value{key}, nil)
		return err
	}
	return builtinDelItem(v, key)
}

// builtinDelItem is del v[key] without a subclass's own __delitem__.
func builtinDelItem(v, key Value) error {
	switch x := v.(type) {
	case *List:
		if s, ok := key.(*Slice); ok {
			start, _, step, count, err := s.Indices(len(x.Elems))
			if err != nil {
				return err
			}
			drop := make(map[int]bool, count)
			for i := 0; i < count; i++ {
				drop[start+i*step] = true
			}
			out := x.Elems[:0]
			for i, e := range x.Elems {
				if !drop[i] {
					out = append(out, e)
				}
			}
			x.Elems = out
			return nil
		}
		i, err := seqIndex("list assignment", key, len(x.Elems))
		if err != nil {
			return err
		}
		x.Elems = append(x.Elems[:i], x.Elems[i+1:]...)
		return nil
	case *Dict:
		_, found, err := x.Delete(key)
		if err != nil {
			return err
		}
		if !found {
			return NewException(KeyErrorType, key)
		}
		return nil
	}
	if m := v.Type().Lookup("__delitem__"); m != nil {
		_, err := CallMethod(m, v, []Value{key}, nil)
		return err
	}
	return NewErrorf(TypeErrorType, "'%s' object doesn't support item deletion", TypeName(v))
}

// Contains computes `item in container`.
func Contains(container, item Value) (bool, error) {
	if m := subclassHook(container, "__contains__"); m != nil {
		r, err := CallMethod(m, container, []Value{item}, nil)
		if err != nil {
			return false, err
		}
		return Truth(r)
	}
	return builtinContains(container, item)
}

// builtinContains is `item in container` without a subclass's own
// __contains__.
func builtinContains(container, item Value) (bool, error) {
	switch x := container.(type) {
	case Str:
		s, ok := item.(Str)
		if !ok {
			return false, NewErrorf(TypeErrorType, "'in <string>' requires string as left operand, not %s", TypeName(item))
		}
		return strings.Contains(string(x), string(s)), nil
	case *Dict:
		_, ok, err := x.Get(item)
		return ok, err
	case *Set:
		return x.Contains(item)
	case *List:
		return seqContains(x.Elems, item)
	case Tuple:
		return seqContains(x, item)
	}
	if m := container.Type().Lookup("__contains__"); m != nil {
		r, err := CallMethod(m, container, []Value{item}, nil)
		if err != nil {
			return false, err
		}
		return Truth(r)
	}
	if c, ok := container.(interface {
		Contains(Value) (bool, error)
	}); ok {
		return c.Contains(item)
	}
	it, err := Iter(container)
	if err != nil {
		return false, NewErrorf(TypeErrorType, "argument of type '%s' is not iterable", TypeName(container))
	}
	for {
		v, ok, err := it.Next()
		if err != nil || !ok {
			return false, err
		}
		if eq, err := Equal(v, item); err != nil || eq {
			return eq, err
		}
	}
}

func seqContains(elems []Value, item Value) (bool, error) {
	for _, e := range elems {
		if eq, err := Equal(e, item); err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}
