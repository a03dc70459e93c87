package strfmt

import (
	"compress/gzip"
	"encoding/json"
	"errors"
	"math"
	"math/big"
	"os"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The expected values in testdata/cases.json.gz were recorded from
// CPython 3.11 by testdata/gen.py (see there to regenerate); each result
// is ["ok", value] or [exception class, message].

type cases struct {
	FloatRepr  [][2]string         `json:"float_repr"`
	Format     [][]json.RawMessage `json:"format"`
	StrRepr    [][2]string         `json:"str_repr"`
	ParseInt   [][]json.RawMessage `json:"parse_int"`
	ParseFloat [][]json.RawMessage `json:"parse_float"`
	Round      [][]json.RawMessage `json:"round"`
	RoundHalf  [][]json.RawMessage `json:"round_half"`
}

func loadCases(t *testing.T) *cases {
	t.Helper()
	f, err := os.Open("testdata/cases.json.gz")
	require.NoError(t, err)
	defer f.Close()
	r, err := gzip.NewReader(f)
	require.NoError(t, err)
	var c cases
	require.NoError(t, json.NewDecoder(r).Decode(&c))
	return &c
}

func str(t *testing.T, raw json.RawMessage) string {
	t.Helper()
	var s string
	require.NoError(t, json.Unmarshal(raw, &s))
	return s
}

func num(t *testing.T, raw json.RawMessage) int {
	t.Helper()
	var n int
	require.NoError(t, json.Unmarshal(raw, &n))
	return n
}

// hexFloat decodes float.hex() output (and inf, -inf, nan).
func hexFloat(t *testing.T, s string) float64 {
	t.Helper()
	f, err := strconv.ParseFloat(s, 64)
	require.NoError(t, err, s)
	return f
}

// outcome renders a result the way the recorded cases do.
func outcome(val string, err error) [2]string {
	if err != nil {
		var e *Error
		if !errors.As(err, &e) {
			return [2]string{"non-*Error", err.Error()}
		}
		return [2]string{e.Kind, e.Msg}
	}
	return [2]string{"ok", val}
}

func recorded(t *testing.T, raw json.RawMessage) [2]string {
	t.Helper()
	var r [2]string
	require.NoError(t, json.Unmarshal(raw, &r))
	return r
}

// floatOutcome renders a float result exactly (as hex, sign included).
func floatOutcome(f float64, err error) [2]string {
	if err != nil {
		return outcome("", err)
	}
	return [2]string{"ok", strconv.FormatFloat(f, 'x', -1, 64)}
}

// recordedFloat is recorded with a float.hex() value re-spelled as
// floatOutcome spells it.
func recordedFloat(t *testing.T, raw json.RawMessage) [2]string {
	t.Helper()
	r := recorded(t, raw)
	if r[0] == "ok" {
		r[1] = strconv.FormatFloat(hexFloat(t, r[1]), 'x', -1, 64)
	}
	return r
}

func TestFloatRepr(t *testing.T) {
	c := loadCases(t)
	require.NotEmpty(t, c.FloatRepr)
	for _, tc := range c.FloatRepr {
		f := hexFloat(t, tc[0])
		assert.Equal(t, tc[1], FloatRepr(f), "repr(%s)", tc[0])
		if !math.IsNaN(f) {
			back, err := strconv.ParseFloat(FloatRepr(f), 64)
			require.NoError(t, err)
			assert.Equal(t, math.Float64bits(f), math.Float64bits(back), "round trip of %s", tc[1])
		}
	}
}

func TestFloatReprAllocs(t *testing.T) {
	f := 123.456
	allocs := testing.AllocsPerRun(100, func() { _ = FloatRepr(f) })
	assert.LessOrEqual(t, allocs, 1.0)
}

func TestFormat(t *testing.T) {
	c := loadCases(t)
	require.NotEmpty(t, c.Format)
	for _, tc := range c.Format {
		kind, val, spec, typeName := str(t, tc[0]), str(t, tc[1]), str(t, tc[2]), str(t, tc[3])
		want := recorded(t, tc[4])
		var got [2]string
		switch kind {
		case "int":
			x, ok := new(big.Int).SetString(val, 10)
			require.True(t, ok, val)
			got = outcome(FormatInt(x, spec, typeName))
			if x.IsInt64() {
				assert.Equal(t, got, outcome(FormatInt64(x.Int64(), spec, typeName)), "FormatInt64(%s, %q)", val, spec)
			}
		case "float":
			got = outcome(FormatFloat(hexFloat(t, val), spec, typeName))
		case "str":
			got = outcome(FormatStr(val, spec, typeName))
		}
		assert.Equal(t, want, got, "format(%s %s, %q)", kind, val, spec)
	}
}

func TestParseSpec(t *testing.T) {
	s, err := ParseSpec("*^+z#012_.3f", "float")
	require.NoError(t, err)
	assert.Equal(t, Spec{Fill: '*', Align: '^', Sign: '+', NoNegZero: true, Alternate: true,
		Width: 12, Grouping: '_', Precision: 3, Type: 'f'}, s)
	s, err = ParseSpec("010,", "int")
	require.NoError(t, err)
	assert.Equal(t, Spec{Fill: '0', ZeroPad: true, Width: 10, Grouping: ',', Precision: -1}, s)
	s, err = ParseSpec("", "int")
	require.NoError(t, err)
	assert.Equal(t, Spec{Fill: ' ', Width: -1, Precision: -1}, s)
	_, err = ParseSpec("1.2.x", "str")
	assert.Equal(t, &Error{Kind: "ValueError", Msg: "Invalid format specifier '1.2.x' for object of type 'str'"}, err)
	assert.Equal(t, "ValueError: Invalid format specifier '1.2.x' for object of type 'str'", err.Error())
}

func TestStrRepr(t *testing.T) {
	c := loadCases(t)
	require.NotEmpty(t, c.StrRepr)
	for _, tc := range c.StrRepr {
		assert.Equal(t, tc[1], StrRepr(tc[0]), "repr(%q)", tc[0])
	}
}

func TestParseInt(t *testing.T) {
	c := loadCases(t)
	require.NotEmpty(t, c.ParseInt)
	for _, tc := range c.ParseInt {
		s, base, want := str(t, tc[0]), num(t, tc[1]), recorded(t, tc[2])
		z, err := ParseInt(s, base)
		var got [2]string
		if err != nil {
			got = outcome("", err)
		} else {
			got = outcome(z.Text(16), nil)
		}
		assert.Equal(t, want, got, "int(%q, %d)", s, base)
	}
}

func TestParseFloat(t *testing.T) {
	c := loadCases(t)
	require.NotEmpty(t, c.ParseFloat)
	for _, tc := range c.ParseFloat {
		s, want := str(t, tc[0]), recordedFloat(t, tc[1])
		assert.Equal(t, want, floatOutcome(ParseFloat(s)), "float(%q)", s)
	}
	f, err := ParseFloat("-nan")
	require.NoError(t, err)
	assert.True(t, math.IsNaN(f) && math.Signbit(f), "float('-nan') keeps its sign")
}

func TestRoundFloat(t *testing.T) {
	c := loadCases(t)
	require.NotEmpty(t, c.Round)
	for _, tc := range c.Round {
		x, n, want := hexFloat(t, str(t, tc[0])), num(t, tc[1]), recordedFloat(t, tc[2])
		assert.Equal(t, want, floatOutcome(RoundFloat(x, n)), "round(%s, %d)", str(t, tc[0]), n)
	}
}

func TestRoundHalfEven(t *testing.T) {
	c := loadCases(t)
	require.NotEmpty(t, c.RoundHalf)
	for _, tc := range c.RoundHalf {
		x, want := hexFloat(t, str(t, tc[0])), recorded(t, tc[1])
		r := RoundHalfEven(x)
		var got [2]string
		switch {
		case math.IsInf(r, 0):
			got = [2]string{"OverflowError", MsgFloatInfinityToInt}
		case math.IsNaN(r):
			got = [2]string{"ValueError", MsgFloatNaNToInt}
		default:
			i, _ := big.NewFloat(r).Int(nil)
			got = [2]string{"ok", i.String()}
		}
		assert.Equal(t, want, got, "round(%s)", str(t, tc[0]))
	}
	assert.True(t, math.Signbit(RoundHalfEven(-0.5)))
}

func BenchmarkFloatRepr(b *testing.B) {
	for i := 0; i < b.N; i++ {
		_ = FloatRepr(123.456 + float64(i&7))
	}
}

func BenchmarkFormatInt64(b *testing.B) {
	for i := 0; i < b.N; i++ {
		_, _ = FormatInt64(int64(i), ">10,", "int")
	}
}
