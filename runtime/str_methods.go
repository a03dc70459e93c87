package runtime

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The str constructor and methods. A str holds UTF-8 but is indexed by
// code point: the searching methods convert between the two, with a fast
// path for ASCII strings.

func init() {
	StrType.New = newStr
	s := StrType
	s.addNoArgs("__len__", lenMethod)
	for name, fn := range map[string]func(string) string{
		"upper": upperCase.apply, "lower": lowerCase.apply, "casefold": foldCase.apply,
		"swapcase": swapCase, "title": titleStr, "capitalize": capitalize,
	} {
		s.addNoArgs(name, func(self Value) (Value, error) { return Str(fn(string(self.(Str)))), nil })
	}
	for name, class := range charClasses {
		s.addNoArgs(name, func(self Value) (Value, error) {
			return Bool(allIn(string(self.(Str)), class.in, class.empty)), nil
		})
	}
	for name, test := range map[string]func(string) bool{
		"isupper":      func(s string) bool { return isCase(s, unicode.IsUpper) },
		"islower":      func(s string) bool { return isCase(s, unicode.IsLower) },
		"istitle":      isTitle,
		"isidentifier": isIdentifier,
	} {
		s.addNoArgs(name, func(self Value) (Value, error) { return Bool(test(string(self.(Str)))), nil })
	}
	initStrSearch(s)
	initStrSplit(s)
	initStrEdit(s)
	s.addKeywords("encode", 0, []string{"encoding", "errors"}, func(Value, []Value) (Value, error) {
		return nil, NewError(NotImplementedErrorType, "str.encode() is not supported: pyasync has no bytes type")
	})
}

// newStr is str(object="", encoding=..., errors=...); decoding is not
// supported (there is no bytes type).
func newStr(_ *Type, args []Value, kwnames []string) (Value, error) {
	a, err := Args("str", args, kwnames, 0, "object", "encoding", "errors")
	if err != nil {
		return nil, err
	}
	switch {
	case a[0] == nil:
		return Str(""), nil
	case a[1] != nil || a[2] != nil:
		return nil, NewErrorf(TypeErrorType, "decoding to str: need a bytes-like object, %s found", TypeName(a[0]))
	}
	s, err := ToStr(a[0])
	return Str(s), err
}

