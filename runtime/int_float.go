package runtime

import (
	"math"
	"math/big"
	"math/bits"

	"pyasync/runtime/strfmt"
)

// The int, bool and float constructors, methods and attributes.

func init() {
	IntType.New = newInt
	BoolType.New = func(_ *Type, args []Value, kwnames []string) (Value, error) {
		arg, err := optionalArg("bool", args, kwnames)
		if err != nil || arg == nil {
			return False, err
		}
		t, err := Truth(arg)
		return Bool(t), err
	}
	FloatType.New = func(_ *Type, args []Value, kwnames []string) (Value, error) {
		arg, err := optionalArg("float", args, kwnames)
		if err != nil || arg == nil {
			return Float(0), err
		}
		return FloatOf(arg)
	}
	initIntMethods(IntType)
	initFloatMethods(FloatType)
}

// newInt is int(x=0) and int(x, base=10).
func newInt(_ *Type, args []Value, kwnames []string) (Value, error) {
	a, err := Args("int", args, kwnames, 0, "", "base")
	if err != nil {
		return nil, err
	}
	x, base := a[0], a[1]
	if base == nil {
		if x == nil {
			return Int(0), nil
		}
		return IntOf(x)
	}
	if x == nil {
		return nil, NewError(TypeErrorType, "int() missing string argument")
	}
	b, err := asSsize(base)
	if err != nil {
		return nil, err
	}
	s, ok := x.(Str)
	if !ok {
		return nil, NewError(TypeErrorType, "int() can't convert non-string with explicit base")
	}
	return parseInt(s, b)
}

// parseInt converts a str to an int in base b, as int(s, b).
func parseInt(s Str, b int) (Value, error) {
	n, err := strfmt.ParseInt(string(s), b)
	if err != nil {
		return nil, strfmtError(err)
	}
	return MakeBigInt(n), nil
}

// IntOf converts v to an int as int(v) does: a str is parsed in base 10,
// a float truncated, other objects converted through __int__, __index__
// or __trunc__.
func IntOf(v Value) (Value, error) {
	switch x := v.(type) {
	case Int, *BigInt:
		return x, nil
	case Bool:
		return IndexOf(x)
	case Float:
		return FloatToInt(float64(x))
	case Str:
		return parseInt(x, 10)
	}
	if v.Type().user {
		if r, found, err := CallDunder(v, "__int__"); found {
			if err == nil && !isIntLike(r) {
				err = NewErrorf(TypeErrorType, "__int__ returned non-int (type %s)", TypeName(r))
			}
			if err != nil {
				return nil, err
			}
			return IndexOf(r)
		}
		if v.Type().Lookup("__index__") != nil {
			return IndexOf(v)
		}
		if r, found, err := CallDunder(v, "__trunc__"); found {
			if err == nil && !isIntLike(r) {
				err = NewErrorf(TypeErrorType, "__trunc__ returned non-Integral (type %s)", TypeName(r))
			}
			if err != nil {
				return nil, err
			}
			return IndexOf(r)
		}
	}
	return nil, NewErrorf(TypeErrorType, "int() argument must be a string, a bytes-like object or a real number, not '%s'", TypeName(v))
}

// FloatToInt truncates f to an int, failing for infinities and NaN.
func FloatToInt(f float64) (Value, error) {
	switch {
	case math.IsInf(f, 0):
		return nil, NewError(OverflowErrorType, "cannot convert float infinity to integer")
	case math.IsNaN(f):
		return nil, NewError(ValueErrorType, "cannot convert float NaN to integer")
	case math.Abs(f) < 1<<63:
		return Int(int64(f)), nil
	}
	b, _ := big.NewFloat(math.Trunc(f)).Int(nil)
	return MakeBigInt(b), nil
}

