package runtime

import (
	"fmt"
	"math"
	"math/big"
)

// Range is a range object. Bounds that fit in int64 use the int64 fields
// (the fast path); when one of them does not, big holds all of them and
// the int64 fields are unused. Step is never zero.
type Range struct {
	Start, Stop, Step int64
	big               *bigRange
}

// bigRange holds the bounds of a range beyond int64, and its length.
type bigRange struct {
	start, stop, step, n *big.Int
}

// Type implements Value.
func (*Range) Type() *Type { return RangeType }

// makeRange returns the range of the given bounds, on the fast path when
// they fit in int64.
func makeRange(start, stop, step *big.Int) *Range {
	if start.IsInt64() && stop.IsInt64() && step.IsInt64() {
		return &Range{Start: start.Int64(), Stop: stop.Int64(), Step: step.Int64()}
	}
	n := new(big.Int)
	one := big.NewInt(1)
	switch {
	case step.Sign() > 0 && start.Cmp(stop) < 0:
		n.Sub(stop, start)
		n.Sub(n, one)
		n.Quo(n, step)
		n.Add(n, one)
	case step.Sign() < 0 && start.Cmp(stop) > 0:
		n.Sub(start, stop)
		n.Sub(n, one)
		n.Quo(n, new(big.Int).Neg(step))
		n.Add(n, one)
	}
	return &Range{big: &bigRange{start: start, stop: stop, step: step, n: n}}
}

// bounds returns start, stop and step as new big.Ints.
func (r *Range) bounds() (start, stop, step *big.Int) {
	if b := r.big; b != nil {
		return new(big.Int).Set(b.start), new(big.Int).Set(b.stop), new(big.Int).Set(b.step)
	}
	return big.NewInt(r.Start), big.NewInt(r.Stop), big.NewInt(r.Step)
}

// bigLen returns the number of items as a new big.Int.
func (r *Range) bigLen() *big.Int {
	if r.big != nil {
		return new(big.Int).Set(r.big.n)
	}
	return new(big.Int).SetUint64(r.count())
}

// count returns the number of items of a fast-path range; it may exceed
// math.MaxInt64.
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
func (r *Range) Len() int {
	if r.big != nil {
		if r.big.n.IsInt64() {
			return int(r.big.n.Int64())
		}
		return math.MaxInt
	}
	return int(min(r.count(), math.MaxInt))
}

