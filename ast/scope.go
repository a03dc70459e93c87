package ast

// BindingKind says where a name's value lives at run time.
type BindingKind int

// Binding kinds.
const (
	// Unresolved: the resolver has not run (a bug if seen by eval).
	Unresolved BindingKind = iota
	// BindLocal: the frame's slot Index.
	BindLocal
	// BindCell: the frame's cell Index. A frame's cells are its scope's
	// CellNames (in order) followed by its FreeNames.
	BindCell
	// BindGlobal: the module's globals by name, then the builtins.
	BindGlobal
	// BindClassBody: a name in a class body: the class namespace by name, then
	// (when Index >= 0) the frame's cell Index, then globals and builtins.
	// Stores and deletes go to the namespace.
	BindClassBody
)

// Binding is the resolved location of a name.
type Binding struct {
	Kind  BindingKind
	Index int
}

// ScopeKind distinguishes the kinds of scope.
type ScopeKind int

// Scope kinds.
const (
	ModuleScope   ScopeKind = iota
	FunctionScope           // def, lambda and comprehensions
	ClassScope
)

// FuncKind is what calling a function's code makes.
type FuncKind int

// Function kinds.
const (
	Plain          FuncKind = iota
	Generator               // def with yield; generator expressions
	Coroutine               // async def without yield; async comprehensions
	AsyncGenerator          // async def with yield; async generator expressions
)

// Scope is everything the resolver learns about one module, function,
// lambda, comprehension or class body. Invariants:
//   - Locals[i] is the name of frame slot i. Parameters come first, in the
//     order: positional (PosOnly then Args), KwOnly, Vararg, Kwarg.
//   - A frame's cells are CellNames followed by FreeNames.
//   - FreeFrom[i] is the index, in the enclosing scope's frame cells, of the
//     cell that becomes this scope's free variable FreeNames[i] when the
//     function (or class body) is created.
//   - ParamCells lists parameters that are captured by inner scopes: on
//     entry the value in slot ParamCells[i].Slot moves into cell
//     ParamCells[i].Cell.
type Scope struct {
	Kind     ScopeKind
	FuncKind FuncKind
	Name     string // "<module>", "f", "<lambda>", "<listcomp>", "<genexpr>", class name
	QualName string // "A.f", "f.<locals>.g", "f.<locals>.<lambda>"
	Parent   *Scope

	Locals     []string
	CellNames  []string
	FreeNames  []string
	FreeFrom   []int
	ParamCells []ParamCell

	// ClassCell is the index of the implicit __class__ cell of a class body
	// (when a method uses super() or __class__), or -1.
	ClassCell int
	// HasDocstring is true when the body starts with a string literal.
	HasDocstring bool
}

// ParamCell moves a captured parameter from its slot into its cell.
type ParamCell struct {
	Slot, Cell int
}
