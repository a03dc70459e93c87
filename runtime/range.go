package runtime

import (
	"fmt"
	"math"
)

// Range is a range object. Its bounds are limited to int64 (CPython's are
// arbitrary ints); Step is never zero.
type Range struct {
	Start, Stop, Step int64
}

// Type implements Value.
func (*Range) Type() *Type { return RangeType }

// count returns the number of items; it may exceed math.MaxInt64.
func (r *Range) count() uint64 {
	switch {
	case r.Step > 0 && r.Start < r.Stop:
		return (uint64(r.Stop)-uint64(r.Start)-1)/uint64(r.Step) + 1
	case r.Step < 0 && r.Start > r.Stop:
		return (uint64(r.Start)-uint64(r.Stop)-1)/(-uint64(r.Step)) + 1
	}
	return 0
}

// Len returns the number of items (clamped to math.MaxInt).
func (r *Range) Len() int { return int(min(r.count(), math.MaxInt)) }

// at returns item i, for 0 <= i < count().
func (r *Range) at(i int64) Int { return Int(r.Start + i*r.Step) }

// Repr implements Reprer.
func (r *Range) Repr() (string, error) {
	if r.Step == 1 {
		return fmt.Sprintf("range(%d, %d)", r.Start, r.Stop), nil
	}
	return fmt.Sprintf("range(%d, %d, %d)", r.Start, r.Stop, r.Step), nil
}

// Iter returns a range_iterator.
func (r *Range) Iter() Iterator { return &rangeIterator{next: r.Start, step: r.Step, left: r.count()} }

// reversed returns a range_iterator going from the last item to the first.
func (r *Range) reversed() Iterator {
	n := r.count()
	last := r.Start
	if n > 0 {
		last = int64(r.at(int64(n - 1)))
	}
	return &rangeIterator{next: last, step: -r.Step, left: n}
}

// Contains implements `in`: arithmetic for ints, else a linear search by
// equality as CPython does.
func (r *Range) Contains(v Value) (bool, error) {
	if !isIntLike(v) {
		return seqContains(r.items(), v)
	}
	i, ok := smallInt(v)
	if !ok {
		return false, nil // a big int lies outside any int64 range
	}
	return r.indexOf(i) >= 0, nil
}

// indexOf returns the position of i in r, or -1.
func (r *Range) indexOf(i int64) int64 {
	var dist, step uint64
	switch {
	case r.Step > 0 && i >= r.Start && i < r.Stop:
		dist, step = uint64(i)-uint64(r.Start), uint64(r.Step)
	case r.Step < 0 && i <= r.Start && i > r.Stop:
		dist, step = uint64(r.Start)-uint64(i), -uint64(r.Step)
	default:
		return -1
	}
	if dist%step != 0 {
		return -1
	}
	return int64(dist / step)
}

// items lists the items of the range (for the slow paths).
func (r *Range) items() []Value {
	out := make([]Value, r.Len())
	for i := range out {
		out[i] = r.at(int64(i))
	}
	return out
}

// GetItem implements r[key] for an index or a slice (giving a range).
func (r *Range) GetItem(key Value) (Value, error) {
	n := r.Len()
	if s, ok := key.(*Slice); ok {
		start, stop, step, _, err := s.Indices(n)
		if err != nil {
			return nil, err
		}
		return &Range{Start: r.Start + int64(start)*r.Step, Stop: r.Start + int64(stop)*r.Step, Step: r.Step * int64(step)}, nil
	}
	if !isIntLike(key) && (!key.Type().user || key.Type().Lookup("__index__") == nil) {
		return nil, NewErrorf(TypeErrorType, "range indices must be integers or slices, not %s", TypeName(key))
	}
	i, err := asSsize(key)
	if err != nil {
		return nil, err
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return nil, NewError(IndexErrorType, "range object index out of range")
	}
	return r.at(int64(i)), nil
}

// equal reports whether two ranges hold the same items.
func (r *Range) equal(o *Range) bool {
	n := r.count()
	switch {
	case n != o.count():
		return false
	case n == 0:
		return true
	case n == 1:
		return r.Start == o.Start
	}
	return r.Start == o.Start && r.Step == o.Step
}

// Hash implements hashing consistently with equality.
func (r *Range) Hash() (int64, error) {
	n := r.count()
	t := Tuple{Int(int64(n)), None, None}
	if n > 0 {
		t[1] = Int(r.Start)
	}
	if n > 1 {
		t[2] = Int(r.Step)
	}
	return Hash(t)
}

