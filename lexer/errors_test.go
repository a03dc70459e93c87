package lexer

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"pyasync/ast"
)

// errorWant is a SyntaxError's type, msg, lineno, offset, end_lineno and
// end_offset as CPython reports them (0 for None).
type errorWant struct {
	kind                       string
	msg                        string
	line, col, endLine, endCol int
}

func TestCPythonErrors(t *testing.T) {
	for _, tc := range cpythonErrors {
		t.Run(tc.name, func(t *testing.T) {
			toks, err := Tokenize("x.py", []byte(tc.src))
			var se *ast.SyntaxError
			require.True(t, errors.As(err, &se), "want a SyntaxError, got %v", err)
			got := errorWant{se.Kind, se.Msg, se.Line, se.Col, se.EndLine, se.EndCol}
			assert.Equal(t, tc.want, got)
			require.NotEmpty(t, toks)
			assert.True(t, toks[len(toks)-1].EOF(), "tokens end with EOF")
		})
	}
}

func TestDeferred(t *testing.T) {
	deferred := map[string]bool{
		"dedent mismatch": true, "tab then spaces": true, "too deep": true,
		"char after continuation": true, "EOF after continuation": true, "never closed": true,
		"unterminated string": false, "invalid decimal": false, "unmatched": false,
		"invalid character": false, "null byte": false, "bad UTF-8": false,
	}
	for _, tc := range cpythonErrors {
		want, ok := deferred[tc.name]
		if !ok {
			continue
		}
		_, err := Tokenize("x.py", []byte(tc.src))
		assert.Equal(t, want, Deferred(err.(*ast.SyntaxError)), tc.name)
	}
}

// TestTokensBeforeError checks that the tokens before an error come out
// first, and that the error then sticks.
func TestTokensBeforeError(t *testing.T) {
	lex, err := Definition{}.LexString("x.py", "x = 1\ny = 0x\n")
	require.NoError(t, err)
	var got []string
	for {
		tok, err := lex.Next()
		if err != nil {
			assert.EqualError(t, err, "SyntaxError: invalid hexadecimal literal (line 2)")
			break
		}
		got = append(got, tok.Value)
	}
	assert.Equal(t, []string{"x", "=", "1", "", "y", "="}, got)
	_, err = lex.Next()
	assert.EqualError(t, err, "SyntaxError: invalid hexadecimal literal (line 2)")

	toks, err := Tokenize("x.py", []byte("x = 1\n\xff\n"))
	require.Error(t, err)
	assert.Equal(t, "Name(x)@1:1 Op(=)@1:3 Int(1)@1:5 Newline()@1:6 EOF()@2:1", render(toks))
}

func BenchmarkTokenize(b *testing.B) {
	var src []byte
	for len(src) < 1<<20 {
		src = append(src, cpythonStreams[0].src...)
	}
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := Tokenize("x.py", src); err != nil {
			b.Fatal(err)
		}
	}
}
