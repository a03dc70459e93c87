package runtime

import "math"

// IndexOf converts v to an int as Python's operator.index does: ints and
// bools as they are, other objects through their class's __index__. The
// result is an Int or a *BigInt.
func IndexOf(v Value) (Value, error) {
	switch x := v.(type) {
	case Int, *BigInt:
		return x, nil
	case Bool:
		if x {
			return Int(1), nil
		}
		return Int(0), nil
	}
	if v.Type().user {
		if r, found, err := CallDunder(v, "__index__"); found {
			if err != nil {
				return nil, err
			}
			if !isIntLike(r) {
				return nil, NewErrorf(TypeErrorType, "__index__ returned non-int (type %s)", TypeName(r))
			}
			return IndexOf(r)
		}
	}
	return nil, NewErrorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeName(v))
}

// asSsize converts v to a Go int through __index__, failing with
// OverflowError when it does not fit (CPython's PyNumber_AsSsize_t).
func asSsize(v Value) (int, error) {
	n, err := IndexOf(v)
	if err != nil {
		return 0, err
	}
	i, ok := n.(Int)
	if !ok {
		return 0, NewError(OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return int(i), nil
}

// sliceIndex converts the start or end argument of a search method
// through __index__, clamping huge values. Methods of str accept None for
// "absent"; those of list and tuple do not (noneOK false); nil is always
// absent. def is the value when absent.
func sliceIndex(v Value, def int, noneOK bool) (int, error) {
	if v == nil || (v == None && noneOK) {
		return def, nil
	}
	n, err := IndexOf(v)
	if err != nil {
		if noneOK {
			return 0, NewError(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
		}
		return 0, NewError(TypeErrorType, "slice indices must be integers or have an __index__ method")
	}
	if b, ok := n.(*BigInt); ok {
		if b.v.Sign() < 0 {
			return math.MinInt, nil
		}
		return math.MaxInt, nil
	}
	return int(n.(Int)), nil
}

// searchRange resolves optional start and end arguments against a
// sequence of length n as CPython's ADJUST_INDICES does: negative values
// count from the end, end is clamped to [0, n] and start to >= 0 (it may
// exceed n or end, selecting nothing).
func searchRange(start, end Value, n int, noneOK bool) (lo, hi int, err error) {
	if lo, err = sliceIndex(start, 0, noneOK); err != nil {
		return 0, 0, err
	}
	if hi, err = sliceIndex(end, n, noneOK); err != nil {
		return 0, 0, err
	}
	return adjustIndex(lo, n), min(adjustIndex(hi, n), n), nil
}

// adjustIndex maps an index counting from the end when negative to a
// position, clamped at 0.
func adjustIndex(i, n int) int {
	if i < 0 {
		i += n
		if i < 0 {
			return 0
		}
	}
	return i
}

// clampIndex is adjustIndex clamped to [0, n], as list.insert uses it.
func clampIndex(i, n int) int { return min(adjustIndex(i, n), n) }
