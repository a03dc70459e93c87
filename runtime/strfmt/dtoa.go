package strfmt

import (
	"math"
	"strconv"
)

// Flags for appendDouble, after CPython's Py_DTSF_* flags.
const (
	dtsfAddDot0 = 1 << iota // integral results keep a ".0" (repr style)
	dtsfAlt                 // '#': keep a trailing decimal point
	dtsfNoNeg0              // 'z': a result that rounds to zero gets no '-'
)

// appendDouble appends f formatted as CPython's PyOS_double_to_string does:
// code is one of 'e', 'E', 'f', 'F', 'g', 'G' (with precision prec) or 'r'
// (shortest repr digits, prec ignored). A '-' is written for negative
// values (and -0.0); never a '+'.
func appendDouble(dst []byte, f float64, code byte, prec int, flags int) []byte {
	upper := code == 'E' || code == 'F' || code == 'G'
	if upper {
		code += 'a' - 'A'
	}
	switch code {
	case 'e':
		prec++
	case 'g':
		if prec == 0 {
			prec = 1
		}
	}
	neg := math.Signbit(f)
	if math.IsInf(f, 0) || math.IsNaN(f) {
		word := "inf"
		if math.IsNaN(f) {
			word, neg = "nan", false
		}
		if neg {
			dst = append(dst, '-')
		}
		if upper {
			return append(dst, word[0]-32, word[1]-32, word[2]-32)
		}
		return append(dst, word...)
	}
	var scratch [32]byte
	digits, decpt := decimalDigits(scratch[:0], math.Abs(f), code, prec)
	if flags&dtsfNoNeg0 != 0 && len(digits) == 1 && digits[0] == '0' {
		neg = false
	}
	return layoutDigits(dst, digits, decpt, neg, code, prec, upper, flags)
}

// decimalDigits returns the correctly rounded decimal digits of a >= 0 with
// no leading or trailing zeros (except "0" itself, with decpt 1), and the
// position of the decimal point relative to their start: the value is
// 0.digits × 10**decpt. Like dtoa's modes, code 'r' gives the shortest
// round-tripping digits, 'e' and 'g' prec significant digits, and 'f' prec
// digits after the decimal point.
func decimalDigits(buf []byte, a float64, code byte, prec int) ([]byte, int) {
	var decpt int
	if code == 'f' {
		buf = strconv.AppendFloat(buf, a, 'f', prec, 64)
		decpt = len(buf)
		for i, c := range buf {
			if c == '.' {
				decpt = i
				buf = append(buf[:i], buf[i+1:]...)
				break
			}
		}
		for len(buf) > 1 && buf[0] == '0' {
			buf = buf[1:]
			decpt--
		}
	} else {
		digs := -1
		if code != 'r' {
			digs = prec - 1
		}
		buf = strconv.AppendFloat(buf, a, 'e', digs, 64)
		e := len(buf) - 4 // "e±dd" or "e±ddd"
		if buf[e] != 'e' {
			e--
		}
		exp := 0
		for _, c := range buf[e+2:] {
			exp = exp*10 + int(c-'0')
		}
		if buf[e+1] == '-' {
			exp = -exp
		}
		decpt = exp + 1
		if e > 1 { // drop the '.' after the first digit
			buf = append(buf[:1], buf[2:e]...)
		} else {
			buf = buf[:1]
		}
	}
	for len(buf) > 1 && buf[len(buf)-1] == '0' {
		buf = buf[:len(buf)-1]
	}
	if buf[0] == '0' {
		decpt = 1
	}
	return buf, decpt
}

// layoutDigits is the layout half of CPython's format_float_short: it
// places the decimal point, zero padding and exponent around digits.
func layoutDigits(dst, digits []byte, decpt int, neg bool, code byte, prec int, upper bool, flags int) []byte {
	addDot0 := flags&dtsfAddDot0 != 0
	alt := flags&dtsfAlt != 0
	nd := len(digits)
	vEnd := nd
	useExp := false
	switch code {
	case 'e':
		useExp = true
		vEnd = prec
	case 'f':
		vEnd = decpt + prec
	case 'g':
		limit := prec
		if addDot0 {
			limit--
		}
		useExp = decpt <= -4 || decpt > limit
		if alt {
			vEnd = prec
		}
	case 'r':
		useExp = decpt <= -4 || decpt > 16
	}
	exp := 0
	if useExp {
		exp = decpt - 1
		decpt = 1
	}
	vStart := 0
	if decpt <= 0 {
		vStart = decpt - 1
	}
	if !useExp && addDot0 {
		vEnd = max(vEnd, decpt+1)
	} else {
		vEnd = max(vEnd, decpt)
	}

	if neg {
		dst = append(dst, '-')
	}
	if decpt <= 0 {
		dst = appendZeros(dst, decpt-vStart)
		dst = append(dst, '.')
		dst = appendZeros(dst, -decpt)
	}
	if 0 < decpt && decpt <= nd {
		dst = append(dst, digits[:decpt]...)
		dst = append(dst, '.')
		dst = append(dst, digits[decpt:]...)
	} else {
		dst = append(dst, digits...)
	}
	if nd < decpt {
		dst = appendZeros(dst, decpt-nd)
		dst = append(dst, '.')
		dst = appendZeros(dst, vEnd-decpt)
	} else {
		dst = appendZeros(dst, vEnd-nd)
	}
	if dst[len(dst)-1] == '.' && !alt {
		dst = dst[:len(dst)-1]
	}
	if useExp {
		e := byte('e')
		if upper {
			e = 'E'
		}
		sign := byte('+')
		if exp < 0 {
			sign, exp = '-', -exp
		}
		dst = append(dst, e, sign)
		if exp < 10 {
			dst = append(dst, '0')
		}
		dst = strconv.AppendInt(dst, int64(exp), 10)
	}
	return dst
}

func appendZeros(dst []byte, n int) []byte {
	for ; n > 0; n-- {
		dst = append(dst, '0')
	}
	return dst
}
