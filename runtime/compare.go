package runtime

import (
	"cmp"
	"hash/maphash"
	"math"
	"math/big"
	"unsafe"
)

// CompareOp is a rich comparison operator.
type CompareOp int

// Rich comparison operators.
const (
	CmpEq CompareOp = iota
	CmpNe
	CmpLt
	CmpLe
	CmpGt
	CmpGe
)

var compareOps = [...]struct{ symbol, dunder, reflected string }{
	CmpEq: {"==", "__eq__", "__eq__"},
	CmpNe: {"!=", "__ne__", "__ne__"},
	CmpLt: {"<", "__lt__", "__gt__"},
	CmpLe: {"<=", "__le__", "__ge__"},
	CmpGt: {">", "__gt__", "__lt__"},
	CmpGe: {">=", "__ge__", "__le__"},
}

// reflect returns the operator with swapped operands (a < b == b > a).
func (op CompareOp) reflect() CompareOp {
	switch op {
	case CmpLt:
		return CmpGt
	case CmpLe:
		return CmpGe
	case CmpGt:
		return CmpLt
	case CmpGe:
		return CmpLe
	}
	return op
}

func cmpResult(op CompareOp, c int) bool {
	switch op {
	case CmpEq:
		return c == 0
	case CmpNe:
		return c != 0
	case CmpLt:
		return c < 0
	case CmpLe:
		return c <= 0
	case CmpGt:
		return c > 0
	}
	return c >= 0
}

