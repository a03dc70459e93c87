package runtime

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTypeCases evaluates every case of testdata/types/*.txt and compares
// the result with the one recorded from CPython by record.py there.
func TestTypeCases(t *testing.T) {
	runCaseFiles(t, "testdata/types/*.txt", testEnv)
}

// runCaseFiles evaluates every "EXPR ==> EXPECTED" line of the files matching
// pattern, each file in a fresh environment from newEnv, and compares the
// result with EXPECTED as record.py wrote it.
func runCaseFiles(t *testing.T, pattern string, newEnv func() map[string]Value) {
	files, err := filepath.Glob(pattern)
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			f, err := os.Open(path)
			require.NoError(t, err)
			defer f.Close()
			env := newEnv()
			sc := bufio.NewScanner(f)
			for line := 1; sc.Scan(); line++ {
				text := sc.Text()
				if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
					continue
				}
				expr, want, ok := strings.Cut(text, " ==> ")
				require.True(t, ok, "%s:%d: no ' ==> ' (run record.py)", path, line)
				assert.Equal(t, want, evalCase(t, expr, env), "%s:%d: %s", path, line, expr)
			}
			require.NoError(t, sc.Err())
		})
	}
}

// evalCase returns repr() of the expression's value, or "!Type: message"
// for the Python exception it raises, as record.py writes them.
func evalCase(t *testing.T, expr string, env map[string]Value) string {
	v, err := evalPy(expr, env)
	if err == nil {
		var s string
		if s, err = Repr(v); err == nil {
			return s
		}
	}
	e, ok := err.(*Exception)
	if !ok {
		return "go error: " + err.Error()
	}
	msg, err := ToStr(e)
	require.NoError(t, err)
	if msg == "" {
		return "!" + e.Class.Name
	}
	return "!" + e.Class.Name + ": " + msg
}

// testEnv returns the names the cases may use: builtin types, exception
// classes and the fixtures of record.py.
func testEnv() map[string]Value {
	env := map[string]Value{"None": None, "True": True, "False": False}
	types := []*Type{
		ObjectType, TypeType, IntType, BoolType, FloatType, StrType, TupleType, ListType,
		DictType, SetType, FrozenSetType, RangeType, SliceType,
		EnumerateType, ZipType, MapType, FilterType, ReversedType,
		PropertyType, StaticMethodType, ClassMethodType,
	}
	for _, t := range append(append(types, BaseExceptionType), exceptionTypes...) {
		env[t.Name] = t
	}
	for name, fn := range testFunctions {
		env[name] = NewBuiltin(name, fn)
	}
	for _, c := range testClasses() {
		env[c.Name] = c
	}
	return env
}

type builtinFn = func(args []Value, kwnames []string) (Value, error)

// callByName calls obj.name(*args) with the arguments after the first two
// of a fixture call.
func callByName(args []Value, kwnames []string) (Value, error) {
	m, err := GetAttr(args[0], string(args[1].(Str)))
	if err != nil {
		return nil, err
	}
	return Call(m, args[2:], kwnames)
}

// testFunctions are the fixture functions of record.py, and the few
// builtins the cases use (the real ones live elsewhere).
var testFunctions = map[string]builtinFn{
	"mut": func(args []Value, kwnames []string) (Value, error) {
		_, err := callByName(args, kwnames)
		return args[0], err
	},
	"call2": func(args []Value, kwnames []string) (Value, error) {
		r, err := callByName(args, kwnames)
		return Tuple{r, args[0]}, err
	},
	"assign": func(args []Value, _ []string) (Value, error) {
		return args[0], SetAttr(args[0], string(args[1].(Str)), args[2])
	},
	"neg":    func(args []Value, _ []string) (Value, error) { return Neg(args[0]) },
	"add":    func(args []Value, _ []string) (Value, error) { return Binary(OpAdd, args[0], args[1]) },
	"keylen": func(args []Value, _ []string) (Value, error) { n, err := Len(args[0]); return Int(n), err },
	"len":    func(args []Value, _ []string) (Value, error) { n, err := Len(args[0]); return Int(n), err },
	"iseven": func(args []Value, _ []string) (Value, error) {
		m, err := Binary(OpMod, args[0], Int(2))
		return Bool(m == Int(0)), err
	},
	"srt": func(args []Value, _ []string) (Value, error) {
		items, err := ToSlice(args[0])
		if err != nil {
			return nil, err
		}
		items = append([]Value(nil), items...)
		return NewList(items), SortValues(items, nil, nil)
	},
	"format": func(args []Value, _ []string) (Value, error) {
		s, err := Format(args[0], string(args[1].(Str)))
		return Str(s), err
	},
	"isone": func(args []Value, _ []string) (Value, error) {
		a, err := GetAttr(args[0], "args")
		if err != nil {
			return nil, err
		}
		eq, err := Equal(a, Tuple{Int(1)})
		return Bool(eq), err
	},
	"repr": func(args []Value, _ []string) (Value, error) { s, err := Repr(args[0]); return Str(s), err },
	"hash": func(args []Value, _ []string) (Value, error) { h, err := Hash(args[0]); return Int(h), err },
	"iter": func(args []Value, _ []string) (Value, error) { return Iter(args[0]) },
	"next": func(args []Value, _ []string) (Value, error) {
		v, ok, err := Next(args[0])
		if err == nil && !ok {
			err = NewException(StopIterationType)
		}
		return v, err
	},
	"getattr": func(args []Value, _ []string) (Value, error) { return GetAttr(args[0], string(args[1].(Str))) },
	"isinstance": func(args []Value, _ []string) (Value, error) {
		return Bool(args[0].Type().IsSubtype(args[1].(*Type))), nil
	},
}

// goMethod is the Go body of a fixture class method.
type goMethod = func(self Value, args []Value) (Value, error)

// testClass makes a class like a class statement would, with Go methods.
func testClass(name string, base *Type, methods map[string]goMethod) *Type {
	var bases []*Type
	if base != nil {
		bases = []*Type{base}
	}
	c, err := NewClass(name, bases, NewDict())
	if err != nil {
		panic(err)
	}
	for n, fn := range methods {
		c.AddMethod(n, func(self Value, args []Value, _ []string) (Value, error) { return fn(self, args) })
	}
	return c
}

// storeInit returns an __init__ storing its arguments as the attributes
// named by names.
func storeInit(names ...string) goMethod {
	return func(self Value, args []Value) (Value, error) {
		for i, n := range names {
			self.(*Instance).AttrDict(true).SetStr(n, args[i])
		}
		return None, nil
	}
}

// attrOf returns a method returning the attribute name of self.
func attrOf(name string) goMethod {
	return func(self Value, _ []Value) (Value, error) { return GetAttr(self, name) }
}

func constant(v Value) goMethod {
	return func(Value, []Value) (Value, error) { return v, nil }
}

// testClasses are the fixture classes of record.py.
func testClasses() []*Type {
	return []*Type{
		testClass("Idx", nil, map[string]goMethod{"__init__": storeInit("n"), "__index__": attrOf("n")}),
		testClass("IntLike", nil, map[string]goMethod{"__init__": storeInit("n"), "__int__": attrOf("n")}),
		testClass("FloatLike", nil, map[string]goMethod{"__init__": storeInit("f"), "__float__": attrOf("f")}),
		testClass("TruncLike", nil, map[string]goMethod{"__init__": storeInit("n"), "__trunc__": attrOf("n")}),
		testClass("Fmt", nil, map[string]goMethod{"__format__": func(_ Value, args []Value) (Value, error) {
			return Str("F<" + string(args[0].(Str)) + ">"), nil
		}}),
		testClass("BadFmt", nil, map[string]goMethod{"__format__": constant(Int(5))}),
		testClass("Plain", nil, nil),
		testClass("Point", nil, map[string]goMethod{"__init__": storeInit("x", "y")}),
		testClass("Rev", nil, map[string]goMethod{"__reversed__": func(Value, []Value) (Value, error) {
			return Iter(NewList([]Value{Int(3), Int(2), Int(1)}))
		}}),
		testClass("Seq", nil, map[string]goMethod{"__len__": constant(Int(3)), "__getitem__": func(_ Value, args []Value) (Value, error) {
			if i := args[0].(Int); i < 3 {
				return i * 10, nil
			}
			return nil, NewException(IndexErrorType, args[0])
		}}),
		testClass("Mapping", nil, map[string]goMethod{
			"keys":        constant(NewList([]Value{Str("a"), Str("b")})),
			"__getitem__": func(_ Value, args []Value) (Value, error) { return Binary(OpMul, args[0], Int(2)) },
		}),
		testClass("StrRepr", nil, map[string]goMethod{"__str__": constant(Str("strval")), "__repr__": constant(Str("reprval"))}),
		testClass("MyError", ExceptionType, nil),
		testClass("MyGroup", ExceptionGroupType, nil),
	}
}

// TestSetName checks that making a class calls __set_name__ on its
// attributes, and how a failing call is reported.
func TestSetName(t *testing.T) {
	ns := NewDict()
	prop := &Property{}
	ns.SetStr("x", prop)
	_, err := NewClass("A", nil, ns)
	require.NoError(t, err)
	assert.Equal(t, "x", prop.Name)

	desc := testClass("Desc", nil, map[string]goMethod{"__set_name__": func(Value, []Value) (Value, error) {
		return nil, NewError(ValueErrorType, "boom")
	}})
	ns = NewDict()
	ns.SetStr("y", &Instance{Class: desc, Dict: NewDict()})
	_, err = NewClass("B", nil, ns)
	e, ok := err.(*Exception)
	require.True(t, ok, "%v", err)
	assert.Equal(t, "RuntimeError: Error calling __set_name__ on 'Desc' instance 'y' in 'B'", e.Error())
	require.NotNil(t, e.Cause)
	assert.Equal(t, "ValueError: boom", e.Cause.Error())
}
