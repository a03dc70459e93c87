package eval

import (
	"pyasync/ast"
	"pyasync/runtime"
)

// comprehension describes a list/set/dict comprehension or generator
// expression: its clauses and what each innermost iteration produces.
type comprehension struct {
	gens       []*ast.Comprehension
	elt        ast.Expr // the element (the key for a dict comprehension)
	value      ast.Expr // the value of a dict comprehension, else nil
	result     func() runtime.Value
	isGenerate bool // a generator expression: elements are yielded
}

// compParts takes a comprehension node apart.
func compParts(e ast.Expr) (*ast.Scope, *comprehension) {
	switch e := e.(type) {
	case *ast.ListComp:
		return e.Scope, &comprehension{gens: e.Generators, elt: e.Elt, result: func() runtime.Value { return runtime.NewList(nil) }}
	case *ast.SetComp:
		return e.Scope, &comprehension{gens: e.Generators, elt: e.Elt, result: func() runtime.Value { return runtime.NewSet() }}
	case *ast.DictComp:
		return e.Scope, &comprehension{gens: e.Generators, elt: e.Key, value: e.Value, result: func() runtime.Value { return runtime.NewDict() }}
	case *ast.GeneratorExp:
		return e.Scope, &comprehension{gens: e.Generators, elt: e.Elt, isGenerate: true}
	}
	return nil, nil
}

// compCode returns the Code of a comprehension node.
func (fr *Frame) compCode(e ast.Expr) *Code {
	scope, comp := compParts(e)
	in := fr.interp
	if c, ok := in.codes[scope]; ok {
		return c
	}
	c := in.codeFor(scope, fr.code.tb.Filename, nil, nil)
	c.comp = comp
	c.line = lineOf(e)
	return c
}

// evalComprehension evaluates a comprehension: the first iterable here, the
// rest in the comprehension's own frame. An async comprehension is a
// coroutine awaited in place; a generator expression returns a generator.
func (fr *Frame) evalComprehension(e ast.Expr) (runtime.Value, error) {
	if st, ok := fr.resumeExpr(); ok && st.step == 1 {
		return fr.takeResume()
	}
	code := fr.compCode(e)
	first := code.comp.gens[0]
	src, err := fr.eval(first.Iter)
	if err != nil {
		return nil, fr.suspend(err, exprState{})
	}
	var it runtime.Value
	if first.IsAsync {
		if it, _, err = asyncIterator(src); err != nil {
			return nil, err
		}
	} else if it, err = runtime.Iter(src); err != nil {
		return nil, err
	}
	var closure []*runtime.Cell
	for _, idx := range code.scope.FreeFrom {
		closure = append(closure, fr.cells[idx])
	}
	cf := fr.interp.newFrame(code, closure, fr.globals)
	cf.slots[0] = it
	cf.line = int32(code.line)
	scope := code.scope
	switch {
	case code.comp.isGenerate:
		return newGenerator(cf, scope.Name, scope.QualName), nil
	case scope.FuncKind == ast.Coroutine:
		r, err := fr.delegate(newGenerator(cf, scope.Name, scope.QualName).(*Coroutine))
		return r, fr.suspend(err, exprState{step: 1})
	}
	in := fr.interp
	if err := in.enter(cf); err != nil {
		return nil, err
	}
	defer in.leave(cf)
	if _, err := cf.run(); err != nil {
		return nil, err
	}
	return cf.retval, nil
}

// run executes a frame's code from the start or from its suspension point.
func (fr *Frame) run() (ctl, error) {
	if c := fr.code.comp; c != nil {
		if !fr.resuming && c.result != nil {
			fr.retval = c.result()
		}
		if err := fr.compLevel(c, 0); err != nil {
			return ctlNext, err
		}
		if c.isGenerate {
			return ctlNext, nil
		}
		return ctlReturn, nil
	}
	return fr.execBlock(fr.code.body)
}

// compState is the saved state of one clause of a comprehension.
type compState struct {
	phase int // compIter, compNext, compBind, then compIf+k for the k-th condition, then the body
	iter  loopIter
	item  runtime.Value
}

const (
	compIter = iota
	compNext
	compBind
	compIf
)

// compLevel runs clause level of a comprehension and everything inside it.
func (fr *Frame) compLevel(c *comprehension, level int) error {
	gen := c.gens[level]
	st, box := restoreBoxed[compState](fr)
	if st.phase == compIter {
		if err := fr.compIterator(gen, level, &st); err != nil {
			return fr.fail(saveBoxed(fr, err, box, st))
		}
		st.phase = compNext
	}
	body := compIf + len(gen.Ifs)
	for {
		if st.phase == compNext {
			item, ok, err := fr.next(&st.iter)
			if err != nil {
				return fr.fail(saveBoxed(fr, err, box, st))
			}
			if !ok {
				return nil
			}
			st.item, st.phase = item, compBind
		}
		if st.phase == compBind {
			if err := fr.assign(gen.Target, st.item); err != nil {
				return fr.fail(saveBoxed(fr, err, box, st))
			}
			st.item, st.phase = nil, compIf
		}
		for st.phase < body {
			t, err := fr.evalTruth(gen.Ifs[st.phase-compIf])
			if err != nil {
				return fr.fail(saveBoxed(fr, err, box, st))
			}
			if !t {
				break
			}
			st.phase++
		}
		if st.phase == body {
			var err error
			if level+1 < len(c.gens) {
				err = fr.compLevel(c, level+1)
			} else {
				err = fr.compEmit(c)
			}
			if err != nil {
				return saveBoxed(fr, err, box, st)
			}
		}
		st.phase = compNext
	}
}

// compIterator gets the iterator of a clause: the frame's argument for the
// first clause (already an iterator), else its iterable evaluated here.
func (fr *Frame) compIterator(gen *ast.Comprehension, level int, st *compState) error {
	if level == 0 {
		src := fr.slots[0]
		if gen.IsAsync {
			st.iter = loopIter{ait: src, anext: src.Type().Lookup("__anext__")}
		} else {
			st.iter = loopIter{it: src.(runtime.Iterator)}
		}
		return nil
	}
	v, err := fr.eval(gen.Iter)
	if err != nil {
		return err
	}
	st.iter, err = newLoopIter(v, gen.IsAsync)
	return err
}

// emitSuspended marks a generator expression suspended at its yield.
var emitSuspended any = exprState{step: 2}

// compEmit produces one element: added to the result, or yielded by a
// generator expression. State step 0/1: evaluating the element/value;
// step 2: suspended at the yield.
func (fr *Frame) compEmit(c *comprehension) error {
	step := 0
	var key runtime.Value
	if st, ok := fr.resumeExpr(); ok {
		step = st.step
		if step == 1 {
			key = st.vals[0]
		}
		if step == 2 {
			_, err := fr.takeResume()
			return err
		}
	}
	if step == 0 {
		v, err := fr.eval(c.elt)
		if err != nil {
			return fr.fail(fr.suspend(err, exprState{}))
		}
		key = v
	}
	switch r := fr.retval.(type) {
	case *runtime.List:
		r.Elems = append(r.Elems, key)
	case *runtime.Set:
		return fr.fail(r.Add(key))
	case *runtime.Dict:
		v, err := fr.eval(c.value)
		if err != nil {
			return fr.fail(fr.suspend(err, exprState{step: 1, vals: []runtime.Value{key}}))
		}
		return fr.fail(r.Set(key, v))
	default:
		fr.transfer = key
		fr.agenYield = fr.code.kind == ast.AsyncGenerator
		fr.push(emitSuspended)
		return errSuspend
	}
	return nil
}
