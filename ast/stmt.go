package ast

// ExprStmt is an expression evaluated for its effect.
type ExprStmt struct {
	Pos
	Value Expr
}

// Assign is `Targets[0] = Targets[1] = ... = Value`. Targets are *Name,
// *Attribute, *Subscript, *Tuple or *List (possibly holding one *Starred).
type Assign struct {
	Pos
	Targets []Expr
	Value   Expr
}

// AugAssign is `Target Op= Value`; Target is a *Name, *Attribute or *Subscript.
type AugAssign struct {
	Pos
	Target Expr
	Op     Operator
	Value  Expr
}

// AnnAssign is `Target: Annotation [= Value]`. Value is nil without `=`.
// Simple is true when Target is a plain name not in parentheses.
type AnnAssign struct {
	Pos
	Target     Expr
	Annotation Expr
	Value      Expr
	Simple     bool
}

// If is `if Test: Body` with `elif` chains nested in Orelse.
type If struct {
	Pos
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

// While is `while Test: Body else: Orelse`.
type While struct {
	Pos
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

// For is `[async] for Target in Iter: Body else: Orelse`.
type For struct {
	Pos
	Target  Expr
	Iter    Expr
	Body    []Stmt
	Orelse  []Stmt
	IsAsync bool
}

// Pass is `pass`.
type Pass struct{ Pos }

// Break is `break`.
type Break struct{ Pos }

// Continue is `continue`.
type Continue struct{ Pos }

// Return is `return [Value]`.
type Return struct {
	Pos
	Value Expr // nil for a bare return
}

// Arg is one parameter; Annotation may be nil.
type Arg struct {
	Pos
	Name       string
	Annotation Expr
}

// Arguments is a parameter list. Defaults belong to the last
// len(Defaults) of PosOnly+Args; KwDefaults parallels KwOnly (nil = none).
type Arguments struct {
	PosOnly    []*Arg
	Args       []*Arg
	Vararg     *Arg
	KwOnly     []*Arg
	KwDefaults []Expr
	Kwarg      *Arg
	Defaults   []Expr
}

// FunctionDef is `[async] def Name(Args) -> Returns: Body` with decorators.
type FunctionDef struct {
	Pos
	Name       string
	Args       *Arguments
	Body       []Stmt
	Decorators []Expr
	Returns    Expr
	IsAsync    bool
	Scope      *Scope // set by the resolver
	// NameBinding is where the function object is stored under Name in the
	// enclosing scope; set by the resolver.
	NameBinding Binding
}

// ClassDef is `class Name(Bases, Keywords): Body` with decorators.
type ClassDef struct {
	Pos
	Name       string
	Bases      []Expr
	Keywords   []*Keyword
	Body       []Stmt
	Decorators []Expr
	Scope      *Scope // set by the resolver
	// NameBinding is where the class is stored under Name in the enclosing
	// scope; set by the resolver.
	NameBinding Binding
}

// ExceptHandler is `except [Type [as Name]]: Body` (`except*` when the
// enclosing Try has IsStar). Type is nil for a bare except; Name is "" when
// there is no `as`. NameBinding is set by the resolver when Name != "".
type ExceptHandler struct {
	Pos
	Type        Expr
	Name        string
	NameBinding Binding
	Body        []Stmt
}

// Try is `try: Body except...: ... else: Orelse finally: Finalbody`.
type Try struct {
	Pos
	Body      []Stmt
	Handlers  []*ExceptHandler
	Orelse    []Stmt
	Finalbody []Stmt
	IsStar    bool
}

// Raise is `raise [Exc [from Cause]]`.
type Raise struct {
	Pos
	Exc   Expr
	Cause Expr
}

// Global is `global Names...`.
type Global struct {
	Pos
	Names []string
}

// Nonlocal is `nonlocal Names...`.
type Nonlocal struct {
	Pos
	Names []string
}

// Delete is `del Targets...`.
type Delete struct {
	Pos
	Targets []Expr
}

// Assert is `assert Test[, Msg]`.
type Assert struct {
	Pos
	Test Expr
	Msg  Expr
}

// WithItem is one `Context [as Vars]` of a with statement.
type WithItem struct {
	Context Expr
	Vars    Expr // nil without `as`
}

// With is `[async] with Items...: Body`.
type With struct {
	Pos
	Items   []*WithItem
	Body    []Stmt
	IsAsync bool
}

// Alias is `Name [as AsName]` in an import. Name may be dotted ("a.b").
type Alias struct {
	Pos
	Name    string
	AsName  string
	Binding Binding // of the bound name; set by the resolver
}

// Import is `import Names...`.
type Import struct {
	Pos
	Names []*Alias
}

// ImportFrom is `from Module import Names...` (Names is a single "*" alias
// for a star import).
type ImportFrom struct {
	Pos
	Module string
	Names  []*Alias
	Level  int
}

func (*ExprStmt) stmtNode()    {}
func (*Assign) stmtNode()      {}
func (*AugAssign) stmtNode()   {}
func (*AnnAssign) stmtNode()   {}
func (*If) stmtNode()          {}
func (*While) stmtNode()       {}
func (*For) stmtNode()         {}
func (*Pass) stmtNode()        {}
func (*Break) stmtNode()       {}
func (*Continue) stmtNode()    {}
func (*Return) stmtNode()      {}
func (*FunctionDef) stmtNode() {}
func (*ClassDef) stmtNode()    {}
func (*Try) stmtNode()         {}
func (*Raise) stmtNode()       {}
func (*Global) stmtNode()      {}
func (*Nonlocal) stmtNode()    {}
func (*Delete) stmtNode()      {}
func (*Assert) stmtNode()      {}
func (*With) stmtNode()        {}
func (*Import) stmtNode()      {}
func (*ImportFrom) stmtNode()  {}
