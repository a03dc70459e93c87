package asyncio

import (
	"fmt"
	"slices"
	"strings"

	"pyasync/runtime"
)

// shortRepr is reprlib.repr, which asyncio uses for the results in future
// reprs and the arguments in callback reprs: like repr, with strings cut
// to 30 characters, containers to their first few elements and nesting to
// six levels ("'aaaaaaaaaaaaa...aaaaaaaaaaaaaa'", "[0, 1, 2, 3, 4, 5, ...]").
func shortRepr(v runtime.Value) string { return limitedRepr(v, 6) }

// The limits of reprlib.Repr's defaults.
const (
	maxString = 30
	maxLong   = 40
	maxOther  = 30
	maxItems  = 6 // tuples, lists and sets
	maxDict   = 4
	fill      = "..."
)

func limitedRepr(v runtime.Value, level int) string {
	switch x := v.(type) {
	case runtime.Str:
		return reprString(x)
	case runtime.Int, *runtime.BigInt:
		return elide(fullRepr(x), maxLong)
	case runtime.Tuple:
		return reprItems(x, level, "(", ")", ",")
	case *runtime.List:
		return reprItems(x.Elems, level, "[", "]", "")
	case *runtime.Set:
		if x.Len() == 0 {
			return fullRepr(x)
		}
		if x.Type() == runtime.FrozenSetType {
			return reprItems(possiblySorted(x.Elems()), level, "frozenset({", "})", "")
		}
		return reprItems(possiblySorted(x.Elems()), level, "{", "}", "")
	case *runtime.Dict:
		return reprDict(x, level)
	}
	return elide(fullRepr(v), maxOther)
}

// reprString cuts a long string in its middle.
func reprString(s runtime.Str) string {
	r := []rune(string(s))
	out := fullRepr(runtime.Str(string(r[:min(len(r), maxString)])))
	if len([]rune(out)) <= maxString {
		return out
	}
	i := max(0, (maxString-3)/2)
	j := max(0, maxString-3-i)
	cut := []rune(fullRepr(runtime.Str(string(r[:i]) + string(r[len(r)-j:]))))
	return string(cut[:i]) + fill + string(cut[len(cut)-j:])
}

// elide cuts s to limit characters by replacing its middle with "...".
func elide(s string, limit int) string {
	r := []rune(s)
	if len(r) <= limit {
		return s
	}
	i := max(0, (limit-3)/2)
	j := max(0, limit-3-i)
	return string(r[:i]) + fill + string(r[len(r)-j:])
}

func reprItems(items []runtime.Value, level int, left, right, trail string) string {
	if level <= 0 && len(items) > 0 {
		return left + fill + right
	}
	var pieces []string
	for _, it := range items[:min(len(items), maxItems)] {
		pieces = append(pieces, limitedRepr(it, level-1))
	}
	if len(items) > maxItems {
		pieces = append(pieces, fill)
	}
	if len(items) == 1 {
		right = trail + right
	}
	return left + strings.Join(pieces, ", ") + right
}

func reprDict(d *runtime.Dict, level int) string {
	if d.Len() == 0 {
		return "{}"
	}
	if level <= 0 {
		return "{" + fill + "}"
	}
	keys := possiblySorted(d.Keys())
	var pieces []string
	for _, k := range keys[:min(len(keys), maxDict)] {
		v, _, _ := d.Get(k)
		pieces = append(pieces, limitedRepr(k, level-1)+": "+limitedRepr(v, level-1))
	}
	if len(keys) > maxDict {
		pieces = append(pieces, fill)
	}
	return "{" + strings.Join(pieces, ", ") + "}"
}

// possiblySorted sorts the values when they can be compared, else keeps
// their order.
func possiblySorted(vals []runtime.Value) []runtime.Value {
	out := slices.Clone(vals)
	failed := false
	slices.SortStableFunc(out, func(a, b runtime.Value) int {
		if failed {
			return 0
		}
		less, err := runtime.CompareBool(runtime.CmpLt, a, b)
		if err != nil {
			failed = true
			return 0
		}
		if less {
			return -1
		}
		if more, err := runtime.CompareBool(runtime.CmpLt, b, a); err == nil && more {
			return 1
		}
		return 0
	})
	if failed {
		return vals
	}
	return out
}

// fullRepr is repr(v); a failing __repr__ shows as CPython's reprlib shows
// it.
func fullRepr(v runtime.Value) string {
	s, err := runtime.Repr(v)
	if err != nil {
		return fmt.Sprintf("<%s instance at %#x>", runtime.TypeName(v), runtime.Id(v))
	}
	return s
}
