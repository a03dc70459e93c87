package runtime

import (
	"os"
)

// The process's standard streams. Stdout is block-buffered (flushed at
// exit, before reading input, and on flush=True); Stderr is line-buffered.
var (
	Stdout = NewTextFile("<stdout>", os.Stdout, false)
	Stderr = NewTextFile("<stderr>", os.Stderr, true)
)

// SysModule is the sys module. Its "stdout" and "stderr" entries are what
// print() and tracebacks write to.
var SysModule = NewModule("sys")

// Version is the Python language version pyasync implements.
const Version = "3.11.7"

func init() {
	d := SysModule.Dict
	d.SetStr("stdout", Stdout)
	d.SetStr("stderr", Stderr)
	d.SetStr("__stdout__", Stdout)
	d.SetStr("__stderr__", Stderr)
	d.SetStr("argv", NewList(nil))
	d.SetStr("platform", Str("linux"))
	d.SetStr("maxsize", Int(1<<63-1))
	d.SetStr("byteorder", Str("little"))
	d.SetStr("version", Str(Version+" (pyasync)"))
	d.SetStr("version_info", Tuple{Int(3), Int(11), Int(7), Str("final"), Int(0)})
	d.SetStr("exit", NewBuiltin("exit", func(args []Value, kwnames []string) (Value, error) {
		if err := NoKwargs("exit", kwnames); err != nil {
			return nil, err
		}
		if err := ArgCount("exit", args, 0, 1); err != nil {
			return nil, err
		}
		// PyErr_SetObject semantics: a tuple argument becomes the args.
		if len(args) == 1 {
			if t, ok := args[0].(Tuple); ok {
				return nil, &Exception{Class: SystemExitType, Args: t}
			}
		}
		return nil, &Exception{Class: SystemExitType, Args: Tuple(append([]Value(nil), args...))}
	}))
	d.SetStr("getrecursionlimit", NewBuiltin("getrecursionlimit", func(args []Value, kwnames []string) (Value, error) {
		return Int(RecursionLimit), nil
	}))
	d.SetStr("setrecursionlimit", NewBuiltin("setrecursionlimit", func(args []Value, kwnames []string) (Value, error) {
		if err := ArgCount("setrecursionlimit", args, 1, 1); err != nil {
			return nil, err
		}
		n, ok := Index(args[0])
		if !ok {
			return nil, NewErrorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeName(args[0]))
		}
		if n < 1 {
			return nil, NewError(ValueErrorType, "recursion limit must be greater or equal than 1")
		}
		RecursionLimit = int(n)
		return None, nil
	}))
}

// HandledException, set by the evaluator, returns the exception being
// handled where Python code runs now (sys.exception()), or nil.
var HandledException = func() *Exception { return nil }

func init() {
	SysModule.Dict.SetStr("exception", NewBuiltin("exception", func(args []Value, kwnames []string) (Value, error) {
		if err := ArgCount("exception", args, 0, 0); err != nil {
			return nil, err
		}
		if e := HandledException(); e != nil {
			return e, nil
		}
		return None, nil
	}))
	SysModule.Dict.SetStr("exc_info", NewBuiltin("exc_info", func(args []Value, kwnames []string) (Value, error) {
		if err := ArgCount("exc_info", args, 0, 0); err != nil {
			return nil, err
		}
		e := HandledException()
		if e == nil {
			return Tuple{None, None, None}, nil
		}
		var tb Value = None
		if e.Traceback != nil {
			tb = e.Traceback
		}
		return Tuple{e.Class, e, tb}, nil
	}))
}

// RecursionLimit is the maximum depth of Python frames (sys.getrecursionlimit()).
var RecursionLimit = 1000

// CurrentStdout returns the stream print() writes to by default.
func CurrentStdout() Value {
	v, _ := SysModule.Dict.GetStr("stdout")
	return v
}

// DisplayHook is sys.displayhook: the REPL's echo of an expression
// statement's value. None prints nothing; anything else prints its repr
// and is kept as _ in the builtins namespace given.
func DisplayHook(v Value, builtins *Dict) error {
	if v == None {
		return nil
	}
	builtins.SetStr("_", None)
	s, err := Repr(v)
	if err != nil {
		return err
	}
	if err := WriteString(CurrentStdout(), s+"\n"); err != nil {
		return err
	}
	builtins.SetStr("_", v)
	return nil
}

func init() {
	SysModule.Dict.SetStr("displayhook", NewBuiltin("displayhook", func(args []Value, kwnames []string) (Value, error) {
		if err := NoKwargs("displayhook", kwnames); err != nil {
			return nil, err
		}
		if err := ArgCount("displayhook", args, 1, 1); err != nil {
			return nil, err
		}
		return None, DisplayHook(args[0], Builtins)
	}))
}
