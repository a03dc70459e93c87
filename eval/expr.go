package eval

import (
	"pyasync/ast"
	"pyasync/runtime"
)

// eval evaluates an expression. Every case that evaluates sub-expressions
// saves its partial results when one of them suspends (see package doc).
func (fr *Frame) eval(e ast.Expr) (runtime.Value, error) {
	switch e := e.(type) {
	case *ast.Name:
		return fr.loadName(e)
	case *ast.Constant:
		if e.Kind == ast.ConstComplex {
			return nil, runtime.NewError(runtime.NotImplementedErrorType, "complex numbers are not supported by pyasync")
		}
		return constant(e), nil
	case *ast.Attribute:
		if fr.resuming {
			fr.pop()
		}
		obj, err := fr.eval(e.Value)
		if err != nil {
			return nil, fr.suspend(err, exprState{})
		}
		return runtime.GetAttr(obj, e.Attr)
	case *ast.Call:
		return fr.evalCall(e)
	case *ast.BinOp:
		return fr.evalBinOp(e)
	case *ast.Compare:
		return fr.evalCompare(e)
	case *ast.Subscript:
		return fr.evalSubscript(e)
	case *ast.UnaryOp:
		return fr.evalUnary(e)
	case *ast.BoolOp:
		return fr.evalBoolOp(e)
	case *ast.IfExp:
		return fr.evalIfExp(e)
	case *ast.JoinedStr:
		return fr.evalJoinedStr(e)
	case *ast.List:
		items, err := fr.evalItems(e.Elts)
		if err != nil {
			return nil, err
		}
		return runtime.NewList(items), nil
	case *ast.Tuple:
		items, err := fr.evalItems(e.Elts)
		if err != nil {
			return nil, err
		}
		return runtime.Tuple(items), nil
	case *ast.Set:
		items, err := fr.evalItems(e.Elts)
		if err != nil {
			return nil, err
		}
		s := runtime.NewSet()
		for _, it := range items {
			if err := s.Add(it); err != nil {
				return nil, err
			}
		}
		if len(e.Elts) > 2 && allConstants(e.Elts) {
			// CPython builds such a display from a frozenset constant,
			// which its compiler builds twice (the second time from the
			// first one's order), merged into an empty set.
			again := runtime.NewSet()
			for _, it := range s.Elems() {
				if err := again.Add(it); err != nil {
					return nil, err
				}
			}
			return runtime.CopySet(again), nil
		}
		return s, nil
	case *ast.Dict:
		return fr.evalDict(e)
	case *ast.Await:
		return fr.evalAwait(e)
	case *ast.Yield:
		return fr.evalYield(e)
	case *ast.YieldFrom:
		return fr.evalYieldFrom(e)
	case *ast.Lambda:
		return fr.makeLambda(e)
	case *ast.ListComp, *ast.SetComp, *ast.DictComp, *ast.GeneratorExp:
		return fr.evalComprehension(e)
	case *ast.NamedExpr:
		if fr.resuming {
			fr.pop()
		}
		v, err := fr.eval(e.Value)
		if err != nil {
			return nil, fr.suspend(err, exprState{})
		}
		return v, fr.store(e.Target.Binding, e.Target.Id, v)
	case *ast.Starred:
		return nil, runtime.NewError(runtime.SyntaxErrorType, "can't use starred expression here")
	}
	return nil, runtime.NewErrorf(runtime.SystemErrorType, "cannot evaluate %T", e)
}

// allConstants reports whether every expression is a literal, as
// CPython's constant folding sees them (a signed number counts).
func allConstants(es []ast.Expr) bool {
	for _, e := range es {
		if u, ok := e.(*ast.UnaryOp); ok && (u.Op == ast.USub || u.Op == ast.UAdd) {
			e = u.Operand
		}
		if _, ok := e.(*ast.Constant); !ok {
			return false
		}
	}
	return true
}

