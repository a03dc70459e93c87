package runtime

import (
	"math"
	"math/big"
	"unicode"
	"unicode/utf8"

	"pyasync/runtime/strfmt"
)

// The numeric builtins: abs, round, divmod, pow, sum, bin/oct/hex, chr, ord.

// absValue is abs(v).
func absValue(v Value) (Value, error) {
	switch x := v.(type) {
	case Int, *BigInt, Bool:
		if n, ok := smallInt(x); ok && n != math.MinInt64 {
			return Int(abs64(n)), nil
		}
		b, _ := AsBig(x)
		return MakeBigInt(b.Abs(b)), nil
	case Float:
		return Float(math.Abs(float64(x))), nil
	}
	if r, found, err := CallDunder(v, "__abs__"); found {
		return r, err
	}
	return nil, NewErrorf(TypeErrorType, "bad operand type for abs(): '%s'", TypeName(v))
}

// builtinRound is round(number, ndigits=None): ints and floats round half
// to even; other objects round through their class's __round__.
func builtinRound(args []Value, kwnames []string) (Value, error) {
	a, err := Args("round", args, kwnames, 1, "number", "ndigits")
	if err != nil {
		return nil, err
	}
	number, ndigits := a[0], a[1]
	if ndigits == None {
		ndigits = nil
	}
	switch x := number.(type) {
	case Float:
		return roundFloat(float64(x), ndigits)
	case Int, *BigInt, Bool:
		return roundInt(x, ndigits)
	}
	m := number.Type().Lookup("__round__")
	if m == nil {
		return nil, NewErrorf(TypeErrorType, "type %s doesn't define __round__ method", TypeName(number))
	}
	if ndigits == nil {
		return CallMethod(m, number, nil, nil)
	}
	return CallMethod(m, number, []Value{ndigits}, nil)
}

// roundFloat is float.__round__: an int without ndigits, else a float.
func roundFloat(f float64, ndigits Value) (Value, error) {
	if ndigits == nil {
		return FloatToInt(strfmt.RoundHalfEven(f))
	}
	n, err := clampedIndex(ndigits)
	if err != nil {
		return nil, err
	}
	r, err := strfmt.RoundFloat(f, n)
	if err != nil {
		return nil, strfmtError(err)
	}
	return Float(r), nil
}

// roundInt is int.__round__: a negative ndigits rounds to a multiple of
// 10**-ndigits, halfway cases to the even multiple.
func roundInt(x, ndigits Value) (Value, error) {
	n, err := IndexOf(x)
	if err != nil || ndigits == nil {
		return n, err
	}
	d, err := clampedIndex(ndigits)
	if err != nil || d >= 0 {
		return n, err
	}
	b, _ := AsBig(n)
	return MakeBigInt(roundToPowerOfTen(b, -d)), nil
}

// roundToPowerOfTen rounds x to the nearest multiple of 10**k (k > 0),
// halfway cases to the even multiple.
func roundToPowerOfTen(x *big.Int, k int) *big.Int {
	if k > x.BitLen() {
		// |x| < 2**(k-1) < 10**k / 2: the nearest multiple is 0.
		return new(big.Int)
	}
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(k)), nil)
	q, r := new(big.Int).DivMod(x, p, new(big.Int))
	if c := r.Lsh(r, 1).Cmp(p); c > 0 || c == 0 && q.Bit(0) == 1 {
		q.Add(q, big.NewInt(1))
	}
	return q.Mul(q, p)
}

// clampedIndex converts v to a Go int through __index__, clamping values
// beyond the int range (CPython's PyNumber_AsSsize_t(v, NULL)).
func clampedIndex(v Value) (int, error) {
	n, err := IndexOf(v)
	if err != nil {
		return 0, err
	}
	if b, ok := n.(*BigInt); ok {
		if b.v.Sign() < 0 {
			return math.MinInt, nil
		}
		return math.MaxInt, nil
	}
	return int(n.(Int)), nil
}

// divmod is divmod(a, b): the floor quotient and the remainder of numbers,
// else a.__divmod__(b) or b.__rdivmod__(a).
func divmod(a, b Value) (Value, error) {
	if isNumber(a) && isNumber(b) {
		return numberDivmod(a, b)
	}
	r, err := binaryDunders(a, b, "__divmod__", "__rdivmod__")
	if err != nil || r != NotImplemented {
		return r, err
	}
	return nil, NewErrorf(TypeErrorType, "unsupported operand type(s) for divmod(): '%s' and '%s'", TypeName(a), TypeName(b))
}

// numberDivmod is divmod of two ints, or of numbers one of which is a
// float.
func numberDivmod(a, b Value) (Value, error) {
	arith := intArith
	if !isIntLike(a) || !isIntLike(b) {
		x, err := toFloat(a)
		if err != nil {
			return nil, err
		}
		y, err := toFloat(b)
		if err != nil {
			return nil, err
		}
		if y == 0 {
			return nil, NewError(ZeroDivisionErrorType, "float divmod()")
		}
		a, b, arith = Float(x), Float(y), floatArith
	}
	q, err := arith(OpFloorDiv, a, b)
	if err != nil {
		return nil, err
	}
	m, err := arith(OpMod, a, b)
	if err != nil {
		return nil, err
	}
	return Tuple{q, m}, nil
}

