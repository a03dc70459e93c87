package strfmt

import "unicode/utf8"

// FormatStr returns format(s, spec) for a str, as str.__format__ does:
// presentation type 's' or none; the precision truncates to that many code
// points. An empty spec gives s. typeName is the Python type name used in
// error messages.
func FormatStr(s, spec, typeName string) (string, error) {
	if spec == "" {
		return s, nil
	}
	p, err := ParseSpec(spec, typeName)
	if err != nil {
		return "", err
	}
	if err := p.resolve('s', '<'); err != nil {
		return "", err
	}
	if p.Type != 's' {
		return "", unknownType(p.Type, typeName)
	}
	switch {
	case p.Sign == ' ':
		return "", valueError("Space not allowed in string format specifier")
	case p.Sign != 0:
		return "", valueError("Sign not allowed in string format specifier")
	case p.NoNegZero:
		return "", valueError("Negative zero coercion (z) not allowed in string format specifier")
	case p.Alternate:
		return "", valueError("Alternate form (#) not allowed in string format specifier")
	case p.Align == '=':
		return "", valueError("'=' alignment not allowed in string format specifier")
	}
	n := utf8.RuneCountInString(s)
	if p.Precision >= 0 && p.Precision < n {
		i := 0
		for range p.Precision {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
		s, n = s[:i], p.Precision
	}
	left, _, right, err := p.padding(n)
	if err != nil {
		return "", err
	}
	if left == 0 && right == 0 {
		return s, nil
	}
	out := make([]byte, 0, len(s)+left+right)
	out = p.appendFill(out, left)
	out = append(out, s...)
	return string(p.appendFill(out, right)), nil
}