// Compare computes a rich comparison; user methods may return any value.
func Compare(op CompareOp, a, b Value) (Value, error) {
	if r, ok, err := builtinCompare(op, a, b); ok || err != nil {
		return Bool(r), err
	}
	ta, tb := a.Type(), b.Type()
	names := compareOps[op]
	rev := tb.Lookup(names.reflected)
	if rev != nil && ta != tb && tb.IsSubtype(ta) {
		r, err := CallMethod(rev, b, []Value{a}, nil)
		if err != nil || r != NotImplemented {
			return r, err
		}
		rev = nil
	}
	if fwd := ta.Lookup(names.dunder); fwd != nil {
		r, err := CallMethod(fwd, a, []Value{b}, nil)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if rev != nil {
		r, err := CallMethod(rev, b, []Value{a}, nil)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	switch op {
	case CmpEq:
		return Bool(Is(a, b)), nil
	case CmpNe:
		if ta.Lookup("__eq__") != nil && ta.user {
			r, err := Compare(CmpEq, a, b)
			if err != nil {
				return nil, err
			}
			t, err := Truth(r)
			return Bool(!t), err
		}
		return Bool(!Is(a, b)), nil
	}
	return nil, NewErrorf(TypeErrorType, "'%s' not supported between instances of '%s' and '%s'", names.symbol, ta.Name, tb.Name)
}

// CompareBool is Compare followed by Truth.
func CompareBool(op CompareOp, a, b Value) (bool, error) {
	if r, ok, err := builtinCompare(op, a, b); ok || err != nil {
		return r, err
	}
	r, err := Compare(op, a, b)
	if err != nil {
		return false, err
	}
	return Truth(r)
}

// Equal reports a == b.
func Equal(a, b Value) (bool, error) {
	if _, isFloat := a.(Float); !isFloat && Is(a, b) {
		return true, nil
	}
	return CompareBool(CmpEq, a, b)
}

// builtinCompare compares builtin values; ok is false when the operands are
// not both builtin comparable types.
func builtinCompare(op CompareOp, a, b Value) (result, ok bool, err error) {
	if subclassHook(a, compareOps[op].dunder) != nil || subclassHook(b, compareOps[op].reflected) != nil {
		return false, false, nil // the subclass's own method decides
	}
	return builtinCompareCore(op, a, b)
}

// builtinCompareCore is the builtin types' own comparisons.
func builtinCompareCore(op CompareOp, a, b Value) (result, ok bool, err error) {
	switch x := a.(type) {
	case Int:
		if y, isInt := b.(Int); isInt {
			return cmpResult(op, cmp.Compare(x, y)), true, nil
		}
	case Str:
		if y, isStr := b.(Str); isStr {
			return cmpResult(op, cmp.Compare(x, y)), true, nil
		}
	}
	if isNumber(a) && isNumber(b) {
		if isIntLike(a) && isIntLike(b) {
			return cmpResult(op, intCompare(a, b)), true, nil
		}
		return floatCompare(op, a, b), true, nil
	}
	switch x := a.(type) {
	case NoneType:
		if _, isNone := b.(NoneType); isNone && (op == CmpEq || op == CmpNe) {
			return op == CmpEq, true, nil
		}
	case Tuple:
		if y, isTuple := b.(Tuple); isTuple {
			r, err := seqCompare(op, x, y)
			return r, true, err
		}
	case *List:
		if y, isList := b.(*List); isList {
			r, err := seqCompare(op, x.Elems, y.Elems)
			return r, true, err
		}
	case *Dict:
		if y, isDict := b.(*Dict); isDict && (op == CmpEq || op == CmpNe) {
			r, err := dictEqual(x, y)
			return r == (op == CmpEq), true, err
		}
	case *Set:
		if y, isSet := b.(*Set); isSet {
			r, err := setCompare(op, x, y)
			return r, true, err
		}
	}
	if op == CmpEq || op == CmpNe {
		if ta, tb := a.Type(), b.Type(); !ta.user && !tb.user && ta != tb && !ownsEq(ta) && !ownsEq(tb) {
			// Different builtin types are unequal unless numbers (above)
			// or one of them defines equality (dict views, range).
			return op == CmpNe, true, nil
		}
	}
	return false, false, nil
}

// ownsEq reports whether the builtin type t defines __eq__ itself.
func ownsEq(t *Type) bool {
	_, ok := t.Dict.GetStr("__eq__")
	return ok
}

func floatCompare(op CompareOp, a, b Value) bool {
	x, errx := toFloat(a)
	y, erry := toFloat(b)
	if errx != nil || erry != nil {
		// A huge int against a float: compare exactly through big numbers.
		bx, _ := AsBig(a)
		by, _ := AsBig(b)
		if bx == nil {
			return cmpResult(op, -by.Sign())
		}
		return cmpResult(op, bx.Sign())
	}
	if math.IsNaN(x) || math.IsNaN(y) {
		return op == CmpNe
	}
	c := 0
	if x < y {
		c = -1
	} else if x > y {
		c = 1
	}
	return cmpResult(op, c)
}

// seqCompare compares two sequences lexicographically.
func seqCompare(op CompareOp, x, y []Value) (bool, error) {
	if (op == CmpEq || op == CmpNe) && len(x) != len(y) {
		return op == CmpNe, nil
	}
	for i := 0; i < len(x) && i < len(y); i++ {
		eq, err := Equal(x[i], y[i])
		if err != nil {
			return false, err
		}
		if !eq {
			if op == CmpEq {
				return false, nil
			}
			if op == CmpNe {
				return true, nil
			}
			return CompareBool(op, x[i], y[i])
		}
	}
	return cmpResult(op, len(x)-len(y)), nil
}

func dictEqual(x, y *Dict) (bool, error) {
	if x.Len() != y.Len() {
		return false, nil
	}
	for _, it := range x.Items() {
		v, ok, err := y.Get(it[0])
		if err != nil || !ok {
			return false, err
		}
		eq, err := Equal(it[1], v)
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

// Is reports whether a and b are the same object (Python's `is`).
func Is(a, b Value) bool {
	switch x := a.(type) {
	case Tuple:
		y, ok := b.(Tuple)
		return ok && len(x) == len(y) && (len(x) == 0 || &x[0] == &y[0])
	case Float:
		// Floats are values here: the same bits stand for the same object
		// (so that `nan is nan` holds).
		y, ok := b.(Float)
		return ok && math.Float64bits(float64(x)) == math.Float64bits(float64(y))
	case Int, Str, Bool, NoneType, NotImplementedType, EllipsisType:
		return a == b
	}
	switch b.(type) {
	case Tuple, Int, Float, Str, Bool, NoneType, NotImplementedType, EllipsisType:
		return false
	}
	return a == b
}

// Id returns a number identifying v while it lives (Python's id()).
func Id(v Value) int64 {
	type iface struct{ typ, data unsafe.Pointer }
	switch x := v.(type) {
	case Int:
		return int64(x)*2 + 1 // odd: never an address
	case Tuple:
		if len(x) > 0 {
			return int64(uintptr(unsafe.Pointer(&x[0])))
		}
	}
	return int64(uintptr((*iface)(unsafe.Pointer(&v)).data))
}

var strSeed = maphash.MakeSeed()

// Hash returns Python's hash(v), or TypeError for unhashable values.
func Hash(v Value) (int64, error) {
	switch x := v.(type) {
	case Int:
		return hashInt(int64(x)), nil
	case Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case Str:
		h := int64(maphash.String(strSeed, string(x)) >> 1)
		if h == -1 {
			h = -2
		}
		return h, nil
	case Float:
		f := float64(x)
		if f == math.Trunc(f) && math.Abs(f) < 9e18 {
			return hashInt(int64(f)), nil
		}
		return int64(math.Float64bits(f) >> 1), nil
	case *BigInt:
		return hashBig(x.v), nil
	case NoneType:
		return 0xFCA86420, nil
	case Tuple:
		var acc uint64 = 0x27D4EB2F165667C5
		for _, e := range x {
			h, err := Hash(e)
			if err != nil {
				return 0, err
			}
			acc += uint64(h) * 0xC2B2AE3D27D4EB4F
			acc = (acc << 31) | (acc >> 33)
			acc *= 0x9E3779B185EBCA87
		}
		acc += uint64(len(x)) ^ (0x27D4EB2F165667C5 ^ 3527539)
		h := int64(acc >> 1)
		if h == -1 {
			h = -2
		}
		return h, nil
	case *List, *Dict:
		return 0, NewErrorf(TypeErrorType, "unhashable type: '%s'", TypeName(v))
	}
	t := v.Type()
	if t.user {
		m := t.Lookup("__hash__")
		if m == None {
			return 0, NewErrorf(TypeErrorType, "unhashable type: '%s'", t.Name)
		}
		if m != nil {
			r, err := CallMethod(m, v, nil, nil)
			if err != nil {
				return 0, err
			}
			if !isIntLike(r) {
				return 0, NewError(TypeErrorType, "__hash__ method should return an integer")
			}
			// A result that fits in a machine word is the hash itself
			// (-1 is reserved); a bigger one is hashed as an int.
			if n, ok := smallInt(r); ok {
				if n == -1 {
					n = -2
				}
				return n, nil
			}
			return Hash(r)
		}
	}
	if h, ok := v.(interface{ Hash() (int64, error) }); ok {
		return h.Hash()
	}
	return Id(v) >> 4, nil
}

// hashInt is CPython's hash of a machine-sized int (modulo 2**61-1).
func hashInt(n int64) int64 {
	const mod = (1 << 61) - 1
	neg := n < 0
	u := uint64(n)
	if neg {
		u = uint64(-n)
	}
	h := int64(u % mod)
	if neg {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

// hashBig is CPython's hash of a big int (modulo 2**61-1, sign kept).
func hashBig(x *big.Int) int64 {
	mod := big.NewInt((1 << 61) - 1)
	m := new(big.Int).Abs(x)
	m.Mod(m, mod)
	h := m.Int64()
	if x.Sign() < 0 {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}
