package eval

import (
	"pyasync/ast"
	"pyasync/runtime"
)

// store binds a resolved name to v.
func (fr *Frame) store(b ast.Binding, name string, v runtime.Value) error {
	switch b.Kind {
	case ast.BindLocal:
		fr.slots[b.Index] = v
	case ast.BindCell:
		fr.cells[b.Index].Value = v
	case ast.BindGlobal:
		fr.globals.SetStr(name, v)
	case ast.BindClassBody:
		fr.ns.SetStr(name, v)
	default:
		return runtime.NewErrorf(runtime.SystemErrorType, "unresolved name '%s'", name)
	}
	return nil
}

// unbind removes a binding without failing when it is already unbound (the
// implicit `del e` after an except block).
func (fr *Frame) unbind(b ast.Binding, name string) {
	switch b.Kind {
	case ast.BindLocal:
		fr.slots[b.Index] = nil
	case ast.BindCell:
		fr.cells[b.Index].Value = nil
	case ast.BindGlobal:
		_, _, _ = fr.globals.Delete(runtime.Str(name))
	case ast.BindClassBody:
		_, _, _ = fr.ns.Delete(runtime.Str(name))
	}
}

// assign stores v into an assignment target. The saved state of a
// suspension inside a target is the value and, for unpacking, the items
// and the index reached.
func (fr *Frame) assign(target ast.Expr, v runtime.Value) error {
	switch t := target.(type) {
	case *ast.Name:
		return fr.store(t.Binding, t.Id, v)
	case *ast.Attribute:
		if fr.resuming {
			fr.pop()
		}
		obj, err := fr.eval(t.Value)
		if err != nil {
			return fr.suspend(err, exprState{})
		}
		return runtime.SetAttr(obj, t.Attr, v)
	case *ast.Subscript:
		step := 0
		var obj runtime.Value
		if st, ok := fr.resumeExpr(); ok {
			step = st.step
			if step == 1 {
				obj = st.vals[0]
			}
		}
		if step == 0 {
			var err error
			if obj, err = fr.eval(t.Value); err != nil {
				return fr.suspend(err, exprState{})
			}
		}
		key, err := fr.evalIndex(t.Index)
		if err != nil {
			return fr.suspend(err, exprState{step: 1, vals: []runtime.Value{obj}})
		}
		return runtime.SetItem(obj, key, v)
	case *ast.Tuple:
		return fr.unpack(t.Elts, v)
	case *ast.List:
		return fr.unpack(t.Elts, v)
	case *ast.Starred:
		return fr.assign(t.Value, v)
	}
	return runtime.NewErrorf(runtime.SystemErrorType, "cannot assign to %T", target)
}

// unpack assigns the items of v to targets, one of which may be starred.
func (fr *Frame) unpack(targets []ast.Expr, v runtime.Value) error {
	var items []runtime.Value
	i := 0
	if st, ok := fr.resumeExpr(); ok {
		items, i = st.vals, st.step
	} else {
		var err error
		if items, err = unpackItems(targets, v); err != nil {
			return err
		}
	}
	for ; i < len(targets); i++ {
		if err := fr.assign(targets[i], items[i]); err != nil {
			return fr.suspend(err, exprState{step: i, vals: items})
		}
	}
	return nil
}

// unpackItems splits v into one value per target, gathering the starred
// target's share into a list.
func unpackItems(targets []ast.Expr, v runtime.Value) ([]runtime.Value, error) {
	star := -1
	for i, t := range targets {
		if _, ok := t.(*ast.Starred); ok {
			star = i
		}
	}
	src, err := runtime.ToSlice(v)
	if err != nil {
		if e, ok := err.(*runtime.Exception); ok && e.IsInstanceOf(runtime.TypeErrorType) && !v.Type().IsUser() {
			if _, iterErr := runtime.Iter(v); iterErr != nil {
				return nil, runtime.NewErrorf(runtime.TypeErrorType, "cannot unpack non-iterable %s object", runtime.TypeName(v))
			}
		}
		return nil, err
	}
	n := len(targets)
	if star < 0 {
		if len(src) > n {
			return nil, runtime.NewErrorf(runtime.ValueErrorType, "too many values to unpack (expected %d)", n)
		}
		if len(src) < n {
			return nil, runtime.NewErrorf(runtime.ValueErrorType, "not enough values to unpack (expected %d, got %d)", n, len(src))
		}
		return append([]runtime.Value(nil), src...), nil
	}
	if len(src) < n-1 {
		return nil, runtime.NewErrorf(runtime.ValueErrorType, "not enough values to unpack (expected at least %d, got %d)", n-1, len(src))
	}
	out := make([]runtime.Value, n)
	copy(out, src[:star])
	rest := len(src) - (n - 1 - star)
	out[star] = runtime.NewList(append([]runtime.Value(nil), src[star:rest]...))
	copy(out[star+1:], src[rest:])
	return out, nil
}

