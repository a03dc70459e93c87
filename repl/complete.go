package repl

import (
	"slices"
	"strings"
	"unicode"

	"pyasync/runtime"
)

// keywords are Python's keywords as CPython's rlcompleter offers them:
// followed by the space or colon that must come next, if any.
var keywords = []string{
	"False", "None", "True", "and ", "as ", "assert ", "async ", "await ",
	"break", "class ", "continue", "def ", "del ", "elif ", "else", "except ",
	"finally:", "for ", "from ", "global ", "if ", "import ", "in ", "is ",
	"lambda ", "nonlocal ", "not ", "or ", "pass", "raise ", "return ",
	"try:", "while ", "with ", "yield ",
}

// Complete returns the completions of the name or dotted name that ends
// text (the line up to the cursor), as CPython's rlcompleter finds them:
// keywords, globals and builtins, or the attributes of the object the
// dotted prefix names; callables get a "(". Each completion replaces the
// last `length` characters of text, the part after the last dot. When text
// is blank, Tab indents: the one completion is four spaces.
//
// Complete may be called from any goroutine: the lookups run on the
// interpreter's, between the steps of the session's tasks.
func (s *Session) Complete(text string) (completions []string, length int) {
	if strings.TrimSpace(text) == "" {
		return []string{"    "}, 0
	}
	start := len(text)
	for start > 0 {
		r := rune(text[start-1])
		if r != '.' && r != '_' && !unicode.IsLetter(r) && !unicode.IsDigit(r) && r < 0x80 {
			break
		}
		start--
	}
	word := text[start:]
	done := make(chan struct{})
	s.loop.Post(func() {
		defer close(done)
		completions = s.completions(word)
	})
	<-done
	prefix := word[strings.LastIndex(word, ".")+1:]
	return completions, len([]rune(prefix))
}

// completions returns the sorted completions of word.
func (s *Session) completions(word string) []string {
	dot := strings.LastIndex(word, ".")
	prefix := word[dot+1:]
	var names []string
	if dot < 0 {
		for _, k := range keywords {
			if strings.HasPrefix(k, prefix) {
				names = append(names, k)
			}
		}
		for _, d := range []*runtime.Dict{s.in.Main.Dict, s.builtins()} {
			for _, k := range d.Keys() {
				if k, ok := k.(runtime.Str); ok && strings.HasPrefix(string(k), prefix) {
					v, _ := d.GetStr(string(k))
					names = append(names, callablePostfix(string(k), v))
				}
			}
		}
	} else {
		obj := s.lookup(word[:dot])
		if obj == nil {
			return nil
		}
		for _, name := range s.attributes(obj) {
			if strings.HasPrefix(name, prefix) && !hiddenAttr(name, prefix) {
				v, _ := runtime.GetAttr(obj, name)
				names = append(names, callablePostfix(name, v))
			}
		}
	}
	slices.Sort(names)
	return slices.Compact(names)
}

// hiddenAttr reports whether rlcompleter leaves name out of the
// attributes offered for prefix: private names unless the prefix starts
// with "_", dunder names unless it starts with "__".
func hiddenAttr(name, prefix string) bool {
	switch {
	case prefix == "":
		return strings.HasPrefix(name, "_")
	case prefix == "_":
		return strings.HasPrefix(name, "__")
	}
	return false
}

// lookup evaluates a dotted name (a.b.c) in the session's namespace, or
// returns nil if that fails.
func (s *Session) lookup(dotted string) runtime.Value {
	parts := strings.Split(dotted, ".")
	v, ok := s.in.Main.Dict.GetStr(parts[0])
	if !ok {
		if v, ok = s.builtins().GetStr(parts[0]); !ok {
			return nil
		}
	}
	for _, name := range parts[1:] {
		var err error
		if v, err = runtime.GetAttr(v, name); err != nil {
			return nil
		}
	}
	return v
}

// attributes returns dir(obj), or nothing if that fails.
func (s *Session) attributes(obj runtime.Value) []string {
	dir, _ := s.builtins().GetStr("dir")
	list, err := runtime.Call(dir, []runtime.Value{obj}, nil)
	if err != nil {
		return nil
	}
	items, err := runtime.ToSlice(list)
	if err != nil {
		return nil
	}
	var names []string
	for _, it := range items {
		if name, ok := it.(runtime.Str); ok {
			names = append(names, string(name))
		}
	}
	return names
}

// builtins returns the namespace of the main module's __builtins__.
func (s *Session) builtins() *runtime.Dict {
	if m, ok := s.in.Main.Dict.GetStr("__builtins__"); ok {
		if m, ok := m.(*runtime.Module); ok {
			return m.Dict
		}
	}
	return runtime.Builtins
}

// callablePostfix appends "(" to the name of a callable value.
func callablePostfix(name string, v runtime.Value) string {
	if v != nil && runtime.IsCallable(v) {
		return name + "("
	}
	return name
}
