package runtime

import (
	"math"
	"strings"
)

// BinaryOp is a binary operator, numbered like ast.Operator.
type BinaryOp int

// Binary operators.
const (
	OpAdd BinaryOp = iota
	OpSub
	OpMul
	OpMatMul
	OpDiv
	OpMod
	OpPow
	OpLShift
	OpRShift
	OpOr
	OpXor
	OpAnd
	OpFloorDiv
)

var binaryOps = [...]struct{ symbol, dunder, rdunder, idunder string }{
	OpAdd:      {"+", "__add__", "__radd__", "__iadd__"},
	OpSub:      {"-", "__sub__", "__rsub__", "__isub__"},
	OpMul:      {"*", "__mul__", "__rmul__", "__imul__"},
	OpMatMul:   {"@", "__matmul__", "__rmatmul__", "__imatmul__"},
	OpDiv:      {"/", "__truediv__", "__rtruediv__", "__itruediv__"},
	OpMod:      {"%", "__mod__", "__rmod__", "__imod__"},
	OpPow:      {"**", "__pow__", "__rpow__", "__ipow__"},
	OpLShift:   {"<<", "__lshift__", "__rlshift__", "__ilshift__"},
	OpRShift:   {">>", "__rshift__", "__rrshift__", "__irshift__"},
	OpOr:       {"|", "__or__", "__ror__", "__ior__"},
	OpXor:      {"^", "__xor__", "__rxor__", "__ixor__"},
	OpAnd:      {"&", "__and__", "__rand__", "__iand__"},
	OpFloorDiv: {"//", "__floordiv__", "__rfloordiv__", "__ifloordiv__"},
}

// Symbol returns the operator as written in Python.
func (op BinaryOp) Symbol() string { return binaryOps[op].symbol }

// Binary computes `a op b`.
func Binary(op BinaryOp, a, b Value) (Value, error) {
	r, err := builtinBinary(op, a, b)
	if r != nil || err != nil {
		return r, err
	}
	return dunderBinary(op, a, b, binaryOps[op].symbol)
}

