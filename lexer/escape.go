package lexer

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"pyasync/ast"
)

// decodeEscapes decodes the backslash escapes of a str literal's body, as
// CPython's decode_unicode_with_escapes: \<newline> \\ \' \" \a \b \f \n
// \r \t \v, \ooo, \xhh, \uXXXX, \UXXXXXXXX and \N{name}. An unknown escape
// such as \d stays as written.
func decodeEscapes(body string) (string, *ast.SyntaxError) {
	if strings.IndexByte(body, '\\') < 0 {
		return body, nil
	}
	var out strings.Builder
	out.Grow(len(body))
	// pos counts bytes as CPython's error positions do: it first rewrites
	// each non-ASCII character as a ten-byte \UXXXXXXXX escape.
	pos := 0
	for i := 0; i < len(body); {
		c := body[i]
		if c != '\\' {
			r, n := utf8.DecodeRuneInString(body[i:])
			out.WriteString(body[i : i+n])
			i += n
			pos += escapedWidth(r)
			continue
		}
		start := pos
		i++
		pos++
		if i == len(body) {
			out.WriteByte('\\')
			break
		}
		c = body[i]
		if c >= utf8.RuneSelf {
			// A backslash before a non-ASCII character stays a backslash
			// (CPython rewrites it as \u005c).
			out.WriteByte('\\')
			pos += 5
			continue
		}
		i++
		pos++
		if b, ok := simpleEscape(c); ok {
			out.WriteByte(b)
			continue
		}
		switch c {
		case '\n':
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v, n := octalEscape(body[i-1:])
			i += n - 1
			pos += n - 1
			out.WriteRune(rune(v))
		case 'x', 'u', 'U':
			count, truncated := hexEscape(c)
			v, n := hexDigits(body[i:], count)
			i += n
			pos += n
			if n < count {
				return "", unicodeEscapeError(start, pos, truncated)
			}
			if v > utf8.MaxRune {
				return "", unicodeEscapeError(start, pos, "illegal Unicode character")
			}
			out.WriteRune(rune(v))
		case 'N':
			r, n, msg := namedEscape(body[i:])
			i += n
			pos += n
			if msg != "" {
				return "", unicodeEscapeError(start, pos, msg)
			}
			out.WriteRune(r)
		default:
			out.WriteByte('\\')
			out.WriteByte(c)
		}
	}
	return out.String(), nil
}

// decodeBytes decodes a bytes literal's body, as CPython's
// _PyBytes_DecodeEscape: the escapes of str literals except \u, \U and
// \N, which stay as written. Only ASCII characters may appear.
func decodeBytes(body string, raw bool) (string, *ast.SyntaxError) {
	for i := 0; i < len(body); i++ {
		if body[i] >= utf8.RuneSelf {
			return "", &ast.SyntaxError{Kind: "SyntaxError", Msg: "bytes can only contain ASCII literal characters"}
		}
	}
	if raw || strings.IndexByte(body, '\\') < 0 {
		return body, nil
	}
	out := make([]byte, 0, len(body))
	for i := 0; i < len(body); {
		c := body[i]
		i++
		if c != '\\' || i == len(body) {
			out = append(out, c)
			continue
		}
		c = body[i]
		i++
		if b, ok := simpleEscape(c); ok {
			out = append(out, b)
			continue
		}
		switch c {
		case '\n':
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v, n := octalEscape(body[i-1:])
			i += n - 1
			out = append(out, byte(v))
		case 'x':
			v, n := hexDigits(body[i:], 2)
			if n < 2 {
				return "", &ast.SyntaxError{Kind: "SyntaxError",
					Msg: fmt.Sprintf(`(value error) invalid \x escape at position %d`, i-2)}
			}
			i += 2
			out = append(out, byte(v))
		default:
			out = append(out, '\\', c)
		}
	}
	return string(out), nil
}

// simpleEscape returns the character a one-letter escape stands for.
func simpleEscape(c byte) (byte, bool) {
	switch c {
	case '\\', '\'', '"':
		return c, true
	case 'a':
		return '\a', true
	case 'b':
		return '\b', true
	case 'f':
		return '\f', true
	case 'n':
		return '\n', true
	case 'r':
		return '\r', true
	case 't':
		return '\t', true
	case 'v':
		return '\v', true
	}
	return 0, false
}

// hexEscape returns the number of digits the escape letter c ('x', 'u'
// or 'U') takes, and CPython's reason when there are fewer.
func hexEscape(c byte) (count int, truncated string) {
	switch c {
	case 'x':
		return 2, `truncated \xXX escape`
	case 'u':
		return 4, `truncated \uXXXX escape`
	}
	return 8, `truncated \UXXXXXXXX escape`
}

// octalEscape decodes one to three octal digits at the start of s.
func octalEscape(s string) (v, n int) {
	for n < 3 && n < len(s) && '0' <= s[n] && s[n] <= '7' {
		v = v<<3 + int(s[n]-'0')
		n++
	}
	return v, n
}

// hexDigits decodes up to count hex digits at the start of s; n < count
// means a non-digit or the end came first.
func hexDigits(s string, count int) (v, n int) {
	for ; n < count && n < len(s); n++ {
		c := s[n]
		var d int
		switch {
		case '0' <= c && c <= '9':
			d = int(c - '0')
		case 'a' <= c && c <= 'f':
			d = int(c-'a') + 10
		case 'A' <= c && c <= 'F':
			d = int(c-'A') + 10
		default:
			return v, n
		}
		v = v<<4 + d
	}
	return v, n
}

// namedEscape decodes the {name} part of a \N{name} escape at the start
// of s. It returns the bytes consumed, and CPython's reason on failure.
func namedEscape(s string) (r rune, n int, msg string) {
	const malformed = `malformed \N character escape`
	if s == "" || s[0] != '{' {
		return 0, 0, malformed
	}
	end := strings.IndexByte(s, '}')
	if end < 0 {
		return 0, len(s), malformed
	}
	if end == 1 {
		return 0, 1, malformed
	}
	r, ok := lookupName(s[1:end])
	if !ok {
		return 0, end + 1, "unknown Unicode character name"
	}
	return r, end + 1, ""
}

// escapedWidth is the width CPython's error positions give a character of
// a str literal: non-ASCII ones count as their \UXXXXXXXX rewriting.
func escapedWidth(r rune) int {
	if r < utf8.RuneSelf {
		return 1
	}
	return 10
}

func unicodeEscapeError(start, end int, reason string) *ast.SyntaxError {
	return &ast.SyntaxError{Kind: "SyntaxError", Msg: fmt.Sprintf(
		"(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s", start, end-1, reason)}
}

// lookupName finds a character by its Unicode name, ignoring case as
// CPython does. Besides the names in charNames it knows the names made
// from code points: CJK UNIFIED IDEOGRAPH-XXXX.
func lookupName(name string) (rune, bool) {
	name = strings.ToUpper(name)
	if r, ok := charNames[name]; ok {
		return r, true
	}
	if hex, ok := strings.CutPrefix(name, "CJK UNIFIED IDEOGRAPH-"); ok && (len(hex) == 4 || len(hex) == 5) {
		v, n := hexDigits(hex, len(hex))
		if n == len(hex) && unicode.Is(unicode.Ideographic, rune(v)) && unicode.Is(unicode.Han, rune(v)) {
			return rune(v), true
		}
	}
	return 0, false
}
