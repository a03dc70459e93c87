package runtime

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Case mappings and character classes of str methods, with Python's
// definitions where they differ from Go's unicode package.

// caseMapping maps a character to another case: simple maps one rune to one
// rune; full lists the characters that map to several (Unicode's
// SpecialCasing.txt unconditional mappings, the common ones).
type caseMapping struct {
	simple func(rune) rune
	full   map[rune]string
}

var (
	upperCase = caseMapping{unicode.ToUpper, map[rune]string{
		'ß': "SS", 'ŉ': "ʼN", 'ﬀ': "FF", 'ﬁ': "FI", 'ﬂ': "FL", 'ﬃ': "FFI", 'ﬄ': "FFL", 'ﬅ': "ST", 'ﬆ': "ST",
	}}
	titleCase = caseMapping{unicode.ToTitle, map[rune]string{
		'ß': "Ss", 'ŉ': "ʼN", 'ﬀ': "Ff", 'ﬁ': "Fi", 'ﬂ': "Fl", 'ﬃ': "Ffi", 'ﬄ': "Ffl", 'ﬅ': "St", 'ﬆ': "St",
	}}
	lowerCase = caseMapping{unicode.ToLower, map[rune]string{'İ': "i̇"}}
	foldCase  = caseMapping{unicode.ToLower, map[rune]string{
		'ß': "ss", 'ŉ': "ʼn", 'ﬀ': "ff", 'ﬁ': "fi", 'ﬂ': "fl", 'ﬃ': "ffi", 'ﬄ': "ffl", 'ﬅ': "st", 'ﬆ': "st", 'İ': "i̇",
	}}
)

// write appends the mapping of r to b.
func (m caseMapping) write(b *strings.Builder, r rune) {
	if s, ok := m.full[r]; ok {
		b.WriteString(s)
		return
	}
	b.WriteRune(m.simple(r))
}

// apply maps every character of s.
func (m caseMapping) apply(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		m.write(&b, r)
	}
	return b.String()
}

// isCased reports whether r has case (Python's cased characters).
func isCased(r rune) bool { return unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r) }

// swapCase is str.swapcase.
func swapCase(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			lowerCase.write(&b, r)
		case unicode.IsLower(r):
			upperCase.write(&b, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// titleStr is str.title: the first cased character of each run of cased
// characters in title case, the others in lower case.
func titleStr(s string) string {
	var b strings.Builder
	prevCased := false
	for _, r := range s {
		if prevCased {
			lowerCase.write(&b, r)
		} else {
			titleCase.write(&b, r)
		}
		prevCased = isCased(r)
	}
	return b.String()
}

// capitalize is str.capitalize: the first character in title case, the
// rest in lower case.
func capitalize(s string) string {
	if s == "" {
		return s
	}
	var b strings.Builder
	r, n := utf8.DecodeRuneInString(s)
	titleCase.write(&b, r)
	b.WriteString(lowerCase.apply(s[n:]))
	return b.String()
}

// isPySpace reports whether r is whitespace for Python (str.isspace,
// str.split): Go's definition plus the ASCII separators 0x1c-0x1f.
func isPySpace(r rune) bool { return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f) }

// digitLike holds the characters that are digits for str.isdigit without
// being decimal digits: superscripts, subscripts, circled and
// parenthesized digits.
var digitLike = &unicode.RangeTable{R16: []unicode.Range16{
	{0x00b2, 0x00b3, 1}, {0x00b9, 0x00b9, 1}, {0x1369, 0x1371, 1}, {0x2070, 0x2070, 1},
	{0x2074, 0x2079, 1}, {0x2080, 0x2089, 1}, {0x2460, 0x2468, 1}, {0x2474, 0x247c, 1},
	{0x2488, 0x2490, 1}, {0x24ea, 0x24ea, 1}, {0x24f5, 0x24fd, 1}, {0x24ff, 0x24ff, 1},
	{0x2776, 0x277e, 1}, {0x2780, 0x2788, 1}, {0x278a, 0x2792, 1},
}}

// cjkNumerals are the CJK ideographs with a numeric value (str.isnumeric).
const cjkNumerals = "零一二三四五六七八九十百千万萬億兆"

func isDecimal(r rune) bool { return unicode.IsDigit(r) }
func isDigit(r rune) bool   { return unicode.IsDigit(r) || unicode.Is(digitLike, r) }
func isNumeric(r rune) bool { return unicode.IsNumber(r) || strings.ContainsRune(cjkNumerals, r) }
func isAlnum(r rune) bool   { return unicode.IsLetter(r) || isNumeric(r) }

// charClasses are the str predicates true when every character is in a
// class; empty reports the result for "".
var charClasses = map[string]struct {
	in    func(rune) bool
	empty bool
}{
	"isdigit":     {isDigit, false},
	"isdecimal":   {isDecimal, false},
	"isnumeric":   {isNumeric, false},
	"isalpha":     {unicode.IsLetter, false},
	"isalnum":     {isAlnum, false},
	"isspace":     {isPySpace, false},
	"isprintable": {unicode.IsPrint, true},
	"isascii":     {func(r rune) bool { return r < utf8.RuneSelf }, true},
}

// allIn reports whether every character of s satisfies in (empty for "").
func allIn(s string, in func(rune) bool, empty bool) bool {
	if s == "" {
		return empty
	}
	for _, r := range s {
		if !in(r) {
			return false
		}
	}
	return true
}

// isCase is str.isupper (want unicode.IsUpper) and str.islower (want
// unicode.IsLower): at least one cased character, all of them in that case.
func isCase(s string, want func(rune) bool) bool {
	cased := false
	for _, r := range s {
		if !isCased(r) {
			continue
		}
		if !want(r) {
			return false
		}
		cased = true
	}
	return cased
}

// isTitle is str.istitle: upper and title case characters only start runs
// of cased characters, lower case ones only continue them.
func isTitle(s string) bool {
	cased, prevCased := false, false
	for _, r := range s {
		switch {
		case unicode.IsUpper(r) || unicode.IsTitle(r):
			if prevCased {
				return false
			}
			prevCased, cased = true, true
		case unicode.IsLower(r):
			if !prevCased {
				return false
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
	}
	return cased
}

// isIdentifier is str.isidentifier (an approximation of XID_Start and
// XID_Continue).
func isIdentifier(s string) bool {
	for i, r := range s {
		start := r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r)
		if !start && (i == 0 || !(unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Pc))) {
			return false
		}
	}
	return s != ""
}