// PyLen is len(r), failing with OverflowError when the length exceeds
// sys.maxsize.
func (r *Range) PyLen() (int, error) {
	n := r.bigLen()
	if !n.IsInt64() {
		return 0, NewError(OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return int(n.Int64()), nil
}

// at returns item i of a fast-path range, for 0 <= i < count().
func (r *Range) at(i uint64) Int { return Int(int64(uint64(r.Start) + i*uint64(r.Step))) }

// bigAt returns start + i*step (i need not be in range, as for slices).
func (r *Range) bigAt(i *big.Int) *big.Int {
	start, _, step := r.bounds()
	return start.Add(start, step.Mul(step, i))
}

// Repr implements Reprer.
func (r *Range) Repr() (string, error) {
	start, stop, step := r.bounds()
	if step.Cmp(big.NewInt(1)) == 0 {
		return fmt.Sprintf("range(%s, %s)", start, stop), nil
	}
	return fmt.Sprintf("range(%s, %s, %s)", start, stop, step), nil
}

// Iter returns a range_iterator (longrange_iterator for big bounds).
func (r *Range) Iter() Iterator {
	if r.big != nil {
		start, _, step := r.bounds()
		return &bigRangeIterator{next: start, step: step, left: r.bigLen()}
	}
	return &rangeIterator{next: r.Start, step: r.Step, left: r.count()}
}

// reversed returns a range_iterator going from the last item to the first.
func (r *Range) reversed() Iterator {
	if r.big != nil {
		n := r.bigLen()
		_, _, step := r.bounds()
		last := r.bigAt(new(big.Int).Sub(n, big.NewInt(1)))
		return &bigRangeIterator{next: last, step: step.Neg(step), left: n}
	}
	n := r.count()
	last := r.Start
	if n > 0 {
		last = int64(r.at(n - 1))
	}
	return &rangeIterator{next: last, step: -r.Step, left: n}
}

// Contains implements `in`: arithmetic for ints, else a linear search by
// equality as CPython does.
func (r *Range) Contains(v Value) (bool, error) {
	if !isIntLike(v) {
		pos, err := r.search(v)
		return pos >= 0, err
	}
	return r.position(v) != nil, nil
}

// position returns the position of the int v in r, or nil.
func (r *Range) position(v Value) *big.Int {
	if i, ok := smallInt(v); ok && r.big == nil {
		if pos := r.indexOf(i); pos >= 0 {
			return big.NewInt(pos)
		}
		return nil
	}
	x, _ := AsBig(v)
	start, stop, step := r.bounds()
	switch {
	case step.Sign() > 0 && x.Cmp(start) >= 0 && x.Cmp(stop) < 0:
	case step.Sign() < 0 && x.Cmp(start) <= 0 && x.Cmp(stop) > 0:
	default:
		return nil
	}
	q, m := new(big.Int).QuoRem(x.Sub(x, start), step, new(big.Int))
	if m.Sign() != 0 {
		return nil
	}
	return q
}

// indexOf returns the position of i in a fast-path range, or -1.
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

// search looks for an item equal to v by iterating (for non-ints), giving
// its position or -1.
func (r *Range) search(v Value) (int, error) {
	it := r.Iter()
	for i := 0; ; i++ {
		item, ok, err := it.Next()
		if err != nil || !ok {
			return -1, err
		}
		if eq, err := Equal(item, v); err != nil || eq {
			return i, err
		}
	}
}

// GetItem implements r[key] for an index or a slice (giving a range).
func (r *Range) GetItem(key Value) (Value, error) {
	if s, ok := key.(*Slice); ok {
		start, stop, step, err := sliceIndicesBig(s, r.bigLen())
		if err != nil {
			return nil, err
		}
		_, _, rstep := r.bounds()
		return makeRange(r.bigAt(start), r.bigAt(stop), step.Mul(step, rstep)), nil
	}
	if !isIntLike(key) && (!key.Type().user || key.Type().Lookup("__index__") == nil) {
		return nil, NewErrorf(TypeErrorType, "range indices must be integers or slices, not %s", TypeName(key))
	}
	k, err := IndexOf(key)
	if err != nil {
		return nil, err
	}
	if i, ok := k.(Int); ok && r.big == nil {
		n := r.count()
		switch {
		case i >= 0 && uint64(i) < n:
			return r.at(uint64(i)), nil
		case i < 0 && uint64(-i) <= n: // -MinInt64 wraps to 1<<63, still right
			return r.at(n - uint64(-i)), nil
		}
		return nil, NewError(IndexErrorType, "range object index out of range")
	}
	i, _ := AsBig(k)
	n := r.bigLen()
	if i.Sign() < 0 {
		i.Add(i, n)
	}
	if i.Sign() < 0 || i.Cmp(n) >= 0 {
		return nil, NewError(IndexErrorType, "range object index out of range")
	}
	return MakeBigInt(r.bigAt(i)), nil
}

// sliceIndicesBig resolves a slice against a length of any size, as
// CPython's _PySlice_GetLongIndices.
func sliceIndicesBig(s *Slice, length *big.Int) (start, stop, step *big.Int, err error) {
	index := func(v Value) (*big.Int, error) {
		n, err := IndexOf(v)
		if err != nil {
			if e, ok := err.(*Exception); ok && e.Class == TypeErrorType {
				return nil, NewError(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
			}
			return nil, err
		}
		b, _ := AsBig(n)
		return b, nil
	}
	step = big.NewInt(1)
	if s.Step != None {
		if step, err = index(s.Step); err != nil {
			return nil, nil, nil, err
		}
		if step.Sign() == 0 {
			return nil, nil, nil, NewError(ValueErrorType, "slice step cannot be zero")
		}
	}
	neg := step.Sign() < 0
	lower, upper := big.NewInt(0), new(big.Int).Set(length)
	if neg {
		lower.SetInt64(-1)
		upper.Sub(upper, big.NewInt(1))
	}
	bound := func(v Value, def *big.Int) (*big.Int, error) {
		if v == None {
			return new(big.Int).Set(def), nil
		}
		x, err := index(v)
		if err != nil {
			return nil, err
		}
		if x.Sign() < 0 {
			x.Add(x, length)
			if x.Cmp(lower) < 0 {
				x.Set(lower)
			}
		} else if x.Cmp(upper) > 0 {
			x.Set(upper)
		}
		return x, nil
	}
	defStart, defStop := lower, upper
	if neg {
		defStart, defStop = upper, lower
	}
	if start, err = bound(s.Start, defStart); err != nil {
		return nil, nil, nil, err
	}
	if stop, err = bound(s.Stop, defStop); err != nil {
		return nil, nil, nil, err
	}
	return start, stop, step, nil
}

// equal reports whether two ranges hold the same items.
func (r *Range) equal(o *Range) bool {
	if r.big == nil && o.big == nil {
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
	n := r.bigLen()
	rs, _, rst := r.bounds()
	os, _, ost := o.bounds()
	switch {
	case n.Cmp(o.bigLen()) != 0:
		return false
	case n.Sign() == 0:
		return true
	case n.Cmp(big.NewInt(1)) == 0:
		return rs.Cmp(os) == 0
	}
	return rs.Cmp(os) == 0 && rst.Cmp(ost) == 0
}

// Hash implements hashing consistently with equality.
func (r *Range) Hash() (int64, error) {
	n := r.bigLen()
	start, _, step := r.bounds()
	t := Tuple{MakeBigInt(n), None, None}
	if n.Sign() > 0 {
		t[1] = MakeBigInt(start)
	}
	if n.Cmp(big.NewInt(1)) > 0 {
		t[2] = MakeBigInt(step)
	}
	return Hash(t)
}

var (
	rangeIteratorType     = NewIteratorType("range_iterator")
	longRangeIteratorType = NewIteratorType("longrange_iterator")
)

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

// bigRangeIterator is rangeIterator for bounds beyond int64.
type bigRangeIterator struct {
	next, step, left *big.Int
}

func (*bigRangeIterator) Type() *Type { return longRangeIteratorType }

func (it *bigRangeIterator) Next() (Value, bool, error) {
	if it.left.Sign() <= 0 {
		return nil, false, nil
	}
	v := MakeBigInt(new(big.Int).Set(it.next))
	it.left.Sub(it.left, big.NewInt(1))
	it.next.Add(it.next, it.step)
	return v, true, nil
}

// Len returns the number of items left, clamped to math.MaxInt.
func (it *bigRangeIterator) Len() int {
	if it.left.IsInt64() {
		return int(it.left.Int64())
	}
	return math.MaxInt
}

func init() {
	RangeType.New = newRange
	r := RangeType
	r.addNoArgs("__len__", func(self Value) (Value, error) {
		n, err := self.(*Range).PyLen()
		if err != nil {
			return nil, err
		}
		return Int(n), nil
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
			if rg.position(v) != nil {
				return Int(1), nil
			}
			return Int(0), nil
		}
		n := 0
		it := rg.Iter()
		for {
			item, ok, err := it.Next()
			if err != nil || !ok {
				return Int(n), err
			}
			eq, err := Equal(item, v)
			if err != nil {
				return nil, err
			}
			if eq {
				n++
			}
		}
	})
	for _, attr := range []struct {
		name string
		get  func(*Range) Value
	}{
		{"start", func(r *Range) Value { s, _, _ := r.bounds(); return MakeBigInt(s) }},
		{"stop", func(r *Range) Value { _, s, _ := r.bounds(); return MakeBigInt(s) }},
		{"step", func(r *Range) Value { _, _, s := r.bounds(); return MakeBigInt(s) }},
	} {
		get := attr.get
		r.AddGetSet(attr.name, func(obj Value) (Value, error) { return get(obj.(*Range)), nil }, nil)
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
	bounds := make([]Value, len(args))
	small := true
	for i, a := range args {
		n, err := IndexOf(a)
		if err != nil {
			return nil, err
		}
		bounds[i] = n
		_, ok := n.(Int)
		small = small && ok
	}
	if len(bounds) == 3 && intCompare(bounds[2], Int(0)) == 0 {
		return nil, NewError(ValueErrorType, "range() arg 3 must not be zero")
	}
	if small {
		switch len(bounds) {
		case 1:
			return &Range{Stop: int64(bounds[0].(Int)), Step: 1}, nil
		case 2:
			return &Range{Start: int64(bounds[0].(Int)), Stop: int64(bounds[1].(Int)), Step: 1}, nil
		}
		return &Range{Start: int64(bounds[0].(Int)), Stop: int64(bounds[1].(Int)), Step: int64(bounds[2].(Int))}, nil
	}
	big3 := []*big.Int{big.NewInt(0), nil, big.NewInt(1)}
	switch len(bounds) {
	case 1:
		big3[1], _ = AsBig(bounds[0])
	default:
		big3[0], _ = AsBig(bounds[0])
		big3[1], _ = AsBig(bounds[1])
		if len(bounds) == 3 {
			big3[2], _ = AsBig(bounds[2])
		}
	}
	return makeRange(big3[0], big3[1], big3[2]), nil
}

// rangeIndex is range.index(v).
func rangeIndex(self, v Value) (Value, error) {
	r := self.(*Range)
	if !isIntLike(v) {
		pos, err := r.search(v)
		if err != nil {
			return nil, err
		}
		if pos >= 0 {
			return Int(pos), nil
		}
		return nil, NewError(ValueErrorType, "sequence.index(x): x not in sequence")
	}
	if pos := r.position(v); pos != nil {
		return MakeBigInt(pos), nil
	}
	s, err := Repr(v)
	if err != nil {
		return nil, err
	}
	return nil, NewErrorf(ValueErrorType, "%s is not in range", s)
}