// strArg returns v as a Go string, or the TypeError "<context>must be str,
// not T".
func strArg(v Value, context string) (string, error) {
	s, ok := v.(Str)
	if !ok {
		return "", NewErrorf(TypeErrorType, "%smust be str, not %s", context, TypeName(v))
	}
	return string(s), nil
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// runeCount is len(s) in code points.
func runeCount(s string) int {
	if isASCII(s) {
		return len(s)
	}
	return utf8.RuneCountInString(s)
}

// byteOffset returns the byte offset of code point i of s (0 <= i <= len).
func byteOffset(s string, i int) int {
	if isASCII(s) {
		return i
	}
	off := 0
	for ; i > 0; i-- {
		_, n := utf8.DecodeRuneInString(s[off:])
		off += n
	}
	return off
}

// strSpan is the part of a str a searching method looks at, selected by
// its optional start and end arguments.
type strSpan struct {
	text  string // the selected characters
	start int    // the code-point index of text in the whole str
	ok    bool   // false when start lies after end: not even "" is there
}

// spanOf resolves start and end (nil when absent) against s.
func spanOf(s string, start, end Value) (strSpan, error) {
	lo, hi, err := searchRange(start, end, runeCount(s), true)
	if err != nil || lo > hi {
		return strSpan{}, err
	}
	blo := byteOffset(s, lo)
	return strSpan{text: s[blo : blo+byteOffset(s[blo:], hi-lo)], start: lo, ok: true}, nil
}

// index converts a byte offset in the span to a code-point index in the
// whole str.
func (sp strSpan) index(off int) int { return sp.start + runeCount(sp.text[:off]) }

// initStrSearch registers find, rfind, index, rindex, count, startswith
// and endswith.
func initStrSearch(t *Type) {
	for _, m := range []struct {
		name    string
		search  func(s, sub string) int
		mustHit bool
	}{
		{"find", strings.Index, false},
		{"rfind", strings.LastIndex, false},
		{"index", strings.Index, true},
		{"rindex", strings.LastIndex, true},
	} {
		t.addVarargs(m.name, 1, 3, func(self Value, args []Value) (Value, error) {
			sub, sp, err := searchArgs(self, args)
			if err != nil {
				return nil, err
			}
			i := -1
			if sp.ok {
				if off := m.search(sp.text, sub); off >= 0 {
					i = sp.index(off)
				}
			}
			if i < 0 && m.mustHit {
				return nil, NewError(ValueErrorType, "substring not found")
			}
			return Int(i), nil
		})
	}
	t.addVarargs("count", 1, 3, func(self Value, args []Value) (Value, error) {
		sub, sp, err := searchArgs(self, args)
		if err != nil || !sp.ok {
			return Int(0), err
		}
		return Int(strings.Count(sp.text, sub)), nil
	})
	t.addVarargs("startswith", 1, 3, func(self Value, args []Value) (Value, error) {
		return affixMatch("startswith", self, args, strings.HasPrefix)
	})
	t.addVarargs("endswith", 1, 3, func(self Value, args []Value) (Value, error) {
		return affixMatch("endswith", self, args, strings.HasSuffix)
	})
}

// searchArgs resolves the (sub[, start[, end]]) arguments of find-like
// methods.
func searchArgs(self Value, args []Value) (string, strSpan, error) {
	sub, err := strArg(args[0], "")
	if err != nil {
		return "", strSpan{}, err
	}
	sp, err := spanOf(string(self.(Str)), argAt(args, 1), argAt(args, 2))
	return sub, sp, err
}

// affixMatch is startswith and endswith: match tests the span against a
// str or each str of a tuple.
func affixMatch(name string, self Value, args []Value, match func(s, affix string) bool) (Value, error) {
	affixes, ok := args[0].(Tuple)
	if !ok {
		if _, isStr := args[0].(Str); !isStr {
			return nil, NewErrorf(TypeErrorType, "%s first arg must be str or a tuple of str, not %s", name, TypeName(args[0]))
		}
		affixes = Tuple{args[0]}
	}
	sp, err := spanOf(string(self.(Str)), argAt(args, 1), argAt(args, 2))
	if err != nil {
		return nil, err
	}
	for _, a := range affixes {
		affix, ok := a.(Str)
		if !ok {
			return nil, NewErrorf(TypeErrorType, "tuple for %s must only contain str, not %s", name, TypeName(a))
		}
		if sp.ok && match(sp.text, string(affix)) {
			return True, nil
		}
	}
	return False, nil
}

// initStrSplit registers split, rsplit, splitlines, partition, rpartition
// and join.
func initStrSplit(t *Type) {
	for _, name := range []string{"split", "rsplit"} {
		reverse := name == "rsplit"
		t.addKeywords(name, 0, []string{"sep", "maxsplit"}, func(self Value, args []Value) (Value, error) {
			return splitStr(string(self.(Str)), args[0], args[1], reverse)
		})
	}
	t.addKeywords("splitlines", 0, []string{"keepends"}, func(self Value, args []Value) (Value, error) {
		keep, err := intFlag(args[0])
		if err != nil {
			return nil, err
		}
		return strList(splitLines(string(self.(Str)), keep)), nil
	})
	for _, name := range []string{"partition", "rpartition"} {
		reverse := name == "rpartition"
		t.addOneArg(name, func(self, sep Value) (Value, error) { return partition(string(self.(Str)), sep, reverse) })
	}
	t.addOneArg("join", joinStr)
}

// strList makes a list of strs.
func strList(parts []string) *List {
	out := make([]Value, len(parts))
	for i, p := range parts {
		out[i] = Str(p)
	}
	return NewList(out)
}

// intFlag converts a boolean flag given as an int (splitlines' keepends).
func intFlag(v Value) (bool, error) {
	if v == nil {
		return false, nil
	}
	n, err := IndexOf(v)
	if err != nil {
		return false, err
	}
	return Truth(n)
}

// reverseStr reverses the characters of s.
func reverseStr(s string) string {
	r := []rune(s)
	slices.Reverse(r)
	return string(r)
}

// splitStr is str.split and, with reverse, str.rsplit (splitting the
// reversed string from the left).
func splitStr(s string, sepArg, maxArg Value, reverse bool) (Value, error) {
	maxsplit := -1
	if maxArg != nil {
		var err error
		if maxsplit, err = asSsize(maxArg); err != nil {
			return nil, err
		}
	}
	var parts []string
	if sepArg == nil || sepArg == None {
		parts = splitWhitespace(s, maxsplit, reverse)
	} else {
		sep, ok := sepArg.(Str)
		switch {
		case !ok:
			return nil, NewErrorf(TypeErrorType, "must be str or None, not %s", TypeName(sepArg))
		case sep == "":
			return nil, NewError(ValueErrorType, "empty separator")
		}
		parts = splitSep(s, string(sep), maxsplit, reverse)
	}
	return strList(parts), nil
}

// splitSep splits s at sep, at most maxsplit times when >= 0, from the
// right when reverse.
func splitSep(s, sep string, maxsplit int, reverse bool) []string {
	n := -1
	if maxsplit >= 0 {
		n = maxsplit + 1
	}
	if !reverse {
		return strings.SplitN(s, sep, n)
	}
	parts := strings.SplitN(reverseStr(s), reverseStr(sep), n)
	return reverseParts(parts)
}

// reverseParts reverses each part and their order, turning a split of a
// reversed string into the right-to-left split of the original.
func reverseParts(parts []string) []string {
	out := make([]string, len(parts))
	for i, p := range parts {
		out[len(parts)-1-i] = reverseStr(p)
	}
	return out
}

// splitWhitespace splits s at runs of whitespace, ignoring it at the ends,
// at most maxsplit times when >= 0 (the rest keeps its trailing
// whitespace), from the right when reverse.
func splitWhitespace(s string, maxsplit int, reverse bool) []string {
	if reverse {
		return reverseParts(splitWhitespace(reverseStr(s), maxsplit, false))
	}
	parts := []string{}
	for {
		s = strings.TrimLeftFunc(s, isPySpace)
		if s == "" {
			return parts
		}
		if maxsplit == 0 {
			return append(parts, s)
		}
		end := strings.IndexFunc(s, isPySpace)
		if end < 0 {
			return append(parts, s)
		}
		parts = append(parts, s[:end])
		s = s[end:]
		maxsplit--
	}
}

// splitLines is str.splitlines: lines end at \n, \r, \r\n, \v, \f, \x1c,
// \x1d, \x1e, \x85, \u2028 and \u2029.
func splitLines(s string, keepends bool) []string {
	parts := []string{}
	for s != "" {
		end := strings.IndexFunc(s, isLineBreak)
		if end < 0 {
			return append(parts, s)
		}
		_, n := utf8.DecodeRuneInString(s[end:])
		if strings.HasPrefix(s[end:], "\r\n") {
			n = 2
		}
		line := s[:end]
		if keepends {
			line = s[:end+n]
		}
		parts = append(parts, line)
		s = s[end+n:]
	}
	return parts
}

func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

// partition is str.partition and, with reverse, str.rpartition.
func partition(s string, sepArg Value, reverse bool) (Value, error) {
	sep, err := strArg(sepArg, "")
	if err != nil {
		return nil, err
	}
	if sep == "" {
		return nil, NewError(ValueErrorType, "empty separator")
	}
	i := strings.Index(s, sep)
	if reverse {
		i = strings.LastIndex(s, sep)
	}
	switch {
	case i >= 0:
		return Tuple{Str(s[:i]), Str(sep), Str(s[i+len(sep):])}, nil
	case reverse:
		return Tuple{Str(""), Str(""), Str(s)}, nil
	}
	return Tuple{Str(s), Str(""), Str("")}, nil
}

// joinStr is str.join.
func joinStr(self, iterable Value) (Value, error) {
	items, err := ToSlice(iterable)
	if err != nil {
		if isTypeError(err) {
			return nil, NewError(TypeErrorType, "can only join an iterable")
		}
		return nil, err
	}
	parts := make([]string, len(items))
	for i, item := range items {
		s, ok := item.(Str)
		if !ok {
			return nil, NewErrorf(TypeErrorType, "sequence item %d: expected str instance, %s found", i, TypeName(item))
		}
		parts[i] = string(s)
	}
	return Str(strings.Join(parts, string(self.(Str)))), nil
}

// initStrEdit registers the methods making a modified copy: strip,
// lstrip, rstrip, replace, center, ljust, rjust, zfill, expandtabs,
// removeprefix, removesuffix, translate and maketrans.
func initStrEdit(t *Type) {
	for _, m := range []struct {
		name        string
		left, right bool
	}{{"strip", true, true}, {"lstrip", true, false}, {"rstrip", false, true}} {
		t.addPositional(m.name, 0, 1, func(self Value, args []Value) (Value, error) {
			return stripStr(m.name, string(self.(Str)), argAt(args, 0), m.left, m.right)
		})
	}
	t.addPositional("replace", 2, 3, replaceStr)
	for _, name := range []string{"center", "ljust", "rjust"} {
		t.addPositional(name, 1, 2, func(self Value, args []Value) (Value, error) {
			return justify(name, string(self.(Str)), args)
		})
	}
	t.addOneArg("zfill", zfill)
	t.addKeywords("expandtabs", 0, []string{"tabsize"}, func(self Value, args []Value) (Value, error) {
		tabsize := 8
		if args[0] != nil {
			var err error
			if tabsize, err = asSsize(args[0]); err != nil {
				return nil, err
			}
		}
		return Str(expandTabs(string(self.(Str)), tabsize)), nil
	})
	for _, m := range []struct {
		name string
		trim func(s, affix string) string
	}{{"removeprefix", strings.TrimPrefix}, {"removesuffix", strings.TrimSuffix}} {
		t.addOneArg(m.name, func(self, affix Value) (Value, error) {
			a, err := strArg(affix, m.name+"() argument ")
			return Str(m.trim(string(self.(Str)), a)), err
		})
	}
	t.addOneArg("translate", translate)
	t.Dict.SetStr("maketrans", &StaticMethod{Func: NewBuiltin("maketrans", makeTrans)})
}

// stripStr is str.strip, lstrip and rstrip: chars (nil or None for
// whitespace) are removed from the chosen ends.
func stripStr(name, s string, chars Value, left, right bool) (Value, error) {
	in := isPySpace
	if chars != nil && chars != None {
		set, ok := chars.(Str)
		if !ok {
			return nil, NewErrorf(TypeErrorType, "%s arg must be None or str", name)
		}
		in = func(r rune) bool { return strings.ContainsRune(string(set), r) }
	}
	if left {
		s = strings.TrimLeftFunc(s, in)
	}
	if right {
		s = strings.TrimRightFunc(s, in)
	}
	return Str(s), nil
}

// replaceStr is str.replace(old, new, count=-1).
func replaceStr(self Value, args []Value) (Value, error) {
	old, err := strArg(args[0], "replace() argument 1 ")
	if err != nil {
		return nil, err
	}
	repl, err := strArg(args[1], "replace() argument 2 ")
	if err != nil {
		return nil, err
	}
	count := -1
	if len(args) > 2 {
		if count, err = asSsize(args[2]); err != nil {
			return nil, err
		}
	}
	return Str(strings.Replace(string(self.(Str)), old, repl, count)), nil
}

// justify is str.center, ljust and rjust(width, fillchar=' ').
func justify(name, s string, args []Value) (Value, error) {
	width, err := asSsize(args[0])
	if err != nil {
		return nil, err
	}
	fill := " "
	if len(args) > 1 {
		f, ok := args[1].(Str)
		switch {
		case !ok:
			return nil, NewErrorf(TypeErrorType, "The fill character must be a unicode character, not %s", TypeName(args[1]))
		case runeCount(string(f)) != 1:
			return nil, NewError(TypeErrorType, "The fill character must be exactly one character long")
		}
		fill = string(f)
	}
	margin := width - runeCount(s)
	if margin <= 0 {
		return Str(s), nil
	}
	left := 0
	switch name {
	case "center":
		left = margin/2 + (margin & width & 1)
	case "rjust":
		left = margin
	}
	return Str(strings.Repeat(fill, left) + s + strings.Repeat(fill, margin-left)), nil
}

// zfill is str.zfill(width): zeros after the sign, if any.
func zfill(self, widthArg Value) (Value, error) {
	width, err := asSsize(widthArg)
	if err != nil {
		return nil, err
	}
	s := string(self.(Str))
	pad := width - runeCount(s)
	if pad <= 0 {
		return Str(s), nil
	}
	sign := ""
	if s != "" && (s[0] == '+' || s[0] == '-') {
		sign, s = s[:1], s[1:]
	}
	return Str(sign + strings.Repeat("0", pad) + s), nil
}

// expandTabs is str.expandtabs: each tab becomes the spaces reaching the
// next multiple of tabsize (none when tabsize <= 0); \n and \r restart the
// column count.
func expandTabs(s string, tabsize int) string {
	var b strings.Builder
	col := 0
	for _, r := range s {
		switch r {
		case '\t':
			if tabsize > 0 {
				n := tabsize - col%tabsize
				b.WriteString(strings.Repeat(" ", n))
				col += n
			}
			continue
		case '\n', '\r':
			b.WriteRune(r)
			col = 0
			continue
		}
		b.WriteRune(r)
		col++
	}
	return b.String()
}

// translate is str.translate(table): each character c becomes table[ord(c)]
// (a code point, a str, or None to delete it), or stays when the lookup
// raises LookupError.
func translate(self, table Value) (Value, error) {
	var b strings.Builder
	for _, r := range string(self.(Str)) {
		v, err := GetItem(table, Int(r))
		if err != nil {
			if e, ok := err.(*Exception); ok && e.IsInstanceOf(LookupErrorType) {
				b.WriteRune(r)
				continue
			}
			return nil, err
		}
		switch x := v.(type) {
		case NoneType:
		case Str:
			b.WriteString(string(x))
		case Int:
			if x < 0 || x > utf8.MaxRune {
				return nil, NewError(ValueErrorType, "character mapping must be in range(0x110000)")
			}
			b.WriteRune(rune(x))
		default:
			return nil, NewError(TypeErrorType, "character mapping must return integer, None or str")
		}
	}
	return Str(b.String()), nil
}

// makeTrans is the static method str.maketrans(x, y=None, z=None).
func makeTrans(args []Value, kwnames []string) (Value, error) {
	if err := NoKwargs("maketrans", kwnames); err != nil {
		return nil, err
	}
	if err := CheckPositional("maketrans", args, 1, 3); err != nil {
		return nil, err
	}
	if len(args) == 1 {
		return transTableFromDict(args[0])
	}
	x, ok := args[0].(Str)
	if !ok {
		return nil, NewError(TypeErrorType, "first maketrans argument must be a string if there is a second argument")
	}
	y, err := strArg(args[1], "maketrans() argument 2 ")
	if err != nil {
		return nil, err
	}
	from, to := []rune(string(x)), []rune(y)
	if len(from) != len(to) {
		return nil, NewError(ValueErrorType, "the first two maketrans arguments must have equal length")
	}
	table := NewDict()
	for i, r := range from {
		if err := table.Set(Int(r), Int(to[i])); err != nil {
			return nil, err
		}
	}
	if len(args) == 3 {
		z, err := strArg(args[2], "maketrans() argument 3 ")
		if err != nil {
			return nil, err
		}
		for _, r := range z {
			if err := table.Set(Int(r), None); err != nil {
				return nil, err
			}
		}
	}
	return table, nil
}

// transTableFromDict is str.maketrans(dict): str keys of one character
// become their code points.
func transTableFromDict(v Value) (Value, error) {
	d, ok := v.(*Dict)
	if !ok {
		return nil, NewError(TypeErrorType, "if you give only one argument to maketrans it must be a dict")
	}
	table := NewDict()
	for _, it := range d.Items() {
		key := it[0]
		switch k := key.(type) {
		case Str:
			r := []rune(string(k))
			if len(r) != 1 {
				return nil, NewError(ValueErrorType, "string keys in translate table must be of length 1")
			}
			key = Int(r[0])
		case Int, Bool:
		default:
			return nil, NewError(TypeErrorType, "keys in translate table must be strings or integers")
		}
		if err := table.Set(key, it[1]); err != nil {
			return nil, err
		}
	}
	return table, nil
}
