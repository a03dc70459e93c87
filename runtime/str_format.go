package runtime

import (
	"strconv"
	"strings"
)

// str.format and str.format_map, following CPython's unicode_format.h.

func init() {
	StrType.AddMethod("format", func(self Value, args []Value, kwnames []string) (Value, error) {
		npos := len(args) - len(kwnames)
		kwargs := NewDict()
		for i, k := range kwnames {
			kwargs.SetStr(k, args[npos+i])
		}
		f := &strFormatter{args: args[:npos], kwargs: kwargs, positional: true}
		s, err := f.format([]rune(string(self.(Str))), 2)
		return Str(s), err
	})
	StrType.addOneArg("format_map", func(self, mapping Value) (Value, error) {
		f := &strFormatter{kwargs: mapping}
		s, err := f.format([]rune(string(self.(Str))), 2)
		return Str(s), err
	})
}

// strFormatter holds the arguments of one str.format call.
type strFormatter struct {
	args       []Value
	kwargs     Value // a mapping looked up by field names that are not numbers
	positional bool  // false for format_map, which has no positional args
	numbering  fieldNumbering
	next       int // the next automatic field number
}

// fieldNumbering records whether fields were numbered automatically ("{}")
// or manually ("{0}"); a format string cannot mix them.
type fieldNumbering int

const (
	numberingUnknown fieldNumbering = iota
	numberingAuto
	numberingManual
)

// format expands the replacement fields of s; depth limits the nesting of
// fields inside format specs.
func (f *strFormatter) format(s []rune, depth int) (string, error) {
	if depth <= 0 {
		return "", NewError(ValueErrorType, "Max string recursion exceeded")
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		c := s[i]
		i++
		if c != '{' && c != '}' {
			b.WriteRune(c)
			continue
		}
		if i < len(s) && s[i] == c { // "{{" or "}}"
			b.WriteRune(c)
			i++
			continue
		}
		if c == '}' {
			return "", NewError(ValueErrorType, "Single '}' encountered in format string")
		}
		if i >= len(s) {
			return "", NewError(ValueErrorType, "Single '{' encountered in format string")
		}
		text, next, err := f.field(s, i, depth)
		if err != nil {
			return "", err
		}
		b.WriteString(text)
		i = next
	}
	return b.String(), nil
}

// replacementField is a parsed "{name!conv:spec}".
type replacementField struct {
	name       []rune
	conversion rune // 0 when absent
	spec       []rune
}

// field formats the replacement field starting at s[i] (after its '{')
// and returns the position after its '}'.
func (f *strFormatter) field(s []rune, i, depth int) (string, int, error) {
	fld, next, err := parseField(s, i)
	if err != nil {
		return "", 0, err
	}
	v, err := f.lookup(fld.name)
	if err != nil {
		return "", 0, err
	}
	if v, err = convertField(v, fld.conversion); err != nil {
		return "", 0, err
	}
	spec := string(fld.spec)
	if strings.ContainsRune(spec, '{') { // a spec with nested fields
		if spec, err = f.format(fld.spec, depth-1); err != nil {
			return "", 0, err
		}
	}
	text, err := Format(v, spec)
	return text, next, err
}

// parseField splits the field starting at s[i] into its parts (CPython's
// parse_field).
func parseField(s []rune, i int) (replacementField, int, error) {
	var fld replacementField
	start := i
	c := rune(0)
scan:
	for i < len(s) {
		c = s[i]
		i++
		switch c {
		case '{':
			return fld, 0, NewError(ValueErrorType, "unexpected '{' in field name")
		case '[':
			for i < len(s) && s[i] != ']' {
				i++
			}
		case '}', ':', '!':
			break scan
		}
	}
	fld.name = s[start : i-1]
	if c != '!' && c != ':' {
		if c != '}' {
			return fld, 0, NewError(ValueErrorType, "expected '}' before end of string")
		}
		return fld, i, nil
	}
	if c == '!' {
		if i >= len(s) {
			return fld, 0, NewError(ValueErrorType, "end of string while looking for conversion specifier")
		}
		fld.conversion = s[i]
		i++
		if i < len(s) {
			c = s[i]
			i++
			if c == '}' {
				return fld, i, nil
			}
			if c != ':' {
				return fld, 0, NewError(ValueErrorType, "expected ':' after conversion specifier")
			}
		}
	}
	specStart, depth := i, 1
	for ; i < len(s); i++ {
		switch s[i] {
		case '{':
			depth++
		case '}':
			if depth--; depth == 0 {
				fld.spec = s[specStart:i]
				return fld, i + 1, nil
			}
		}
	}
	return fld, 0, NewError(ValueErrorType, "unmatched '{' in format spec")
}

