package eval

import (
	"fmt"
	"strings"

	"pyasync/ast"
	"pyasync/runtime"
)

// Function is a Python function made by def or lambda.
type Function struct {
	interp      *Interp
	code        *Code
	globals     *runtime.Dict
	defaults    []runtime.Value // defaults of the last len(defaults) positional parameters
	kwdefaults  []runtime.Value // parallel to the keyword-only parameters; nil = required
	closure     []*runtime.Cell
	name        string
	qualname    string
	doc         runtime.Value
	dict        *runtime.Dict
	annotations *runtime.Dict // nil until there are some
	module      runtime.Value // __module__ when assigned; else the globals' __name__
}

// Type implements runtime.Value.
func (*Function) Type() *runtime.Type { return runtime.FunctionType }

// AttrDict implements runtime.DictHolder.
func (f *Function) AttrDict(create bool) *runtime.Dict {
	if f.dict == nil && create {
		f.dict = runtime.NewDict()
	}
	return f.dict
}

// DescrGet implements runtime.Descriptor: functions bind to instances.
func (f *Function) DescrGet(obj runtime.Value, _ *runtime.Type) (runtime.Value, error) {
	if obj == nil {
		return f, nil
	}
	return &runtime.BoundMethod{Self: obj, Func: f}, nil
}

// IsCoroutineFunction implements runtime.CoroutineFunction.
func (f *Function) IsCoroutineFunction() bool { return f.code.kind == ast.Coroutine }

// DefinedAt returns the file and line of the function's def.
func (f *Function) DefinedAt() (string, int) { return f.code.tb.Filename, f.code.line }

// Repr implements runtime.Reprer.
func (f *Function) Repr() (string, error) {
	return fmt.Sprintf("<function %s at %#x>", f.qualname, runtime.Id(f)), nil
}

// Call implements runtime.Callable, for calls from Go code (builtins,
// operators): a plain function runs to completion; a generator, coroutine
// or async generator function returns the suspended object.
func (f *Function) Call(args []runtime.Value, kwnames []string) (runtime.Value, error) {
	return f.call(args, kwnames, recursionViaGo)
}

// The RecursionError messages: CPython adds " while calling a Python
// object" when the limit is hit in a call made from C code.
const (
	recursionDirect = "maximum recursion depth exceeded"
	recursionViaGo  = "maximum recursion depth exceeded while calling a Python object"
)

// call runs the function; overflow is the RecursionError message to use.
func (f *Function) call(args []runtime.Value, kwnames []string, overflow string) (runtime.Value, error) {
	in := f.interp
	fr := in.newFrame(f.code, f.closure, f.globals)
	if err := f.bind(fr, args, kwnames); err != nil {
		return nil, err
	}
	for _, pc := range f.code.scope.ParamCells {
		fr.cells[pc.Cell].Value = fr.slots[pc.Slot]
	}
	fr.line = int32(f.code.line)
	if f.code.kind != ast.Plain {
		return newGenerator(fr, f.name, f.qualname), nil
	}
	if in.depth >= runtime.RecursionLimit {
		return nil, runtime.NewError(runtime.RecursionErrorType, overflow)
	}
	if err := in.enter(fr); err != nil {
		return nil, err
	}
	c, err := fr.execBlock(f.code.body)
	in.leave(fr)
	result := fr.retval
	in.release(fr)
	if err != nil {
		return nil, err
	}
	if c == ctlReturn {
		return result, nil
	}
	return runtime.None, nil
}

// bind assigns the call's arguments to the parameter slots of fr, with
// CPython's errors for every mismatch.
func (f *Function) bind(fr *Frame, args []runtime.Value, kwnames []string) error {
	c := f.code
	npos := len(args) - len(kwnames)
	if npos > c.npos && c.varargs < 0 {
		return f.tooManyPositional(npos, len(kwnames), args[npos:], kwnames)
	}
	n := npos
	if n > c.npos {
		n = c.npos
	}
	copy(fr.slots, args[:n])
	if c.varargs >= 0 {
		extra := runtime.Tuple{}
		if npos > c.npos {
			extra = append(runtime.Tuple(nil), args[c.npos:npos]...)
		}
		fr.slots[c.varargs] = extra
	}
	var kwdict *runtime.Dict
	if c.kwargs >= 0 {
		kwdict = runtime.NewDict()
		fr.slots[c.kwargs] = kwdict
	}
	nkwonly := len(c.args.KwOnly)
	var posOnlyAsKw []string
	for i, name := range kwnames {
		v := args[npos+i]
		idx := -1
		for j := c.nposonly; j < c.npos+nkwonly; j++ {
			if c.params[j] == name {
				idx = j
				break
			}
		}
		switch {
		case idx >= 0:
			if fr.slots[idx] != nil {
				return runtime.NewErrorf(runtime.TypeErrorType, "%s() got multiple values for argument '%s'", f.qualname, name)
			}
			fr.slots[idx] = v
		case kwdict != nil:
			kwdict.SetStr(name, v)
		case f.isPosOnly(name):
			posOnlyAsKw = append(posOnlyAsKw, name)
		default:
			return runtime.NewErrorf(runtime.TypeErrorType, "%s() got an unexpected keyword argument '%s'", f.qualname, name)
		}
	}
	if len(posOnlyAsKw) > 0 {
		return runtime.NewErrorf(runtime.TypeErrorType, "%s() got some positional-only arguments passed as keyword arguments: '%s'", f.qualname, strings.Join(posOnlyAsKw, ", "))
	}
	firstDefault := c.npos - len(f.defaults)
	var missing []string
	for i := 0; i < c.npos; i++ {
		if fr.slots[i] != nil {
			continue
		}
		if i >= firstDefault {
			fr.slots[i] = f.defaults[i-firstDefault]
		} else {
			missing = append(missing, c.params[i])
		}
	}
	if len(missing) > 0 {
		return f.missing(missing, "positional")
	}
	for i := 0; i < nkwonly; i++ {
		slot := c.npos + i
		if fr.slots[slot] == nil {
			if d := f.kwdefaults[i]; d != nil {
				fr.slots[slot] = d
			} else {
				missing = append(missing, c.params[slot])
			}
		}
	}
	if len(missing) > 0 {
		return f.missing(missing, "keyword-only")
	}
	return nil
}

