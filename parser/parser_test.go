package parser

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/alecthomas/participle/v2"
	plex "github.com/alecthomas/participle/v2/lexer"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"pyasync/ast"
	"pyasync/lexer"
)

// The golden files are recorded from CPython 3.11 by testdata/record.py
// from the cases in testdata/ast.txt and testdata/errors.txt.

func readGolden(t *testing.T, name string, v any) {
	t.Helper()
	data, err := os.ReadFile("testdata/" + name)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(data, v))
}

func TestDumpMatchesCPython(t *testing.T) {
	var cases []struct {
		Src, Dump string
		DumpPos   string `json:"dump_pos"`
	}
	readGolden(t, "ast.golden.json", &cases)
	for _, c := range cases {
		t.Run(c.Src, func(t *testing.T) {
			mod, err := Parse("x.py", []byte(c.Src))
			require.NoError(t, err)
			assert.Equal(t, c.Dump, dump(mod, false))
			if c.DumpPos != "" {
				assert.Equal(t, c.DumpPos, dump(mod, true), "positions")
			}
		})
	}
}

// syntaxCase is one recorded CPython answer: OK, or a SyntaxError.
type syntaxCase struct {
	Src       string
	OK        bool
	Kind, Msg string
	Line      int
	Offset    int
	EndLine   int `json:"end_line"`
	EndOffset int `json:"end_offset"`
}

func TestSyntaxErrorsMatchCPython(t *testing.T) {
	var cases []syntaxCase
	readGolden(t, "errors.golden.json", &cases)
	for _, c := range cases {
		t.Run(c.Src, func(t *testing.T) {
			_, err := Parse("x.py", []byte(c.Src))
			if c.OK {
				assert.NoError(t, err)
				return
			}
			require.Error(t, err)
			se, ok := err.(*ast.SyntaxError)
			require.True(t, ok, "error %T is not *ast.SyntaxError", err)
			want := ast.SyntaxError{Kind: c.Kind, Msg: c.Msg, Line: c.Line, Col: c.Offset, EndLine: c.EndLine, EndCol: c.EndOffset}
			assert.Equal(t, want, *se)
		})
	}
}

func TestIsIncomplete(t *testing.T) {
	tests := []struct {
		src        string
		incomplete bool
	}{
		// The input ends inside a bracket, a string or after a backslash.
		{"x = (1,\n", true},
		{"x = [\n", true},
		{"f(a b", true},
		{"if x:\n  pass\n  y = (\n", true},
		{"x = \"\"\"abc\n", true},
		{"x = 1 + \\\n", true},
		// A statement still needs its body or its clauses.
		{"if x:\n", true},
		{"if x:", true},
		{"if x:\n\n", true},
		{"def f():\n", true},
		{"async def f():\n", true},
		{"class A:\n    def f(self):\n", true},
		{"for x in y:\n", true},
		{"while True:\n", true},
		{"with a:\n", true},
		{"if x:\n    pass\nelse:\n", true},
		{"try:\n    pass\n", true},
		{"@dec\n", true},
		// Complete, or wrong whatever follows.
		{"x = 1 +\n", false},
		{"if x\n", false},
		{"print(\"a\" x)\n", false},
		{"x = )\n", false},
		{"'abc\n", false},
		{"x = 1\n  y = 2\n", false},
		{"if x:\npass\n", false},
		{"lambda x:\n", false},
		{"*a = 1\n", false},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			_, err := Parse("<stdin>", []byte(tt.src))
			require.Error(t, err)
			assert.Equal(t, tt.incomplete, IsIncomplete(err), "error: %v", err)
		})
	}
	_, err := Parse("<stdin>", []byte("x = 1\n"))
	require.NoError(t, err)
	assert.False(t, IsIncomplete(err))
	assert.False(t, IsIncomplete(&ast.SyntaxError{Msg: "'(' was never closed"}))
}

// FuzzParse checks that no input makes the parser panic, that every
// failure is an *ast.SyntaxError, and that Parse finds where parsing fails
// as the exhaustive search does.
func FuzzParse(f *testing.F) {
	var dumps []struct{ Src string }
	var errs []struct{ Src string }
	for name, v := range map[string]any{"ast.golden.json": &dumps, "errors.golden.json": &errs} {
		data, err := os.ReadFile("testdata/" + name)
		if err != nil {
			f.Fatal(err)
		}
		if err := json.Unmarshal(data, v); err != nil {
			f.Fatal(err)
		}
	}
	for _, c := range dumps {
		f.Add([]byte(c.Src))
	}
	for _, c := range errs {
		f.Add([]byte(c.Src))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		if found, searched, ok := failureAndSearch(src); ok && found != searched {
			t.Fatalf("parsing fails at token %d, not %d", found, searched)
		}
		mod, err := Parse("fuzz.py", src)
		if err != nil {
			if _, ok := err.(*ast.SyntaxError); !ok {
				t.Fatalf("error %T is not *ast.SyntaxError: %v", err, err)
			}
			return
		}
		if mod == nil {
			t.Fatal("nil module without error")
		}
	})
}

// failureAndSearch returns where parsing src fails, as Parse finds it
// (participle's error, checked) and by the exhaustive search, or ok false
// when src parses.
func failureAndSearch(src []byte) (found, searched int, ok bool) {
	toks, _ := lexer.Tokenize("x.py", src)
	p := &parse{toks: toks, src: newSourceInfo(src, toks[len(toks)-1])}
	lex, err := plex.Upgrade(&tokenSource{toks: toks})
	if err != nil {
		panic(err)
	}
	tree, err := grammar().file.ParseFromLexer(lex)
	if err == nil {
		return 0, 0, false
	}
	run := func(lex *plex.PeekingLexer, opts ...participle.ParseOption) {
		_, _ = grammar().file.ParseFromLexer(lex, opts...)
	}
	top := p.lastStart(tree.Stmts)
	return p.failure(err, top, run), p.furthest(top, run), true
}

func TestFailurePositionIsFurthestRead(t *testing.T) {
	var cases []syntaxCase
	readGolden(t, "errors.golden.json", &cases)
	for _, c := range cases {
		if found, searched, ok := failureAndSearch([]byte(c.Src)); ok {
			assert.Equal(t, searched, found, "%q", c.Src)
		}
	}
}
