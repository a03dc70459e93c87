package asyncio

import (
	"fmt"
	"slices"
	"strings"

	"pyasync/runtime"
)

// signature describes the parameters of an asyncio function or method the
// way CPython's Python-level definition declares them, so that argument
// errors read like CPython's: "sleep() missing 1 required positional
// argument: 'delay'", "Queue.put_nowait() takes 2 positional arguments but
// 3 were given".
type signature struct {
	name     string   // as messages show it: "sleep", "Queue.put"
	method   bool     // self is an implicit first parameter (counted in messages)
	params   []string // positional-or-keyword parameters, self excluded
	required int      // how many leading params have no default
	varargs  bool     // *args collects the extra positional arguments
	kwonly   []string // keyword-only parameters, all optional
}

// bind matches a call's arguments to the parameters. vals has one entry
// per params entry then one per kwonly entry, nil where the argument was
// not given; rest holds the extra positional arguments of *args.
func (s *signature) bind(args []runtime.Value, kwnames []string) (vals, rest []runtime.Value, err error) {
	npos := len(args) - len(kwnames)
	vals = make([]runtime.Value, len(s.params)+len(s.kwonly))
	n := min(npos, len(s.params))
	copy(vals, args[:n])
	if s.varargs {
		rest = args[n:npos]
	}
	for i, kw := range kwnames {
		j := slices.Index(s.params, kw)
		if j < 0 {
			if k := slices.Index(s.kwonly, kw); k >= 0 {
				j = len(s.params) + k
			}
		}
		switch {
		case j < 0:
			return nil, nil, s.errorf("got an unexpected keyword argument '%s'", kw)
		case vals[j] != nil:
			return nil, nil, s.errorf("got multiple values for argument '%s'", kw)
		}
		vals[j] = args[npos+i]
	}
	if npos > len(s.params) && !s.varargs {
		return nil, nil, s.tooMany(npos)
	}
	var missing []string
	for i := 0; i < s.required; i++ {
		if vals[i] == nil {
			missing = append(missing, "'"+s.params[i]+"'")
		}
	}
	if len(missing) > 0 {
		return nil, nil, s.errorf("missing %d required positional argument%s: %s", len(missing), plural(len(missing)), joinNames(missing))
	}
	return vals, rest, nil
}

func (s *signature) errorf(format string, args ...any) error {
	return runtime.NewErrorf(runtime.TypeErrorType, "%s() %s", s.name, fmt.Sprintf(format, args...))
}

// tooMany is the error for npos positional arguments (self excluded).
func (s *signature) tooMany(npos int) error {
	self := 0
	if s.method {
		self = 1
	}
	most, given := len(s.params)+self, npos+self
	takes := fmt.Sprintf("%d positional argument%s", most, plural(most))
	if s.required < len(s.params) {
		takes = fmt.Sprintf("from %d to %d positional arguments", s.required+self, most)
	}
	were := "were"
	if given == 1 {
		were = "was"
	}
	return s.errorf("takes %s but %d %s given", takes, given, were)
}

// joinNames lists names as CPython does: "'a'", "'a' and 'b'",
// "'a', 'b', and 'c'".
func joinNames(names []string) string {
	switch len(names) {
	case 1:
		return names[0]
	case 2:
		return names[0] + " and " + names[1]
	}
	return strings.Join(names[:len(names)-1], ", ") + ", and " + names[len(names)-1]
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// flagArg is the truth of an optional argument: false when not given.
func flagArg(v runtime.Value) (bool, error) {
	if v == nil {
		return false, nil
	}
	return runtime.Truth(v)
}

// orNone returns v, or None when the optional argument v was not given.
func orNone(v runtime.Value) runtime.Value {
	if v == nil {
		return runtime.None
	}
	return v
}

// pyFunc makes the module function sig.name, whose parameters sig
// describes; fn receives their values as pyMethod's does.
func pyFunc(sig signature, fn func(vals []runtime.Value) (runtime.Value, error)) *runtime.BuiltinFunction {
	return runtime.NewBuiltin(sig.name, func(args []runtime.Value, kwnames []string) (runtime.Value, error) {
		vals, err := sig.values(args, kwnames)
		if err != nil {
			return nil, err
		}
		return fn(vals)
	})
}

// values binds the arguments as pyFunc and pyMethod pass them: one value
// per parameter, then the tuple of the extra positional arguments when
// there is *args.
func (s *signature) values(args []runtime.Value, kwnames []string) ([]runtime.Value, error) {
	vals, rest, err := s.bind(args, kwnames)
	if err != nil {
		return nil, err
	}
	if s.varargs {
		vals = append(vals, runtime.Tuple(rest))
	}
	return vals, nil
}

// pyMethod registers the method sig.name of the Go-implemented class t,
// whose parameters (self aside) sig describes. Messages name it
// "Class.name", or sig.name itself when it is qualified already
// ("BaseEventLoop.call_soon"). fn receives self as the class's Go type T
// and one value per parameter (nil when not given), then, when sig has
// *args, the tuple of the extra positional arguments.
func pyMethod[T runtime.Value](t *runtime.Type, sig signature, fn func(self T, vals []runtime.Value) (runtime.Value, error)) {
	name := methodName(sig.name)
	if name == sig.name {
		sig.name = t.Name + "." + name
	}
	sig.method = true
	t.AddMethod(name, func(self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		vals, err := sig.values(args, kwnames)
		if err != nil {
			return nil, err
		}
		return fn(self.(T), vals)
	})
}

// methodName is the last part of a qualified name.
func methodName(qualname string) string {
	return qualname[strings.LastIndexByte(qualname, '.')+1:]
}