// constant converts a literal to its value.
func constant(c *ast.Constant) runtime.Value {
	switch c.Kind {
	case ast.ConstInt:
		if c.Int.IsInt64() {
			return runtime.Int(c.Int.Int64())
		}
		return runtime.MakeBigInt(c.Int)
	case ast.ConstStr:
		return runtime.Str(c.Str)
	case ast.ConstFloat:
		return runtime.Float(c.Float)
	case ast.ConstTrue:
		return runtime.True
	case ast.ConstFalse:
		return runtime.False
	case ast.ConstEllipsis:
		return runtime.Ellipsis
	case ast.ConstBytes:
		return runtime.Str(c.Str)
	}
	return runtime.None
}

// loadName reads a resolved name.
func (fr *Frame) loadName(n *ast.Name) (runtime.Value, error) {
	b := n.Binding
	switch b.Kind {
	case ast.BindLocal:
		if v := fr.slots[b.Index]; v != nil {
			return v, nil
		}
		return nil, unboundLocal(n.Id)
	case ast.BindCell:
		if v := fr.cells[b.Index].Value; v != nil {
			return v, nil
		}
		if b.Index < len(fr.code.scope.CellNames) {
			return nil, unboundLocal(n.Id)
		}
		return nil, runtime.NewErrorf(runtime.NameErrorType, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", n.Id)
	case ast.BindClassBody:
		if v, ok := fr.ns.GetStr(n.Id); ok {
			return v, nil
		}
		if b.Index >= 0 {
			if v := fr.cells[b.Index].Value; v != nil {
				return v, nil
			}
		}
	}
	if v, ok := fr.globals.GetStr(n.Id); ok {
		return v, nil
	}
	if v, ok := fr.interp.builtins.GetStr(n.Id); ok {
		return v, nil
	}
	return nil, nameError(n.Id)
}

// evalItems evaluates a list of expressions, unpacking *starred ones.
// State: the index reached and the values so far.
func (fr *Frame) evalItems(exprs []ast.Expr) ([]runtime.Value, error) {
	i := 0
	var out []runtime.Value
	if st, ok := fr.resumeExpr(); ok {
		i, out = st.step, st.vals
	} else {
		out = make([]runtime.Value, 0, len(exprs))
	}
	for ; i < len(exprs); i++ {
		x := exprs[i]
		star, isStar := x.(*ast.Starred)
		if isStar {
			x = star.Value
		}
		v, err := fr.eval(x)
		if err != nil {
			return nil, fr.suspend(err, exprState{step: i, vals: out})
		}
		if !isStar {
			out = append(out, v)
			continue
		}
		items, err := runtime.ToSlice(v)
		if err != nil {
			if _, iterErr := runtime.Iter(v); iterErr != nil {
				return nil, runtime.NewErrorf(runtime.TypeErrorType, "Value after * must be an iterable, not %s", runtime.TypeName(v))
			}
			return nil, err
		}
		out = append(out, items...)
	}
	return out, nil
}

func (fr *Frame) evalDict(e *ast.Dict) (runtime.Value, error) {
	// State: step = 2*i (+1 when the key is done), vals = [dict, key].
	d := runtime.NewDict()
	step := 0
	var key runtime.Value
	if st, ok := fr.resumeExpr(); ok {
		step, d = st.step, st.vals[0].(*runtime.Dict)
		key = st.vals[1]
	}
	for ; step < 2*len(e.Keys); step++ {
		i := step / 2
		if step%2 == 0 {
			if e.Keys[i] == nil {
				continue
			}
			k, err := fr.eval(e.Keys[i])
			if err != nil {
				return nil, fr.suspend(err, exprState{step: step, vals: []runtime.Value{d, nil}})
			}
			key = k
			continue
		}
		v, err := fr.eval(e.Values[i])
		if err != nil {
			return nil, fr.suspend(err, exprState{step: step, vals: []runtime.Value{d, key}})
		}
		if e.Keys[i] == nil {
			if err := mergeMapping(d, v, ""); err != nil {
				return nil, err
			}
			continue
		}
		if err := d.Set(key, v); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// mergeMapping adds the items of mapping m to d (`**m` in a display or
// call). For a call, fname names the callee and duplicates are errors.
func mergeMapping(d *runtime.Dict, m runtime.Value, fname string) error {
	var items [][2]runtime.Value
	switch src := m.(type) {
	case *runtime.Dict:
		for _, it := range src.Items() {
			items = append(items, [2]runtime.Value{it[0], it[1]})
		}
	default:
		keysFn, ok, err := runtime.GetAttrOpt(m, "keys")
		if err != nil {
			return err
		}
		if !ok {
			if fname != "" {
				return runtime.NewErrorf(runtime.TypeErrorType, "%s argument after ** must be a mapping, not %s", fname, runtime.TypeName(m))
			}
			return runtime.NewErrorf(runtime.TypeErrorType, "'%s' object is not a mapping", runtime.TypeName(m))
		}
		ks, err := runtime.Call(keysFn, nil, nil)
		if err != nil {
			return err
		}
		keys, err := runtime.ToSlice(ks)
		if err != nil {
			return err
		}
		for _, k := range keys {
			v, err := runtime.GetItem(m, k)
			if err != nil {
				return err
			}
			items = append(items, [2]runtime.Value{k, v})
		}
	}
	for _, it := range items {
		if fname != "" {
			if _, dup, _ := d.Get(it[0]); dup {
				s, _ := runtime.ToStr(it[0])
				return runtime.NewErrorf(runtime.TypeErrorType, "%s got multiple values for keyword argument '%s'", fname, s)
			}
		}
		if err := d.Set(it[0], it[1]); err != nil {
			return err
		}
	}
	return nil
}

func (fr *Frame) evalBinOp(e *ast.BinOp) (runtime.Value, error) {
	var l runtime.Value
	st, resumed := fr.resumeExpr()
	if resumed && st.step == 1 {
		l = st.vals[0]
	} else {
		var err error
		if l, err = fr.eval(e.Left); err != nil {
			return nil, fr.suspend(err, exprState{})
		}
	}
	r, err := fr.eval(e.Right)
	if err != nil {
		return nil, fr.suspend(err, exprState{step: 1, vals: []runtime.Value{l}})
	}
	if x, ok := l.(runtime.Int); ok {
		if y, ok := r.(runtime.Int); ok {
			if v, ok := smallIntOp(e.Op, x, y); ok {
				return v, nil
			}
		}
	}
	return runtime.Binary(runtime.BinaryOp(e.Op), l, r)
}

// smallIntOp is the evaluator's fast path for + - * < on small ints.
func smallIntOp(op ast.Operator, x, y runtime.Int) (runtime.Value, bool) {
	switch op {
	case ast.Add:
		r := x + y
		if (x >= 0) == (y >= 0) && (r >= 0) != (x >= 0) {
			return nil, false
		}
		return r, true
	case ast.Sub:
		r := x - y
		if (x >= 0) != (y >= 0) && (r >= 0) != (x >= 0) {
			return nil, false
		}
		return r, true
	}
	return nil, false
}

func (fr *Frame) evalUnary(e *ast.UnaryOp) (runtime.Value, error) {
	if fr.resuming {
		fr.pop()
	}
	v, err := fr.eval(e.Operand)
	if err != nil {
		return nil, fr.suspend(err, exprState{})
	}
	switch e.Op {
	case ast.Not:
		t, err := runtime.Truth(v)
		return runtime.Bool(!t), err
	case ast.USub:
		return runtime.Neg(v)
	case ast.UAdd:
		return runtime.Pos(v)
	}
	return runtime.Invert(v)
}

func (fr *Frame) evalBoolOp(e *ast.BoolOp) (runtime.Value, error) {
	i := 0
	if st, ok := fr.resumeExpr(); ok {
		i = st.step
	}
	var v runtime.Value
	for ; i < len(e.Values); i++ {
		var err error
		if v, err = fr.eval(e.Values[i]); err != nil {
			return nil, fr.suspend(err, exprState{step: i})
		}
		if i == len(e.Values)-1 {
			break
		}
		t, err := runtime.Truth(v)
		if err != nil {
			return nil, err
		}
		if t == (e.Op == ast.Or) {
			return v, nil
		}
	}
	return v, nil
}

func (fr *Frame) evalIfExp(e *ast.IfExp) (runtime.Value, error) {
	step := 0
	if st, ok := fr.resumeExpr(); ok {
		step = st.step
	}
	if step == 0 {
		t, err := fr.evalTruth(e.Test)
		if err != nil {
			return nil, fr.suspend(err, exprState{})
		}
		step = 2
		if t {
			step = 1
		}
	}
	branch := e.Body
	if step == 2 {
		branch = e.Orelse
	}
	v, err := fr.eval(branch)
	return v, fr.suspend(err, exprState{step: step})
}

// evalCompare evaluates a comparison chain, stopping at the first false
// link. State: the index of the operand being evaluated and the previous
// operand's value.
func (fr *Frame) evalCompare(e *ast.Compare) (runtime.Value, error) {
	i := -1
	var left runtime.Value
	if st, ok := fr.resumeExpr(); ok {
		i = st.step
		if i >= 0 {
			left = st.vals[0]
		}
	}
	if i < 0 {
		var err error
		if left, err = fr.eval(e.Left); err != nil {
			return nil, fr.suspend(err, exprState{step: -1})
		}
		i = 0
	}
	var result runtime.Value
	for ; i < len(e.Ops); i++ {
		right, err := fr.eval(e.Comparators[i])
		if err != nil {
			return nil, fr.suspend(err, exprState{step: i, vals: []runtime.Value{left}})
		}
		if result, err = compare(e.Ops[i], left, right); err != nil {
			return nil, err
		}
		if i < len(e.Ops)-1 {
			t, err := runtime.Truth(result)
			if err != nil {
				return nil, err
			}
			if !t {
				return result, nil
			}
		}
		left = right
	}
	return result, nil
}

// compare applies one comparison operator.
func compare(op ast.CmpOperator, a, b runtime.Value) (runtime.Value, error) {
	switch op {
	case ast.Is:
		return runtime.Bool(runtime.Is(a, b)), nil
	case ast.IsNot:
		return runtime.Bool(!runtime.Is(a, b)), nil
	case ast.In, ast.NotIn:
		in, err := runtime.Contains(b, a)
		return runtime.Bool(in == (op == ast.In)), err
	}
	if x, ok := a.(runtime.Int); ok {
		if y, ok := b.(runtime.Int); ok {
			switch op {
			case ast.Lt:
				return runtime.Bool(x < y), nil
			case ast.LtE:
				return runtime.Bool(x <= y), nil
			case ast.Gt:
				return runtime.Bool(x > y), nil
			case ast.GtE:
				return runtime.Bool(x >= y), nil
			case ast.Eq:
				return runtime.Bool(x == y), nil
			case ast.NotEq:
				return runtime.Bool(x != y), nil
			}
		}
	}
	return runtime.Compare(cmpOps[op], a, b)
}

var cmpOps = [...]runtime.CompareOp{
	ast.Eq:    runtime.CmpEq,
	ast.NotEq: runtime.CmpNe,
	ast.Lt:    runtime.CmpLt,
	ast.LtE:   runtime.CmpLe,
	ast.Gt:    runtime.CmpGt,
	ast.GtE:   runtime.CmpGe,
}

func (fr *Frame) evalSubscript(e *ast.Subscript) (runtime.Value, error) {
	var obj runtime.Value
	st, resumed := fr.resumeExpr()
	if resumed && st.step == 1 {
		obj = st.vals[0]
	} else {
		var err error
		if obj, err = fr.eval(e.Value); err != nil {
			return nil, fr.suspend(err, exprState{})
		}
	}
	key, err := fr.evalIndex(e.Index)
	if err != nil {
		return nil, fr.suspend(err, exprState{step: 1, vals: []runtime.Value{obj}})
	}
	return runtime.GetItem(obj, key)
}

// evalIndex evaluates a subscript's index, building slice objects.
func (fr *Frame) evalIndex(e ast.Expr) (runtime.Value, error) {
	switch x := e.(type) {
	case *ast.Slice:
		parts, err := fr.evalOptional([]ast.Expr{x.Lower, x.Upper, x.Step})
		if err != nil {
			return nil, err
		}
		return &runtime.Slice{Start: parts[0], Stop: parts[1], Step: parts[2]}, nil
	case *ast.Tuple:
		hasSlice := false
		for _, el := range x.Elts {
			if _, ok := el.(*ast.Slice); ok {
				hasSlice = true
			}
		}
		if hasSlice {
			out := make(runtime.Tuple, len(x.Elts))
			for i, el := range x.Elts {
				v, err := fr.evalIndex(el)
				if err != nil {
					return nil, err
				}
				out[i] = v
			}
			return out, nil
		}
	}
	return fr.eval(e)
}

// evalOptional evaluates expressions that may be absent (nil → None).
func (fr *Frame) evalOptional(exprs []ast.Expr) ([]runtime.Value, error) {
	i := 0
	out := make([]runtime.Value, len(exprs))
	if st, ok := fr.resumeExpr(); ok {
		i, out = st.step, st.vals
	}
	for ; i < len(exprs); i++ {
		if exprs[i] == nil {
			out[i] = runtime.None
			continue
		}
		v, err := fr.eval(exprs[i])
		if err != nil {
			return nil, fr.suspend(err, exprState{step: i, vals: out})
		}
		out[i] = v
	}
	return out, nil
}

// evalJoinedStr evaluates an f-string. State: the part index and the text
// so far.
func (fr *Frame) evalJoinedStr(e *ast.JoinedStr) (runtime.Value, error) {
	i := 0
	var buf []byte
	if st, ok := fr.resumeExpr(); ok {
		i, buf = st.step, st.extra.([]byte)
	}
	for ; i < len(e.Values); i++ {
		switch p := e.Values[i].(type) {
		case *ast.Constant:
			buf = append(buf, p.Str...)
		case *ast.FormattedValue:
			s, err := fr.formatField(p)
			if err != nil {
				return nil, fr.suspend(err, exprState{step: i, extra: buf})
			}
			buf = append(buf, s...)
		}
	}
	return runtime.Str(buf), nil
}

// formatField evaluates one `{value!conv:spec}` of an f-string.
func (fr *Frame) formatField(p *ast.FormattedValue) (string, error) {
	var v runtime.Value
	st, resumed := fr.resumeExpr()
	if resumed && st.step == 1 {
		v = st.vals[0]
	} else {
		var err error
		if v, err = fr.eval(p.Value); err != nil {
			return "", fr.suspend(err, exprState{})
		}
		switch p.Conversion {
		case 'r':
			s, err := runtime.Repr(v)
			if err != nil {
				return "", err
			}
			v = runtime.Str(s)
		case 's':
			s, err := runtime.ToStr(v)
			if err != nil {
				return "", err
			}
			v = runtime.Str(s)
		case 'a':
			s, err := runtime.Ascii(v)
			if err != nil {
				return "", err
			}
			v = runtime.Str(s)
		}
	}
	spec := ""
	if p.Spec != nil {
		sv, err := fr.evalJoinedStr(p.Spec)
		if err != nil {
			return "", fr.suspend(err, exprState{step: 1, vals: []runtime.Value{v}})
		}
		spec = string(sv.(runtime.Str))
	}
	if s, ok := v.(runtime.Str); ok && spec == "" {
		return string(s), nil
	}
	return runtime.Format(v, spec)
}
