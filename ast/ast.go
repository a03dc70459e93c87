// Package ast defines the syntax tree of the Python subset pyasync runs.
//
// Nodes are plain data with source positions and no behaviour. The parser
// builds them; the resolver (package resolve) fills in the annotations marked
// "set by the resolver"; the evaluator reads them.
package ast

// Pos is a node's source range. Lines are 1-based; columns are 0-based
// offsets in code points within the line (CPython counts UTF-8 bytes in
// col_offset; code points are what a caret line needs).
type Pos struct {
	Line, Col       int
	EndLine, EndCol int
}

// Position returns the node's range; it makes every node a Node.
func (p *Pos) Position() *Pos { return p }

// Node is any syntax tree node.
type Node interface {
	Position() *Pos
}

// Expr is an expression node.
type Expr interface {
	Node
	exprNode()
}

// Stmt is a statement node.
type Stmt interface {
	Node
	stmtNode()
}

// Module is a whole source file (or one REPL input).
type Module struct {
	Body  []Stmt
	Scope *Scope // set by the resolver
}
