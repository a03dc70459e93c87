package asyncio

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"pyasync/runtime"
)

func ints(n int) []runtime.Value {
	out := make([]runtime.Value, n)
	for i := range out {
		out[i] = runtime.Int(i)
	}
	return out
}

// The expected strings are CPython's reprlib.repr of the same values.
func TestShortReprIsReprlibs(t *testing.T) {
	nested := runtime.Value(runtime.NewList([]runtime.Value{runtime.Int(1)}))
	for i := 0; i < 6; i++ {
		nested = runtime.NewList([]runtime.Value{nested})
	}
	d := runtime.NewDict()
	for _, v := range ints(6) {
		_ = d.Set(v, v)
	}
	for _, tc := range []struct {
		v    runtime.Value
		want string
	}{
		{runtime.Str(strings.Repeat("a", 40)), "'aaaaaaaaaaaa...aaaaaaaaaaaaa'"},
		{runtime.NewList(ints(10)), "[0, 1, 2, 3, 4, 5, ...]"},
		{runtime.Tuple{runtime.Int(1)}, "(1,)"},
		{d, "{0: 0, 1: 1, 2: 2, 3: 3, ...}"},
		{nested, "[[[[[[[...]]]]]]]"},
		{runtime.None, "None"},
	} {
		assert.Equal(t, tc.want, shortRepr(tc.v))
	}
}

func TestPriorityHeapMatchesHeapq(t *testing.T) {
	h := &heapItems{}
	for _, x := range []int{5, 3, 8, 1, 9, 2, 7, 3, 1} {
		assert.NoError(t, h.put(runtime.Int(x)))
	}
	// heapq.heappush of the same sequence leaves this list.
	assert.Equal(t, []runtime.Value{runtime.Int(1), runtime.Int(1), runtime.Int(2), runtime.Int(3), runtime.Int(9), runtime.Int(8), runtime.Int(7), runtime.Int(5), runtime.Int(3)}, h.list())
	var out []runtime.Value
	for h.len() > 0 {
		v, err := h.get()
		assert.NoError(t, err)
		out = append(out, v)
	}
	assert.Equal(t, []runtime.Value{runtime.Int(1), runtime.Int(1), runtime.Int(2), runtime.Int(3), runtime.Int(3), runtime.Int(5), runtime.Int(7), runtime.Int(8), runtime.Int(9)}, out)
}
