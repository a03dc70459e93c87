package parser

import (
	plex "github.com/alecthomas/participle/v2/lexer"

	"pyasync/ast"
)

// Conversion of participle's parse tree to ast nodes: stmt.go for
// statements, expr.go, precedence.go and atom.go for expressions, args.go
// for call arguments and parameter lists, target.go for assignment
// targets, strings.go and numbers.go for literals. Each converter also
// applies the checks CPython makes where its grammar is stricter than
// this one, with CPython's messages and locations.

// converter turns a parse tree into ast nodes. It records the first
// SyntaxError it finds, in source order, and keeps converting so callers
// need no error checks between steps: every method returns a usable
// (possibly placeholder) node.
type converter struct {
	src    *sourceInfo
	err    *ast.SyntaxError // the first parser error
	errTok *plex.Token      // the token err is located on, if it is
	late   *ast.SyntaxError // the first compiler-stage error
}

// fail records e unless an earlier error was recorded.
func (c *converter) fail(e *ast.SyntaxError) {
	if c.err == nil {
		c.err = e
	}
}

// failAt records an error located on token t as on a node.
func (c *converter) failAt(t plex.Token, msg string) {
	if c.err == nil {
		c.err, c.errTok = c.src.at(t, msg), &t
	}
}

// failLast records an error located on t as the last token CPython's
// parser read.
func (c *converter) failLast(t plex.Token, msg string) {
	if c.err == nil {
		c.err, c.errTok = c.src.last(t, "SyntaxError", msg), &t
	}
}

// failLate records e, an error CPython's compiler (not its parser)
// raises: it counts only if the whole input parses.
func (c *converter) failLate(e *ast.SyntaxError) {
	if c.late == nil {
		c.late = e
	}
}
