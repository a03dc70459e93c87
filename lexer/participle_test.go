package lexer

import (
	"strings"
	"testing"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A toy grammar checks that Definition works as a participle lexer.
type toyModule struct {
	Stmts []*toyStmt `parser:"@@* EOF"`
}

type toyStmt struct {
	If     *toyIf  `parser:"  @@"`
	Target string  `parser:"| @Name '='"`
	Value  *string `parser:"  @(Int | String | Name) Newline"`
}

type toyIf struct {
	Cond string     `parser:"'if' @Name ':' Newline Indent"`
	Body []*toyStmt `parser:"@@+ Dedent"`
}

func TestParticiple(t *testing.T) {
	p, err := participle.Build[toyModule](participle.Lexer(Definition{}))
	require.NoError(t, err)
	src := "x = 1\nif y:\n    z = 'a'\n    if w:\n        v = u\n"

	m, err := p.ParseString("x.py", src)
	require.NoError(t, err)
	require.Len(t, m.Stmts, 2)
	assert.Equal(t, "'a'", *m.Stmts[1].If.Body[0].Value)
	assert.Equal(t, "u", *m.Stmts[1].If.Body[1].If.Body[0].Value)

	lex, err := Definition{}.Lex("x.py", strings.NewReader(src))
	require.NoError(t, err)
	peek, err := lexer.Upgrade(lex)
	require.NoError(t, err)
	m2, err := p.ParseFromLexer(peek)
	require.NoError(t, err)
	assert.Equal(t, m, m2)

	_, err = p.ParseString("x.py", "x = (\n")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "'(' was never closed")
}
