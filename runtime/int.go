package runtime

import (
	"math"
	"math/big"
	"math/bits"
)

// smallPow computes x**y for y >= 0 when the result fits in an int64.
func smallPow(x, y int64) (int64, bool) {
	if y < 0 {
		return 0, false
	}
	r := int64(1)
	for y > 0 {
		if y&1 == 1 {
			hi, lo := bits.Mul64(uint64(abs64(r)), uint64(abs64(x)))
			if hi != 0 || lo > math.MaxInt64 {
				return 0, false
			}
			r *= x
		}
		y >>= 1
		if y > 0 {
			hi, lo := bits.Mul64(uint64(abs64(x)), uint64(abs64(x)))
			if hi != 0 || lo > math.MaxInt64 {
				return 0, false
			}
			x *= x
		}
	}
	return r, true
}

func abs64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

// Int is a Python int that fits in an int64: the fast path.
type Int int64

// Type implements Value.
func (Int) Type() *Type { return IntType }

// BigInt is a Python int outside the int64 range.
// Invariant: its value never fits in an int64 (see MakeBigInt).
type BigInt struct {
	v *big.Int
}

// Type implements Value.
func (*BigInt) Type() *Type { return IntType }

// Big returns the value as a new *big.Int the caller may modify.
func (b *BigInt) Big() *big.Int { return new(big.Int).Set(b.v) }

// MakeBigInt returns x as an Int when it fits, else as a *BigInt.
// x must not be modified afterwards.
func MakeBigInt(x *big.Int) Value {
	if x.IsInt64() {
		return Int(x.Int64())
	}
	return &BigInt{x}
}

// AsBig converts an int-like value (Int, *BigInt, Bool) to a new *big.Int.
func AsBig(v Value) (*big.Int, bool) {
	switch v := v.(type) {
	case Int:
		return big.NewInt(int64(v)), true
	case *BigInt:
		return v.Big(), true
	case Bool:
		if v {
			return big.NewInt(1), true
		}
		return big.NewInt(0), true
	}
	return nil, false
}

// isIntLike reports whether v is an int or bool.
func isIntLike(v Value) bool {
	switch v.(type) {
	case Int, *BigInt, Bool:
		return true
	}
	return false
}

