package runtime

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"pyasync/runtime/strfmt"
)

// printf-style formatting: str % args.

// PercentFormat returns format % args. args is a tuple of the values to
// format, a mapping for %(key)s conversions, or a single value.
func PercentFormat(format Str, args Value) (Value, error) {
	f := &percentFormatter{format: []rune(string(format))}
	if t, ok := args.(Tuple); ok {
		f.args = t
	} else {
		f.args = Tuple{args}
		if isMapping(args) {
			f.mapping = args
		}
	}
	if err := f.run(); err != nil {
		return nil, err
	}
	if f.next >= 0 && f.next < len(f.args) && f.mapping == nil {
		return nil, NewError(TypeErrorType, "not all arguments converted during string formatting")
	}
	return Str(f.out.String()), nil
}

// isMapping reports whether v can supply %(key)s values: it supports
// subscription and is neither a tuple nor a str.
func isMapping(v Value) bool {
	switch v.(type) {
	case Tuple, Str:
		return false
	case *List, *Dict:
		return true
	}
	return v.Type().Lookup("__getitem__") != nil
}

// percentFormatter is the state of one formatting operation.
type percentFormatter struct {
	format  []rune
	pos     int
	args    Tuple
	next    int   // index of the next positional argument; -1 after a %(key)
	mapping Value // the mapping argument, or nil
	out     strings.Builder
}

// percentSpec is one parsed conversion specifier.
type percentSpec struct {
	minus, plus, space, alt, zero bool
	width, prec                   int // -1 when absent
	conv                          rune
}

// run formats the whole format string into out.
func (f *percentFormatter) run() error {
	for f.pos < len(f.format) {
		r := f.format[f.pos]
		f.pos++
		if r != '%' {
			f.out.WriteRune(r)
			continue
		}
		if f.pos < len(f.format) && f.format[f.pos] == '%' {
			f.pos++
			f.out.WriteByte('%')
			continue
		}
		if err := f.conversion(); err != nil {
			return err
		}
	}
	return nil
}

// conversion formats the specifier that starts after a '%'.
func (f *percentFormatter) conversion() error {
	v, err := f.mappingValue()
	if err != nil {
		return err
	}
	spec, err := f.parseSpec()
	if err != nil {
		return err
	}
	if v == nil {
		if v, err = f.nextArg(); err != nil {
			return err
		}
	}
	s, err := spec.format(v, f.pos-1)
	if err != nil {
		return err
	}
	f.out.WriteString(s)
	return nil
}

// mappingValue reads an optional "(key)" and returns the mapping's value
// for it, or nil when there is no key.
func (f *percentFormatter) mappingValue() (Value, error) {
	if f.pos >= len(f.format) || f.format[f.pos] != '(' {
		return nil, nil
	}
	if f.mapping == nil {
		return nil, NewError(TypeErrorType, "format requires a mapping")
	}
	depth, start := 1, f.pos+1
	for f.pos++; f.pos < len(f.format) && depth > 0; f.pos++ {
		switch f.format[f.pos] {
		case '(':
			depth++
		case ')':
			depth--
		}
	}
	if depth > 0 {
		return nil, NewError(ValueErrorType, "incomplete format key")
	}
	f.next = -1 // positional arguments are no longer available
	return GetItem(f.mapping, Str(f.format[start:f.pos-1]))
}

// nextArg returns the next positional argument.
func (f *percentFormatter) nextArg() (Value, error) {
	if f.next < 0 || f.next >= len(f.args) {
		return nil, NewError(TypeErrorType, "not enough arguments for format string")
	}
	v := f.args[f.next]
	f.next++
	return v, nil
}

// parseSpec reads the flags, width, precision, length modifier and
// conversion character.
func (f *percentFormatter) parseSpec() (percentSpec, error) {
	s := percentSpec{width: -1, prec: -1}
	f.parseFlags(&s)
	width, given, err := f.number()
	if err != nil {
		return s, err
	}
	if given {
		s.width = width
		if width < 0 { // from '*'
			s.minus, s.width = true, -width
		}
	}
	if f.pos < len(f.format) && f.format[f.pos] == '.' {
		f.pos++
		prec, _, err := f.number()
		if err != nil {
			return s, err
		}
		s.prec = max(prec, 0)
	}
	for f.pos < len(f.format) && strings.ContainsRune("hlL", f.format[f.pos]) {
		f.pos++
	}
	if f.pos >= len(f.format) {
		return s, NewError(ValueErrorType, "incomplete format")
	}
	s.conv = f.format[f.pos]
	f.pos++
	return s, nil
}