// InPlace computes `a op= b`: __iop__ when a's class has it (lists, sets
// and user classes), else Binary.
func InPlace(op BinaryOp, a, b Value) (Value, error) {
	switch x := a.(type) {
	case *List:
		switch op {
		case OpAdd:
			items, err := ToSlice(b)
			if err != nil {
				return nil, err
			}
			x.Elems = append(x.Elems, items...)
			return x, nil
		case OpMul:
			if n, ok := smallInt(b); ok {
				x.Elems = repeat(x.Elems, n)
				return x, nil
			}
		}
	case *Set:
		if r, err := setInPlace(op, x, b); r != nil || err != nil {
			return r, err
		}
	case *Dict:
		if op == OpOr {
			if err := dictUpdate(x, b); err != nil {
				return nil, err
			}
			return x, nil
		}
	}
	if m := a.Type().Lookup(binaryOps[op].idunder); m != nil {
		r, err := CallMethod(m, a, []Value{b}, nil)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	r, err := builtinBinary(op, a, b)
	if r != nil || err != nil {
		return r, err
	}
	return dunderBinary(op, a, b, binaryOps[op].symbol+"=")
}

// builtinBinary handles the operators of builtin types; nil, nil means
// "not handled".
func builtinBinary(op BinaryOp, a, b Value) (Value, error) {
	if subclassHook(a, binaryOps[op].dunder) != nil || subclassHook(b, binaryOps[op].rdunder) != nil {
		return nil, nil // the subclass's own method decides (dunderBinary)
	}
	return builtinBinaryCore(op, a, b)
}

// builtinBinaryCore is the builtin types' own operators (what int.__add__
// and the like compute), whatever subclass the operands belong to.
func builtinBinaryCore(op BinaryOp, a, b Value) (Value, error) {
	if x, ok := a.(Bool); ok {
		if y, ok := b.(Bool); ok {
			switch op {
			case OpAnd:
				return x && y, nil
			case OpOr:
				return x || y, nil
			case OpXor:
				return Bool(x != y), nil
			}
		}
	}
	if isIntLike(a) && isIntLike(b) {
		if op == OpDiv {
			return floatArith(op, a, b)
		}
		if op == OpMatMul {
			return nil, nil
		}
		return intArith(op, a, b)
	}
	if isNumber(a) && isNumber(b) {
		return floatArith(op, a, b)
	}
	switch x := a.(type) {
	case Str:
		switch op {
		case OpAdd:
			if y, ok := b.(Str); ok {
				return x + y, nil
			}
			if _, ok := b.(*Instance); !ok {
				return nil, NewErrorf(TypeErrorType, "can only concatenate str (not \"%s\") to str", TypeName(b))
			}
		case OpMul:
			if n, ok := smallInt(b); ok {
				if n <= 0 {
					return Str(""), nil
				}
				return Str(strings.Repeat(string(x), int(n))), nil
			}
		case OpMod:
			return PercentFormat(x, b)
		}
	case *List:
		switch op {
		case OpAdd:
			if y, ok := b.(*List); ok {
				out := make([]Value, 0, len(x.Elems)+len(y.Elems))
				return NewList(append(append(out, x.Elems...), y.Elems...)), nil
			}
			if _, ok := b.(*Instance); !ok {
				return nil, NewErrorf(TypeErrorType, "can only concatenate list (not \"%s\") to list", TypeName(b))
			}
		case OpMul:
			if n, ok := smallInt(b); ok {
				return NewList(repeat(x.Elems, n)), nil
			}
		}
	case Tuple:
		switch op {
		case OpAdd:
			if y, ok := b.(Tuple); ok {
				out := make(Tuple, 0, len(x)+len(y))
				return append(append(out, x...), y...), nil
			}
			if _, ok := b.(*Instance); !ok {
				return nil, NewErrorf(TypeErrorType, "can only concatenate tuple (not \"%s\") to tuple", TypeName(b))
			}
		case OpMul:
			if n, ok := smallInt(b); ok {
				return Tuple(repeat(x, n)), nil
			}
		}
	case *Set:
		return setBinary(op, x, b)
	case *Dict:
		if y, ok := b.(*Dict); ok && op == OpOr {
			c := x.Copy()
			if err := dictUpdate(c, y); err != nil {
				return nil, err
			}
			return c, nil
		}
	}
	if op == OpMul && isIntLike(a) {
		switch b.(type) {
		case Str, *List, Tuple:
			return builtinBinary(op, b, a)
		}
	}
	return nil, nil
}

func repeat(elems []Value, n int64) []Value {
	if n <= 0 {
		return nil
	}
	out := make([]Value, 0, len(elems)*int(n))
	for i := int64(0); i < n; i++ {
		out = append(out, elems...)
	}
	return out
}

func isNumber(v Value) bool {
	switch v.(type) {
	case Int, *BigInt, Bool, Float:
		return true
	}
	return false
}

// toFloat converts a number to float64.
func toFloat(v Value) (float64, error) {
	if f, ok := v.(Float); ok {
		return float64(f), nil
	}
	return intToFloat(v)
}

func floatArith(op BinaryOp, a, b Value) (Value, error) {
	x, err := toFloat(a)
	if err != nil {
		return nil, err
	}
	y, err := toFloat(b)
	if err != nil {
		return nil, err
	}
	switch op {
	case OpAdd:
		return Float(x + y), nil
	case OpSub:
		return Float(x - y), nil
	case OpMul:
		return Float(x * y), nil
	case OpDiv:
		if y == 0 {
			if isIntLike(a) && isIntLike(b) {
				return nil, NewError(ZeroDivisionErrorType, "division by zero")
			}
			return nil, NewError(ZeroDivisionErrorType, "float division by zero")
		}
		return Float(x / y), nil
	case OpFloorDiv, OpMod:
		if y == 0 {
			if op == OpMod {
				return nil, NewError(ZeroDivisionErrorType, "float modulo")
			}
			return nil, NewError(ZeroDivisionErrorType, "float floor division by zero")
		}
		m := math.Mod(x, y)
		div := (x - m) / y
		if m != 0 {
			if (y < 0) != (m < 0) {
				m += y
				div -= 1
			}
		} else {
			m = math.Copysign(0, y)
		}
		if op == OpMod {
			return Float(m), nil
		}
		floordiv := math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv++
		}
		if div == 0 {
			floordiv = math.Copysign(0, x/y)
		}
		return Float(floordiv), nil
	case OpPow:
		if x == 0 && y < 0 {
			return nil, NewError(ZeroDivisionErrorType, "0.0 cannot be raised to a negative power")
		}
		if x < 0 && y != math.Trunc(y) {
			return nil, NewError(ValueErrorType, "math domain error") // complex results are out of scope
		}
		r := floatPow(x, y)
		if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsInf(y, 0) {
			return nil, NewErrorf(OverflowErrorType, "(34, 'Numerical result out of range')")
		}
		return Float(r), nil
	}
	return nil, nil
}

// dunderBinary dispatches a binary operator to user-defined special methods
// and reports the TypeError when none handles the operands.
func dunderBinary(op BinaryOp, a, b Value, symbol string) (Value, error) {
	names := binaryOps[op]
	r, err := binaryDunders(a, b, names.dunder, names.rdunder)
	if err != nil || r != NotImplemented {
		return r, err
	}
	ta, tb := a.Type(), b.Type()
	if op == OpMul {
		switch a.(type) {
		case Str, *List, Tuple:
			return nil, NewErrorf(TypeErrorType, "can't multiply sequence by non-int of type '%s'", TypeName(b))
		}
		switch b.(type) {
		case Str, *List, Tuple:
			return nil, NewErrorf(TypeErrorType, "can't multiply sequence by non-int of type '%s'", TypeName(a))
		}
	}
	if op == OpPow {
		return nil, NewErrorf(TypeErrorType, "unsupported operand type(s) for ** or pow(): '%s' and '%s'", ta.Name, tb.Name)
	}
	if op == OpAdd {
		switch a.(type) {
		case Str, *List, Tuple:
			return nil, NewErrorf(TypeErrorType, "can only concatenate %s (not \"%s\") to %s", ta.Name, tb.Name, ta.Name)
		}
	}
	return nil, NewErrorf(TypeErrorType, "unsupported operand type(s) for %s: '%s' and '%s'", symbol, ta.Name, tb.Name)
}

