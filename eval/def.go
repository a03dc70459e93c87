package eval

import (
	"pyasync/ast"
	"pyasync/runtime"
)

// defState is the saved state of a def or class statement whose
// decorators, defaults or bases are being evaluated.
type defState struct {
	step  int // 0 = decorators, 1 = defaults or bases
	decos []runtime.Value
}

// evalDecorators evaluates decorator expressions (first step of def/class).
func (fr *Frame) evalDecorators(decos []ast.Expr, st *defState) error {
	if st.step > 0 {
		return nil
	}
	vals, err := fr.evalItems(decos)
	if err != nil {
		return err
	}
	st.decos, st.step = vals, 1
	return nil
}

// decorate applies decorators bottom-up.
func decorate(v runtime.Value, decos []runtime.Value) (runtime.Value, error) {
	for i := len(decos) - 1; i >= 0; i-- {
		var err error
		if v, err = runtime.Call(decos[i], []runtime.Value{v}, nil); err != nil {
			return nil, err
		}
	}
	return v, nil
}

func (fr *Frame) execFunctionDef(s *ast.FunctionDef) error {
	var st defState
	if fr.resuming {
		st = fr.pop().(defState)
	}
	if err := fr.evalDecorators(s.Decorators, &st); err != nil {
		return fr.suspend(err, st)
	}
	f, err := fr.makeFunction(s.Scope, s.Args, s.Returns, s.Body, s.Line)
	if err != nil {
		return fr.suspend(err, st)
	}
	if s.Scope.HasDocstring {
		f.doc = constant(s.Body[0].(*ast.ExprStmt).Value.(*ast.Constant))
	}
	v, err := decorate(f, st.decos)
	if err != nil {
		return err
	}
	return fr.store(s.NameBinding, s.Name, v)
}

// makeFunction evaluates the defaults of a def or lambda and makes the
// function object, closing over this frame's cells.
//
// Defaults are evaluated first, then the annotations (returns is the
// `-> X` one, or nil), as CPython 3.11 does at def time, unless the module
// did `from __future__ import annotations`.
func (fr *Frame) makeFunction(scope *ast.Scope, args *ast.Arguments, returns ast.Expr, body []ast.Stmt, line int) (*Function, error) {
	exprs := append([]ast.Expr(nil), args.Defaults...)
	for _, d := range args.KwDefaults {
		if d != nil {
			exprs = append(exprs, d)
		}
	}
	ndefaults := len(exprs)
	var annNames []string
	if !fr.interp.postponed[fr.globals] {
		annNames, exprs = annotations(args, returns, exprs)
	}
	var vals []runtime.Value
	if len(exprs) > 0 {
		var err error
		if vals, err = fr.evalItems(exprs); err != nil {
			return nil, err
		}
	}
	code := fr.interp.codeFor(scope, fr.code.tb.Filename, body, args)
	code.line = line
	f := &Function{
		interp:   fr.interp,
		code:     code,
		globals:  fr.globals,
		defaults: vals[:len(args.Defaults)],
		name:     scope.Name,
		qualname: scope.QualName,
		doc:      runtime.None,
	}
	if len(args.KwOnly) > 0 {
		f.kwdefaults = make([]runtime.Value, len(args.KwOnly))
		j := len(args.Defaults)
		for i, d := range args.KwDefaults {
			if d != nil {
				f.kwdefaults[i] = vals[j]
				j++
			}
		}
	}
	if len(scope.FreeFrom) > 0 {
		f.closure = make([]*runtime.Cell, len(scope.FreeFrom))
		for i, idx := range scope.FreeFrom {
			f.closure[i] = fr.cells[idx]
		}
	}
	if len(annNames) > 0 {
		f.annotations = runtime.NewDict()
		for i, name := range annNames {
			f.annotations.SetStr(name, vals[ndefaults+i])
		}
	}
	return f, nil
}

// annotations appends a def's annotation expressions to exprs in CPython's
// evaluation order (Args, PosOnly, *args, KwOnly, **kwargs, return) and
// returns the names they annotate.
func annotations(args *ast.Arguments, returns ast.Expr, exprs []ast.Expr) ([]string, []ast.Expr) {
	var names []string
	add := func(name string, e ast.Expr) {
		if e != nil {
			names = append(names, name)
			exprs = append(exprs, e)
		}
	}
	for _, group := range [][]*ast.Arg{args.Args, args.PosOnly, {args.Vararg}, args.KwOnly, {args.Kwarg}} {
		for _, a := range group {
			if a != nil {
				add(a.Name, a.Annotation)
			}
		}
	}
	add("return", returns)
	return names, exprs
}

