package parser

import (
	plex "github.com/alecthomas/participle/v2/lexer"

	"pyasync/ast"
)

// Operator precedence. The grammar parses operators flat; climb rebuilds
// CPython's tree from the operands and operators in source order, with
// its precedences (higher binds tighter):
//
//	or < and < not (prefix) < comparisons < | < ^ < & < << >> < + -
//	  < * / // % @ < + - ~ (prefix) < ** < await (prefix)
//
// All binary operators are left-associative except `**`, whose right
// operand is a factor: `-2**2` is `-(2**2)`, `2**-1` is `2**(-1)`.
// Comparisons chain into one Compare; `and` and `or` runs into one BoolOp.
// A prefix operator below the precedence its place requires (`a == not
// b`, `await -x`) is CPython's "invalid syntax" at that operator.

const (
	precOr = 1 + iota
	precAnd
	precNot
	precCompare
	precBitOr
	precBitXor
	precBitAnd
	precShift
	precArith
	precTerm
	precUnary
	precPower
	precAwait
)

// binaryPrec gives each binary operator's precedence.
var binaryPrec = map[string]int{
	"or": precOr, "and": precAnd,
	"==": precCompare, "!=": precCompare, "<": precCompare, "<=": precCompare, ">": precCompare,
	">=": precCompare, "in": precCompare, "not in": precCompare, "is": precCompare, "is not": precCompare,
	"|": precBitOr, "^": precBitXor, "&": precBitAnd, "<<": precShift, ">>": precShift,
	"+": precArith, "-": precArith, "*": precTerm, "/": precTerm, "//": precTerm, "%": precTerm, "@": precTerm,
	"**": precPower,
}

// prefixPrec gives each prefix operator's precedence.
var prefixPrec = map[string]int{"not": precNot, "+": precUnary, "-": precUnary, "~": precUnary, "await": precAwait}

// item is one element of a flattened chain: a prefix operator, a binary
// operator (op set) or an operand's primary (primary set).
type item struct {
	tok     plex.Token // the operator's (first) token
	op      string
	prefix  bool
	primary *operand
}

// operandItems appends an operand's prefix operators and primary.
func operandItems(items []item, o *operand) []item {
	for _, t := range o.Prefix {
		items = append(items, item{tok: t.Tok, op: t.Tok.Value, prefix: true})
	}
	return append(items, item{primary: o})
}

// text returns the operator's text: "not in" and "is not" for the two
// two-token operators.
func (t *opTail) text() string {
	switch {
	case t.Op == nil:
		return "not in"
	case len(t.Op.Toks) == 2:
		return "is not"
	}
	return t.Op.Toks[0].Value
}

// first returns the operator's first token.
func (t *opTail) first() plex.Token {
	if t.Op == nil {
		return t.NotIn
	}
	return t.Op.Toks[0]
}

// climber rebuilds the tree of a flattened chain.
type climber struct {
	c        *converter
	items    []item
	pos      int
	lambdaOK bool // a lone lambda operand is allowed
}

// term is a converted sub-expression and its extent: the range of its
// tokens, parentheses included. CPython locates a node from its first
// token to its last, so an operation on a parenthesized operand spans the
// parentheses while the operand's own node does not.
type term struct {
	e   ast.Expr
	ext ast.Pos
}

// climb converts a flattened chain.
func (c *converter) climb(items []item, lambdaOK bool) ast.Expr {
	cl := &climber{c: c, items: items, lambdaOK: lambdaOK}
	return cl.expr(precOr).e
}

// expr converts the longest run from the current item whose operators
// bind at least as tightly as minPrec.
func (cl *climber) expr(minPrec int) term {
	left := cl.unary(minPrec)
	for cl.pos < len(cl.items) {
		it := cl.items[cl.pos]
		prec := binaryPrec[it.op]
		if prec < minPrec {
			break
		}
		cl.pos++
		switch prec {
		case precOr, precAnd:
			left = cl.boolOp(left, it.op, prec)
		case precCompare:
			left = cl.compare(left, it.op)
		default:
			rightPrec := prec + 1
			if prec == precPower {
				rightPrec = precUnary // right-associative, and a factor
			}
			right := cl.expr(rightPrec)
			ext := join(&left.ext, &right.ext)
			op := ast.Pow
			if prec != precPower {
				op = binaryOps[it.op]
			}
			left = term{&ast.BinOp{Pos: ext, Op: op, Left: left.e, Right: right.e}, ext}
		}
	}
	return left
}