// binaryDunders calls a.dunder(b) and b.rdunder(a) in Python's order: the
// reflected method first when b's class is a proper subclass of a's. It
// returns NotImplemented when neither method exists or both decline.
func binaryDunders(a, b Value, dunder, rdunder string) (Value, error) {
	ta, tb := a.Type(), b.Type()
	fwd := ta.Lookup(dunder)
	var rev Value
	if tb != ta {
		rev = tb.Lookup(rdunder)
	}
	if rev != nil && tb.IsSubtype(ta) {
		r, err := CallMethod(rev, b, []Value{a}, nil)
		if err != nil || r != NotImplemented {
			return r, err
		}
		rev = nil
	}
	if fwd != nil {
		r, err := CallMethod(fwd, a, []Value{b}, nil)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if rev != nil {
		return CallMethod(rev, b, []Value{a}, nil)
	}
	return NotImplemented, nil
}

// Neg computes -v.
func Neg(v Value) (Value, error) {
	switch x := v.(type) {
	case Int:
		if x != math.MinInt64 {
			return -x, nil
		}
	case Bool:
		if x {
			return Int(-1), nil
		}
		return Int(0), nil
	case Float:
		return -x, nil
	}
	if b, ok := v.(*BigInt); ok {
		return MakeBigInt(b.Big().Neg(b.v)), nil
	}
	if x, ok := v.(Int); ok {
		b, _ := AsBig(x)
		return MakeBigInt(b.Neg(b)), nil
	}
	return unaryDunder(v, "__neg__", "-")
}

// Pos computes +v.
func Pos(v Value) (Value, error) {
	switch x := v.(type) {
	case Int, *BigInt, Float:
		return x, nil
	case Bool:
		if x {
			return Int(1), nil
		}
		return Int(0), nil
	}
	return unaryDunder(v, "__pos__", "+")
}

// Invert computes ~v.
func Invert(v Value) (Value, error) {
	if isIntLike(v) {
		return Binary(OpSub, Int(-1), v)
	}
	return unaryDunder(v, "__invert__", "~")
}

func unaryDunder(v Value, dunder, symbol string) (Value, error) {
	if r, found, err := CallDunder(v, dunder); found {
		return r, err
	}
	return nil, NewErrorf(TypeErrorType, "bad operand type for unary %s: '%s'", symbol, TypeName(v))
}

// Truth returns the truth value of v (bool(v)).
func Truth(v Value) (bool, error) {
	if m := subclassHook(v, "__bool__"); m != nil {
		r, err := CallMethod(m, v, nil, nil)
		if err != nil {
			return false, err
		}
		return Truth(r)
	}
	if m := subclassHook(v, "__len__"); m != nil {
		n, err := callLen(m, v)
		return n > 0, err
	}
	switch x := v.(type) {
	case Bool:
		return bool(x), nil
	case NoneType:
		return false, nil
	case Int:
		return x != 0, nil
	case *BigInt:
		return true, nil
	case Float:
		return x != 0, nil
	case Str:
		return x != "", nil
	case *List:
		return len(x.Elems) > 0, nil
	case Tuple:
		return len(x) > 0, nil
	case *Dict:
		return x.Len() > 0, nil
	case *Set:
		return x.Len() > 0, nil
	}
	t := v.Type()
	if !t.user {
		if l, ok := v.(interface{ Len() int }); ok {
			return l.Len() > 0, nil
		}
		return true, nil
	}
	if m := t.Lookup("__bool__"); m != nil {
		r, err := CallMethod(m, v, nil, nil)
		if err != nil {
			return false, err
		}
		b, ok := r.(Bool)
		if !ok {
			return false, NewErrorf(TypeErrorType, "__bool__ should return bool, returned %s", TypeName(r))
		}
		return bool(b), nil
	}
	if m := t.Lookup("__len__"); m != nil {
		n, err := callLen(m, v)
		return n > 0, err
	}
	return true, nil
}

// floatPow is x ** y for floats, correctly rounded as CPython's (glibc's)
// pow is: exact cheap cases directly, the rest through crPow.
func floatPow(x, y float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsNaN(y) || math.IsInf(x, 0) || math.IsInf(y, 0):
		return math.Pow(x, y)
	case y == 1:
		return x
	case y == 2:
		return x * x
	case y == -1:
		return 1 / x
	case y == 0.5 && x >= 0:
		return math.Sqrt(x)
	}
	return crPow(x, y)
}
