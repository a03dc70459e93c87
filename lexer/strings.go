package lexer

import (
	"strings"

	"github.com/alecthomas/participle/v2/lexer"

	"pyasync/ast"
)

// stringLiteral scans a string literal whose prefix (if any) lies between
// start and the opening quote at the read position. Like CPython it only
// finds the closing quote, skipping the character after each backslash;
// the escapes are decoded later by DecodeString or SplitFString.
func (s *scanner) stringLiteral(start mark, isF bool) (lexer.Token, *ast.SyntaxError) {
	quote := s.peek()
	s.advance()
	size, endSize := 1, 0
	if s.peek() == quote {
		s.advance()
		if s.peek() == quote {
			s.advance()
			size = 3
		} else {
			endSize = 1 // the empty string
		}
	}
	for endSize != size {
		c := s.peek()
		if c == 0 || size == 1 && c == '\n' {
			if _, err := s.atEnd(); err != nil {
				return lexer.Token{}, err
			}
			detected := s.line
			if c == 0 {
				detected-- // the text ends with a newline
			}
			// CPython points just past the literal's first character.
			if size == 3 {
				return lexer.Token{}, syntaxError(start.line, start.col+1,
					"unterminated triple-quoted string literal (detected at line %d)", detected)
			}
			return lexer.Token{}, syntaxError(start.line, start.col+1,
				"unterminated string literal (detected at line %d)", detected)
		}
		s.advance()
		switch {
		case c == quote:
			endSize++
		case c == '\\' && s.peek() != 0:
			endSize = 0
			s.advance()
		default:
			endSize = 0
		}
	}
	if isF {
		return s.token(FString, start), nil
	}
	return s.token(String, start), nil
}

// literal is a string literal's text taken apart.
type literal struct {
	raw, bytes, f bool
	body          string // between the quotes
	bodyOffset    int    // offset of body in the token
}

// splitLiteral takes apart the text of a String or FString token.
func splitLiteral(tok string) (literal, bool) {
	var lit literal
	i := 0
	for i < len(tok) && tok[i] != '"' && tok[i] != '\'' {
		switch tok[i] {
		case 'r', 'R':
			lit.raw = true
		case 'b', 'B':
			lit.bytes = true
		case 'f', 'F':
			lit.f = true
		case 'u', 'U':
		default:
			return lit, false
		}
		i++
	}
	rest := tok[i:]
	q := 1
	if len(rest) >= 6 && (strings.HasPrefix(rest, `"""`) || strings.HasPrefix(rest, `'''`)) {
		q = 3
	}
	if len(rest) < 2*q || rest[:q] != rest[len(rest)-q:] {
		return lit, false
	}
	lit.body = rest[q : len(rest)-q]
	lit.bodyOffset = i + q
	return lit, true
}

// DecodeString returns the value of a String token: tok is its exact
// source text, prefix and quotes included. For a bytes literal (b prefix)
// isBytes is true and value holds one byte per element; otherwise value is
// the UTF-8 encoding of the str.
//
// A non-nil err is an *ast.SyntaxError with CPython's message, such as
// "(unicode error) 'unicodeescape' codec can't decode bytes in position
// 0-1: truncated \xXX escape", and no position: CPython 3.11 reports these
// at the token its parser fetched last, which only the parser knows.
// Positions inside the message count as CPython's do, in the literal's
// body with each non-ASCII character counted as ten.
//
// An f-string token is not accepted here; use SplitFString.
func DecodeString(tok string) (value string, isBytes bool, err error) {
	lit, ok := splitLiteral(tok)
	if !ok || lit.f {
		return "", false, &ast.SyntaxError{Kind: "SyntaxError", Msg: "invalid string literal"}
	}
	var v string
	var se *ast.SyntaxError
	switch {
	case lit.bytes:
		v, se = decodeBytes(lit.body, lit.raw)
	case lit.raw:
		v = lit.body
	default:
		v, se = decodeEscapes(lit.body)
	}
	if se != nil {
		return "", lit.bytes, se
	}
	return v, lit.bytes, nil
}
