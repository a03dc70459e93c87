package parser

import (
	"pyasync/ast"
)

// Validation of assignment, for-loop, with and del targets. The grammar
// parses a target as an expression; these checks reject what CPython's
// target rules would not parse, with the messages of its invalid_* rules
// (RAISE_SYNTAX_ERROR_INVALID_TARGET) and of its compiler (starred
// targets).

// targetKind says which statement a target belongs to; it selects the
// message and which expressions are valid.
type targetKind int

const (
	storeTarget  targetKind = iota // assignment and with targets
	forTarget                      // for-loop and comprehension targets
	deleteTarget                   // del targets
)

// invalidTarget returns the first sub-expression of e that cannot be a
// target of kind k, or nil (CPython's _PyPegen_get_invalid_target).
func invalidTarget(e ast.Expr, k targetKind) ast.Expr {
	switch e := e.(type) {
	case *ast.Name, *ast.Attribute, *ast.Subscript:
		return nil
	case *ast.Tuple:
		return firstInvalidTarget(e.Elts, k)
	case *ast.List:
		return firstInvalidTarget(e.Elts, k)
	case *ast.Starred:
		if k == deleteTarget {
			return e
		}
		return invalidTarget(e.Value, k)
	case *ast.Compare:
		// `for a in b` parses `a in b` as a comparison when the target is
		// invalid: look at its left side.
		if k == forTarget {
			if e.Ops[0] == ast.In {
				return invalidTarget(e.Left, k)
			}
			return nil
		}
	}
	return e
}

func firstInvalidTarget(elts []ast.Expr, k targetKind) ast.Expr {
	for _, e := range elts {
		if bad := invalidTarget(e, k); bad != nil {
			return bad
		}
	}
	return nil
}

// checkTarget reports e if it is not a valid target of kind k and, for
// stores, enforces the compiler's rules on starred targets.
func (c *converter) checkTarget(e ast.Expr, k targetKind) {
	if bad := invalidTarget(e, k); bad != nil {
		verb := "assign to "
		if k == deleteTarget {
			verb = "delete "
		}
		c.fail(errorAt(*bad.Position(), "cannot "+verb+exprName(bad)))
		return
	}
	if k != deleteTarget {
		c.checkStarredTarget(e)
	}
}

// checkStarredTarget applies the compiler's checks on starred targets: a
// starred target only inside a list or tuple, at most one per level.
func (c *converter) checkStarredTarget(e ast.Expr) {
	var elts []ast.Expr
	switch e := e.(type) {
	case *ast.Starred:
		c.failLate(errorAt(e.Pos, "starred assignment target must be in a list or tuple"))
		return
	case *ast.Tuple:
		elts = e.Elts
	case *ast.List:
		elts = e.Elts
	default:
		return
	}
	starred := false
	for _, elt := range elts {
		if s, ok := elt.(*ast.Starred); ok {
			if starred {
				c.failLate(errorAt(*e.Position(), "multiple starred expressions in assignment"))
				return
			}
			starred = true
			c.checkStarredTarget(s.Value)
			continue
		}
		c.checkStarredTarget(elt)
	}
}

// exprName is CPython's name for an expression in error messages
// (_PyPegen_get_expr_name).
func exprName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Attribute:
		return "attribute"
	case *ast.Subscript:
		return "subscript"
	case *ast.Starred:
		return "starred"
	case *ast.Name:
		return "name"
	case *ast.List:
		return "list"
	case *ast.Tuple:
		return "tuple"
	case *ast.Lambda:
		return "lambda"
	case *ast.Call:
		return "function call"
	case *ast.BoolOp, *ast.BinOp, *ast.UnaryOp:
		return "expression"
	case *ast.GeneratorExp:
		return "generator expression"
	case *ast.Yield, *ast.YieldFrom:
		return "yield expression"
	case *ast.Await:
		return "await expression"
	case *ast.ListComp:
		return "list comprehension"
	case *ast.SetComp:
		return "set comprehension"
	case *ast.DictComp:
		return "dict comprehension"
	case *ast.Dict:
		return "dict literal"
	case *ast.Set:
		return "set display"
	case *ast.JoinedStr, *ast.FormattedValue:
		return "f-string expression"
	case *ast.Constant:
		switch e.Kind {
		case ast.ConstNone:
			return "None"
		case ast.ConstTrue:
			return "True"
		case ast.ConstFalse:
			return "False"
		case ast.ConstEllipsis:
			return "ellipsis"
		}
		return "literal"
	case *ast.Compare:
		return "comparison"
	case *ast.IfExp:
		return "conditional expression"
	case *ast.NamedExpr:
		return "named expression"
	}
	return "expression"
}
