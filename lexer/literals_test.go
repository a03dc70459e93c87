package lexer

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"pyasync/ast"
)

func TestDecodeString(t *testing.T) {
	for _, tc := range cpythonStrings {
		t.Run(tc.src, func(t *testing.T) {
			value, isBytes, err := DecodeString(tc.src)
			assert.Equal(t, tc.isBytes, isBytes)
			if tc.err != "" {
				var se *ast.SyntaxError
				require.True(t, errors.As(err, &se), "want a SyntaxError, got %v", err)
				assert.Equal(t, tc.err, se.Msg)
				assert.Equal(t, "SyntaxError", se.Kind)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.value, value)
		})
	}
}

// renderFString writes parts as CPython's ast has them: literal text
// (including a self-documenting field's text) as L(text), fields as
// F(expr,conversion) with their format spec in brackets.
func renderFString(parts []FStringPart) []string {
	out := []string{}
	literal := func(s string) {
		if n := len(out); n > 0 && strings.HasPrefix(out[n-1], "L(") {
			out[n-1] = strings.TrimSuffix(out[n-1], ")") + s + ")"
		} else {
			out = append(out, "L("+s+")")
		}
	}
	for _, p := range parts {
		if p.Expr == "" {
			literal(p.Literal)
			continue
		}
		if p.Debug != "" {
			literal(p.Debug)
		}
		conv := ""
		if p.Conversion != 0 {
			conv = string(p.Conversion)
		}
		f := fmt.Sprintf("F(%s,%s)", strings.TrimSpace(p.Expr), conv)
		if p.HasSpec {
			f += "[" + strings.Join(renderFString(p.Spec), " ") + "]"
		}
		out = append(out, f)
	}
	return out
}

func TestSplitFStringCPython(t *testing.T) {
	for _, tc := range cpythonFStrings {
		t.Run(tc.src, func(t *testing.T) {
			parts, err := SplitFString(tc.src)
			if tc.err != "" {
				var se *ast.SyntaxError
				require.True(t, errors.As(err, &se), "want a SyntaxError, got %v", err)
				assert.Equal(t, tc.err, se.Msg)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, renderFString(parts))
		})
	}
}

func TestSplitFStringFields(t *testing.T) {
	tests := []struct {
		src  string
		want []FStringPart
	}{
		{`f"a{x!r:>10}"`, []FStringPart{
			{Literal: "a"},
			{Expr: "x", Offset: 4, Line: 0, Col: 4, Conversion: 'r', HasSpec: true, Spec: []FStringPart{{Literal: ">10"}}},
		}},
		{`f'{ x = }'`, []FStringPart{
			{Expr: " x ", Offset: 3, Col: 3, Debug: " x = ", Conversion: 'r'},
		}},
		{"f'''é\n  {y:{w}}'''", []FStringPart{
			{Literal: "é\n  "},
			{Expr: "y", Offset: 10, Line: 1, Col: 3, HasSpec: true, Spec: []FStringPart{
				{Expr: "w", Offset: 13, Line: 1, Col: 6},
			}},
		}},
		{`f"""{'''a'''}"""`, []FStringPart{
			{Expr: "'''a'''", Offset: 5, Col: 5},
		}},
		{`rf'\{x}'`, []FStringPart{
			{Literal: `\`},
			{Expr: "x", Offset: 5, Col: 5},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.src, func(t *testing.T) {
			parts, err := SplitFString(tc.src)
			require.NoError(t, err)
			assert.Equal(t, tc.want, parts)
		})
	}
}

// TestSplitFStringPartial checks the parts returned with an error: the
// fields whose expressions CPython parses before it finds the error.
func TestSplitFStringPartial(t *testing.T) {
	tests := []struct {
		src       string
		wantExprs []string
		wantMsg   string
	}{
		{`f'{a}{b!x}'`, []string{"a", "b"}, "f-string: invalid conversion character: expected 's', 'r', or 'a'"},
		{`f'{a:{b}'`, []string{"a", "b"}, "f-string: expecting '}'"},
		{`f'{a} }'`, []string{"a"}, "f-string: single '}' is not allowed"},
		{`f'{a#}'`, nil, "f-string expression part cannot include '#'"},
	}
	for _, tc := range tests {
		t.Run(tc.src, func(t *testing.T) {
			parts, err := SplitFString(tc.src)
			var se *ast.SyntaxError
			require.True(t, errors.As(err, &se))
			assert.Equal(t, tc.wantMsg, se.Msg)
			var exprs []string
			var walk func([]FStringPart)
			walk = func(ps []FStringPart) {
				for _, p := range ps {
					if p.Expr != "" {
						exprs = append(exprs, p.Expr)
						walk(p.Spec)
					}
				}
			}
			walk(parts)
			assert.Equal(t, tc.wantExprs, exprs)
		})
	}
}
