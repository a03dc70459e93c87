// Package eval is pyasync's tree-walking evaluator: frames, calls,
// statements, expressions, and the suspension and resumption of generator
// and coroutine frames.
//
// Suspension: a frame suspends at a yield, or at an await whose awaitable
// yields. Evaluation then returns errSuspend up the Go stack, and every
// statement and expression on the way saves the Go locals it needs to
// continue (loop iterators, partial operand values, the phase it was in) by
// pushing them on the frame's saved stack. Resuming re-enters the tree from
// the top with frame.resuming set: each level pops its state and continues
// the child it was in, until the yield or await that suspended takes the
// sent value (or thrown exception) and clears resuming. Nothing runs twice,
// no goroutine is involved, and a suspended frame is plain heap data.
package eval

import (
	"pyasync/ast"
	"pyasync/runtime"
)

// suspension is the error value that unwinds a suspending frame.
type suspension struct{ _ byte }

func (*suspension) Error() string { return "frame suspended (internal)" }

// errSuspend signals that the frame suspended; it never leaves package eval.
// A pointer, so that comparing an error with it is one word comparison.
var errSuspend error = &suspension{}

// ctl is how a statement completed, besides falling through or raising.
type ctl int

const (
	ctlNext ctl = iota
	ctlReturn
	ctlBreak
	ctlContinue
)

// Frame is the execution state of one call of a function, class body or
// module.
type Frame struct {
	interp   *Interp
	code     *Code
	globals  *runtime.Dict
	slots    []runtime.Value
	cells    []*runtime.Cell
	ns       *runtime.Dict      // the namespace of a class body
	back     *Frame             // the frame that called or resumed this one
	handling *runtime.Exception // the exception an except/finally block of this frame handles
	retval   runtime.Value
	line     int32

	// escaped is set when a traceback refers to the frame: it is then
	// never reused for another call.
	escaped bool

	// Suspension state (generator, coroutine and async generator frames).
	resuming  bool  // descending to the suspension point
	agenYield bool  // the suspension was an async generator's yield
	saved     []any // states pushed while suspending, innermost first
	// transfer is the value the frame yielded when it suspended, then the
	// value sent in for the suspended yield/await to evaluate to.
	transfer runtime.Value
	thrown   error             // or the exception to raise there instead
	awaiting runtime.Resumable // the delegate of a suspended await or yield from
}

// push saves one level's state while suspending.
func (fr *Frame) push(state any) { fr.saved = append(fr.saved, state) }

// pop restores one level's state while resuming.
func (fr *Frame) pop() any {
	n := len(fr.saved) - 1
	s := fr.saved[n]
	fr.saved[n] = nil
	fr.saved = fr.saved[:n]
	return s
}

// suspend pushes state when err is errSuspend, and returns err unchanged.
func (fr *Frame) suspend(err error, state any) error {
	if err == errSuspend {
		fr.push(state)
	}
	return err
}

// takeResume is called by the yield or await that suspended the frame,
// when the descent reaches it: it ends the descent and returns what was
// sent or thrown in.
func (fr *Frame) takeResume() (runtime.Value, error) {
	fr.resuming = false
	v, err := fr.transfer, fr.thrown
	fr.transfer, fr.thrown = nil, nil
	return v, err
}

// handled returns the exception being handled by this frame or, failing
// that, by the frames that called it (Python's sys.exc_info()).
func (fr *Frame) handled() *runtime.Exception {
	for f := fr; f != nil; f = f.back {
		if f.handling != nil {
			return f.handling
		}
	}
	return nil
}

// restoreBoxed pops a level's state, saved by saveBoxed, when resuming. It
// returns the state and its box, so that suspending again reuses the box:
// a loop that suspends on every iteration allocates its state once.
func restoreBoxed[T any](fr *Frame) (T, *T) {
	if !fr.resuming {
		var zero T
		return zero, nil
	}
	box := fr.pop().(*T)
	return *box, box
}

// saveBoxed pushes st when err is errSuspend, into box when non-nil; it
// returns err.
func saveBoxed[T any](fr *Frame, err error, box *T, st T) error {
	if err == errSuspend {
		if box == nil {
			box = new(T)
		}
		*box = st
		fr.push(box)
	}
	return err
}

// suspendedHere marks the yield or await that suspended a frame; it is
// boxed once so that suspending allocates nothing for it.
var suspendedHere any = exprState{step: 1}

// exprState is the saved state of an expression node: which child it was
// evaluating and the values of the children before it.
type exprState struct {
	step  int
	vals  []runtime.Value
	extra any
}

// resumeExpr pops an expression's saved state when resuming.
func (fr *Frame) resumeExpr() (exprState, bool) {
	if !fr.resuming {
		return exprState{}, false
	}
	return fr.pop().(exprState), true
}

// lineOf returns a node's first line.
func lineOf(n ast.Node) int { return n.Position().Line }

// VarNames implements runtime.FrameNames: the frame's local variables.
func (fr *Frame) VarNames() []string {
	var out []string
	for _, n := range fr.code.scope.Locals {
		if n != "" && n[0] != '.' {
			out = append(out, n)
		}
	}
	return out
}

// GlobalNames implements runtime.FrameNames.
func (fr *Frame) GlobalNames() *runtime.Dict { return fr.globals }

// BuiltinNames implements runtime.FrameNames.
func (fr *Frame) BuiltinNames() *runtime.Dict { return fr.interp.builtins }