// parseFlags reads the conversion flags "-+ #0".
func (f *percentFormatter) parseFlags(s *percentSpec) {
	for ; f.pos < len(f.format); f.pos++ {
		switch f.format[f.pos] {
		case '-':
			s.minus = true
		case '+':
			s.plus = true
		case ' ':
			s.space = true
		case '#':
			s.alt = true
		case '0':
			s.zero = true
		default:
			return
		}
	}
}

// number reads a width or precision: digits, or '*' taking the next
// argument (which may be negative); given is false when there is neither.
func (f *percentFormatter) number() (n int, given bool, err error) {
	if f.pos < len(f.format) && f.format[f.pos] == '*' {
		f.pos++
		v, err := f.nextArg()
		if err != nil {
			return 0, false, err
		}
		n, ok := v.(Int)
		if !ok {
			return 0, false, NewError(TypeErrorType, "* wants int")
		}
		return int(n), true, nil
	}
	start := f.pos
	for f.pos < len(f.format) && '0' <= f.format[f.pos] && f.format[f.pos] <= '9' {
		f.pos++
	}
	if start == f.pos {
		return 0, false, nil
	}
	if n, err = strconv.Atoi(string(f.format[start:f.pos])); err != nil {
		return 0, false, NewError(ValueErrorType, "width too big")
	}
	return n, true, nil
}

// format converts v as the specifier says; index is the position of the
// conversion character, for error messages.
func (s *percentSpec) format(v Value, index int) (string, error) {
	switch s.conv {
	case 's', 'r', 'a':
		text, err := s.text(v)
		if err != nil {
			return "", err
		}
		if s.prec >= 0 && s.prec < utf8.RuneCountInString(text) {
			text = string([]rune(text)[:s.prec])
		}
		return s.pad(text), nil
	case 'c':
		c, err := percentChar(v)
		return s.pad(c), err
	case 'd', 'i', 'u', 'x', 'X', 'o':
		return s.formatInt(v)
	case 'e', 'E', 'f', 'F', 'g', 'G':
		return s.formatFloat(v)
	}
	return "", NewErrorf(ValueErrorType, "unsupported format character '%c' (%#x) at index %d", s.conv, s.conv, index)
}

// text is str(), repr() or ascii() of v for %s, %r and %a.
func (s *percentSpec) text(v Value) (string, error) {
	switch s.conv {
	case 'r':
		return Repr(v)
	case 'a':
		return Ascii(v)
	}
	return ToStr(v)
}

// pad justifies a string conversion to the width with spaces.
func (s *percentSpec) pad(text string) string {
	n := s.width - utf8.RuneCountInString(text)
	switch {
	case n <= 0:
		return text
	case s.minus:
		return text + strings.Repeat(" ", n)
	}
	return strings.Repeat(" ", n) + text
}

// percentChar is %c: a code point given as an int or a one-character str.
func percentChar(v Value) (string, error) {
	if s, ok := v.(Str); ok {
		if utf8.RuneCountInString(string(s)) != 1 {
			return "", NewError(TypeErrorType, "%c requires int or char")
		}
		return string(s), nil
	}
	n, err := IndexOf(v)
	if err != nil {
		return "", NewError(TypeErrorType, "%c requires int or char")
	}
	c, ok := n.(Int)
	if !ok || c < 0 || c > utf8.MaxRune {
		return "", NewError(OverflowErrorType, "%c arg not in range(0x110000)")
	}
	return string(rune(c)), nil
}

