package runtime

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// rangeCases are ranges beyond int64, with the results recorded from
// CPython 3.11 (Idx is the __index__ fixture of testdata/types/record.py).
var rangeCases = []struct{ expr, want string }{
	{"range(10**20)", "range(0, 100000000000000000000)"},
	{"range(10**20)[10**19]", "10000000000000000000"},
	{"range(10**20)[-1]", "99999999999999999999"},
	{"range(10**20)[-10**20]", "0"},
	{"range(10**20)[-10**20-1]", "!IndexError: range object index out of range"},
	{"range(10**20)[10**20]", "!IndexError: range object index out of range"},
	{"range(5)[10**30]", "!IndexError: range object index out of range"},
	{"range(5)[-10**30]", "!IndexError: range object index out of range"},
	{"range(10**20).__len__()", "!OverflowError: Python int too large to convert to C ssize_t"},
	{"range(2**63-1).__len__()", "9223372036854775807"},
	{"range(-2**63, 2**63-1).__len__()", "!OverflowError: Python int too large to convert to C ssize_t"},
	{"range(-2**63, 2**63-1)[2**63+5]", "5"},
	{"range(-2**63, 2**63-1)[-1]", "9223372036854775806"},
	{"range(-2**63, 2**63-1, 2**62)", "range(-9223372036854775808, 9223372036854775807, 4611686018427387904)"},
	{"list(range(-2**63, 2**63-1, 2**62))", "[-9223372036854775808, -4611686018427387904, 0, 4611686018427387904]"},
	{"range(10**20, 10**20+10, 3)", "range(100000000000000000000, 100000000000000000010, 3)"},
	{"list(range(10**20, 10**20+10, 3))", "[100000000000000000000, 100000000000000000003, 100000000000000000006, 100000000000000000009]"},
	{"list(reversed(range(10**20, 10**20+10, 3)))", "[100000000000000000009, 100000000000000000006, 100000000000000000003, 100000000000000000000]"},
	{"list(range(2**63-3, 2**63+3))", "[9223372036854775805, 9223372036854775806, 9223372036854775807, 9223372036854775808, 9223372036854775809, 9223372036854775810]"},
	{"list(reversed(range(2**63-3, 2**63+3)))", "[9223372036854775810, 9223372036854775809, 9223372036854775808, 9223372036854775807, 9223372036854775806, 9223372036854775805]"},
	{"range(10**20)[::2]", "range(0, 100000000000000000000, 2)"},
	{"range(10**20)[::-1]", "range(99999999999999999999, -1, -1)"},
	{"range(10**20)[10**19:10**19+5]", "range(10000000000000000000, 10000000000000000005)"},
	{"list(range(10**20)[10**19:10**19+5])", "[10000000000000000000, 10000000000000000001, 10000000000000000002, 10000000000000000003, 10000000000000000004]"},
	{"range(10**20)[5:2**64:10**18]", "range(5, 18446744073709551616, 1000000000000000000)"},
	{"range(0, 2**63-1, 3)[::1]", "range(0, 9223372036854775809, 3)"},
	{"range(0, 10, 3)[::-1]", "range(9, -3, -3)"},
	{"range(0, 10, 3)[10**30:]", "range(12, 12, 3)"},
	{"range(0, 10, 3)[-10**30::-1]", "range(-3, -3, -3)"},
	{"range(10)[::0]", "!ValueError: slice step cannot be zero"},
	{"range(10)['a':]", "!TypeError: slice indices must be integers or None or have an __index__ method"},
	{"range(10**20)[1.5]", "!TypeError: range indices must be integers or slices, not float"},
	{"10**19 in range(10**20)", "True"},
	{"10**20 in range(10**20)", "False"},
	{"-1 in range(10**20)", "False"},
	{"3 in range(1, 10**20, 2)", "True"},
	{"4 in range(1, 10**20, 2)", "False"},
	{"10**19+1 in range(1, 10**20, 2)", "True"},
	{"2.0 in range(10**20)", "True"},
	{"range(10**20).index(10**19)", "10000000000000000000"},
	{"range(10**20, 0, -7).index(10**20-14)", "2"},
	{"range(10**20).index(10**20)", "!ValueError: 100000000000000000000 is not in range"},
	{"range(10**20).count(5)", "1"},
	{"range(10**20).count(-5)", "0"},
	{"range(10**20) == range(0, 10**20, 1)", "True"},
	{"range(10**20) == range(10**20+1)", "False"},
	{"range(10**20, 10**20) == range(0)", "True"},
	{"range(10**20, 10**20+1, 5) == range(10**20, 10**20+2, 7)", "True"},
	{"hash(range(10**20, 10**20+1, 5)) == hash(range(10**20, 10**20+2, 7))", "True"},
	{"hash(range(10**20)) == hash(range(0, 10**20, 1))", "True"},
	{"range(10**20).start", "0"},
	{"range(10**20, 1, -10**21).step", "-1000000000000000000000"},
	{"range(1, 10**20).stop", "100000000000000000000"},
	{"range(1, 2, 10**30)", "range(1, 2, 1000000000000000000000000000000)"},
	{"list(range(1, 2, 10**30))", "[1]"},
	{"range(10**20, 0, -10**19)", "range(100000000000000000000, 0, -10000000000000000000)"},
	{"list(range(10**20, 0, -10**19))", "[100000000000000000000, 90000000000000000000, 80000000000000000000, 70000000000000000000, 60000000000000000000, 50000000000000000000, 40000000000000000000, 30000000000000000000, 20000000000000000000, 10000000000000000000]"},
	{"range(0, 10**20, 0)", "!ValueError: range() arg 3 must not be zero"},
	{"range(Idx(10**20))[Idx(10**19)]", "10000000000000000000"},
	{"type(iter(range(10**20))).__name__", "'longrange_iterator'"},
	{"type(iter(range(10))).__name__", "'range_iterator'"},
	{"len(list(range(2**63-3, 2**63+3)[1::2]))", "3"},
}

func TestRangeBigBounds(t *testing.T) {
	env := testEnv()
	for _, c := range rangeCases {
		assert.Equal(t, c.want, evalCase(t, c.expr, env), c.expr)
	}
}

func TestRangePyLen(t *testing.T) {
	r, err := newRange(RangeType, []Value{Int(-1 << 63), Int(1<<63 - 1)}, nil)
	assert.NoError(t, err)
	_, err = r.(*Range).PyLen()
	assert.ErrorContains(t, err, "Python int too large to convert to C ssize_t")
	assert.Equal(t, int(^uint(0)>>1), r.(*Range).Len(), "Len clamps")
}