// boolOp gathers a run of `and` (or `or`) operands into one BoolOp.
func (cl *climber) boolOp(left term, op string, prec int) term {
	values := []ast.Expr{left.e}
	last := cl.expr(prec + 1)
	values = append(values, last.e)
	for cl.pos < len(cl.items) && cl.items[cl.pos].op == op {
		cl.pos++
		last = cl.expr(prec + 1)
		values = append(values, last.e)
	}
	kind := ast.And
	if op == "or" {
		kind = ast.Or
	}
	ext := join(&left.ext, &last.ext)
	return term{&ast.BoolOp{Pos: ext, Op: kind, Values: values}, ext}
}

// compare gathers a comparison chain into one Compare.
func (cl *climber) compare(left term, op string) term {
	cmp := &ast.Compare{Left: left.e}
	var last term
	for {
		last = cl.expr(precCompare + 1)
		cmp.Ops = append(cmp.Ops, comparisonOps[op])
		cmp.Comparators = append(cmp.Comparators, last.e)
		if cl.pos == len(cl.items) || binaryPrec[cl.items[cl.pos].op] != precCompare {
			break
		}
		op = cl.items[cl.pos].op
		cl.pos++
	}
	cmp.Pos = join(&left.ext, &last.ext)
	return term{cmp, cmp.Pos}
}

// unaryOps maps a prefix operator other than await to its operator.
var unaryOps = map[string]ast.UnaryOperator{"not": ast.Not, "+": ast.UAdd, "-": ast.USub, "~": ast.Invert}

// unary converts prefix operators and the primary they apply to, where
// operators binding at least as tightly as minPrec are expected.
func (cl *climber) unary(minPrec int) term {
	it := cl.items[cl.pos]
	cl.pos++
	if !it.prefix {
		o := it.primary
		return term{cl.c.primary(o, cl.lambdaOK), span(o.Tokens[len(o.Prefix):])}
	}
	if prefixPrec[it.op] < minPrec {
		cl.c.failAt(it.tok, "invalid syntax")
	}
	var operand term
	switch it.op {
	case "not":
		operand = cl.expr(precNot)
	case "await":
		if next := cl.items[cl.pos]; next.prefix {
			cl.c.failAt(next.tok, "invalid syntax")
		}
		operand = cl.unary(precAwait)
	default:
		operand = cl.expr(precUnary)
	}
	ext := join(new(tokPos(it.tok)), &operand.ext)
	if it.op == "await" {
		return term{&ast.Await{Pos: ext, Value: operand.e}, ext}
	}
	return term{&ast.UnaryOp{Pos: ext, Op: unaryOps[it.op], Operand: operand.e}, ext}
}

// comparisonOps maps a comparison operator's text to its operator.
var comparisonOps = map[string]ast.CmpOperator{
	"==": ast.Eq, "!=": ast.NotEq, "<": ast.Lt, "<=": ast.LtE, ">": ast.Gt,
	">=": ast.GtE, "is": ast.Is, "is not": ast.IsNot, "in": ast.In, "not in": ast.NotIn,
}

// binaryOps maps an arithmetic or bitwise operator's text to its operator.
var binaryOps = map[string]ast.Operator{
	"|": ast.BitOr, "^": ast.BitXor, "&": ast.BitAnd, "<<": ast.LShift, ">>": ast.RShift,
	"+": ast.Add, "-": ast.Sub, "*": ast.Mult, "/": ast.Div, "//": ast.FloorDiv, "%": ast.Mod, "@": ast.MatMult,
}