// builtinPow is pow(base, exp, mod=None).
func builtinPow(args []Value, kwnames []string) (Value, error) {
	a, err := Args("pow", args, kwnames, 2, "base", "exp", "mod")
	if err != nil {
		return nil, err
	}
	base, exp, mod := a[0], a[1], a[2]
	if mod == nil || mod == None {
		return Binary(OpPow, base, exp)
	}
	return ternaryPow(base, exp, mod)
}

// ternaryPow is pow(base, exp, mod) for a mod other than None: modular
// exponentiation of ints, else base.__pow__(exp, mod) (three-argument pow
// never tries __rpow__).
func ternaryPow(base, exp, mod Value) (Value, error) {
	if base.Type().IsUser() {
		if m := base.Type().Lookup("__pow__"); m != nil {
			r, err := CallMethod(m, base, []Value{exp, mod}, nil)
			if err != nil || r != NotImplemented {
				return r, err
			}
		}
	}
	switch {
	case isIntLike(base) && isIntLike(exp) && isIntLike(mod):
		return modPow(base, exp, mod)
	case isNumber(base) && isNumber(exp) && (isNumber(mod) || !isIntLike(base) || !isIntLike(exp)):
		// float's __pow__ takes the operands but refuses any modulus.
		return nil, NewError(TypeErrorType, "pow() 3rd argument not allowed unless all arguments are integers")
	}
	return nil, NewErrorf(TypeErrorType, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", TypeName(base), TypeName(exp), TypeName(mod))
}

// modPow computes base**exp % mod for ints; a negative exp uses the
// modular inverse of base, and the result has the sign of mod.
func modPow(base, exp, mod Value) (Value, error) {
	b, _ := AsBig(base)
	e, _ := AsBig(exp)
	m, _ := AsBig(mod)
	if m.Sign() == 0 {
		return nil, NewError(ValueErrorType, "pow() 3rd argument cannot be 0")
	}
	negative := m.Sign() < 0
	m.Abs(m)
	if m.Cmp(big.NewInt(1)) == 0 {
		return Int(0), nil
	}
	b.Mod(b, m)
	if e.Sign() < 0 {
		if b.ModInverse(b, m) == nil {
			return nil, NewError(ValueErrorType, "base is not invertible for the given modulus")
		}
		e.Neg(e)
	}
	r := new(big.Int).Exp(b, e, m)
	if negative && r.Sign() != 0 {
		r.Sub(r, m)
	}
	return MakeBigInt(r), nil
}

// builtinSum is sum(iterable, /, start=0).
func builtinSum(args []Value, kwnames []string) (Value, error) {
	if len(args) == len(kwnames) {
		return nil, NewError(TypeErrorType, "sum() takes at least 1 positional argument (0 given)")
	}
	a, err := Args("sum", args, kwnames, 1, "", "start")
	if err != nil {
		return nil, err
	}
	it, err := Iter(a[0])
	if err != nil {
		return nil, err
	}
	total := a[1]
	if total == nil {
		total = Int(0)
	} else if _, ok := total.(Str); ok {
		return nil, NewError(TypeErrorType, "sum() can't sum strings [use ''.join(seq) instead]")
	}
	for {
		item, ok, err := it.Next()
		if err != nil || !ok {
			return total, err
		}
		if total, err = Binary(OpAdd, total, item); err != nil {
			return nil, err
		}
	}
}

// intInBase is bin, oct and hex: the int (through __index__) in base,
// with prefix after the sign.
func intInBase(v Value, base int, prefix string) (Value, error) {
	n, err := IndexOf(v)
	if err != nil {
		return nil, err
	}
	b, _ := AsBig(n)
	digits := b.Text(base)
	if b.Sign() < 0 {
		return Str("-" + prefix + digits[1:]), nil
	}
	return Str(prefix + digits), nil
}

// builtinChr is chr(i).
func builtinChr(v Value) (Value, error) {
	n, err := IndexOf(v)
	if err != nil {
		return nil, err
	}
	i, ok := n.(Int)
	if !ok || i < math.MinInt32 || i > math.MaxInt32 {
		return nil, NewError(OverflowErrorType, "Python int too large to convert to C int")
	}
	if i < 0 || i > unicode.MaxRune {
		return nil, NewError(ValueErrorType, "chr() arg not in range(0x110000)")
	}
	return Str(string(rune(i))), nil
}

// builtinOrd is ord(c).
func builtinOrd(v Value) (Value, error) {
	s, ok := v.(Str)
	if !ok {
		return nil, NewErrorf(TypeErrorType, "ord() expected string of length 1, but %s found", TypeName(v))
	}
	r, size := utf8.DecodeRuneInString(string(s))
	if size == 0 || size != len(s) {
		return nil, NewErrorf(TypeErrorType, "ord() expected a character, but string of length %d found", utf8.RuneCountInString(string(s)))
	}
	return Int(r), nil
}