func (fr *Frame) makeLambda(e *ast.Lambda) (runtime.Value, error) {
	body := fr.interp.lambdaBody(e)
	return fr.makeFunction(e.Scope, e.Args, nil, body, e.Line)
}

// lambdaBody is a lambda's expression as a function body, made once.
func (in *Interp) lambdaBody(e *ast.Lambda) []ast.Stmt {
	if c, ok := in.codes[e.Scope]; ok {
		return c.body
	}
	ret := &ast.Return{Value: e.Body}
	ret.Pos = *e.Body.Position()
	return []ast.Stmt{ret}
}

func (fr *Frame) execClassDef(s *ast.ClassDef) error {
	var st defState
	if fr.resuming {
		st = fr.pop().(defState)
	}
	if err := fr.evalDecorators(s.Decorators, &st); err != nil {
		return fr.suspend(err, st)
	}
	bases, err := fr.evalItems(s.Bases)
	if err != nil {
		return fr.suspend(err, st)
	}
	var kwnames []string
	var kwvals []runtime.Value
	var explicitMeta runtime.Value
	for _, k := range s.Keywords {
		v, err := fr.eval(k.Value)
		if err != nil {
			return err
		}
		if k.Name == "metaclass" {
			explicitMeta = v
			continue
		}
		kwnames, kwvals = append(kwnames, k.Name), append(kwvals, v)
	}
	if explicitMeta != nil {
		if _, isType := explicitMeta.(*runtime.Type); !isType {
			return runtime.NewError(runtime.TypeErrorType, "metaclass must be a type")
		}
	}
	cls, err := fr.buildClass(s, bases, explicitMeta, kwnames, kwvals)
	if err != nil {
		return err
	}
	v, err := decorate(cls, st.decos)
	if err != nil {
		return err
	}
	return fr.store(s.NameBinding, s.Name, v)
}

// buildClass runs a class body in a new namespace and makes the class.
func (fr *Frame) buildClass(s *ast.ClassDef, baseVals []runtime.Value, explicitMeta runtime.Value, kwnames []string, kwvals []runtime.Value) (runtime.Value, error) {
	var bases []*runtime.Type
	for _, b := range baseVals {
		t, ok := b.(*runtime.Type)
		if !ok {
			return nil, runtime.NewError(runtime.TypeErrorType, "bases must be types")
		}
		bases = append(bases, t)
	}
	in := fr.interp
	code := in.codeFor(s.Scope, fr.code.tb.Filename, s.Body, nil)
	var closure []*runtime.Cell
	for _, idx := range s.Scope.FreeFrom {
		closure = append(closure, fr.cells[idx])
	}
	body := in.newFrame(code, closure, fr.globals)
	body.ns = runtime.NewDict()
	module, ok := fr.globals.GetStr("__name__")
	if !ok {
		module = runtime.Str("__main__")
	}
	body.ns.SetStr("__module__", module)
	body.ns.SetStr("__qualname__", runtime.Str(s.Scope.QualName))
	if s.Scope.HasDocstring {
		body.ns.SetStr("__doc__", constant(s.Body[0].(*ast.ExprStmt).Value.(*ast.Constant)))
	}
	body.line = int32(s.Line)
	if err := in.enter(body); err != nil {
		return nil, err
	}
	_, err := body.execBlock(code.body)
	in.leave(body)
	if err != nil {
		return nil, err
	}
	explicit, _ := explicitMeta.(*runtime.Type)
	if meta := runtime.Metaclass(explicit, bases); meta != runtime.TypeType {
		// type(name, bases, ns) through the metaclass, which may override
		// __new__, __init__ or __call__.
		bt := make(runtime.Tuple, len(bases))
		for i, b := range bases {
			bt[i] = b
		}
		args := append([]runtime.Value{runtime.Str(s.Scope.Name), bt, body.ns}, kwvals...)
		cls, err := runtime.Call(meta, args, kwnames)
		if err != nil {
			return nil, err
		}
		if t, ok := cls.(*runtime.Type); ok && s.Scope.ClassCell >= 0 {
			body.cells[s.Scope.ClassCell].Value = t
		}
		return cls, nil
	}
	cls, err := runtime.NewClass(s.Scope.Name, bases, body.ns)
	if err != nil {
		return nil, err
	}
	if s.Scope.ClassCell >= 0 {
		body.cells[s.Scope.ClassCell].Value = cls
	}
	if err := runtime.InitSubclass(cls, kwnames, kwvals); err != nil {
		return nil, err
	}
	return cls, nil
}
