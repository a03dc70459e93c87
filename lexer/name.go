package lexer

import (
	"unicode"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"

	"pyasync/ast"
)

// nameOrString scans a name, a keyword, or a string literal with a prefix
// (the prefix letters are scanned as a name until a quote follows them).
//
// Like CPython, it first takes every ASCII letter, digit, '_' and non-ASCII
// character, then checks that the whole is an identifier, reporting the
// first character that is not.
func (s *scanner) nameOrString(start mark) (lexer.Token, *ast.SyntaxError) {
	var sawB, sawR, sawU, sawF bool
prefix:
	for {
		switch c := s.peek(); {
		case !(sawB || sawU || sawF) && (c == 'b' || c == 'B'):
			sawB = true
		case !(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U'):
			sawU = true
		case !(sawR || sawU) && (c == 'r' || c == 'R'):
			sawR = true
		case !(sawF || sawB || sawU) && (c == 'f' || c == 'F'):
			sawF = true
		default:
			break prefix
		}
		s.advance()
		if c := s.peek(); c == '"' || c == '\'' {
			return s.stringLiteral(start, sawF)
		}
	}
	nonASCII := false
	for c := s.peek(); isIdentChar(c); c = s.peek() {
		nonASCII = nonASCII || c >= utf8.RuneSelf
		s.advance()
	}
	name := string(s.text[start.off:s.pos])
	if nonASCII {
		if err := s.verifyIdentifier(name, start); err != nil {
			return lexer.Token{}, err
		}
	}
	if keywords[name] {
		return s.token(Keyword, start), nil
	}
	return s.token(Name, start), nil
}

// verifyIdentifier reports the first character of name, which starts at
// start, that cannot appear there in an identifier.
func (s *scanner) verifyIdentifier(name string, start mark) *ast.SyntaxError {
	i := 0
	for _, r := range name {
		ok := isIDContinue(r)
		if i == 0 {
			ok = r == '_' || isIDStart(r)
		}
		if !ok {
			// CPython locates the error just past the character.
			col := start.col + i + 1
			if unicode.IsPrint(r) {
				return syntaxError(start.line, col, "invalid character '%c' (U+%04X)", r, r)
			}
			return syntaxError(start.line, col, "invalid non-printable character U+%04X", r)
		}
		i++
	}
	return nil
}

// isIdentStart reports whether c may start a name as CPython's tokenizer
// first sees it: an ASCII letter, '_', or any non-ASCII byte.
func isIdentStart(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_' || c >= utf8.RuneSelf
}

// isIdentChar reports whether c may continue a name as CPython's
// tokenizer first sees it.
func isIdentChar(c byte) bool { return isIdentStart(c) || isDigit(c) }

// isIDStart approximates Unicode's XID_Start with ID_Start: letters,
// letter numbers and Other_ID_Start, less pattern characters.
func isIDStart(r rune) bool {
	return (unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)) &&
		!unicode.Is(unicode.Pattern_Syntax, r) && !unicode.Is(unicode.Pattern_White_Space, r)
}

// isIDContinue approximates Unicode's XID_Continue with ID_Continue.
func isIDContinue(r rune) bool {
	if isIDStart(r) || r == '_' {
		return true
	}
	return (unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc) || unicode.Is(unicode.Other_ID_Continue, r)) &&
		!unicode.Is(unicode.Pattern_Syntax, r) && !unicode.Is(unicode.Pattern_White_Space, r)
}