func (f *Function) isPosOnly(name string) bool {
	for _, p := range f.code.params[:f.code.nposonly] {
		if p == name {
			return true
		}
	}
	return false
}

// tooManyPositional builds "f() takes 2 positional arguments but 3 were given".
func (f *Function) tooManyPositional(given, nkw int, kwvals []runtime.Value, kwnames []string) error {
	c := f.code
	var takes string
	if len(f.defaults) > 0 {
		takes = fmt.Sprintf("from %d to %d positional arguments", c.npos-len(f.defaults), c.npos)
	} else {
		takes = fmt.Sprintf("%d positional argument%s", c.npos, plural(c.npos))
	}
	kwonlyGiven := 0
	for _, name := range kwnames {
		for _, a := range c.args.KwOnly {
			if a.Name == name {
				kwonlyGiven++
			}
		}
	}
	was := "were"
	if given == 1 {
		was = "was"
	}
	if kwonlyGiven > 0 {
		return runtime.NewErrorf(runtime.TypeErrorType, "%s() takes %s but %d positional argument%s (and %d keyword-only argument%s) were given",
			f.qualname, takes, given, plural(given), kwonlyGiven, plural(kwonlyGiven))
	}
	return runtime.NewErrorf(runtime.TypeErrorType, "%s() takes %s but %d %s given", f.qualname, takes, given, was)
}

// missing builds "f() missing 2 required positional arguments: 'a' and 'b'".
func (f *Function) missing(names []string, kind string) error {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = "'" + n + "'"
	}
	var list string
	switch len(quoted) {
	case 1:
		list = quoted[0]
	case 2:
		list = quoted[0] + " and " + quoted[1]
	default:
		list = strings.Join(quoted[:len(quoted)-1], ", ") + ", and " + quoted[len(quoted)-1]
	}
	return runtime.NewErrorf(runtime.TypeErrorType, "%s() missing %d required %s argument%s: %s", f.qualname, len(names), kind, plural(len(names)), list)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func init() {
	t := runtime.FunctionType
	fn := func(v runtime.Value) *Function { return v.(*Function) }
	t.AddGetSet("__name__", func(v runtime.Value) (runtime.Value, error) { return runtime.Str(fn(v).name), nil },
		func(v, x runtime.Value) error {
			s, ok := x.(runtime.Str)
			if !ok {
				return runtime.NewError(runtime.TypeErrorType, "__name__ must be set to a string object")
			}
			fn(v).name = string(s)
			return nil
		})
	t.AddGetSet("__qualname__", func(v runtime.Value) (runtime.Value, error) { return runtime.Str(fn(v).qualname), nil },
		func(v, x runtime.Value) error {
			s, ok := x.(runtime.Str)
			if !ok {
				return runtime.NewError(runtime.TypeErrorType, "__qualname__ must be set to a string object")
			}
			fn(v).qualname = string(s)
			return nil
		})
	t.AddGetSet("__doc__", func(v runtime.Value) (runtime.Value, error) { return fn(v).doc, nil },
		func(v, x runtime.Value) error {
			if x == nil {
				x = runtime.None
			}
			fn(v).doc = x
			return nil
		})
	t.AddGetSet("__module__", func(v runtime.Value) (runtime.Value, error) {
		f := fn(v)
		if f.module != nil {
			return f.module, nil
		}
		m, ok := f.globals.GetStr("__name__")
		if !ok {
			return runtime.None, nil
		}
		return m, nil
	}, func(v, x runtime.Value) error {
		fn(v).module = x
		return nil
	})
	t.AddGetSet("__defaults__", func(v runtime.Value) (runtime.Value, error) {
		if len(fn(v).defaults) == 0 {
			return runtime.None, nil
		}
		return runtime.Tuple(fn(v).defaults), nil
	}, nil)
	t.AddGetSet("__globals__", func(v runtime.Value) (runtime.Value, error) { return fn(v).globals, nil }, nil)
	t.AddGetSet("__closure__", func(v runtime.Value) (runtime.Value, error) {
		f := fn(v)
		if len(f.closure) == 0 {
			return runtime.None, nil
		}
		cells := make(runtime.Tuple, len(f.closure))
		for i, c := range f.closure {
			cells[i] = c
		}
		return cells, nil
	}, nil)
	t.AddGetSet("__code__", func(v runtime.Value) (runtime.Value, error) { return fn(v).code, nil }, nil)
	t.AddGetSet("__annotations__", func(v runtime.Value) (runtime.Value, error) {
		f := fn(v)
		if f.annotations == nil {
			f.annotations = runtime.NewDict()
		}
		return f.annotations, nil
	}, func(v, x runtime.Value) error {
		d, ok := x.(*runtime.Dict)
		if !ok {
			return runtime.NewError(runtime.TypeErrorType, "__annotations__ must be set to a dict object")
		}
		fn(v).annotations = d
		return nil
	})
}
