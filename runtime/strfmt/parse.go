package strfmt

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"
)

// ParseInt returns int(s, base) for a str s: surrounding whitespace, a
// sign, underscores between digits, a 0x/0o/0b prefix matching the base
// (any of them for base 0, where other leading zeros are refused), and
// Unicode decimal digits are accepted, as in CPython. Non-power-of-two
// bases are limited to MaxIntStrDigits digits.
func ParseInt(s string, base int) (*big.Int, error) {
	if base != 0 && (base < 2 || base > 36) {
		return nil, valueError("int() base must be >= 2 and <= 36, or 0")
	}
	var buf [64]byte
	z, err := parseIntASCII(asciiNumber(buf[:0], s), base)
	if err != nil {
		return nil, err
	}
	if z == nil {
		repr := []rune(StrRepr(s))
		if len(repr) > 200 { // CPython's %.200R
			repr = repr[:200]
		}
		return nil, valueError("invalid literal for int() with base " + strconv.Itoa(base) + ": " + string(repr))
	}
	return z, nil
}

// parseIntASCII is CPython's PyLong_FromString on the ASCII form of the
// string; it returns nil, nil for an invalid literal.
func parseIntASCII(a []byte, base int) (*big.Int, error) {
	at := func(i int) byte { // like reading a NUL-terminated C string
		if i < len(a) {
			return a[i]
		}
		return 0
	}
	i := 0
	for isASCIISpace(at(i)) {
		i++
	}
	neg := false
	if at(i) == '+' || at(i) == '-' {
		neg = at(i) == '-'
		i++
	}
	zeroOnly := false // base 0 with a leading 0 and no prefix: only zero is valid
	if base == 0 {
		switch {
		case at(i) != '0':
			base = 10
		case at(i+1) == 'x' || at(i+1) == 'X':
			base = 16
		case at(i+1) == 'o' || at(i+1) == 'O':
			base = 8
		case at(i+1) == 'b' || at(i+1) == 'B':
			base = 2
		default:
			zeroOnly, base = true, 10
		}
	}
	if at(i) == '0' {
		p := at(i+1) | 0x20
		if base == 16 && p == 'x' || base == 8 && p == 'o' || base == 2 && p == 'b' {
			i += 2
			if at(i) == '_' {
				i++
			}
		}
	}
	if at(i) == '_' {
		return nil, nil
	}
	digits := make([]byte, 0, len(a)-i)
	var prev byte
	for ; digitValue(at(i)) < base || at(i) == '_'; i++ {
		if at(i) == '_' {
			if prev == '_' {
				return nil, nil
			}
		} else {
			digits = append(digits, a[i])
		}
		prev = a[i]
	}
	if prev == '_' {
		return nil, nil
	}
	if base&(base-1) != 0 && len(digits) > MaxIntStrDigits {
		return nil, valueError("Exceeds the limit (4300 digits) for integer string conversion: value has " +
			strconv.Itoa(len(digits)) + " digits; use sys.set_int_max_str_digits() to increase the limit")
	}
	if len(digits) == 0 {
		return nil, nil
	}
	for isASCIISpace(at(i)) {
		i++
	}
	if i != len(a) {
		return nil, nil
	}
	z, _ := new(big.Int).SetString(string(digits), base)
	if zeroOnly && z.Sign() != 0 {
		return nil, nil
	}
	if neg {
		z.Neg(z)
	}
	return z, nil
}

// digitValue is the value of an ASCII digit or letter in bases up to 36;
// 37 for any other byte.
func digitValue(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'z':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'Z':
		return int(c-'A') + 10
	}
	return 37
}

// ParseFloat returns float(s) for a str s: surrounding whitespace, a sign,
// decimal notation with underscores between digits, Unicode decimal
// digits, and inf, infinity or nan in any case. Out-of-range values give
// ±inf or ±0.0, as in CPython.
func ParseFloat(s string) (float64, error) {
	var buf [64]byte
	a := asciiNumber(buf[:0], s)
	if f, ok := parseFloatASCII(a); ok {
		return f, nil
	}
	return 0, valueError("could not convert string to float: " + StrRepr(s))
}

