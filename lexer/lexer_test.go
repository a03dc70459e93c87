package lexer

import (
	"fmt"
	"strings"
	"testing"

	"github.com/alecthomas/participle/v2/lexer"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var typeNames = func() map[lexer.TokenType]string {
	m := map[lexer.TokenType]string{}
	for name, typ := range (Definition{}).Symbols() {
		m[typ] = name
	}
	return m
}()

// render writes tokens as "Type(value)@line:col", space-separated.
func render(toks []lexer.Token) string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = fmt.Sprintf("%s(%s)@%d:%d", typeNames[t.Type], t.Value, t.Pos.Line, t.Pos.Column)
	}
	return strings.Join(out, " ")
}

func TestTokenStreams(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"empty", "", "EOF()@1:1"},
		{"only comments and blank lines", "# a\n\n   # b\n", "EOF()@4:1"},
		{"simple", "x = 1\n",
			"Name(x)@1:1 Op(=)@1:3 Int(1)@1:5 Newline()@1:6 EOF()@2:1"},
		{"no final newline", "x",
			"Name(x)@1:1 Newline()@1:2 EOF()@2:1"},
		{"keywords and soft keywords", "async def match(_, type): await case\n",
			"Keyword(async)@1:1 Keyword(def)@1:7 Name(match)@1:11 Op(()@1:16 Name(_)@1:17 Op(,)@1:18 " +
				"Name(type)@1:20 Op())@1:24 Op(:)@1:25 Keyword(await)@1:27 Name(case)@1:33 Newline()@1:37 EOF()@2:1"},
		{"newline at comment", "x  # note\n",
			"Name(x)@1:1 Newline(# note)@1:4 EOF()@2:1"},
		{"indent and dedent", "if x:\n    y\n    if z:\n        w\nv\n",
			"Keyword(if)@1:1 Name(x)@1:4 Op(:)@1:5 Newline()@1:6 " +
				"Indent()@2:5 Name(y)@2:5 Newline()@2:6 " +
				"Keyword(if)@3:5 Name(z)@3:8 Op(:)@3:9 Newline()@3:10 " +
				"Indent()@4:9 Name(w)@4:9 Newline()@4:10 " +
				"Dedent()@5:1 Dedent()@5:1 Name(v)@5:1 Newline()@5:2 EOF()@6:1"},
		{"dedents at EOF", "if x:\n  if y:\n    z",
			"Keyword(if)@1:1 Name(x)@1:4 Op(:)@1:5 Newline()@1:6 " +
				"Indent()@2:3 Keyword(if)@2:3 Name(y)@2:6 Op(:)@2:7 Newline()@2:8 " +
				"Indent()@3:5 Name(z)@3:5 Newline()@3:6 Dedent()@4:1 Dedent()@4:1 EOF()@4:1"},
		{"partial dedent", "if a:\n  if b:\n    c\n  d\n",
			"Keyword(if)@1:1 Name(a)@1:4 Op(:)@1:5 Newline()@1:6 " +
				"Indent()@2:3 Keyword(if)@2:3 Name(b)@2:6 Op(:)@2:7 Newline()@2:8 " +
				"Indent()@3:5 Name(c)@3:5 Newline()@3:6 Dedent()@4:3 Name(d)@4:3 Newline()@4:4 Dedent()@5:1 EOF()@5:1"},
		{"blank and comment lines keep indentation", "if x:\n  a\n\n# c\n      # d\n  b\n",
			"Keyword(if)@1:1 Name(x)@1:4 Op(:)@1:5 Newline()@1:6 Indent()@2:3 Name(a)@2:3 Newline()@2:4 " +
				"Name(b)@6:3 Newline()@6:4 Dedent()@7:1 EOF()@7:1"},
		{"tabs", "if x:\n\t  y\n\t  z\n",
			"Keyword(if)@1:1 Name(x)@1:4 Op(:)@1:5 Newline()@1:6 Indent()@2:4 Name(y)@2:4 Newline()@2:5 " +
				"Name(z)@3:4 Newline()@3:5 Dedent()@4:1 EOF()@4:1"},
		{"form feed resets the column", "if x:\n  a\n  \fb\n",
			"Keyword(if)@1:1 Name(x)@1:4 Op(:)@1:5 Newline()@1:6 Indent()@2:3 Name(a)@2:3 Newline()@2:4 " +
				"Dedent()@3:4 Name(b)@3:4 Newline()@3:5 EOF()@4:1"},
		{"brackets join lines", "x = (1,\n     2\n)  # c\ny\n",
			"Name(x)@1:1 Op(=)@1:3 Op(()@1:5 Int(1)@1:6 Op(,)@1:7 Int(2)@2:6 Op())@3:1 Newline(# c)@3:4 " +
				"Name(y)@4:1 Newline()@4:2 EOF()@5:1"},
		{"no indentation inside brackets", "if x:\n  f(a,\nb)\n  c\n",
			"Keyword(if)@1:1 Name(x)@1:4 Op(:)@1:5 Newline()@1:6 Indent()@2:3 Name(f)@2:3 Op(()@2:4 Name(a)@2:5 Op(,)@2:6 " +
				"Name(b)@3:1 Op())@3:2 Newline()@3:3 Name(c)@4:3 Newline()@4:4 Dedent()@5:1 EOF()@5:1"},
		{"backslash continuation", "x = 1 + \\\n    2\ny\n",
			"Name(x)@1:1 Op(=)@1:3 Int(1)@1:5 Op(+)@1:7 Int(2)@2:5 Newline()@2:6 Name(y)@3:1 Newline()@3:2 EOF()@4:1"},
		{"continuation in indentation", "if x:\n  \\\n    y\n",
			"Keyword(if)@1:1 Name(x)@1:4 Op(:)@1:5 Newline()@1:6 Indent()@3:5 Name(y)@3:5 Newline()@3:6 Dedent()@4:1 EOF()@4:1"},
		{"CRLF", "if x:\r\n  y\r\n",
			"Keyword(if)@1:1 Name(x)@1:4 Op(:)@1:5 Newline()@1:6 Indent()@2:3 Name(y)@2:3 Newline()@2:4 Dedent()@3:1 EOF()@3:1"},
		{"byte order mark", "\xef\xbb\xbfx\n", "Name(x)@1:1 Newline()@1:2 EOF()@2:1"},
		{"non-ASCII names and columns", "é = ñ + λ\n",
			"Name(é)@1:1 Op(=)@1:3 Name(ñ)@1:5 Op(+)@1:7 Name(λ)@1:9 Newline()@1:10 EOF()@2:1"},
		{"operators longest match",
			"a **= b //= c >>= d <<= e ... f -> g := h != i <> j == k <= l >= m ** n // o << p >> q\n",
			"Name(a)@1:1 Op(**=)@1:3 Name(b)@1:7 Op(//=)@1:9 Name(c)@1:13 Op(>>=)@1:15 Name(d)@1:19 Op(<<=)@1:21 " +
				"Name(e)@1:25 Op(...)@1:27 Name(f)@1:31 Op(->)@1:33 Name(g)@1:36 Op(:=)@1:38 Name(h)@1:41 Op(!=)@1:43 " +
				"Name(i)@1:46 Op(<>)@1:48 Name(j)@1:51 Op(==)@1:53 Name(k)@1:56 Op(<=)@1:58 Name(l)@1:61 Op(>=)@1:63 " +
				"Name(m)@1:66 Op(**)@1:68 Name(n)@1:71 Op(//)@1:73 Name(o)@1:76 Op(<<)@1:78 Name(p)@1:81 Op(>>)@1:83 " +
				"Name(q)@1:86 Newline()@1:87 EOF()@2:1"},
		{"augmented assignments", "a+=1;b-=2;c*=3;d/=4;e%=5;f@=6;g&=7;h|=8;i^=9\n",
			"Name(a)@1:1 Op(+=)@1:2 Int(1)@1:4 Op(;)@1:5 Name(b)@1:6 Op(-=)@1:7 Int(2)@1:9 Op(;)@1:10 " +
				"Name(c)@1:11 Op(*=)@1:12 Int(3)@1:14 Op(;)@1:15 Name(d)@1:16 Op(/=)@1:17 Int(4)@1:19 Op(;)@1:20 " +
				"Name(e)@1:21 Op(%=)@1:22 Int(5)@1:24 Op(;)@1:25 Name(f)@1:26 Op(@=)@1:27 Int(6)@1:29 Op(;)@1:30 " +
				"Name(g)@1:31 Op(&=)@1:32 Int(7)@1:34 Op(;)@1:35 Name(h)@1:36 Op(|=)@1:37 Int(8)@1:39 Op(;)@1:40 " +
				"Name(i)@1:41 Op(^=)@1:42 Int(9)@1:44 Newline()@1:45 EOF()@2:1"},
		{"stray characters are operators", "a $ b ? c ! d ` e ~ f\n",
			"Name(a)@1:1 Op($)@1:3 Name(b)@1:5 Op(?)@1:7 Name(c)@1:9 Op(!)@1:11 Name(d)@1:13 Op(`)@1:15 " +
				"Name(e)@1:17 Op(~)@1:19 Name(f)@1:21 Newline()@1:22 EOF()@2:1"},
		{"dots", "a.b . c ..d\n",
			"Name(a)@1:1 Op(.)@1:2 Name(b)@1:3 Op(.)@1:5 Name(c)@1:7 Op(.)@1:9 Op(.)@1:10 Name(d)@1:11 Newline()@1:12 EOF()@2:1"},
		{"integers", "0 00 0_0 7 1_000 0x1F 0XdeadBEEF 0x_f 0o17 0O_7 0b101 0B1_0\n",
			"Int(0)@1:1 Int(00)@1:3 Int(0_0)@1:6 Int(7)@1:10 Int(1_000)@1:12 Int(0x1F)@1:18 Int(0XdeadBEEF)@1:23 " +
				"Int(0x_f)@1:34 Int(0o17)@1:39 Int(0O_7)@1:44 Int(0b101)@1:49 Int(0B1_0)@1:55 Newline()@1:60 EOF()@2:1"},
		{"floats", "1.5 .5 5. 1e10 1E-3 1_000.5 1.5e+3 0.0 00.5 09.5 0e0 1_0e1_0\n",
			"Float(1.5)@1:1 Float(.5)@1:5 Float(5.)@1:8 Float(1e10)@1:11 Float(1E-3)@1:16 Float(1_000.5)@1:21 " +
				"Float(1.5e+3)@1:29 Float(0.0)@1:36 Float(00.5)@1:40 Float(09.5)@1:45 Float(0e0)@1:50 " +
				"Float(1_0e1_0)@1:54 Newline()@1:61 EOF()@2:1"},
		{"imaginary", "1j 1.5J 1e3j 0j 09j\n",
			"Imag(1j)@1:1 Imag(1.5J)@1:4 Imag(1e3j)@1:9 Imag(0j)@1:14 Imag(09j)@1:17 Newline()@1:20 EOF()@2:1"},
		{"number before keyword", "x = 1if y else 2or 3\n",
			"Name(x)@1:1 Op(=)@1:3 Int(1)@1:5 Keyword(if)@1:6 Name(y)@1:9 Keyword(else)@1:11 Int(2)@1:16 " +
				"Keyword(or)@1:17 Int(3)@1:20 Newline()@1:21 EOF()@2:1"},
		{"number then attribute", "1 .real 1.0.real\n",
			"Int(1)@1:1 Op(.)@1:3 Name(real)@1:4 Float(1.0)@1:9 Op(.)@1:12 Name(real)@1:13 Newline()@1:17 EOF()@2:1"},
		{"strings", `'a' "b" '' "" '''c''' """d""" r'\e' u'f' R"g" U'h' b'i' B"j" br'k' Rb"l" bR'm' rB"n"` + "\n",
			`String('a')@1:1 String("b")@1:5 String('')@1:9 String("")@1:12 String('''c''')@1:15 String("""d""")@1:23 ` +
				`String(r'\e')@1:31 String(u'f')@1:37 String(R"g")@1:42 String(U'h')@1:47 String(b'i')@1:52 ` +
				`String(B"j")@1:57 String(br'k')@1:62 String(Rb"l")@1:68 String(bR'm')@1:74 String(rB"n")@1:80 ` +
				`Newline()@1:85 EOF()@2:1`},
		{"f-strings", `f'a' F"b" rf'c' fR"d" Rf'''e''' f"{x!r:>{w}}"` + "\n",
			`FString(f'a')@1:1 FString(F"b")@1:6 FString(rf'c')@1:11 FString(fR"d")@1:17 FString(Rf'''e''')@1:23 ` +
				`FString(f"{x!r:>{w}}")@1:33 Newline()@1:46 EOF()@2:1`},
		{"prefix-like names", "ub bu fb rr fu bf f b r u\n",
			"Name(ub)@1:1 Name(bu)@1:4 Name(fb)@1:7 Name(rr)@1:10 Name(fu)@1:13 Name(bf)@1:16 Name(f)@1:19 " +
				"Name(b)@1:21 Name(r)@1:23 Name(u)@1:25 Newline()@1:26 EOF()@2:1"},
		{"invalid prefix is a name then a string", "ur'x' bu'y'\n",
			"Name(ur)@1:1 String('x')@1:3 Name(bu)@1:7 String('y')@1:9 Newline()@1:12 EOF()@2:1"},
		{"escaped quotes and continuation in strings", `'a\'b' "c\"d" 'e\` + "\n" + `f'` + "\n",
			`String('a\'b')@1:1 String("c\"d")@1:8 String('e\` + "\n" + `f')@1:15 Newline()@2:3 EOF()@3:1`},
		{"triple-quoted string spans lines", "x = '''a\n  b''' + y\n",
			"Name(x)@1:1 Op(=)@1:3 String('''a\n  b''')@1:5 Op(+)@2:8 Name(y)@2:10 Newline()@2:11 EOF()@3:1"},
		{"adjacent literals stay separate", "'a' 'b'f'c'\n",
			"String('a')@1:1 String('b')@1:5 FString(f'c')@1:8 Newline()@1:12 EOF()@2:1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			toks, err := Tokenize("x.py", []byte(tc.src))
			require.NoError(t, err)
			assert.Equal(t, tc.want, render(toks))
		})
	}
}

// TestCPythonStreams compares token streams with CPython's tokenize module,
// which names every literal and keyword by its broad kind and places
// NEWLINE, INDENT and DEDENT differently (those are compared by order only).
func TestCPythonStreams(t *testing.T) {
	broad := map[lexer.TokenType]string{
		Name: "Name", Keyword: "Name", Int: "Number", Float: "Number", Imag: "Number",
		String: "String", FString: "String", Op: "Op",
	}
	for _, tc := range cpythonStreams {
		t.Run(tc.name, func(t *testing.T) {
			toks, err := Tokenize("x.py", []byte(tc.src))
			require.NoError(t, err)
			got := make([]string, len(toks))
			for i, tok := range toks {
				if kind, ok := broad[tok.Type]; ok {
					got[i] = fmt.Sprintf("%s(%s)@%d:%d", kind, tok.Value, tok.Pos.Line, tok.Pos.Column)
				} else {
					got[i] = typeNames[tok.Type]
				}
			}
			assert.Equal(t, tc.want, got)
		})
	}
}
