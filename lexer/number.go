package lexer

import (
	"strings"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"

	"pyasync/ast"
)

// number scans a numeric literal starting with a digit, or with '.' and a
// digit. It follows CPython's tok_get: errors are reported at the
// character where the literal goes wrong, and a literal must not run into
// an identifier character, except that a keyword which can follow a number
// in valid code (1if x else y) may.
func (s *scanner) number(start mark) (lexer.Token, *ast.SyntaxError) {
	if s.peek() == '.' {
		s.advance()
		return s.fraction(start)
	}
	if s.peek() != '0' {
		if err := s.decimalTail(); err != nil {
			return lexer.Token{}, err
		}
		return s.afterInteger(start)
	}
	s.advance()
	switch s.peek() {
	case 'x', 'X':
		s.advance()
		return s.radixInteger(start, isHexDigit, "hexadecimal")
	case 'o', 'O':
		s.advance()
		return s.radixInteger(start, isOctDigit, "octal")
	case 'b', 'B':
		s.advance()
		return s.radixInteger(start, isBinDigit, "binary")
	}
	return s.zeroInteger(start)
}

// radixInteger scans the digits of a 0x, 0o or 0b literal.
func (s *scanner) radixInteger(start mark, isRadixDigit func(byte) bool, kind string) (lexer.Token, *ast.SyntaxError) {
	// Octal and binary literals name a stray decimal digit; CPython
	// reports it after consuming it.
	strayDigit := func() *ast.SyntaxError {
		if kind == "hexadecimal" || !isDigit(s.peek()) {
			return nil
		}
		return syntaxError(s.line, s.col+1, "invalid digit '%c' in %s literal", s.peek(), kind)
	}
	for {
		if s.peek() == '_' {
			s.advance()
		}
		if !isRadixDigit(s.peek()) {
			if err := strayDigit(); err != nil {
				return lexer.Token{}, err
			}
			return lexer.Token{}, syntaxError(s.line, s.col, "invalid %s literal", kind)
		}
		for isRadixDigit(s.peek()) {
			s.advance()
		}
		if s.peek() != '_' {
			break
		}
	}
	if err := strayDigit(); err != nil {
		return lexer.Token{}, err
	}
	if err := s.endOfNumber(kind); err != nil {
		return lexer.Token{}, err
	}
	return s.token(Int, start), nil
}

// zeroInteger scans a decimal literal after its leading '0': more zeros,
// or a float such as 0.5, 00e1 or 09.5. Other digits after leading zeros
// (old-style octal) are an error.
func (s *scanner) zeroInteger(start mark) (lexer.Token, *ast.SyntaxError) {
	for {
		if s.peek() == '_' {
			s.advance()
			if !isDigit(s.peek()) {
				return lexer.Token{}, syntaxError(s.line, s.col, "invalid decimal literal")
			}
		}
		if s.peek() != '0' {
			break
		}
		s.advance()
	}
	// CPython's zeros_end is just past the first character after the zeros.
	zerosEnd := s.pos + 1 - s.lineStart
	nonzero := isDigit(s.peek())
	if nonzero {
		if err := s.decimalTail(); err != nil {
			return lexer.Token{}, err
		}
	}
	switch s.peek() {
	case '.', 'e', 'E', 'j', 'J':
		return s.afterInteger(start)
	}
	if nonzero {
		// This range CPython counts in bytes.
		return lexer.Token{}, &ast.SyntaxError{Kind: "SyntaxError", Msg: msgLeadingZeros,
			Line: s.line, Col: start.off - s.lineStart + 1, EndLine: s.line, EndCol: zerosEnd}
	}
	if err := s.endOfNumber("decimal"); err != nil {
		return lexer.Token{}, err
	}
	return s.token(Int, start), nil
}

