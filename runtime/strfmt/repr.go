package strfmt

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// FloatRepr returns repr(f) (which is also str(f)): the shortest digits
// that round-trip, in positional notation with at least one digit after the
// point ("1.0", "0.0001", "123456789012345.0") when the decimal exponent is
// in [-4, 16), else in exponent notation ("1e+16", "1.5e-07"); also "inf",
// "-inf", "nan" and "-0.0".
func FloatRepr(f float64) string {
	var buf [32]byte
	return string(appendDouble(buf[:0], f, 'r', 0, dtsfAddDot0))
}

// StrRepr returns repr(s) for a Python str: single quotes unless s contains
// a single quote and no double quote; backslash, the chosen quote, \t, \n
// and \r escaped; other non-printable code points written as \xhh, \uhhhh or
// \Uhhhhhhhh. Printability follows str.isprintable, from Go's Unicode tables
// (see isPrintable). Bytes of s that are not valid UTF-8 are taken as U+FFFD.
func StrRepr(s string) string {
	return string(appendStrRepr(make([]byte, 0, len(s)+2), s))
}

func appendStrRepr(dst []byte, s string) []byte {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	dst = append(dst, quote)
	for _, r := range s {
		switch {
		case r == rune(quote) || r == '\\':
			dst = append(dst, '\\', byte(r))
		case r == '\t':
			dst = append(dst, '\\', 't')
		case r == '\n':
			dst = append(dst, '\\', 'n')
		case r == '\r':
			dst = append(dst, '\\', 'r')
		case r < ' ' || r == 0x7f:
			dst = appendEscape(dst, 'x', r, 2)
		case r < 0x7f:
			dst = append(dst, byte(r))
		case isPrintable(r):
			dst = utf8.AppendRune(dst, r)
		case r <= 0xff:
			dst = appendEscape(dst, 'x', r, 2)
		case r <= 0xffff:
			dst = appendEscape(dst, 'u', r, 4)
		default:
			dst = appendEscape(dst, 'U', r, 8)
		}
	}
	return append(dst, quote)
}

// isPrintable reports whether Python's str.isprintable holds for r: r is
// not in categories Cc, Cf, Cs, Co, Cn, Zl, Zp or Zs, the ASCII space
// excepted. That is Go's unicode.IsPrint; it differs from CPython 3.11 only
// for code points that Go's newer Unicode version assigns and Unicode 14
// does not.
func isPrintable(r rune) bool { return unicode.IsPrint(r) }

// appendEscape appends a backslash, kind and the n-digit lowercase hex of r.
func appendEscape(dst []byte, kind byte, r rune, n int) []byte {
	dst = append(dst, '\\', kind)
	for shift := 4 * (n - 1); shift >= 0; shift -= 4 {
		dst = append(dst, "0123456789abcdef"[(r>>shift)&0xf])
	}
	return dst
}
