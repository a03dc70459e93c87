package strfmt

import (
	"math"
	"math/big"
	"strconv"
)

// MaxIntStrDigits is CPython's default int max str digits limit
// (sys.get_int_max_str_digits()): int() of a decimal string with more
// digits, and decimal formatting of an int with more digits, fail.
const MaxIntStrDigits = 4300

const (
	msgIntTooLongToStr = "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
	msgIntTooBigFloat  = "int too large to convert to float"
)

// FormatInt returns format(x, spec) for an int, as int.__format__ does:
// presentation types d n b o x X c, and e E f F g G % after conversion to
// float; "" (or no type) means 'd'. typeName is the Python type name used
// in error messages ("int", "bool", a subclass name). For an empty spec
// CPython gives str(x), which for a subclass such as bool is the caller's
// to produce; FormatInt gives the decimal digits.
func FormatInt(x *big.Int, spec, typeName string) (string, error) {
	if x.IsInt64() {
		return FormatInt64(x.Int64(), spec, typeName)
	}
	return formatInteger(integer{big: x}, spec, typeName)
}

// FormatInt64 is FormatInt for an int that fits in an int64.
func FormatInt64(x int64, spec, typeName string) (string, error) {
	if spec == "" {
		return strconv.FormatInt(x, 10), nil
	}
	return formatInteger(integer{small: x}, spec, typeName)
}

// integer is a Python int: big if not nil, else small.
type integer struct {
	small int64
	big   *big.Int
}

func (n integer) neg() bool {
	if n.big != nil {
		return n.big.Sign() < 0
	}
	return n.small < 0
}

// appendAbs appends the digits of |n| in base (lowercase letters).
func (n integer) appendAbs(dst []byte, base int) []byte {
	if n.big == nil {
		u := uint64(n.small)
		if n.small < 0 {
			u = -u
		}
		return strconv.AppendUint(dst, u, base)
	}
	start := len(dst)
	dst = n.big.Append(dst, base)
	if dst[start] == '-' {
		dst = append(dst[:start], dst[start+1:]...)
	}
	return dst
}

func formatInteger(n integer, spec, typeName string) (string, error) {
	var buf [64]byte
	if spec == "" {
		digits := n.appendAbs(buf[:0], 10)
		if len(digits) > MaxIntStrDigits {
			return "", valueError(msgIntTooLongToStr)
		}
		if n.neg() {
			return "-" + string(digits), nil
		}
		return string(digits), nil
	}
	s, err := ParseSpec(spec, typeName)
	if err != nil {
		return "", err
	}
	if err := s.resolve('d', '>'); err != nil {
		return "", err
	}
	var out []byte
	switch s.Type {
	case 'b', 'c', 'd', 'o', 'x', 'X', 'n':
		out, err = s.appendInteger(buf[:0], n)
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		f := float64(n.small)
		if n.big != nil {
			f, _ = n.big.Float64()
			if math.IsInf(f, 0) {
				return "", overflowError(msgIntTooBigFloat)
			}
		}
		out, err = s.appendFloat(buf[:0], f)
	default:
		return "", unknownType(s.Type, typeName)
	}
	if err != nil {
		return "", err
	}
	return string(out), nil
}

// appendInteger is CPython's format_long_internal for a resolved spec.
func (s *Spec) appendInteger(dst []byte, n integer) ([]byte, error) {
	if s.Precision != -1 {
		return dst, valueError("Precision not allowed in integer format specifier")
	}
	if s.NoNegZero {
		return dst, valueError("Negative zero coercion (z) not allowed in integer format specifier")
	}
	if s.Type == 'c' {
		return s.appendChar(dst, n)
	}
	base, prefix := 10, ""
	switch s.Type {
	case 'b':
		base, prefix = 2, "0b"
	case 'o':
		base, prefix = 8, "0o"
	case 'x':
		base, prefix = 16, "0x"
	case 'X':
		base, prefix = 16, "0X"
	}
	if !s.Alternate {
		prefix = ""
	}
	var buf [64]byte
	digits := n.appendAbs(buf[:0], base)
	if base == 10 && len(digits) > MaxIntStrDigits {
		return dst, valueError(msgIntTooLongToStr)
	}
	if s.Type == 'X' {
		for i, c := range digits {
			if c >= 'a' {
				digits[i] = c - ('a' - 'A')
			}
		}
	}
	return s.appendNumber(dst, n.neg(), prefix, digits, "")
}

// appendChar formats n as the character with that code point (type 'c').
// A surrogate code point, which a Go string cannot hold, becomes U+FFFD.
func (s *Spec) appendChar(dst []byte, n integer) ([]byte, error) {
	if s.Sign != 0 {
		return dst, valueError("Sign not allowed with integer format specifier 'c'")
	}
	if s.Alternate {
		return dst, valueError("Alternate form (#) not allowed with integer format specifier 'c'")
	}
	v := n.small
	if n.big != nil {
		return dst, overflowError("Python int too large to convert to C long")
	}
	if v < 0 || v > 0x10ffff {
		return dst, overflowError("%c arg not in range(0x110000)")
	}
	return s.appendNumber(dst, false, "", nil, string(rune(v)))
}
