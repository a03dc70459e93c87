// Package runtime is pyasync's object model: values and their types,
// attribute lookup, operators through dunder methods, exceptions and
// tracebacks, the builtins and the modules (sys, time, asyncio).
//
// Python exceptions travel as Go errors of type *Exception; a Go panic is
// always a bug. runtime never imports eval: Python-level functions reach it
// through the Callable interface, and coroutines through Resumable.
package runtime

// Value is any Python object.
type Value interface {
	// Type returns the object's class; never nil.
	Type() *Type
}

// NoneType is the type of None; None is its only value.
type NoneType struct{}

// None is Python's None.
var None Value = NoneType{}

// Type implements Value.
func (NoneType) Type() *Type { return NoneTypeType }

// NotImplementedType is the type of NotImplemented.
type NotImplementedType struct{}

// NotImplemented is returned by binary dunder methods that do not handle
// their operands.
var NotImplemented Value = NotImplementedType{}

// Type implements Value.
func (NotImplementedType) Type() *Type { return NotImplementedTypeType }

// EllipsisType is the type of Ellipsis (`...`).
type EllipsisType struct{}

// Ellipsis is Python's `...`.
var Ellipsis Value = EllipsisType{}

// Type implements Value.
func (EllipsisType) Type() *Type { return EllipsisTypeType }

// Bool is a Python bool; bool is a subclass of int.
type Bool bool

// The two bools.
const (
	True  Bool = true
	False Bool = false
)

// Type implements Value.
func (Bool) Type() *Type { return BoolType }

// Float is a Python float.
type Float float64

// Type implements Value.
func (Float) Type() *Type { return FloatType }

// Str is a Python str. It holds UTF-8; Python indexes it by code point.
type Str string

// Type implements Value.
func (Str) Type() *Type { return StrType }

// Tuple is an immutable Python tuple.
type Tuple []Value

// Type implements Value.
func (Tuple) Type() *Type { return TupleType }

// List is a mutable Python list. An instance of a user subclass of list
// has its class and attribute dict in sub.
type List struct {
	Elems []Value
	sub   *subclassed
}

// Type implements Value.
func (l *List) Type() *Type {
	if l.sub != nil {
		return l.sub.class
	}
	return ListType
}

// NewList returns a list holding elems (not copied).
func NewList(elems []Value) *List { return &List{Elems: elems} }

// Cell holds a variable shared between a function and its inner functions.
// Value is nil while the variable is unbound.
type Cell struct {
	Value Value
}

// Type implements Value.
func (*Cell) Type() *Type { return CellType }
