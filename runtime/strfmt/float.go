package strfmt

import "math"

// FormatFloat returns format(f, spec) for a float, as float.__format__
// does: presentation types e E f F g G n % and none, where none is repr(f)
// without a precision and like 'g' but keeping a ".0" with one. An empty
// spec gives repr(f). typeName is the Python type name used in error
// messages.
func FormatFloat(f float64, spec, typeName string) (string, error) {
	if spec == "" {
		return FloatRepr(f), nil
	}
	s, err := ParseSpec(spec, typeName)
	if err != nil {
		return "", err
	}
	if err := s.resolve(0, '>'); err != nil {
		return "", err
	}
	switch s.Type {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
	default:
		return "", unknownType(s.Type, typeName)
	}
	var buf [64]byte
	out, err := s.appendFloat(buf[:0], f)
	if err != nil {
		return "", err
	}
	return string(out), nil
}

// appendFloat is CPython's format_float_internal for a resolved spec whose
// type is a float presentation type.
func (s *Spec) appendFloat(dst []byte, f float64) ([]byte, error) {
	if s.Precision > math.MaxInt32 {
		return dst, valueError("precision too big")
	}
	code, prec, defPrec, flags := s.Type, s.Precision, 6, 0
	if s.Alternate {
		flags |= dtsfAlt
	}
	if s.NoNegZero {
		flags |= dtsfNoNeg0
	}
	switch code {
	case 0:
		code, defPrec = 'r', 0
		flags |= dtsfAddDot0
	case 'n':
		code = 'g'
	case '%':
		code = 'f'
		f *= 100
	}
	if prec < 0 {
		prec = defPrec
	} else if code == 'r' {
		code = 'g'
	}
	var buf [64]byte
	num := appendDouble(buf[:0], f, byte(code), prec, flags)
	if s.Type == '%' {
		num = append(num, '%')
	}
	neg := num[0] == '-'
	if neg {
		num = num[1:]
	}
	i := 0
	for i < len(num) && '0' <= num[i] && num[i] <= '9' {
		i++
	}
	return s.appendNumber(dst, neg, "", num[:i], string(num[i:]))
}
