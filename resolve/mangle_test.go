package resolve

import (
	"os"
	"os/exec"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"pyasync/ast"
)

func TestMangle(t *testing.T) {
	for _, c := range []struct{ private, name, want string }{
		{"", "__x", "__x"},
		{"A", "__x", "_A__x"},
		{"A", "x", "x"},
		{"A", "_x", "_x"},
		{"A", "__x__", "__x__"},
		{"A", "__x_", "_A__x_"},
		{"A", "__", "__"},
		{"A", "___", "___"},
		{"A", "___x", "_A___x"},
		{"A", "__a.b", "__a.b"},
		{"_A", "__x", "_A__x"},
		{"__A__", "__x", "_A____x"},
		{"___", "__x", "__x"},
	} {
		assert.Equal(t, c.want, mangle(c.private, c.name), "%q in class %q", c.name, c.private)
	}
}

// TestMangledNames compares, for every program of testdata/mangling.txt,
// the private-looking identifiers (containing "__", not dunders) of the
// resolved tree and symbol table with those of the code objects CPython
// compiles (testdata/mangling.names.golden, written by testdata/names.py
// under -record).
func TestMangledNames(t *testing.T) {
	src, golden := "testdata/mangling.txt", "testdata/mangling.names.golden"
	if *record {
		out, err := exec.Command("python3", "testdata/names.py", src).Output()
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(golden, out, 0o644))
	}
	text, err := os.ReadFile(src)
	require.NoError(t, err)
	wantText, err := os.ReadFile(golden)
	require.NoError(t, err)
	want := map[string]string{}
	for _, c := range splitCases(string(wantText)) {
		want[c.header] = strings.TrimSuffix(c.body, "\n")
	}
	for _, c := range splitCases(string(text)) {
		t.Run(c.header, func(t *testing.T) {
			assert.Equal(t, want[c.header], privateNames(t, c))
		})
	}
}

// privateNames resolves a case and lists its private-looking identifiers:
// the symbols of every block and the attribute, import and def/class names
// of the tree (keyword argument names are not CPython names).
func privateNames(t *testing.T, c testCase) string {
	m, err := parseSource(c.body)
	require.NoError(t, err)
	module, err := resolve(m, c.options())
	if err != nil {
		return "error"
	}
	set := map[string]bool{}
	add := func(name string) {
		if strings.Contains(name, "__") && !(strings.HasPrefix(name, "__") && strings.HasSuffix(name, "__")) {
			set[name] = true
		}
	}
	module.walk(func(b *block) {
		for _, name := range b.order {
			add(name)
		}
	})
	collectNames(reflect.ValueOf(m), add)
	names := make([]string, 0, len(set))
	for name := range set {
		names = append(names, name)
	}
	sort.Strings(names)
	return strings.Join(names, " ")
}

var (
	keywordType = reflect.TypeOf(ast.Keyword{})
	scopeType   = reflect.TypeOf(&ast.Scope{})
)

// collectNames calls add with the identifier fields of every node under v.
func collectNames(v reflect.Value, add func(string)) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() && v.Type() != scopeType {
			collectNames(v.Elem(), add)
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			collectNames(v.Index(i), add)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			f := v.Type().Field(i)
			switch {
			case f.Type.Kind() == reflect.String:
				if v.Type() != keywordType && (f.Name == "Attr" || f.Name == "Name" || f.Name == "Module") {
					add(v.Field(i).String())
				}
			default:
				collectNames(v.Field(i), add)
			}
		}
	}
}
