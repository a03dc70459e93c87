package resolve

import "pyasync/ast"

// The SyntaxWarnings of CPython 3.11's compiler (compile.c: check_compare,
// check_caller, check_subscripter, check_index), reported through
// Options.Warn when the checker reaches the expression.

// warn reports a SyntaxWarning at p's line.
func (c *checker) warn(p ast.Node, msg string) {
	if c.opts.Warn != nil && c.err == nil {
		c.opts.Warn(p.Position().Line, msg)
	}
}

// literalType is the type name of a literal expression (CPython's
// infer_type), or "" when the expression is not a literal.
func literalType(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Constant:
		switch e.Kind {
		case ast.ConstNone:
			return "NoneType"
		case ast.ConstTrue, ast.ConstFalse:
			return "bool"
		case ast.ConstEllipsis:
			return "ellipsis"
		case ast.ConstInt:
			return "int"
		case ast.ConstFloat:
			return "float"
		case ast.ConstComplex:
			return "complex"
		case ast.ConstStr:
			return "str"
		case ast.ConstBytes:
			return "bytes"
		}
	case *ast.Tuple:
		return "tuple"
	case *ast.List, *ast.ListComp:
		return "list"
	case *ast.Dict, *ast.DictComp:
		return "dict"
	case *ast.Set, *ast.SetComp:
		return "set"
	case *ast.GeneratorExp:
		return "generator"
	case *ast.Lambda:
		return "function"
	case *ast.JoinedStr, *ast.FormattedValue:
		return "str"
	}
	return ""
}

// isSingleton reports whether e is None, True, False or Ellipsis, or not a
// constant at all: the operands `is` may take without a warning.
func isSingleton(e ast.Expr) bool {
	k, ok := e.(*ast.Constant)
	if !ok {
		return true
	}
	switch k.Kind {
	case ast.ConstNone, ast.ConstTrue, ast.ConstFalse, ast.ConstEllipsis:
		return true
	}
	return false
}

// checkIs warns about `is`/`is not` with a literal operand.
func (c *checker) checkIs(e *ast.Compare) {
	left := isSingleton(e.Left)
	for i, op := range e.Ops {
		right := isSingleton(e.Comparators[i])
		if (op == ast.Is || op == ast.IsNot) && (!left || !right) {
			if op == ast.Is {
				c.warn(e, `"is" with a literal. Did you mean "=="?`)
			} else {
				c.warn(e, `"is not" with a literal. Did you mean "!="?`)
			}
			return
		}
		left = right
	}
}

// checkCaller warns about calling a literal: `[(1, 2) (3, 4)]`.
func (c *checker) checkCaller(e *ast.Call) {
	switch e.Func.(type) {
	case *ast.Constant, *ast.Tuple, *ast.List, *ast.ListComp, *ast.Dict, *ast.DictComp,
		*ast.Set, *ast.SetComp, *ast.GeneratorExp, *ast.JoinedStr, *ast.FormattedValue:
		c.warn(e, "'"+literalType(e.Func)+"' object is not callable; perhaps you missed a comma?")
	}
}

// checkSubscript warns about subscripting a literal that cannot be
// subscripted, or indexing a literal sequence with a literal that is not
// an int or slice.
func (c *checker) checkSubscript(e *ast.Subscript) {
	switch v := e.Value.(type) {
	case *ast.Constant:
		switch v.Kind {
		case ast.ConstNone, ast.ConstEllipsis, ast.ConstInt, ast.ConstFloat, ast.ConstComplex, ast.ConstTrue, ast.ConstFalse:
			c.warn(e, "'"+literalType(v)+"' object is not subscriptable; perhaps you missed a comma?")
			return
		}
	case *ast.Set, *ast.SetComp, *ast.GeneratorExp, *ast.Lambda:
		c.warn(e, "'"+literalType(v)+"' object is not subscriptable; perhaps you missed a comma?")
		return
	}
	index := literalType(e.Index)
	if _, isSlice := e.Index.(*ast.Slice); isSlice || index == "" || index == "int" || index == "bool" {
		return
	}
	switch v := e.Value.(type) {
	case *ast.Constant:
		if v.Kind != ast.ConstStr && v.Kind != ast.ConstBytes {
			return
		}
	case *ast.Tuple, *ast.List, *ast.ListComp, *ast.JoinedStr, *ast.FormattedValue:
	default:
		return
	}
	c.warn(e, literalType(e.Value)+" indices must be integers or slices, not "+index+"; perhaps you missed a comma?")
}
