package lexer

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"pyasync/ast"
)

// source is the text a scanner reads, prepared the way CPython's file
// tokenizer prepares each line it reads.
//
// Invariants: text contains no '\r', no NUL byte and only valid UTF-8;
// text is empty or ends with '\n'. Offsets of tokens index text, which
// equals the input unless the input started with a UTF-8 byte order mark
// (dropped) or contained "\r\n" or '\r' (each became '\n').
type source struct {
	text []byte
	// unreadable is the error CPython raises when it reads the line that
	// starts at len(text): a line holding a NUL byte or invalid UTF-8.
	// The scanner reports it when it needs input beyond len(text), so the
	// tokens before that line come out first. Nil if every line is fine.
	unreadable *ast.SyntaxError
}

// newSource prepares src for scanning. filename appears in the message for
// undecodable input, as in CPython's.
func newSource(filename string, src []byte) source {
	src = bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	if bytes.IndexByte(src, '\r') >= 0 {
		src = normalizeNewlines(src)
	}
	for start, line := 0, 1; start < len(src); line++ {
		end := len(src)
		if i := bytes.IndexByte(src[start:], '\n'); i >= 0 {
			end = start + i + 1
		}
		if err := checkLine(filename, src[start:end], line); err != nil {
			return source{text: src[:start], unreadable: err}
		}
		start = end
	}
	if len(src) > 0 && src[len(src)-1] != '\n' {
		// CPython's tokenizer supplies the missing final newline.
		src = append(src[:len(src):len(src)], '\n')
	}
	return source{text: src}
}

// normalizeNewlines returns a copy of src with "\r\n" and lone '\r'
// replaced by '\n', as CPython's universal-newline reading does.
func normalizeNewlines(src []byte) []byte {
	out := make([]byte, 0, len(src))
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c == '\r' {
			c = '\n'
			if i+1 < len(src) && src[i+1] == '\n' {
				i++
			}
		}
		out = append(out, c)
	}
	return out
}

// checkLine returns the error CPython's file tokenizer raises on reading
// line number lineno, or nil. Its UTF-8 check stops at a NUL byte, so in a
// line holding both, whichever comes first decides.
func checkLine(filename string, line []byte, lineno int) *ast.SyntaxError {
	for i := 0; i < len(line); {
		c := line[i]
		switch {
		case c == 0:
			return &ast.SyntaxError{Kind: "SyntaxError", Msg: msgNullBytes, Line: lineno, EndLine: lineno}
		case c < utf8.RuneSelf:
			i++
		default:
			r, n := utf8.DecodeRune(line[i:])
			if r == utf8.RuneError && n == 1 {
				// CPython gives this error no location (lineno None);
				// Line 0 stands for that.
				return &ast.SyntaxError{Kind: "SyntaxError", Msg: fmt.Sprintf(
					"Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, "+
						"but no encoding declared; see https://peps.python.org/pep-0263/ for details",
					c, filename, lineno)}
			}
			i += n
		}
	}
	return nil
}