var rangeIteratorType = NewIteratorType("range_iterator")

// rangeIterator yields left more items from next on.
type rangeIterator struct {
	next, step int64
	left       uint64
}

func (*rangeIterator) Type() *Type { return rangeIteratorType }

func (it *rangeIterator) Next() (Value, bool, error) {
	if it.left == 0 {
		return nil, false, nil
	}
	v := it.next
	it.left--
	if it.left > 0 {
		it.next += it.step
	}
	return Int(v), true, nil
}

// Len returns the number of items left (as CPython's __length_hint__).
func (it *rangeIterator) Len() int { return int(min(it.left, math.MaxInt)) }

func init() {
	RangeType.New = newRange
	r := RangeType
	r.addNoArgs("__len__", func(self Value) (Value, error) {
		n := self.(*Range).count()
		if n > math.MaxInt64 {
			return nil, NewError(OverflowErrorType, "Python int too large to convert to C ssize_t")
		}
		return Int(int64(n)), nil
	})
	r.addNoArgs("__iter__", func(self Value) (Value, error) { return self.(*Range).Iter(), nil })
	r.addNoArgs("__reversed__", func(self Value) (Value, error) { return self.(*Range).reversed(), nil })
	r.addOneArg("__contains__", func(self, v Value) (Value, error) {
		in, err := self.(*Range).Contains(v)
		return Bool(in), err
	})
	r.addOneArg("__getitem__", func(self, key Value) (Value, error) { return self.(*Range).GetItem(key) })
	r.addOneArg("__eq__", func(self, other Value) (Value, error) {
		if o, ok := other.(*Range); ok {
			return Bool(self.(*Range).equal(o)), nil
		}
		return NotImplemented, nil
	})
	r.addOneArg("index", rangeIndex)
	r.addOneArg("count", func(self, v Value) (Value, error) {
		rg := self.(*Range)
		if isIntLike(v) {
			in, err := rg.Contains(v)
			if in {
				return Int(1), err
			}
			return Int(0), err
		}
		return seqCount(rg.items(), v)
	})
	for _, attr := range []struct {
		name string
		get  func(*Range) int64
	}{
		{"start", func(r *Range) int64 { return r.Start }},
		{"stop", func(r *Range) int64 { return r.Stop }},
		{"step", func(r *Range) int64 { return r.Step }},
	} {
		get := attr.get
		r.AddGetSet(attr.name, func(obj Value) (Value, error) { return Int(get(obj.(*Range))), nil }, nil)
	}
}

// newRange is range(stop) and range(start, stop[, step]).
func newRange(_ *Type, args []Value, kwnames []string) (Value, error) {
	if err := NoKwargs("range", kwnames); err != nil {
		return nil, err
	}
	if err := CheckPositional("range", args, 1, 3); err != nil {
		return nil, err
	}
	bounds := make([]int64, len(args))
	for i, a := range args {
		n, err := IndexOf(a)
		if err != nil {
			return nil, err
		}
		small, ok := n.(Int)
		if !ok {
			return nil, NewError(OverflowErrorType, "Python int too large to convert to C ssize_t")
		}
		bounds[i] = int64(small)
	}
	switch len(bounds) {
	case 1:
		return &Range{Stop: bounds[0], Step: 1}, nil
	case 2:
		return &Range{Start: bounds[0], Stop: bounds[1], Step: 1}, nil
	}
	if bounds[2] == 0 {
		return nil, NewError(ValueErrorType, "range() arg 3 must not be zero")
	}
	return &Range{Start: bounds[0], Stop: bounds[1], Step: bounds[2]}, nil
}

// rangeIndex is range.index(v).
func rangeIndex(self, v Value) (Value, error) {
	r := self.(*Range)
	if !isIntLike(v) {
		for i, item := range r.items() {
			if eq, err := Equal(item, v); err != nil || eq {
				return Int(i), err
			}
		}
		return nil, NewError(ValueErrorType, "sequence.index(x): x not in sequence")
	}
	if i, ok := smallInt(v); ok {
		if pos := r.indexOf(i); pos >= 0 {
			return Int(pos), nil
		}
	}
	s, err := Repr(v)
	if err != nil {
		return nil, err
	}
	return nil, NewErrorf(ValueErrorType, "%s is not in range", s)
}
