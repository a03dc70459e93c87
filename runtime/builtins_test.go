package runtime

import (
	"bufio"
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBuiltinCases evaluates every case of testdata/builtins/*.txt with the
// real builtins and compares the result with the one recorded from CPython
// by record.py there.
func TestBuiltinCases(t *testing.T) {
	runCaseFiles(t, "testdata/builtins/*.txt", builtinsTestEnv)
}

// builtinsTestEnv is testEnv with the real builtins and the fixtures of
// testdata/builtins/record.py.
func builtinsTestEnv() map[string]Value {
	env := testEnv()
	for _, kv := range Builtins.Items() {
		env[string(kv[0].(Str))] = kv[1]
	}
	classes := builtinTestClasses()
	for _, c := range classes {
		env[c.Name] = c
	}
	for name, fn := range builtinTestFunctions(classes["Recorder"]) {
		env[name] = NewBuiltin(name, fn)
	}
	return env
}

// builtinTestClasses are the fixture classes of record.py, by name.
func builtinTestClasses() map[string]*Type {
	first := func(args []Value) Value {
		if len(args) == 0 {
			return None
		}
		return args[0]
	}
	raise := func(t *Type, msg string) *BuiltinFunction {
		return NewBuiltin("get", func([]Value, []string) (Value, error) { return nil, NewError(t, msg) })
	}
	props := testClass("Props", nil, nil)
	props.Dict.SetStr("gone", &Property{Get: raise(AttributeErrorType, "gone")})
	props.Dict.SetStr("broken", &Property{Get: raise(ValueErrorType, "broken")})
	classes := map[string]*Type{"Props": props}
	for _, c := range []*Type{
		testClass("Mag", nil, map[string]goMethod{
			"__abs__":     constant(Str("abs")),
			"__round__":   func(_ Value, args []Value) (Value, error) { return Tuple{Str("round"), first(args)}, nil },
			"__divmod__":  func(_ Value, args []Value) (Value, error) { return Tuple{Str("divmod"), args[0]}, nil },
			"__rdivmod__": func(_ Value, args []Value) (Value, error) { return Tuple{Str("rdivmod"), args[0]}, nil },
			"__pow__": func(_ Value, args []Value) (Value, error) {
				return Tuple{Str("pow"), args[0], first(args[1:])}, nil
			},
		}),
		testClass("Counter", nil, map[string]goMethod{
			"__init__": func(self Value, _ []Value) (Value, error) { return None, SetAttr(self, "n", Int(0)) },
			"__call__": func(self Value, _ []Value) (Value, error) {
				n, err := GetAttr(self, "n")
				if err == nil {
					n, err = Binary(OpAdd, n, Int(1))
				}
				if err == nil {
					err = SetAttr(self, "n", n)
				}
				return n, err
			},
		}),
		testClass("Dirs", nil, map[string]goMethod{"__dir__": constant(NewList([]Value{Str("b"), Str("a")}))}),
		testClass("Anything", nil, map[string]goMethod{"__instancecheck__": constant(True), "__subclasscheck__": constant(True)}),
		testClass("StopsWith", nil, map[string]goMethod{"__next__": func(Value, []Value) (Value, error) {
			return nil, NewException(StopIterationType, Int(42))
		}}),
		testClass("Recorder", nil, map[string]goMethod{
			"__init__": func(self Value, _ []Value) (Value, error) { return None, SetAttr(self, "parts", NewList(nil)) },
			"write":    appendPart(func(args []Value) Value { return args[0] }),
			"flush":    appendPart(func([]Value) Value { return Str("<flush>") }),
		}),
	} {
		classes[c.Name] = c
	}
	return classes
}

// appendPart returns a Recorder method appending part(args) to self.parts.
func appendPart(part func(args []Value) Value) goMethod {
	return func(self Value, args []Value) (Value, error) {
		parts, err := GetAttr(self, "parts")
		if err != nil {
			return nil, err
		}
		l := parts.(*List)
		l.Elems = append(l.Elems, part(args))
		return None, nil
	}
}

// builtinTestFunctions are the fixture functions of record.py.
func builtinTestFunctions(recorder *Type) map[string]builtinFn {
	print := func() Value { v, _ := Builtins.GetStr("print"); return v }()
	input := func() Value { v, _ := Builtins.GetStr("input"); return v }()
	return map[string]builtinFn{
		"public": func(args []Value, _ []string) (Value, error) {
			items, err := ToSlice(args[0])
			var out []Value
			for _, n := range items {
				if !strings.HasPrefix(string(n.(Str)), "_") {
					out = append(out, n)
				}
			}
			return NewList(out), err
		},
		"printparts": func(args []Value, kwnames []string) (Value, error) {
			rec, err := Call(recorder, nil, nil)
			if err != nil {
				return nil, err
			}
			if _, err := Call(print, append(args, rec), append(kwnames, "file")); err != nil {
				return nil, err
			}
			return GetAttr(rec, "parts")
		},
		"captured": func(args []Value, kwnames []string) (Value, error) {
			return captured(string(args[0].(Str)), args[1], args[2:], kwnames)
		},
		"printerr": func(args []Value, kwnames []string) (Value, error) {
			stderr, _ := SysModule.Dict.GetStr("stderr")
			return Call(print, append(args, stderr), append(kwnames, "file"))
		},
		"inputfrom": func(args []Value, _ []string) (Value, error) {
			saved := Stdin
			defer func() { Stdin = saved }()
			Stdin = bufio.NewReader(strings.NewReader(string(args[0].(Str))))
			return captured("stdout", input, args[1:], nil)
		},
	}
}

// captured calls fn with sys.<stream> replaced by a TextFile over a
// bytes.Buffer, and returns the result with what was written there.
func captured(stream string, fn Value, args []Value, kwnames []string) (Value, error) {
	saved, _ := SysModule.Dict.GetStr(stream)
	defer SysModule.Dict.SetStr(stream, saved)
	var buf bytes.Buffer
	file := NewTextFile("<"+stream+">", &buf, false)
	SysModule.Dict.SetStr(stream, file)
	r, err := Call(fn, args, kwnames)
	if err != nil {
		return nil, err
	}
	if err := file.Flush(); err != nil {
		return nil, err
	}
	return Tuple{r, Str(buf.String())}, nil
}

// TestBuiltinsNamespace checks the builtins module's contents.
func TestBuiltinsNamespace(t *testing.T) {
	for _, name := range []string{
		"object", "type", "int", "bool", "float", "str", "list", "tuple", "dict", "set",
		"frozenset", "range", "slice", "property", "staticmethod", "classmethod", "super",
		"enumerate", "zip", "map", "filter", "reversed", "BaseException", "Exception",
		"ValueError", "StopAsyncIteration", "ExceptionGroup", "None", "True", "False",
		"Ellipsis", "NotImplemented", "__debug__", "__name__", "print", "len", "exit", "quit",
	} {
		_, ok := Builtins.GetStr(name)
		assert.True(t, ok, name)
	}
	for _, t2 := range exceptionTypes {
		v, _ := Builtins.GetStr(t2.Name)
		assert.Same(t, t2, v)
	}
	env, _ := Builtins.GetStr("EnvironmentError")
	assert.Same(t, OSErrorType, env)
	m, err := ImportModule("builtins")
	require.NoError(t, err)
	assert.Same(t, BuiltinsModule, m)
}

// TestSortedIsStable sorts records by a key with many ties, forwards and
// in reverse, as list.sort's stability guarantees.
func TestSortedIsStable(t *testing.T) {
	var items []Value
	for i := range 100 {
		items = append(items, Tuple{Int(i % 7), Int(i)})
	}
	first := NewBuiltin("first", func(args []Value, _ []string) (Value, error) { return args[0].(Tuple)[0], nil })
	sorted, _ := Builtins.GetStr("sorted")
	for _, reverse := range []Bool{false, true} {
		r, err := Call(sorted, []Value{NewList(items), first, reverse}, []string{"key", "reverse"})
		require.NoError(t, err)
		got := r.(*List).Elems
		require.Len(t, got, len(items))
		for i := 1; i < len(got); i++ {
			a, b := got[i-1].(Tuple), got[i].(Tuple)
			if a[0] == b[0] {
				assert.Less(t, a[1], b[1], "equal keys keep their order")
			} else {
				assert.Equal(t, bool(reverse), a[0].(Int) > b[0].(Int))
			}
		}
	}
}

// TestVarsAndDirUseLocals checks that vars() and dir() without arguments
// call the "locals" builtin the evaluator provides.
func TestVarsAndDirUseLocals(t *testing.T) {
	vars, _ := Builtins.GetStr("vars")
	dir, _ := Builtins.GetStr("dir")
	_, err := Call(vars, nil, nil)
	assert.EqualError(t, err, "SystemError: locals() is not available")

	locals := NewDict()
	locals.SetStr("b", Int(1))
	locals.SetStr("a", Int(2))
	Builtins.SetStr("locals", NewBuiltin("locals", func([]Value, []string) (Value, error) { return locals, nil }))
	defer Builtins.Delete(Str("locals"))
	r, err := Call(vars, nil, nil)
	require.NoError(t, err)
	assert.Same(t, locals, r)
	r, err = Call(dir, nil, nil)
	require.NoError(t, err)
	s, _ := Repr(r)
	assert.Equal(t, "['a', 'b']", s)
}

// fakeGenerator yields its items, then returns result, like a generator
// object of the evaluator (a Go Iterator and Resumable).
type fakeGenerator struct {
	items  []Value
	result Value
}

func (*fakeGenerator) Type() *Type { return GeneratorType }

func (g *fakeGenerator) Send(Value) (Value, bool, error) {
	if len(g.items) == 0 {
		return g.result, true, nil
	}
	v := g.items[0]
	g.items = g.items[1:]
	return v, false, nil
}

func (g *fakeGenerator) Throw(exc *Exception) (Value, bool, error) { return nil, false, exc }
func (*fakeGenerator) Close() error                                { return nil }

func (g *fakeGenerator) Next() (Value, bool, error) {
	v, done, err := g.Send(None)
	return v, !done && err == nil, err
}

// TestNextKeepsReturnValue checks that next() on an exhausted generator
// raises StopIteration carrying the generator's return value, as
// `def g(): yield 1; return 7` does in CPython.
func TestNextKeepsReturnValue(t *testing.T) {
	next, _ := Builtins.GetStr("next")
	for _, tc := range []struct {
		result Value
		want   string
	}{
		{Int(7), "StopIteration: 7"},
		{None, "StopIteration"},
	} {
		g := &fakeGenerator{items: []Value{Int(1)}, result: tc.result}
		v, err := Call(next, []Value{g}, nil)
		require.NoError(t, err)
		assert.Equal(t, Int(1), v)
		_, err = Call(next, []Value{g}, nil)
		assert.EqualError(t, err, tc.want)
		v, err = Call(next, []Value{g, Str("d")}, nil)
		require.NoError(t, err)
		assert.Equal(t, Str("d"), v)
	}
}