// formatInt is %d, %i, %u, %x, %X and %o.
func (s *percentSpec) formatInt(v Value) (string, error) {
	n, err := s.intArg(v)
	if err != nil {
		return "", err
	}
	x, _ := AsBig(n)
	neg := x.Sign() < 0
	digits, err := s.digits(x.Abs(x))
	if err != nil {
		return "", err
	}
	if len(digits) < s.prec {
		digits = strings.Repeat("0", s.prec-len(digits)) + digits
	}
	prefix := ""
	switch {
	case neg:
		prefix = "-"
	case s.plus:
		prefix = "+"
	case s.space:
		prefix = " "
	}
	if s.alt && s.conv != 'd' && s.conv != 'i' && s.conv != 'u' {
		prefix += "0" + string(s.conv)
	}
	if fill := s.width - len(prefix) - len(digits); fill > 0 && s.zero && !s.minus {
		digits = strings.Repeat("0", fill) + digits
	}
	return s.pad(prefix + digits), nil
}

// intArg converts the argument of an integer conversion: %x, %X and %o
// need an integer (__index__), the others accept any real number.
func (s *percentSpec) intArg(v Value) (Value, error) {
	var n Value
	var err error
	if s.conv == 'x' || s.conv == 'X' || s.conv == 'o' {
		if n, err = IndexOf(v); err != nil && isTypeError(err) {
			return nil, NewErrorf(TypeErrorType, "%%%c format: an integer is required, not %s", s.conv, TypeName(v))
		}
		return n, err
	}
	if isRealNumber(v) {
		if n, err = IntOf(v); err == nil || !isTypeError(err) {
			return n, err
		}
	}
	return nil, NewErrorf(TypeErrorType, "%%%c format: a real number is required, not %s", s.conv, TypeName(v))
}

// isRealNumber reports whether v is a number or an object convertible to
// one (CPython's PyNumber_Check).
func isRealNumber(v Value) bool {
	if isNumber(v) {
		return true
	}
	t := v.Type()
	return t.user && (t.Lookup("__index__") != nil || t.Lookup("__int__") != nil || t.Lookup("__float__") != nil)
}

func isTypeError(err error) bool {
	e, ok := err.(*Exception)
	return ok && e.IsInstanceOf(TypeErrorType)
}

// digits writes a non-negative int in the conversion's base.
func (s *percentSpec) digits(x *big.Int) (string, error) {
	switch s.conv {
	case 'x':
		return x.Text(16), nil
	case 'X':
		return strings.ToUpper(x.Text(16)), nil
	case 'o':
		return x.Text(8), nil
	}
	if x.IsInt64() {
		return strconv.FormatInt(x.Int64(), 10), nil
	}
	return bigToString(&BigInt{x})
}

// formatFloat is %e, %E, %f, %F, %g and %G, through the equivalent format
// spec.
func (s *percentSpec) formatFloat(v Value) (string, error) {
	f, err := realToFloat(v)
	if err != nil {
		return "", err
	}
	var spec strings.Builder
	if s.minus {
		spec.WriteByte('<')
	}
	switch {
	case s.plus:
		spec.WriteByte('+')
	case s.space:
		spec.WriteByte(' ')
	}
	if s.alt {
		spec.WriteByte('#')
	}
	if s.zero && !s.minus {
		spec.WriteByte('0')
	}
	if s.width >= 0 {
		spec.WriteString(strconv.Itoa(s.width))
	}
	prec := s.prec
	if prec < 0 {
		prec = 6
	}
	fmt.Fprintf(&spec, ".%d%c", prec, s.conv)
	return fromStrfmt(strfmt.FormatFloat(f, spec.String(), "float"))
}

// realToFloat converts a real number to float64, as the float conversions
// of % and the math functions do (CPython's PyFloat_AsDouble).
func realToFloat(v Value) (float64, error) {
	if !isRealNumber(v) {
		return 0, NewErrorf(TypeErrorType, "must be real number, not %s", TypeName(v))
	}
	f, err := FloatOf(v)
	if err != nil {
		return 0, err
	}
	return float64(f.(Float)), nil
}

// Ascii returns ascii(v): repr(v) with the non-ASCII characters escaped.
func Ascii(v Value) (string, error) {
	r, err := Repr(v)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	for _, c := range r {
		switch {
		case c < 0x80:
			b.WriteRune(c)
		case c <= 0xff:
			fmt.Fprintf(&b, "\\x%02x", c)
		case c <= 0xffff:
			fmt.Fprintf(&b, "\\u%04x", c)
		default:
			fmt.Fprintf(&b, "\\U%08x", c)
		}
	}
	return b.String(), nil
}
