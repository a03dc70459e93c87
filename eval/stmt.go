package eval

import (
	"pyasync/ast"
	"pyasync/runtime"
)

// execBlock runs statements in order. Its saved state is the index of the
// statement that suspended.
func (fr *Frame) execBlock(stmts []ast.Stmt) (ctl, error) {
	i := 0
	if fr.resuming {
		i = fr.pop().(int)
	}
	for ; i < len(stmts); i++ {
		if err := runtime.CheckInterrupt(); err != nil {
			return ctlNext, fr.fail(err)
		}
		c, err := fr.exec(stmts[i])
		if err != nil {
			return ctlNext, fr.suspend(err, i)
		}
		if c != ctlNext {
			return c, nil
		}
	}
	return ctlNext, nil
}

// fail records err as raised by an operation of the current statement
// (not one propagating from a nested block) and returns it. Suspension
// passes through untouched.
func (fr *Frame) fail(err error) error {
	if err == errSuspend {
		return err
	}
	return fr.recordError(err)
}

// exec runs one statement.
func (fr *Frame) exec(s ast.Stmt) (ctl, error) {
	fr.line = int32(s.Position().Line)
	switch s := s.(type) {
	case *ast.ExprStmt:
		v, err := fr.eval(s.Value)
		if err != nil {
			return ctlNext, fr.fail(err)
		}
		if fr.interp.Interactive && fr.code.scope.Kind == ast.ModuleScope {
			return ctlNext, fr.fail(runtime.DisplayHook(v, fr.interp.builtins))
		}
		fr.discard(v)
	case *ast.Assign:
		return ctlNext, fr.execAssign(s)
	case *ast.AugAssign:
		return ctlNext, fr.execAugAssign(s)
	case *ast.AnnAssign:
		return ctlNext, fr.execAnnAssign(s)
	case *ast.If:
		return fr.execIf(s)
	case *ast.While:
		return fr.execWhile(s)
	case *ast.For:
		return fr.execFor(s)
	case *ast.Pass:
	case *ast.Break:
		return ctlBreak, nil
	case *ast.Continue:
		return ctlContinue, nil
	case *ast.Return:
		if s.Value == nil {
			fr.retval = runtime.None
			return ctlReturn, nil
		}
		v, err := fr.eval(s.Value)
		if err != nil {
			return ctlNext, fr.fail(err)
		}
		fr.retval = v
		return ctlReturn, nil
	case *ast.FunctionDef:
		return ctlNext, fr.fail(fr.execFunctionDef(s))
	case *ast.ClassDef:
		return ctlNext, fr.fail(fr.execClassDef(s))
	case *ast.Try:
		return fr.execTry(s)
	case *ast.Raise:
		return ctlNext, fr.execRaise(s)
	case *ast.Global, *ast.Nonlocal:
	case *ast.Delete:
		return ctlNext, fr.execDelete(s)
	case *ast.Assert:
		return ctlNext, fr.execAssert(s)
	case *ast.With:
		return fr.execWith(s, 0)
	case *ast.Import:
		return ctlNext, fr.fail(fr.execImport(s))
	case *ast.ImportFrom:
		return ctlNext, fr.fail(fr.execImportFrom(s))
	default:
		return ctlNext, fr.fail(runtime.NewErrorf(runtime.SystemErrorType, "unknown statement %T", s))
	}
	return ctlNext, nil
}

// discard drops the value of an expression statement. A coroutine that
// never ran is reported as CPython does when it is freed right there.
func (fr *Frame) discard(v runtime.Value) {
	c, ok := v.(runtime.Coroutine)
	if !ok || c.Started() {
		return
	}
	runtime.UntrackCoroutine(c)
	runtime.Warn(runtime.RuntimeWarningType, "coroutine '"+c.QualName()+"' was never awaited",
		fr.code.tb.Filename, int(fr.line), "RuntimeWarning: Enable tracemalloc to get the object allocation traceback")
}

func (fr *Frame) execAssign(s *ast.Assign) error {
	var v runtime.Value
	i := 0
	if st, ok := fr.resumeExpr(); ok {
		i = st.step
		if i > 0 {
			v = st.vals[0]
		}
	}
	if i == 0 {
		var err error
		v, err = fr.eval(s.Value)
		if err != nil {
			return fr.fail(fr.suspend(err, exprState{}))
		}
		i = 1
	}
	for ; i <= len(s.Targets); i++ {
		if err := fr.assign(s.Targets[i-1], v); err != nil {
			return fr.fail(fr.suspend(err, exprState{step: i, vals: []runtime.Value{v}}))
		}
	}
	return nil
}

