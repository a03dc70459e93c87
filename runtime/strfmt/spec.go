package strfmt

import (
	"math"
	"strconv"
	"unicode/utf8"
)

// Spec is a parsed format specification,
//
//	[[fill]align][sign][z][#][0][width][grouping][.precision][type]
//
// as ParseSpec returns it. Defaults that depend on the formatted type (the
// alignment, the presentation type) are left unset here and applied by the
// Format functions.
type Spec struct {
	Fill      rune // fill character: ' ' unless given; '0' after ZeroPad
	Align     rune // '<', '>', '^' or '=', or 0 if not given
	Sign      rune // '+', '-' or ' ', or 0 if not given
	NoNegZero bool // 'z': no '-' on a float that rounds to zero
	Alternate bool // '#': alternate form
	ZeroPad   bool // a '0' before the width with no fill given
	Width     int  // minimum width in code points, or -1 if not given
	Grouping  rune // ',' or '_', or 0 if not given
	Precision int  // precision, or -1 if not given
	Type      rune // presentation type, or 0 if not given
}

// maxWidth caps the padded width of a result: CPython would try to
// allocate such a string; here a wider one is a MemoryError.
const maxWidth = math.MaxInt32

// ParseSpec parses a format specification as CPython's
// parse_internal_render_format_spec does, reporting its syntax errors.
// typeName is the Python type name of the value being formatted, used in
// the "Invalid format specifier" message. An empty spec parses to the
// defaults, but the Format functions give "" its own meaning (str/repr).
func ParseSpec(spec, typeName string) (Spec, error) {
	rs := []rune(spec)
	s := Spec{Fill: ' ', Width: -1, Precision: -1}
	pos, end := 0, len(rs)
	fillGiven := false
	if end >= 2 && isAlign(rs[1]) {
		s.Fill, s.Align, fillGiven = rs[0], rs[1], true
		pos = 2
	} else if end >= 1 && isAlign(rs[0]) {
		s.Align = rs[0]
		pos = 1
	}
	if pos < end && (rs[pos] == '+' || rs[pos] == '-' || rs[pos] == ' ') {
		s.Sign = rs[pos]
		pos++
	}
	if pos < end && rs[pos] == 'z' {
		s.NoNegZero = true
		pos++
	}
	if pos < end && rs[pos] == '#' {
		s.Alternate = true
		pos++
	}
	if !fillGiven && pos < end && rs[pos] == '0' {
		s.Fill, s.ZeroPad = '0', true
		pos++
	}
	width, n, err := parseInteger(rs, &pos)
	if err != nil {
		return s, err
	}
	if n > 0 {
		s.Width = width
	}
	if pos < end && rs[pos] == ',' {
		s.Grouping = ','
		pos++
	}
	if pos < end && rs[pos] == '_' {
		if s.Grouping != 0 {
			return s, valueError("Cannot specify both ',' and '_'.")
		}
		s.Grouping = '_'
		pos++
	}
	if pos < end && rs[pos] == ',' && s.Grouping == '_' {
		return s, valueError("Cannot specify both ',' and '_'.")
	}
	if pos < end && rs[pos] == '.' {
		pos++
		prec, n, err := parseInteger(rs, &pos)
		if err != nil {
			return s, err
		}
		if n == 0 {
			return s, valueError("Format specifier missing precision")
		}
		s.Precision = prec
	}
	if end-pos > 1 {
		return s, valueError("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'")
	}
	if end-pos == 1 {
		s.Type = rs[pos]
	}
	return s, nil
}

func isAlign(r rune) bool { return r == '<' || r == '>' || r == '=' || r == '^' }

// parseInteger reads decimal digits (any Unicode decimal digits, as
// CPython's get_integer does) at *pos, returning their value and count.
func parseInteger(rs []rune, pos *int) (int, int, error) {
	acc, n := 0, 0
	for ; *pos < len(rs); *pos, n = *pos+1, n+1 {
		d := decimalValue(rs[*pos])
		if d < 0 {
			break
		}
		if acc > (math.MaxInt64-d)/10 {
			return 0, 0, valueError("Too many decimal digits in format string")
		}
		acc = acc*10 + d
	}
	return acc, n, nil
}

// resolve applies the defaults of the formatted type (CPython's
// default_type and default_align) and checks that the grouping option
// suits the presentation type.
func (s *Spec) resolve(defType, defAlign rune) error {
	if s.Type == 0 {
		s.Type = defType
	}
	if s.Align == 0 {
		s.Align = defAlign
		if s.ZeroPad && defAlign == '>' {
			s.Align = '='
		}
	}
	if s.Grouping == 0 {
		return nil
	}
	switch s.Type {
	case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
		return nil
	case 'b', 'o', 'x', 'X':
		if s.Grouping == '_' {
			return nil
		}
	}
	return valueError("Cannot specify '" + string(s.Grouping) + "' with '" + codeText(s.Type) + "'.")
}

// groupSize is the number of digits between separators, 0 for none.
func (s *Spec) groupSize() int {
	switch {
	case s.Grouping == 0:
		return 0
	case s.Type == 'b' || s.Type == 'o' || s.Type == 'x' || s.Type == 'X':
		return 4
	}
	return 3
}

// unknownType is the error for a presentation type the value's type lacks.
func unknownType(code rune, typeName string) error {
	return valueError("Unknown format code '" + codeText(code) + "' for object of type '" + typeName + "'")
}

// codeText shows a presentation type in a message as CPython does: the
// character itself if printable ASCII, else \x and its hex code.
func codeText(r rune) string {
	if r > 32 && r < 128 {
		return string(r)
	}
	return `\x` + strconv.FormatInt(int64(r), 16)
}

// padding splits the padding needed to widen n code points to s.Width
// by s.Align: left of everything, in the middle (after a number's sign
// and prefix, for '='), or right of everything.
func (s *Spec) padding(n int) (left, mid, right int, err error) {
	pad := s.Width - n
	if pad <= 0 {
		return 0, 0, 0, nil
	}
	if s.Width > maxWidth {
		return 0, 0, 0, &Error{Kind: "MemoryError"}
	}
	switch s.Align {
	case '<':
		return 0, 0, pad, nil
	case '^':
		return pad / 2, 0, pad - pad/2, nil
	case '=':
		return 0, pad, 0, nil
	}
	return pad, 0, 0, nil
}

// appendFill appends n copies of the fill character.
func (s *Spec) appendFill(dst []byte, n int) []byte {
	for ; n > 0; n-- {
		dst = utf8.AppendRune(dst, s.Fill)
	}
	return dst
}
