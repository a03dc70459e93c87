package runtime

// "Did you mean" suggestions for NameError and AttributeError, computed as
// CPython 3.11 does when it prints a traceback (Python/suggestions.c): the
// closest candidate by a Levenshtein distance where a case change costs 1
// and any other edit 2, within a third of the characters involved.

const (
	suggestMaxCandidates = 750
	suggestMaxLength     = 40
	suggestMoveCost      = 2
	suggestCaseCost      = 1
)

// FrameNames is implemented by the evaluator's frames so that a NameError's
// suggestion can consider the variables of the frame it was raised in.
type FrameNames interface {
	VarNames() []string
	GlobalNames() *Dict
	BuiltinNames() *Dict
}

// suggestion returns the " Did you mean: 'x'?" suffix for a NameError or
// AttributeError, or "".
func suggestion(e *Exception) string {
	if e.Dict == nil {
		return ""
	}
	nameV, ok := e.Dict.GetStr("name")
	name, isStr := nameV.(Str)
	if !ok || !isStr {
		return ""
	}
	var found string
	switch {
	case e.IsInstanceOf(NameErrorType):
		found = suggestName(e, string(name))
	case e.IsInstanceOf(AttributeErrorType):
		obj, ok := e.Dict.GetStr("obj")
		if !ok {
			return ""
		}
		found = closestName(keysOf(attributeNames(obj).Elems()), string(name))
	}
	if found == "" {
		return ""
	}
	return ". Did you mean: '" + found + "'?"
}

// suggestName looks for a NameError's name among the locals, then the
// globals, then the builtins of the frame that raised it.
func suggestName(e *Exception, name string) string {
	tb := e.Traceback
	if tb == nil {
		return ""
	}
	for tb.Next != nil {
		tb = tb.Next
	}
	fr, ok := tb.Frame.(FrameNames)
	if !ok {
		return ""
	}
	if s := closestName(fr.VarNames(), name); s != "" {
		return s
	}
	if s := closestName(keysOf(fr.GlobalNames().Keys()), name); s != "" {
		return s
	}
	return closestName(keysOf(fr.BuiltinNames().Keys()), name)
}

func keysOf(vals []Value) []string {
	out := make([]string, 0, len(vals))
	for _, v := range vals {
		if s, ok := v.(Str); ok {
			out = append(out, string(s))
		}
	}
	return out
}

// closestName returns the candidate nearest to name, or "".
func closestName(candidates []string, name string) string {
	if len(candidates) >= suggestMaxCandidates {
		return ""
	}
	best, bestDist := "", int(^uint(0)>>1)
	for _, c := range candidates {
		if c == name {
			continue
		}
		maxDist := (len(name) + len(c) + 3) * suggestMoveCost / 6
		if bestDist-1 < maxDist {
			maxDist = bestDist - 1
		}
		d := editDistance(name, c, maxDist)
		if d > maxDist {
			continue
		}
		if best == "" || d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

func substitutionCost(a, b byte) int {
	if a&31 != b&31 {
		return suggestMoveCost
	}
	if a == b {
		return 0
	}
	lower := func(c byte) byte {
		if 'A' <= c && c <= 'Z' {
			return c + 'a' - 'A'
		}
		return c
	}
	if lower(a) == lower(b) {
		return suggestCaseCost
	}
	return suggestMoveCost
}

// editDistance is the weighted Levenshtein distance of a and b (UTF-8
// bytes), or maxCost+1 as soon as it must exceed maxCost.
func editDistance(a, b string, maxCost int) int {
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) == 0 || len(b) == 0 {
		return (len(a) + len(b)) * suggestMoveCost
	}
	if len(a) > suggestMaxLength || len(b) > suggestMaxLength {
		return maxCost + 1
	}
	if len(b) < len(a) {
		a, b = b, a
	}
	if (len(b)-len(a))*suggestMoveCost > maxCost {
		return maxCost + 1
	}
	row := make([]int, len(a))
	for i := range row {
		row[i] = (i + 1) * suggestMoveCost
	}
	result := 0
	for bi := 0; bi < len(b); bi++ {
		distance := bi * suggestMoveCost
		result = distance
		minimum := int(^uint(0) >> 1)
		for ai := 0; ai < len(a); ai++ {
			substitute := distance + substitutionCost(b[bi], a[ai])
			distance = row[ai]
			insertDelete := min(result, distance) + suggestMoveCost
			result = min(insertDelete, substitute)
			row[ai] = result
			if result < minimum {
				minimum = result
			}
		}
		if minimum > maxCost {
			return maxCost + 1
		}
	}
	return result
}