// parseFloatASCII is CPython's _Py_string_to_number_with_underscores with
// float_from_string_inner, on the ASCII form of the string.
func parseFloatASCII(a []byte) (float64, bool) {
	var prev byte
	j := 0
	for _, c := range a { // drop underscores, each between two digits
		if c == '_' {
			if !isDigit(prev) {
				return 0, false
			}
		} else {
			if prev == '_' && !isDigit(c) {
				return 0, false
			}
			a[j] = c
			j++
		}
		prev = c
	}
	if prev == '_' {
		return 0, false
	}
	a = a[:j]
	for len(a) > 0 && isASCIISpace(a[0]) {
		a = a[1:]
	}
	for len(a) > 0 && isASCIISpace(a[len(a)-1]) {
		a = a[:len(a)-1]
	}
	if isDecimal(a) {
		f, _ := strconv.ParseFloat(string(a), 64) // only range errors, with the right ±Inf
		return f, true
	}
	neg := false
	if len(a) > 0 && (a[0] == '+' || a[0] == '-') {
		neg = a[0] == '-'
		a = a[1:]
	}
	var f float64
	switch strings.ToLower(string(a)) {
	case "inf", "infinity":
		f = math.Inf(1)
	case "nan":
		f = math.NaN()
	default:
		return 0, false
	}
	if neg {
		f = -f
	}
	return f, true
}

// isDecimal reports whether a is in the syntax _Py_dg_strtod reads in
// full: [sign] digits [. [digits]] or [sign] . digits, then optionally
// e or E, [sign], digits.
func isDecimal(a []byte) bool {
	i := 0
	if i < len(a) && (a[i] == '+' || a[i] == '-') {
		i++
	}
	n := 0
	for ; i < len(a) && isDigit(a[i]); i++ {
		n++
	}
	if i < len(a) && a[i] == '.' {
		for i++; i < len(a) && isDigit(a[i]); i++ {
			n++
		}
	}
	if n == 0 {
		return false
	}
	if i < len(a) && (a[i] == 'e' || a[i] == 'E') {
		i++
		if i < len(a) && (a[i] == '+' || a[i] == '-') {
			i++
		}
		if i == len(a) {
			return false
		}
		for ; i < len(a) && isDigit(a[i]); i++ {
		}
	}
	return i == len(a)
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isASCIISpace is C's isspace in the C locale, CPython's Py_ISSPACE.
func isASCIISpace(c byte) bool {
	return c == ' ' || '\t' <= c && c <= '\r'
}

// asciiNumber appends to buf CPython's _PyUnicode_TransformDecimalAndSpaceToASCII
// of s: ASCII kept, other whitespace as ' ', other decimal digits as their
// ASCII digit, anything else (and invalid UTF-8) as '?'.
func asciiNumber(buf []byte, s string) []byte {
	for _, r := range s {
		switch {
		case r < 127:
			buf = append(buf, byte(r))
		case unicode.IsSpace(r):
			buf = append(buf, ' ')
		case decimalValue(r) >= 0:
			buf = append(buf, byte('0'+decimalValue(r)))
		default:
			buf = append(buf, '?')
		}
	}
	return buf
}

// decimalValue is the value of r as a decimal digit (Unicode category Nd,
// CPython's Py_UNICODE_TODECIMAL), or -1.
func decimalValue(r rune) int {
	if '0' <= r && r <= '9' {
		return int(r - '0')
	}
	if r < 128 || !unicode.Is(unicode.Nd, r) {
		return -1
	}
	// Nd code points come in runs of ten, 0 to 9, some runs adjacent.
	start := r
	for unicode.Is(unicode.Nd, start-1) {
		start--
	}
	return int(r-start) % 10
}
