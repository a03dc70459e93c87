package lexer

import (
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"

	"pyasync/ast"
)

// maxParens is CPython's limit on open brackets (MAXLEVEL).
const maxParens = 200

// scanner is the lexer.Lexer for one source text. It mirrors tok_get in
// CPython's tokenizer: Next returns one token per call, synthesising
// NEWLINE, INDENT and DEDENT, and stops for good at the first error.
type scanner struct {
	filename string
	src      source
	text     []byte // src.text

	// The read position: byte offset pos lies on line (1-based), col code
	// points after lineStart, the offset where that line begins.
	pos, line, col, lineStart int
	// bufStart is the offset of the line where CPython's file tokenizer
	// last started a fresh line buffer. It starts one only when it reads a
	// line between tokens, so a backslash continuation or a multi-line
	// string extends the buffer. Some error columns count from here.
	bufStart int

	atBOL   bool          // the next read starts a physical line
	indents []indentLevel // open indentation levels; indents[0] is column 0
	pending int           // INDENT (> 0) or DEDENT (< 0) tokens still to return
	parens  []openParen   // open brackets, innermost last

	err  *ast.SyntaxError // once set, every Next returns it
	done bool             // the EOF token has been returned
}

// openParen is an open bracket: which one and where, as CPython records it.
type openParen struct {
	char    byte
	line    int
	byteCol int // 0-based byte column of the bracket
}

// mark is a position in the text.
type mark struct{ off, line, col int }

func newScanner(filename string, src []byte) *scanner {
	s := &scanner{filename: filename, src: newSource(filename, src), line: 1, atBOL: true}
	s.text = s.src.text
	s.indents = []indentLevel{{}}
	return s
}

// Next returns the next token. After the EOF token it keeps returning EOF;
// after an error it keeps returning that error.
func (s *scanner) Next() (lexer.Token, error) {
	if s.err != nil {
		return lexer.Token{}, s.err
	}
	if s.done {
		return lexer.EOFToken(s.position(s.here())), nil
	}
	tok, err := s.scan()
	if err != nil {
		s.err = err
		return lexer.Token{}, err
	}
	return tok, nil
}

func (s *scanner) here() mark { return mark{s.pos, s.line, s.col} }

func (s *scanner) position(m mark) lexer.Position {
	return lexer.Position{Filename: s.filename, Offset: m.off, Line: m.line, Column: m.col + 1}
}

// token returns a token of type typ spanning start to the read position.
func (s *scanner) token(typ lexer.TokenType, start mark) lexer.Token {
	return lexer.Token{Type: typ, Value: string(s.text[start.off:s.pos]), Pos: s.position(start)}
}

// peek returns the byte at the read position, or 0 at the end of the text
// (the text holds no NUL bytes).
func (s *scanner) peek() byte { return s.peekAt(0) }

// peekAt returns the byte i bytes after the read position, or 0.
func (s *scanner) peekAt(i int) byte {
	if s.pos+i < len(s.text) {
		return s.text[s.pos+i]
	}
	return 0
}

// advance consumes one code point.
func (s *scanner) advance() {
	c := s.text[s.pos]
	if c < utf8.RuneSelf {
		s.pos++
		if c == '\n' {
			s.line++
			s.col = 0
			s.lineStart = s.pos
		} else {
			s.col++
		}
		return
	}
	_, n := utf8.DecodeRune(s.text[s.pos:])
	s.pos += n
	s.col++
}

// atEnd reports whether the text is exhausted, and the error for the
// unreadable line that follows it, if any: reading past the end is where
// CPython raises that error.
func (s *scanner) atEnd() (bool, *ast.SyntaxError) {
	if s.pos < len(s.text) {
		return false, nil
	}
	return true, s.src.unreadable
}

// lineBytes returns the length in bytes, newline included, of the line
// holding the read position.
func (s *scanner) lineBytes() int {
	end := s.pos
	for end < len(s.text) && s.text[end] != '\n' {
		end++
	}
	if end < len(s.text) {
		end++
	}
	return end - s.lineStart
}

// scan returns the next token, as tok_get does.
func (s *scanner) scan() (lexer.Token, *ast.SyntaxError) {
	for {
		blank := false
		if s.atBOL {
			s.atBOL = false
			var err *ast.SyntaxError
			if blank, err = s.indentation(); err != nil {
				return lexer.Token{}, err
			}
		}
		if s.pending != 0 {
			return s.indentToken(), nil
		}
		tok, ok, err := s.scanOnLine(blank)
		if err != nil || ok {
			return tok, err
		}
		// A newline that ends no logical line: go on with the next line.
	}
}

// scanOnLine scans from the read position to the next token. It returns
// ok == false when it consumed a newline that ends no logical line (the
// line was blank, or brackets are open).
func (s *scanner) scanOnLine(blank bool) (tok lexer.Token, ok bool, err *ast.SyntaxError) {
	for {
		for c := s.peek(); c == ' ' || c == '\t' || c == '\f'; c = s.peek() {
			s.advance()
		}
		start := s.here()
		if s.peek() == '#' {
			for c := s.peek(); c != '\n' && c != 0; c = s.peek() {
				s.advance()
			}
		}
		c := s.peek()
		switch {
		case c == 0:
			// The end of the text: indentation, which reads every line's
			// start, has reported any unreadable line after it.
			if len(s.parens) > 0 {
				return lexer.Token{}, false, s.neverClosed()
			}
			s.done = true
			return lexer.EOFToken(s.position(start)), true, nil
		case c == '\n':
			s.advance()
			s.atBOL = true
			if blank || len(s.parens) > 0 {
				return lexer.Token{}, false, nil
			}
			tok := lexer.Token{Type: Newline, Value: string(s.text[start.off : s.pos-1]), Pos: s.position(start)}
			return tok, true, nil
		case c == '\\':
			if err := s.continuation(); err != nil {
				return lexer.Token{}, false, err
			}
			continue
		case isDigit(c) || c == '.' && isDigit(s.peekAt(1)):
			tok, err = s.number(start)
		case isIdentStart(c):
			tok, err = s.nameOrString(start)
		case c == '"' || c == '\'':
			tok, err = s.stringLiteral(start, false)
		default:
			tok, err = s.operator(start)
		}
		return tok, err == nil, err
	}
}