// convertField applies a "!r", "!s" or "!a" conversion.
func convertField(v Value, conversion rune) (Value, error) {
	var s string
	var err error
	switch conversion {
	case 0:
		return v, nil
	case 'r':
		s, err = Repr(v)
	case 's':
		s, err = ToStr(v)
	case 'a':
		s, err = Ascii(v)
	default:
		if conversion > 32 && conversion < 127 {
			return nil, NewErrorf(ValueErrorType, "Unknown conversion specifier %c", conversion)
		}
		return nil, NewErrorf(ValueErrorType, "Unknown conversion specifier \\x%x", conversion)
	}
	return Str(s), err
}

// lookup evaluates a field name: an argument number or keyword, then
// ".attr" and "[key]" accessors.
func (f *strFormatter) lookup(name []rune) (Value, error) {
	end := 0
	for end < len(name) && name[end] != '.' && name[end] != '[' {
		end++
	}
	v, err := f.argument(string(name[:end]))
	if err != nil {
		return nil, err
	}
	for rest := name[end:]; len(rest) > 0; {
		if v, rest, err = accessor(v, rest); err != nil {
			return nil, err
		}
	}
	return v, nil
}

// argument returns the argument a field names: automatic numbering for
// "", a positional argument for a number, else a keyword argument.
func (f *strFormatter) argument(first string) (Value, error) {
	index, isNumber := fieldNumber(first)
	if !isNumber {
		return GetItem(f.kwargs, Str(first))
	}
	if !f.positional {
		return nil, NewError(ValueErrorType, "Format string contains positional fields")
	}
	want := numberingManual
	if first == "" {
		want = numberingAuto
		index = f.next
		f.next++
	}
	switch {
	case f.numbering == numberingUnknown:
		f.numbering = want
	case f.numbering == numberingManual && want == numberingAuto:
		return nil, NewError(ValueErrorType, "cannot switch from manual field specification to automatic field numbering")
	case f.numbering == numberingAuto && want == numberingManual:
		return nil, NewError(ValueErrorType, "cannot switch from automatic field numbering to manual field specification")
	}
	if index >= len(f.args) {
		return nil, NewErrorf(IndexErrorType, "Replacement index %d out of range for positional args tuple", index)
	}
	return f.args[index], nil
}

// fieldNumber parses a field name made of digits; "" counts as a number
// (the next automatic one).
func fieldNumber(s string) (int, bool) {
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0, false
		}
	}
	if s == "" {
		return 0, true
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

// accessor applies the ".attr" or "[key]" at the start of rest to v.
func accessor(v Value, rest []rune) (Value, []rune, error) {
	if rest[0] == '.' {
		end := 1
		for end < len(rest) && rest[end] != '.' && rest[end] != '[' {
			end++
		}
		if end == 1 {
			return nil, nil, NewError(ValueErrorType, "Empty attribute in format string")
		}
		r, err := GetAttr(v, string(rest[1:end]))
		return r, rest[end:], err
	}
	end := 1
	for end < len(rest) && rest[end] != ']' {
		end++
	}
	if end >= len(rest) {
		return nil, nil, NewError(ValueErrorType, "Missing ']' in format string")
	}
	if end+1 < len(rest) && rest[end+1] != '.' && rest[end+1] != '[' {
		return nil, nil, NewError(ValueErrorType, "Only '.' or '[' may follow ']' in format field specifier")
	}
	var key Value = Str(rest[1:end])
	if n, ok := fieldNumber(string(rest[1:end])); ok && end > 1 {
		key = Int(n)
	}
	r, err := GetItem(v, key)
	return r, rest[end+1:], err
}
