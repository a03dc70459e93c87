package eval

import (
	"fmt"

	"pyasync/ast"
	"pyasync/runtime"
)

// codeType is the type of a function's __code__: the read-only facts
// programs inspect (names, counts, flags, file and line).
var codeType = runtime.NewFinalType("code")

// Type implements runtime.Value: a Code is what __code__ returns.
func (*Code) Type() *runtime.Type { return codeType }

// Repr implements runtime.Reprer.
func (c *Code) Repr() (string, error) {
	return fmt.Sprintf(`<code object %s at %#x, file "%s", line %d>`, c.scope.Name, runtime.Id(c), c.tb.Filename, c.line), nil
}

// CPython's co_flags bits.
const (
	coOptimized      = 0x1
	coNewLocals      = 0x2
	coVarargs        = 0x4
	coVarkeywords    = 0x8
	coNested         = 0x10
	coGenerator      = 0x20
	coCoroutine      = 0x80
	coAsyncGenerator = 0x200
)

// flags computes co_flags.
func (c *Code) flags() int64 {
	f := int64(coOptimized | coNewLocals)
	if c.varargs >= 0 {
		f |= coVarargs
	}
	if c.kwargs >= 0 {
		f |= coVarkeywords
	}
	if c.scope.Parent != nil && c.scope.Parent.Kind == ast.FunctionScope {
		f |= coNested
	}
	switch c.kind {
	case ast.Generator:
		f |= coGenerator
	case ast.Coroutine:
		f |= coCoroutine
	case ast.AsyncGenerator:
		f |= coAsyncGenerator
	}
	return f
}

func init() {
	code := func(v runtime.Value) *Code { return v.(*Code) }
	strs := func(names []string) runtime.Value {
		out := make(runtime.Tuple, len(names))
		for i, n := range names {
			out[i] = runtime.Str(n)
		}
		return out
	}
	attrs := map[string]func(c *Code) runtime.Value{
		"co_name":            func(c *Code) runtime.Value { return runtime.Str(c.scope.Name) },
		"co_qualname":        func(c *Code) runtime.Value { return runtime.Str(c.scope.QualName) },
		"co_filename":        func(c *Code) runtime.Value { return runtime.Str(c.tb.Filename) },
		"co_firstlineno":     func(c *Code) runtime.Value { return runtime.Int(c.line) },
		"co_argcount":        func(c *Code) runtime.Value { return runtime.Int(c.npos) },
		"co_posonlyargcount": func(c *Code) runtime.Value { return runtime.Int(c.nposonly) },
		"co_kwonlyargcount": func(c *Code) runtime.Value {
			if c.args == nil {
				return runtime.Int(0)
			}
			return runtime.Int(len(c.args.KwOnly))
		},
		"co_varnames": func(c *Code) runtime.Value { return strs(c.scope.Locals) },
		"co_cellvars": func(c *Code) runtime.Value { return strs(c.scope.CellNames) },
		"co_freevars": func(c *Code) runtime.Value { return strs(c.scope.FreeNames) },
		"co_nlocals":  func(c *Code) runtime.Value { return runtime.Int(len(c.scope.Locals)) },
		"co_flags":    func(c *Code) runtime.Value { return runtime.Int(c.flags()) },
	}
	for name, get := range attrs {
		get := get
		codeType.AddGetSet(name, func(v runtime.Value) (runtime.Value, error) { return get(code(v)), nil }, nil)
	}
	runtime.CellType.AddGetSet("cell_contents", func(v runtime.Value) (runtime.Value, error) {
		c := v.(*runtime.Cell)
		if c.Value == nil {
			return nil, runtime.NewError(runtime.ValueErrorType, "Cell is empty")
		}
		return c.Value, nil
	}, func(v, x runtime.Value) error {
		v.(*runtime.Cell).Value = x
		return nil
	})
}
