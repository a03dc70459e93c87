package runtime

import (
	"fmt"
	"strings"
)

// BuiltinsModule is the builtins module; Builtins is its namespace, where
// the evaluator looks up a name not found in a module's globals.
//
// This file and builtins_*.go populate it with the builtin types, the
// builtin exception classes, the constants and the builtin functions. The
// functions that need the evaluator (globals, locals, exec, eval,
// __build_class__, __import__, the zero-argument super) and those of
// asynchronous iteration (aiter, anext) are added by their owners with
// Builtins.SetStr. vars() and dir() without an argument call the "locals"
// entry, so they work once the evaluator has registered it.
var (
	BuiltinsModule = NewModule("builtins")
	Builtins       = BuiltinsModule.Dict
)

func init() {
	for _, t := range []*Type{
		ObjectType, TypeType, IntType, BoolType, FloatType, StrType, ListType, TupleType,
		DictType, SetType, FrozenSetType, RangeType, SliceType, PropertyType,
		StaticMethodType, ClassMethodType, SuperType, EnumerateType, ZipType,
		MapType, FilterType, ReversedType, BaseExceptionType,
	} {
		Builtins.SetStr(t.Name, t)
	}
	for _, t := range exceptionTypes {
		Builtins.SetStr(t.Name, t)
	}
	Builtins.SetStr("EnvironmentError", OSErrorType)
	Builtins.SetStr("IOError", OSErrorType)
	for name, v := range map[string]Value{
		"None": None, "True": True, "False": False, "Ellipsis": Ellipsis,
		"NotImplemented": NotImplemented, "__debug__": True,
		"exit": &quitter{name: "exit"}, "quit": &quitter{name: "quit"},
	} {
		Builtins.SetStr(name, v)
	}
	for _, f := range builtinFunctions() {
		Builtins.SetStr(f.Name, f)
	}
	RegisterModule("builtins", func() *Module { return BuiltinsModule })
}

// builtinFunctions lists the builtin functions defined in Go by this
// package.
func builtinFunctions() []*BuiltinFunction {
	return []*BuiltinFunction{
		oneArg("abs", absValue),
		oneArg("all", func(v Value) (Value, error) { return truthSearch(v, false) }),
		oneArg("any", func(v Value) (Value, error) { return truthSearch(v, true) }),
		oneArg("ascii", builtinASCII),
		oneArg("bin", func(v Value) (Value, error) { return intInBase(v, 2, "0b") }),
		oneArg("callable", func(v Value) (Value, error) { return Bool(IsCallable(v)), nil }),
		oneArg("chr", builtinChr),
		positional("delattr", 2, 2, builtinDelattr),
		positional("dir", 0, 1, builtinDir),
		positional("divmod", 2, 2, func(args []Value) (Value, error) { return divmod(args[0], args[1]) }),
		positional("format", 1, 2, builtinFormat),
		positional("getattr", 2, 3, builtinGetattr),
		positional("hasattr", 2, 2, builtinHasattr),
		oneArg("hash", func(v Value) (Value, error) { h, err := Hash(v); return Int(h), err }),
		oneArg("hex", func(v Value) (Value, error) { return intInBase(v, 16, "0x") }),
		oneArg("id", func(v Value) (Value, error) { return Int(Id(v)), nil }),
		positional("input", 0, 1, builtinInput),
		positional("isinstance", 2, 2, builtinIsinstance),
		positional("issubclass", 2, 2, builtinIssubclass),
		positional("iter", 1, 2, builtinIter),
		oneArg("len", func(v Value) (Value, error) { n, err := Len(v); return Int(n), err }),
		NewBuiltin("max", minMax("max", CmpGt)),
		NewBuiltin("min", minMax("min", CmpLt)),
		positional("next", 1, 2, builtinNext),
		oneArg("oct", func(v Value) (Value, error) { return intInBase(v, 8, "0o") }),
		oneArg("ord", builtinOrd),
		NewBuiltin("pow", builtinPow),
		NewBuiltin("print", builtinPrint),
		oneArg("repr", func(v Value) (Value, error) { s, err := Repr(v); return Str(s), err }),
		NewBuiltin("round", builtinRound),
		positional("setattr", 3, 3, builtinSetattr),
		NewBuiltin("sorted", builtinSorted),
		NewBuiltin("sum", builtinSum),
		positional("vars", 0, 1, builtinVars),
	}
}

// oneArg makes a builtin function taking exactly one positional argument
// (CPython's METH_O), with its argument errors.
func oneArg(name string, fn func(v Value) (Value, error)) *BuiltinFunction {
	return NewBuiltin(name, func(args []Value, kwnames []string) (Value, error) {
		if err := NoKwargs(name, kwnames); err != nil {
			return nil, err
		}
		if err := ArgCount(name, args, 1, 1); err != nil {
			return nil, err
		}
		return fn(args[0])
	})
}

// positional makes a builtin function taking between min and max
// positional arguments and no keyword arguments.
func positional(name string, min, max int, fn func(args []Value) (Value, error)) *BuiltinFunction {
	return NewBuiltin(name, func(args []Value, kwnames []string) (Value, error) {
		if err := NoKwargs(name, kwnames); err != nil {
			return nil, err
		}
		if err := CheckPositional(name, args, min, max); err != nil {
			return nil, err
		}
		return fn(args)
	})
}

// IsCallable reports whether v can be called (Python's callable(v)).
func IsCallable(v Value) bool {
	if _, ok := v.(Callable); ok {
		return true
	}
	return v.Type().Lookup("__call__") != nil
}

// builtinASCII is ascii(v): repr(v) with non-ASCII characters escaped.
func builtinASCII(v Value) (Value, error) {
	s, err := Repr(v)
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case r < 0x100:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r < 0x10000:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			fmt.Fprintf(&b, `\U%08x`, r)
		}
	}
	return Str(b.String()), nil
}

// builtinFormat is format(value[, format_spec]); the spec defaults to "".
func builtinFormat(args []Value) (Value, error) {
	spec := Str("")
	if len(args) == 2 {
		s, ok := args[1].(Str)
		if !ok {
			return nil, NewErrorf(TypeErrorType, "format() argument 2 must be str, not %s", TypeName(args[1]))
		}
		spec = s
	}
	s, err := Format(args[0], string(spec))
	return Str(s), err
}
