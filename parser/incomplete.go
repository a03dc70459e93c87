package parser

import (
	"errors"
	"runtime"
	"sync"
	"weak"

	"pyasync/ast"
)

// incomplete holds the errors Parse returned for input that ended too
// early, weakly: an entry goes away with its error.
var incomplete sync.Map // weak.Pointer[ast.SyntaxError] -> struct{}

// result returns e, remembering whether it means incomplete input.
func result(e *ast.SyntaxError, isIncomplete bool) error {
	if isIncomplete {
		key := weak.Make(e)
		incomplete.Store(key, struct{}{})
		runtime.AddCleanup(e, func(k weak.Pointer[ast.SyntaxError]) { incomplete.Delete(k) }, key)
	}
	return e
}

// IsIncomplete reports whether err, returned by Parse, means the input
// ended too early: inside an open bracket or a triple-quoted string, after
// a trailing backslash, or where a statement still needs its body or
// clauses. A REPL reads more lines when it is true.
func IsIncomplete(err error) bool {
	var e *ast.SyntaxError
	if !errors.As(err, &e) {
		return false
	}
	_, ok := incomplete.Load(weak.Make(e))
	return ok
}
