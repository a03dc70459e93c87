package eval

import (
	"pyasync/ast"
	"pyasync/runtime"
)

// Code is what the evaluator knows about a function, class body or module
// body: its resolved scope, its statements and its parameters. One Code
// exists per scope and is shared by every function object made from it.
type Code struct {
	scope    *ast.Scope
	body     []ast.Stmt
	kind     ast.FuncKind
	nslots   int
	tb       *runtime.Code // file and name for tracebacks
	args     *ast.Arguments
	npos     int      // positional parameters (PosOnly + Args)
	nposonly int      // positional-only parameters
	params   []string // parameter names in slot order
	varargs  int      // slot of *args, or -1
	kwargs   int      // slot of **kwargs, or -1
	line     int      // the def line
	comp     *comprehension
}

// codeFor returns the Code of a scope, making it on first use.
func (in *Interp) codeFor(scope *ast.Scope, filename string, body []ast.Stmt, args *ast.Arguments) *Code {
	if c, ok := in.codes[scope]; ok {
		return c
	}
	c := &Code{
		scope:   scope,
		body:    body,
		kind:    scope.FuncKind,
		nslots:  len(scope.Locals),
		tb:      &runtime.Code{Filename: filename, Name: scope.Name},
		args:    args,
		varargs: -1,
		kwargs:  -1,
	}
	if args != nil {
		c.nposonly = len(args.PosOnly)
		c.npos = len(args.PosOnly) + len(args.Args)
		for _, a := range args.PosOnly {
			c.params = append(c.params, a.Name)
		}
		for _, a := range args.Args {
			c.params = append(c.params, a.Name)
		}
		for _, a := range args.KwOnly {
			c.params = append(c.params, a.Name)
		}
		if args.Vararg != nil {
			c.varargs = len(c.params)
			c.params = append(c.params, args.Vararg.Name)
		}
		if args.Kwarg != nil {
			c.kwargs = len(c.params)
			c.params = append(c.params, args.Kwarg.Name)
		}
	}
	in.codes[scope] = c
	return c
}
