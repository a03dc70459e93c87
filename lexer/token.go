// Package lexer turns Python 3.11 source text into tokens for the
// participle grammar in package parser.
//
// It follows CPython's tokenizer (Parser/tokenizer.c) closely: the same
// token boundaries, the same synthesised NEWLINE, INDENT and DEDENT tokens,
// and the same SyntaxError messages and positions for lexical errors, as
// `python3 file.py` reports them. The string-literal helpers DecodeString
// and SplitFString turn String and FString token values into their parts.
//
// Token values are the exact source text of the token, except that a
// Newline's value is the comment ending its line ("" if none), and Indent,
// Dedent and EOF have empty values. Positions: Line is 1-based, Column the
// 1-based column in code points, Offset the byte offset in the source
// after CPython's preparation (a UTF-8 byte order mark dropped, "\r\n" and
// "\r" read as "\n"). A Newline sits where CPython's NEWLINE starts: at
// the comment, or at the end of the line. Indent and Dedent sit at the
// first token of the line that opens or closes the blocks (at the end of
// input for the final Dedents).
package lexer

import (
	"bytes"
	"io"

	"github.com/alecthomas/participle/v2/lexer"
)

// Token types. Each is distinct from participle's lexer.EOF (-1); the
// names in Symbols are the constant names, so a grammar can say @Name.
const (
	Name    lexer.TokenType = -(iota + 2) // identifier that is not a keyword; soft keywords (match, case, _, type) are Names
	Keyword                               // hard keyword: False, None, True, and, as, assert, async, await, …
	Int                                   // integer literal: 10, 0x1f, 0o17, 0b101, 1_000
	Float                                 // floating literal: 1.5, .5, 5., 1e10, 1E-3
	Imag                                  // imaginary literal: 1j, 1.5J
	String                                // string or bytes literal without an f prefix, quotes and prefix included
	FString                               // string literal with an f prefix, quotes and prefix included
	Op                                    // operator or delimiter, longest match
	Newline                               // end of a logical line
	Indent                                // a line indented deeper than the enclosing block
	Dedent                                // one closed indentation level
)

// symbols maps the names a grammar uses to the token types.
var symbols = map[string]lexer.TokenType{
	"EOF":     lexer.EOF,
	"Name":    Name,
	"Keyword": Keyword,
	"Int":     Int,
	"Float":   Float,
	"Imag":    Imag,
	"String":  String,
	"FString": FString,
	"Op":      Op,
	"Newline": Newline,
	"Indent":  Indent,
	"Dedent":  Dedent,
}

// keywords are Python 3.11's hard keywords (keyword.kwlist).
var keywords = map[string]bool{
	"False": true, "None": true, "True": true, "and": true, "as": true,
	"assert": true, "async": true, "await": true, "break": true,
	"class": true, "continue": true, "def": true, "del": true, "elif": true,
	"else": true, "except": true, "finally": true, "for": true, "from": true,
	"global": true, "if": true, "import": true, "in": true, "is": true,
	"lambda": true, "nonlocal": true, "not": true, "or": true, "pass": true,
	"raise": true, "return": true, "try": true, "while": true, "with": true,
	"yield": true,
}

// Definition is the participle lexer.Definition for Python source. The zero
// value is ready to use: participle.Lexer(lexer.Definition{}).
//
// Lexical errors are *ast.SyntaxError values. A Lexer returns each token as
// it reaches it and the error only where CPython's tokenizer would raise it,
// so the tokens before an error are usable.
type Definition struct{}

var (
	_ lexer.Definition       = Definition{}
	_ lexer.StringDefinition = Definition{}
	_ lexer.BytesDefinition  = Definition{}
)

// Symbols returns the token type of each symbol name.
func (Definition) Symbols() map[string]lexer.TokenType {
	out := make(map[string]lexer.TokenType, len(symbols))
	for k, v := range symbols {
		out[k] = v
	}
	return out
}

// Lex reads all of r and returns a Lexer over it.
func (d Definition) Lex(filename string, r io.Reader) (lexer.Lexer, error) {
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(r); err != nil {
		return nil, err
	}
	return newScanner(filename, buf.Bytes()), nil
}

// LexString returns a Lexer over src.
func (Definition) LexString(filename, src string) (lexer.Lexer, error) {
	return newScanner(filename, []byte(src)), nil
}

// LexBytes returns a Lexer over src.
func (Definition) LexBytes(filename string, src []byte) (lexer.Lexer, error) {
	return newScanner(filename, src), nil
}

// Tokenize lexes all of src. The result always ends with exactly one
// lexer.EOF token. On a lexical error it returns the tokens before the
// error followed by an EOF token, and the *ast.SyntaxError.
func Tokenize(filename string, src []byte) ([]lexer.Token, error) {
	s := newScanner(filename, src)
	toks := make([]lexer.Token, 0, len(src)/4+1) // typical code has a token per 5 to 7 bytes
	for {
		tok, err := s.Next()
		if err != nil {
			return append(toks, lexer.EOFToken(s.position(s.here()))), err
		}
		toks = append(toks, tok)
		if tok.Type == lexer.EOF {
			return toks, nil
		}
	}
}