// continuation consumes a backslash that joins the next line to this
// one, between tokens.
func (s *scanner) continuation() *ast.SyntaxError {
	line, lineBytes, err := s.joinLine()
	if err != nil {
		return err
	}
	if end, err := s.atEnd(); end {
		if err != nil {
			return err
		}
		// CPython reports the end of the backslash's line, in bytes.
		return s.unexpectedEOF(line, lineBytes)
	}
	return nil
}

// joinLine consumes a backslash and the newline after it, as
// tok_continuation_line. It returns the backslash's line and that line's
// length in bytes. Any other character after the backslash is an error,
// which CPython locates just past that character's first byte, counting
// bytes from the start of its line buffer.
func (s *scanner) joinLine() (line, lineBytes int, err *ast.SyntaxError) {
	s.advance() // the backslash
	if s.peek() != '\n' {
		// CPython has read one byte of the offending character.
		return 0, 0, &ast.SyntaxError{Kind: "SyntaxError", Msg: msgLineCont,
			Line: s.line, Col: s.pos + 1 - s.bufStart, EndLine: s.line, EndCol: 0}
	}
	line, lineBytes = s.line, s.lineBytes()
	s.advance()
	return line, lineBytes, nil
}

// unexpectedEOF is the error for input that ends after a backslash
// continuation, located at line, col as CPython does.
func (s *scanner) unexpectedEOF(line, col int) *ast.SyntaxError {
	if len(s.parens) > 0 {
		return s.neverClosed()
	}
	return &ast.SyntaxError{Kind: "SyntaxError", Msg: msgUnexpectedEOF,
		Line: line, Col: col, EndLine: line, EndCol: -1}
}

// neverClosed is the error for input that ends inside brackets: it names
// the innermost open bracket, whose column CPython counts in bytes.
func (s *scanner) neverClosed() *ast.SyntaxError {
	p := s.parens[len(s.parens)-1]
	return &ast.SyntaxError{Kind: "SyntaxError", Msg: "'" + string(p.char) + suffixNeverClosed,
		Line: p.line, Col: p.byteCol + 1, EndLine: p.line, EndCol: 0}
}

// operator scans an operator or delimiter, longest match first, and keeps
// the bracket stack. Characters that are no Python operator ('$', '?',
// '!', '`') are Op tokens too: the parser rejects them as CPython's does.
func (s *scanner) operator(start mark) (lexer.Token, *ast.SyntaxError) {
	if n := operatorLen(s.text[s.pos:]); n > 1 {
		for range n {
			s.advance()
		}
		return s.token(Op, start), nil
	}
	c := s.peek()
	// CPython reports these errors after consuming c.
	errCol := s.col + 1
	switch c {
	case '(', '[', '{':
		if len(s.parens) >= maxParens {
			return lexer.Token{}, syntaxError(s.line, errCol, msgTooManyParens)
		}
		s.parens = append(s.parens, openParen{char: c, line: s.line, byteCol: s.pos - s.lineStart})
	case ')', ']', '}':
		if len(s.parens) == 0 {
			return lexer.Token{}, syntaxError(s.line, errCol, "unmatched '%c'", c)
		}
		open := s.parens[len(s.parens)-1]
		s.parens = s.parens[:len(s.parens)-1]
		if closing(open.char) != c {
			if open.line != s.line {
				return lexer.Token{}, syntaxError(s.line, errCol,
					"closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c, open.char, open.line)
			}
			return lexer.Token{}, syntaxError(s.line, errCol,
				"closing parenthesis '%c' does not match opening parenthesis '%c'", c, open.char)
		}
	}
	if c < ' ' || c == 0x7f {
		return lexer.Token{}, syntaxError(s.line, errCol, "invalid non-printable character U+%04X", c)
	}
	s.advance()
	return s.token(Op, start), nil
}

// closing returns the bracket that closes open.
func closing(open byte) byte {
	switch open {
	case '(':
		return ')'
	case '[':
		return ']'
	}
	return '}'
}

// operatorLen returns the length of the operator of two or three
// characters at the start of b, or 0. "<>" is one: CPython tokenizes it
// (for PEP 401) and its parser rejects it.
func operatorLen(b []byte) int {
	if len(b) < 2 {
		return 0
	}
	c, c2 := b[0], b[1]
	var c3 byte
	if len(b) > 2 {
		c3 = b[2]
	}
	switch {
	case c == '.' && c2 == '.' && c3 == '.':
		return 3
	case (c == '*' || c == '/' || c == '<' || c == '>') && c2 == c && c3 == '=':
		return 3
	case c2 == '=' && isOneOf(c, "!%&*+-/:<=>@^|"):
		return 2
	case c2 == c && isOneOf(c, "*/<>"):
		return 2
	case c == '-' && c2 == '>', c == '<' && c2 == '>':
		return 2
	}
	return 0
}

func isOneOf(c byte, set string) bool {
	for i := 0; i < len(set); i++ {
		if set[i] == c {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