// FloatOf converts v to a float as float(v) does: a str is parsed, ints
// converted, other objects converted through __float__ or __index__.
func FloatOf(v Value) (Value, error) {
	switch x := v.(type) {
	case Float:
		return x, nil
	case Int, *BigInt, Bool:
		f, err := intToFloat(x)
		return Float(f), err
	case Str:
		f, err := strfmt.ParseFloat(string(x))
		if err != nil {
			return nil, strfmtError(err)
		}
		return Float(f), nil
	}
	if t := v.Type(); t.user {
		if r, found, err := CallDunder(v, "__float__"); found {
			if err != nil {
				return nil, err
			}
			if _, ok := r.(Float); !ok {
				return nil, NewErrorf(TypeErrorType, "%s.__float__ returned non-float (type %s)", t.Name, TypeName(r))
			}
			return r, nil
		}
		if t.Lookup("__index__") != nil {
			n, err := IndexOf(v)
			if err != nil {
				return nil, err
			}
			return FloatOf(n)
		}
	}
	return nil, NewErrorf(TypeErrorType, "float() argument must be a string or a real number, not '%s'", TypeName(v))
}

// initIntMethods registers the methods and attributes of int (which bool
// inherits).
func initIntMethods(t *Type) {
	asInt := func(self Value) (Value, error) { return IndexOf(self) }
	for _, name := range []string{"__index__", "__int__", "__trunc__", "conjugate"} {
		t.addNoArgs(name, asInt)
	}
	t.addNoArgs("__float__", FloatOf)
	t.addNoArgs("bit_length", func(self Value) (Value, error) {
		if n, ok := smallInt(self); ok {
			return Int(bits.Len64(uint64(abs64(n)))), nil
		}
		return Int(self.(*BigInt).v.BitLen()), nil
	})
	t.addNoArgs("bit_count", func(self Value) (Value, error) {
		b, _ := AsBig(self)
		count := 0
		for _, w := range b.Abs(b).Bits() {
			count += bits.OnesCount(uint(w))
		}
		return Int(count), nil
	})
	t.addNoArgs("as_integer_ratio", func(self Value) (Value, error) {
		n, err := IndexOf(self)
		return Tuple{n, Int(1)}, err
	})
	for name, get := range map[string]func(Value) (Value, error){
		"real":        asInt,
		"numerator":   asInt,
		"imag":        func(Value) (Value, error) { return Int(0), nil },
		"denominator": func(Value) (Value, error) { return Int(1), nil },
	} {
		t.AddGetSet(name, get, nil)
	}
}

// initFloatMethods registers the methods and attributes of float.
func initFloatMethods(t *Type) {
	self := func(v Value) (Value, error) { return v, nil }
	t.addNoArgs("__float__", self)
	t.addNoArgs("conjugate", self)
	t.AddGetSet("real", self, nil)
	t.AddGetSet("imag", func(Value) (Value, error) { return Float(0), nil }, nil)
	toInt := func(v Value) (Value, error) { return FloatToInt(float64(v.(Float))) }
	t.addNoArgs("__int__", toInt)
	t.addNoArgs("__trunc__", toInt)
	t.addNoArgs("is_integer", func(v Value) (Value, error) {
		f := float64(v.(Float))
		return Bool(f == math.Trunc(f) && !math.IsInf(f, 0)), nil
	})
	t.addNoArgs("as_integer_ratio", func(v Value) (Value, error) { return floatRatio(float64(v.(Float))) })
}

// floatRatio is float.as_integer_ratio: the exact fraction in lowest terms.
func floatRatio(f float64) (Value, error) {
	switch {
	case math.IsInf(f, 0):
		return nil, NewError(OverflowErrorType, "cannot convert Infinity to integer ratio")
	case math.IsNaN(f):
		return nil, NewError(ValueErrorType, "cannot convert NaN to integer ratio")
	}
	r := new(big.Rat).SetFloat64(f)
	return Tuple{MakeBigInt(new(big.Int).Set(r.Num())), MakeBigInt(new(big.Int).Set(r.Denom()))}, nil
}