// delete runs `del target`.
func (fr *Frame) delete(target ast.Expr) error {
	switch t := target.(type) {
	case *ast.Name:
		return fr.deleteName(t)
	case *ast.Attribute:
		obj, err := fr.eval(t.Value)
		if err != nil {
			return err
		}
		return runtime.DelAttr(obj, t.Attr)
	case *ast.Subscript:
		obj, err := fr.eval(t.Value)
		if err != nil {
			return err
		}
		key, err := fr.evalIndex(t.Index)
		if err != nil {
			return err
		}
		return runtime.DelItem(obj, key)
	case *ast.Tuple:
		for _, e := range t.Elts {
			if err := fr.delete(e); err != nil {
				return err
			}
		}
		return nil
	case *ast.List:
		for _, e := range t.Elts {
			if err := fr.delete(e); err != nil {
				return err
			}
		}
		return nil
	}
	return runtime.NewErrorf(runtime.SystemErrorType, "cannot delete %T", target)
}

func (fr *Frame) deleteName(n *ast.Name) error {
	b := n.Binding
	switch b.Kind {
	case ast.BindLocal:
		if fr.slots[b.Index] == nil {
			return unboundLocal(n.Id)
		}
		fr.slots[b.Index] = nil
		return nil
	case ast.BindCell:
		if fr.cells[b.Index].Value == nil {
			return unboundLocal(n.Id)
		}
		fr.cells[b.Index].Value = nil
		return nil
	case ast.BindGlobal, ast.BindClassBody:
		ns := fr.globals
		if b.Kind == ast.BindClassBody {
			ns = fr.ns
		}
		if _, found, _ := ns.Delete(runtime.Str(n.Id)); !found {
			return nameError(n.Id)
		}
		return nil
	}
	return runtime.NewErrorf(runtime.SystemErrorType, "unresolved name '%s'", n.Id)
}

func unboundLocal(name string) error {
	return runtime.NewErrorf(runtime.UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value", name)
}

func nameError(name string) error {
	e := runtime.NewErrorf(runtime.NameErrorType, "name '%s' is not defined", name)
	e.AttrDict(true).SetStr("name", runtime.Str(name))
	return e
}

// execAugAssign runs `target op= value`: the target's parts are evaluated
// once, then its current value is loaded, combined and stored back.
func (fr *Frame) execAugAssign(s *ast.AugAssign) error {
	op := runtime.BinaryOp(s.Op)
	switch t := s.Target.(type) {
	case *ast.Name:
		step := 0
		var cur runtime.Value
		if st, ok := fr.resumeExpr(); ok {
			step, cur = 1, st.vals[0]
		}
		if step == 0 {
			var err error
			if cur, err = fr.loadName(t); err != nil {
				return fr.fail(err)
			}
		}
		v, err := fr.eval(s.Value)
		if err != nil {
			return fr.fail(fr.suspend(err, exprState{step: 1, vals: []runtime.Value{cur}}))
		}
		r, err := runtime.InPlace(op, cur, v)
		if err != nil {
			return fr.fail(err)
		}
		return fr.fail(fr.store(t.Binding, t.Id, r))
	case *ast.Attribute:
		// States: step 0 evaluating the object, 1 evaluating the value.
		step := 0
		var obj, cur runtime.Value
		if st, ok := fr.resumeExpr(); ok {
			step = st.step
			if step == 1 {
				obj, cur = st.vals[0], st.vals[1]
			}
		}
		if step == 0 {
			var err error
			if obj, err = fr.eval(t.Value); err != nil {
				return fr.fail(fr.suspend(err, exprState{}))
			}
			if cur, err = runtime.GetAttr(obj, t.Attr); err != nil {
				return fr.fail(err)
			}
		}
		v, err := fr.eval(s.Value)
		if err != nil {
			return fr.fail(fr.suspend(err, exprState{step: 1, vals: []runtime.Value{obj, cur}}))
		}
		r, err := runtime.InPlace(op, cur, v)
		if err != nil {
			return fr.fail(err)
		}
		return fr.fail(runtime.SetAttr(obj, t.Attr, r))
	case *ast.Subscript:
		// States: 0 object, 1 index, 2 value.
		step := 0
		var obj, key, cur runtime.Value
		if st, ok := fr.resumeExpr(); ok {
			step = st.step
			switch step {
			case 1:
				obj = st.vals[0]
			case 2:
				obj, key, cur = st.vals[0], st.vals[1], st.vals[2]
			}
		}
		var err error
		if step == 0 {
			if obj, err = fr.eval(t.Value); err != nil {
				return fr.fail(fr.suspend(err, exprState{}))
			}
			step = 1
		}
		if step == 1 {
			if key, err = fr.evalIndex(t.Index); err != nil {
				return fr.fail(fr.suspend(err, exprState{step: 1, vals: []runtime.Value{obj}}))
			}
			if cur, err = runtime.GetItem(obj, key); err != nil {
				return fr.fail(err)
			}
		}
		v, err := fr.eval(s.Value)
		if err != nil {
			return fr.fail(fr.suspend(err, exprState{step: 2, vals: []runtime.Value{obj, key, cur}}))
		}
		r, err := runtime.InPlace(op, cur, v)
		if err != nil {
			return fr.fail(err)
		}
		return fr.fail(runtime.SetItem(obj, key, r))
	}
	return fr.fail(runtime.NewErrorf(runtime.SystemErrorType, "bad augmented assignment target %T", s.Target))
}