// smallInt returns v as int64 when v is an Int or Bool.
func smallInt(v Value) (int64, bool) {
	switch v := v.(type) {
	case Int:
		return int64(v), true
	case Bool:
		if v {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

// intArith computes an integer binary operation, or returns nil when op does
// not apply to two ints (true division goes through float).
func intArith(op BinaryOp, a, b Value) (Value, error) {
	x, xok := smallInt(a)
	y, yok := smallInt(b)
	if xok && yok {
		switch op {
		case OpAdd:
			r := x + y
			if (x >= 0) == (y >= 0) && (r >= 0) != (x >= 0) {
				break
			}
			return Int(r), nil
		case OpSub:
			r := x - y
			if (x >= 0) != (y >= 0) && (r >= 0) != (x >= 0) {
				break
			}
			return Int(r), nil
		case OpMul:
			if x == 0 || y == 0 {
				return Int(0), nil
			}
			r := x * y
			if r/y == x && !(x == -1 && y == math.MinInt64) && !(y == -1 && x == math.MinInt64) {
				return Int(r), nil
			}
		case OpFloorDiv, OpMod:
			if y == 0 {
				return nil, intZeroDivision(op)
			}
			if x == math.MinInt64 && y == -1 {
				break
			}
			q, m := x/y, x%y
			if m != 0 && (m < 0) != (y < 0) {
				q--
				m += y
			}
			if op == OpFloorDiv {
				return Int(q), nil
			}
			return Int(m), nil
		case OpAnd:
			return Int(x & y), nil
		case OpOr:
			return Int(x | y), nil
		case OpXor:
			return Int(x ^ y), nil
		case OpLShift:
			if y < 0 {
				return nil, NewError(ValueErrorType, "negative shift count")
			}
			if y < 63 && x == (x<<y)>>y {
				return Int(x << y), nil
			}
		case OpPow:
			if r, ok := smallPow(x, y); ok {
				return Int(r), nil
			}
		case OpRShift:
			if y < 0 {
				return nil, NewError(ValueErrorType, "negative shift count")
			}
			if y > 63 {
				y = 63
			}
			return Int(x >> y), nil
		}
	}
	return bigArith(op, a, b)
}

func bigArith(op BinaryOp, a, b Value) (Value, error) {
	x, _ := AsBig(a)
	y, _ := AsBig(b)
	r := new(big.Int)
	switch op {
	case OpAdd:
		r.Add(x, y)
	case OpSub:
		r.Sub(x, y)
	case OpMul:
		r.Mul(x, y)
	case OpFloorDiv, OpMod:
		if y.Sign() == 0 {
			return nil, intZeroDivision(op)
		}
		q, m := new(big.Int).QuoRem(x, y, new(big.Int))
		if m.Sign() != 0 && (m.Sign() < 0) != (y.Sign() < 0) {
			q.Sub(q, big.NewInt(1))
			m.Add(m, y)
		}
		if op == OpFloorDiv {
			return MakeBigInt(q), nil
		}
		return MakeBigInt(m), nil
	case OpAnd:
		r.And(x, y)
	case OpOr:
		r.Or(x, y)
	case OpXor:
		r.Xor(x, y)
	case OpLShift, OpRShift:
		if y.Sign() < 0 {
			return nil, NewError(ValueErrorType, "negative shift count")
		}
		if !y.IsInt64() || y.Int64() > 1<<31 {
			if op == OpRShift {
				if x.Sign() < 0 {
					return Int(-1), nil
				}
				return Int(0), nil
			}
			return nil, NewError(OverflowErrorType, "too many digits in integer")
		}
		if op == OpLShift {
			r.Lsh(x, uint(y.Int64()))
		} else {
			r.Rsh(x, uint(y.Int64()))
		}
	case OpPow:
		return intPow(x, y)
	default:
		return nil, nil
	}
	return MakeBigInt(r), nil
}

// intPow computes x**y; a negative exponent gives a float.
func intPow(x, y *big.Int) (Value, error) {
	if y.Sign() < 0 {
		fx, _ := new(big.Float).SetInt(x).Float64()
		fy, _ := new(big.Float).SetInt(y).Float64()
		if fx == 0 {
			return nil, NewError(ZeroDivisionErrorType, "0.0 cannot be raised to a negative power")
		}
		return Float(math.Pow(fx, fy)), nil
	}
	return MakeBigInt(new(big.Int).Exp(x, y, nil)), nil
}

// intZeroDivision is the ZeroDivisionError of `//` or `%` by an int zero.
func intZeroDivision(op BinaryOp) error {
	if op == OpMod {
		return NewError(ZeroDivisionErrorType, "integer modulo by zero")
	}
	return NewError(ZeroDivisionErrorType, "integer division or modulo by zero")
}

// intToFloat converts an int-like value to float64, with Python's
// OverflowError for huge ints.
func intToFloat(v Value) (float64, error) {
	if n, ok := smallInt(v); ok {
		return float64(n), nil
	}
	b, _ := AsBig(v)
	f, _ := new(big.Float).SetInt(b).Float64()
	if math.IsInf(f, 0) {
		return 0, NewError(OverflowErrorType, "int too large to convert to float")
	}
	return f, nil
}

// intCompare compares two int-like values: -1, 0 or +1.
func intCompare(a, b Value) int {
	x, xok := smallInt(a)
	y, yok := smallInt(b)
	if xok && yok {
		switch {
		case x < y:
			return -1
		case x > y:
			return 1
		}
		return 0
	}
	bx, _ := AsBig(a)
	by, _ := AsBig(b)
	return bx.Cmp(by)
}
