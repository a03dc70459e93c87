package ast

import "math/big"

// Name is an identifier used as a value or as an assignment target.
type Name struct {
	Pos
	Id string
	// Binding says where the name lives; set by the resolver.
	Binding Binding
}

// ConstKind tells which field of a Constant holds its value.
type ConstKind int

// Constant kinds.
const (
	ConstNone ConstKind = iota
	ConstTrue
	ConstFalse
	ConstEllipsis
	ConstInt     // Int holds the value
	ConstFloat   // Float holds the value
	ConstStr     // Str holds the value (adjacent literals already concatenated)
	ConstBytes   // Str holds the bytes
	ConstComplex // Float holds the imaginary part of a literal like 2j
)

// Constant is a literal: None, True, False, ..., a number or a string.
type Constant struct {
	Pos
	Kind  ConstKind
	Int   *big.Int
	Float float64
	Str   string
}

// JoinedStr is an f-string (possibly concatenated with plain literals):
// its Values are *Constant (ConstStr) and *FormattedValue pieces in order.
type JoinedStr struct {
	Pos
	Values []Expr
}

// FormattedValue is one replacement field `{value!conv:spec}` of an f-string.
type FormattedValue struct {
	Pos
	Value      Expr
	Conversion rune       // 0, 'r', 's' or 'a'
	Spec       *JoinedStr // nil when there is no format spec
}

// Attribute is `Value.Attr`.
type Attribute struct {
	Pos
	Value Expr
	Attr  string
}

// Subscript is `Value[Index]`; Index may be a *Slice or a *Tuple of them.
type Subscript struct {
	Pos
	Value Expr
	Index Expr
}

// Slice is `Lower:Upper:Step` inside a subscript; absent parts are nil.
type Slice struct {
	Pos
	Lower, Upper, Step Expr
}

// Keyword is one `name=value` argument of a call, or `**value` when Name is "".
type Keyword struct {
	Pos
	Name  string
	Value Expr
}

// Call is `Func(Args..., Keywords...)`. Args may contain *Starred.
type Call struct {
	Pos
	Func     Expr
	Args     []Expr
	Keywords []*Keyword
}

// Operator is a binary or augmented-assignment operator.
type Operator int

// Binary operators, in CPython's ast order.
const (
	Add Operator = iota
	Sub
	Mult
	MatMult
	Div
	Mod
	Pow
	LShift
	RShift
	BitOr
	BitXor
	BitAnd
	FloorDiv
)

// BinOp is `Left Op Right`.
type BinOp struct {
	Pos
	Op          Operator
	Left, Right Expr
}

// UnaryOperator is one of `not`, `-`, `+`, `~`.
type UnaryOperator int

// Unary operators.
const (
	Invert UnaryOperator = iota
	Not
	UAdd
	USub
)

// UnaryOp is `Op Operand`.
type UnaryOp struct {
	Pos
	Op      UnaryOperator
	Operand Expr
}

// BoolOperator is `and` or `or`.
type BoolOperator int

// Boolean operators.
const (
	And BoolOperator = iota
	Or
)

// BoolOp is `Values[0] Op Values[1] Op ...` (at least two values).
type BoolOp struct {
	Pos
	Op     BoolOperator
	Values []Expr
}

// CmpOperator is a comparison operator.
type CmpOperator int

// Comparison operators.
const (
	Eq CmpOperator = iota
	NotEq
	Lt
	LtE
	Gt
	GtE
	Is
	IsNot
	In
	NotIn
)

// Compare is a comparison chain `Left Ops[0] Comparators[0] Ops[1] ...`.
type Compare struct {
	Pos
	Left        Expr
	Ops         []CmpOperator
	Comparators []Expr
}

// IfExp is `Body if Test else Orelse`.
type IfExp struct {
	Pos
	Test, Body, Orelse Expr
}

// Lambda is `lambda Args: Body`.
type Lambda struct {
	Pos
	Args  *Arguments
	Body  Expr
	Scope *Scope // set by the resolver
}

// List is a list display or a list assignment target. Elts may hold *Starred.
type List struct {
	Pos
	Elts []Expr
}

// Tuple is a tuple display or a tuple assignment target. Elts may hold *Starred.
type Tuple struct {
	Pos
	Elts []Expr
}

// Set is a set display `{a, b}`. Elts may hold *Starred.
type Set struct {
	Pos
	Elts []Expr
}

// Dict is a dict display. A nil key marks `**Values[i]` unpacking.
type Dict struct {
	Pos
	Keys   []Expr
	Values []Expr
}

// Starred is `*Value` in a display, a call or an assignment target.
type Starred struct {
	Pos
	Value Expr
}

// Comprehension is one `for Target in Iter if Ifs...` clause
// (`async for` when IsAsync).
type Comprehension struct {
	Pos
	Target  Expr
	Iter    Expr
	Ifs     []Expr
	IsAsync bool
}

// ListComp is `[Elt for ...]`.
type ListComp struct {
	Pos
	Elt        Expr
	Generators []*Comprehension
	Scope      *Scope // set by the resolver
}

// SetComp is `{Elt for ...}`.
type SetComp struct {
	Pos
	Elt        Expr
	Generators []*Comprehension
	Scope      *Scope // set by the resolver
}

// DictComp is `{Key: Value for ...}`.
type DictComp struct {
	Pos
	Key, Value Expr
	Generators []*Comprehension
	Scope      *Scope // set by the resolver
}

// GeneratorExp is `(Elt for ...)`.
type GeneratorExp struct {
	Pos
	Elt        Expr
	Generators []*Comprehension
	Scope      *Scope // set by the resolver
}

// Await is `await Value`.
type Await struct {
	Pos
	Value Expr
}

// Yield is `yield Value` (Value nil for a bare yield).
type Yield struct {
	Pos
	Value Expr
}

// YieldFrom is `yield from Value`.
type YieldFrom struct {
	Pos
	Value Expr
}

// NamedExpr is `Target := Value`.
type NamedExpr struct {
	Pos
	Target *Name
	Value  Expr
}

func (*Name) exprNode()           {}
func (*Constant) exprNode()       {}
func (*JoinedStr) exprNode()      {}
func (*FormattedValue) exprNode() {}
func (*Attribute) exprNode()      {}
func (*Subscript) exprNode()      {}
func (*Slice) exprNode()          {}
func (*Call) exprNode()           {}
func (*BinOp) exprNode()          {}
func (*UnaryOp) exprNode()        {}
func (*BoolOp) exprNode()         {}
func (*Compare) exprNode()        {}
func (*IfExp) exprNode()          {}
func (*Lambda) exprNode()         {}
func (*List) exprNode()           {}
func (*Tuple) exprNode()          {}
func (*Set) exprNode()            {}
func (*Dict) exprNode()           {}
func (*Starred) exprNode()        {}
func (*ListComp) exprNode()       {}
func (*SetComp) exprNode()        {}
func (*DictComp) exprNode()       {}
func (*GeneratorExp) exprNode()   {}
func (*Await) exprNode()          {}
func (*Yield) exprNode()          {}
func (*YieldFrom) exprNode()      {}
func (*NamedExpr) exprNode()      {}