// afterInteger scans what may follow the integer part of a decimal
// literal: a fraction, an exponent, an imaginary suffix.
func (s *scanner) afterInteger(start mark) (lexer.Token, *ast.SyntaxError) {
	if s.peek() == '.' {
		s.advance()
		return s.fraction(start)
	}
	return s.exponent(start, Int)
}

// fraction scans the digits after a decimal point, and what follows them.
func (s *scanner) fraction(start mark) (lexer.Token, *ast.SyntaxError) {
	if isDigit(s.peek()) {
		if err := s.decimalTail(); err != nil {
			return lexer.Token{}, err
		}
	}
	return s.exponent(start, Float)
}

// exponent scans an optional exponent and imaginary suffix; typ is the
// literal's type without them.
func (s *scanner) exponent(start mark, typ lexer.TokenType) (lexer.Token, *ast.SyntaxError) {
	if c := s.peek(); c == 'e' || c == 'E' {
		c2 := s.peekAt(1)
		switch {
		case c2 == '+' || c2 == '-':
			s.advance()
			s.advance()
			if !isDigit(s.peek()) {
				return lexer.Token{}, syntaxError(s.line, s.col, "invalid decimal literal")
			}
		case !isDigit(c2):
			// Not an exponent: the literal ends before the 'e', unless
			// that runs into a name.
			if err := s.endOfNumber("decimal"); err != nil {
				return lexer.Token{}, err
			}
			return s.token(typ, start), nil
		default:
			s.advance()
		}
		if err := s.decimalTail(); err != nil {
			return lexer.Token{}, err
		}
		typ = Float
	}
	if c := s.peek(); c == 'j' || c == 'J' {
		s.advance()
		if err := s.endOfNumber("imaginary"); err != nil {
			return lexer.Token{}, err
		}
		return s.token(Imag, start), nil
	}
	if err := s.endOfNumber("decimal"); err != nil {
		return lexer.Token{}, err
	}
	return s.token(typ, start), nil
}

// decimalTail consumes decimal digits with single underscores between
// them, starting at a digit.
func (s *scanner) decimalTail() *ast.SyntaxError {
	for {
		for isDigit(s.peek()) {
			s.advance()
		}
		if s.peek() != '_' {
			return nil
		}
		s.advance()
		if !isDigit(s.peek()) {
			return syntaxError(s.line, s.col, "invalid decimal literal")
		}
	}
}

// endOfNumber checks the character after a numeric literal, as CPython's
// verify_end_of_number: an ASCII letter, digit or '_' there makes the
// literal invalid (a non-ASCII character starts the next token), unless
// a keyword that may follow a number in valid code starts there (CPython
// warns about those only with -W).
func (s *scanner) endOfNumber(kind string) *ast.SyntaxError {
	c := s.peek()
	rest := s.text[s.pos+1:]
	var follows bool
	switch c {
	case 'a':
		follows = s.keywordAhead(rest, "nd")
	case 'e':
		follows = s.keywordAhead(rest, "lse")
	case 'f':
		follows = s.keywordAhead(rest, "or")
	case 'o':
		follows = s.keywordAhead(rest, "r")
	case 'n':
		follows = s.keywordAhead(rest, "ot")
	case 'i':
		follows = len(rest) > 0 && strings.IndexByte("fns", rest[0]) >= 0
	}
	if !follows && c < utf8.RuneSelf && isIdentChar(c) {
		return syntaxError(s.line, s.col, "invalid %s literal", kind)
	}
	return nil
}

// keywordAhead reports whether rest starts with tail followed by a
// character that cannot continue a name.
func (s *scanner) keywordAhead(rest []byte, tail string) bool {
	if len(rest) < len(tail) || string(rest[:len(tail)]) != tail {
		return false
	}
	return len(rest) == len(tail) || !isIdentChar(rest[len(tail)])
}

func isHexDigit(c byte) bool {
	return isDigit(c) || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func isOctDigit(c byte) bool { return '0' <= c && c <= '7' }

func isBinDigit(c byte) bool { return c == '0' || c == '1' }