func (fr *Frame) execAnnAssign(s *ast.AnnAssign) error {
	kind := fr.code.scope.Kind
	step := 0
	var v runtime.Value
	if st, ok := fr.resumeExpr(); ok {
		step = st.step
		if step > 0 {
			v = st.vals[0]
		}
	}
	if step == 0 && s.Value != nil {
		var err error
		v, err = fr.eval(s.Value)
		if err != nil {
			return fr.fail(fr.suspend(err, exprState{}))
		}
		step = 1
	}
	if step == 1 && s.Value != nil {
		if err := fr.assign(s.Target, v); err != nil {
			return fr.fail(fr.suspend(err, exprState{step: 1, vals: []runtime.Value{v}}))
		}
	}
	if kind == ast.FunctionScope || !s.Simple {
		return nil
	}
	ann, err := fr.eval(s.Annotation)
	if err != nil {
		return fr.fail(fr.suspend(err, exprState{step: 2, vals: []runtime.Value{v}}))
	}
	ns := fr.globals
	if kind == ast.ClassScope {
		ns = fr.ns
	}
	anns, ok := ns.GetStr("__annotations__")
	if !ok {
		anns = runtime.NewDict()
		ns.SetStr("__annotations__", anns)
	}
	return fr.fail(runtime.SetItem(anns, runtime.Str(s.Target.(*ast.Name).Id), ann))
}

// ifState: phase 0 = evaluating the test, 1 = in the body, 2 = in orelse.
func (fr *Frame) execIf(s *ast.If) (ctl, error) {
	phase := 0
	if fr.resuming {
		phase = fr.pop().(int)
	}
	if phase == 0 {
		t, err := fr.evalTruth(s.Test)
		if err != nil {
			return ctlNext, fr.fail(fr.suspend(err, 0))
		}
		phase = 2
		if t {
			phase = 1
		}
	}
	body := s.Body
	if phase == 2 {
		body = s.Orelse
	}
	c, err := fr.execBlock(body)
	return c, fr.suspend(err, phase)
}

// evalTruth evaluates a condition.
func (fr *Frame) evalTruth(e ast.Expr) (bool, error) {
	v, err := fr.eval(e)
	if err != nil {
		return false, err
	}
	if b, ok := v.(runtime.Bool); ok {
		return bool(b), nil
	}
	return runtime.Truth(v)
}

// execWhile: phase 0 = test, 1 = body, 2 = orelse.
func (fr *Frame) execWhile(s *ast.While) (ctl, error) {
	phase := 0
	if fr.resuming {
		phase = fr.pop().(int)
	}
	for {
		if phase == 0 {
			fr.line = int32(s.Line)
			t, err := fr.evalTruth(s.Test)
			if err != nil {
				return ctlNext, fr.fail(fr.suspend(err, 0))
			}
			if !t {
				phase = 2
				break
			}
			phase = 1
		}
		if phase == 2 {
			break
		}
		c, err := fr.execBlock(s.Body)
		if err != nil {
			return ctlNext, fr.suspend(err, 1)
		}
		switch c {
		case ctlBreak:
			return ctlNext, nil
		case ctlReturn:
			return c, nil
		}
		phase = 0
	}
	c, err := fr.execBlock(s.Orelse)
	return c, fr.suspend(err, 2)
}

func (fr *Frame) execDelete(s *ast.Delete) error {
	for _, t := range s.Targets {
		if err := fr.delete(t); err != nil {
			return fr.fail(err)
		}
	}
	return nil
}

func (fr *Frame) execAssert(s *ast.Assert) error {
	step := 0
	if fr.resuming {
		step = fr.pop().(int)
	}
	if step == 0 {
		t, err := fr.evalTruth(s.Test)
		if err != nil {
			return fr.fail(fr.suspend(err, 0))
		}
		if t {
			return nil
		}
	}
	exc := runtime.NewException(runtime.AssertionErrorType)
	if s.Msg != nil {
		m, err := fr.eval(s.Msg)
		if err != nil {
			return fr.fail(fr.suspend(err, 1))
		}
		exc.Args = runtime.Tuple{m}
	}
	return fr.raise(exc, nil)
}
