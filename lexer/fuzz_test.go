package lexer

import (
	"testing"

	"github.com/alecthomas/participle/v2/lexer"
	"github.com/stretchr/testify/require"
)

// FuzzTokenize checks that no input makes the lexer or the literal
// helpers panic, and that Tokenize always ends with one EOF token.
func FuzzTokenize(f *testing.F) {
	for _, tc := range cpythonErrors {
		f.Add([]byte(tc.src))
	}
	for _, tc := range cpythonStreams {
		f.Add([]byte(tc.src))
	}
	for _, tc := range cpythonFStrings {
		f.Add([]byte(tc.src))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		toks, _ := Tokenize("x.py", src)
		require.NotEmpty(t, toks)
		for i, tok := range toks {
			require.Equal(t, i == len(toks)-1, tok.Type == lexer.EOF, "EOF only at the end")
			switch tok.Type {
			case String:
				_, _, _ = DecodeString(tok.Value)
			case FString:
				_, _ = SplitFString(tok.Value)
			}
		}
	})
}
