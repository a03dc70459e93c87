package eval

import (
	"pyasync/ast"
	"pyasync/runtime"
)

// tryState is the saved state of a try statement.
type tryState struct {
	phase   int // tryBody, tryHandler, tryElse, tryFinally
	handler int // the running handler's index
	exc     *runtime.Exception
	prev    *runtime.Exception // fr.handling before the handler or finally began
	pending pending            // how the try ended, for the finally block to resume
	star    *starState         // the except* clauses' progress
}

const (
	tryBody = iota
	tryHandler
	tryElse
	tryFinally
)

// pending is how a try body (with its handlers and else) ended, kept while
// its finally block runs.
type pending struct {
	c      ctl
	err    error
	retval runtime.Value
}

func (fr *Frame) execTry(s *ast.Try) (ctl, error) {
	var st tryState
	if fr.resuming {
		st = fr.pop().(tryState)
	}
	if st.phase != tryFinally {
		c, err := fr.tryClauses(s, &st)
		if err == errSuspend {
			fr.push(st)
			return ctlNext, err
		}
		st.pending = pending{c: c, err: err, retval: fr.retval}
		if len(s.Finalbody) == 0 {
			return c, err
		}
		st.phase = tryFinally
		st.prev = fr.handling
		if e, ok := err.(*runtime.Exception); ok {
			fr.handling = e
		}
	}
	c, err := fr.execBlock(s.Finalbody)
	if err == errSuspend {
		fr.push(st)
		return ctlNext, err
	}
	fr.handling = st.prev
	if err != nil || c != ctlNext {
		return c, err
	}
	fr.retval = st.pending.retval
	return st.pending.c, st.pending.err
}

// tryClauses runs the body, then the matching handler or the else block.
func (fr *Frame) tryClauses(s *ast.Try, st *tryState) (ctl, error) {
	if st.phase == tryBody {
		c, err := fr.execBlock(s.Body)
		if err == nil {
			if len(s.Orelse) == 0 {
				return c, nil
			}
			if c != ctlNext {
				return c, nil
			}
			st.phase = tryElse
		} else {
			if err == errSuspend {
				return ctlNext, err
			}
			exc, ok := err.(*runtime.Exception)
			if !ok {
				return ctlNext, err
			}
			if s.IsStar {
				st.phase, st.handler = tryHandler, 0
				st.star = &starState{orig: exc, rest: exc}
				return ctlNext, fr.starHandlers(s, st)
			}
			h, err := fr.matchHandler(s, exc)
			if err != nil {
				return ctlNext, err
			}
			if h < 0 {
				return ctlNext, exc
			}
			st.phase, st.handler, st.exc, st.prev = tryHandler, h, exc, fr.handling
			fr.handling = exc
			if name := s.Handlers[h].Name; name != "" {
				if err := fr.store(s.Handlers[h].NameBinding, name, exc); err != nil {
					return ctlNext, err
				}
			}
		}
	}
	if st.phase == tryElse {
		return fr.execBlock(s.Orelse)
	}
	if s.IsStar {
		return ctlNext, fr.starHandlers(s, st)
	}
	h := s.Handlers[st.handler]
	c, err := fr.execBlock(h.Body)
	if err == errSuspend {
		return ctlNext, err
	}
	fr.handling = st.prev
	if h.Name != "" {
		fr.unbind(h.NameBinding, h.Name)
	}
	return c, err
}

// matchHandler returns the index of the first handler whose type matches
// exc, or -1.
func (fr *Frame) matchHandler(s *ast.Try, exc *runtime.Exception) (int, error) {
	for i, h := range s.Handlers {
		if h.Type == nil {
			return i, nil
		}
		fr.line = int32(h.Line)
		t, err := fr.eval(h.Type)
		if err != nil {
			return -1, fr.fail(err)
		}
		ok, err := exceptionMatches(exc, t)
		if err != nil {
			return -1, fr.fail(err)
		}
		if ok {
			return i, nil
		}
	}
	return -1, nil
}

// exceptionMatches is `except t:` matching, with CPython's check that t
// names exception classes.
func exceptionMatches(exc *runtime.Exception, t runtime.Value) (bool, error) {
	if tup, ok := t.(runtime.Tuple); ok {
		for _, x := range tup {
			if m, err := exceptionMatches(exc, x); m || err != nil {
				return m, err
			}
		}
		return false, nil
	}
	cls, ok := t.(*runtime.Type)
	if !ok || !cls.IsSubtype(runtime.BaseExceptionType) {
		return false, runtime.NewError(runtime.TypeErrorType, "catching classes that do not inherit from BaseException is not allowed")
	}
	return exc.IsInstanceOf(cls), nil
}

// execRaise runs `raise`, `raise X` and `raise X from Y`.
func (fr *Frame) execRaise(s *ast.Raise) error {
	if s.Exc == nil {
		exc := fr.handled()
		if exc == nil {
			return fr.fail(runtime.NewError(runtime.RuntimeErrorType, "No active exception to reraise"))
		}
		return exc
	}
	step := 0
	var excVal runtime.Value
	if st, ok := fr.resumeExpr(); ok {
		step = st.step
		if step == 1 {
			excVal = st.vals[0]
		}
	}
	if step == 0 {
		v, err := fr.eval(s.Exc)
		if err != nil {
			return fr.fail(fr.suspend(err, exprState{}))
		}
		excVal = v
	}
	exc, err := makeException(excVal)
	if err != nil {
		return fr.fail(err)
	}
	var cause runtime.Value
	if s.Cause != nil {
		c, err := fr.eval(s.Cause)
		if err != nil {
			return fr.fail(fr.suspend(err, exprState{step: 1, vals: []runtime.Value{excVal}}))
		}
		cause = c
	}
	return fr.raise(exc, cause)
}

// raise raises exc from this frame's current line, with cause when the
// statement had `from` (nil otherwise).
func (fr *Frame) raise(exc *runtime.Exception, cause runtime.Value) error {
	if cause != nil {
		if cause == runtime.None {
			exc.Cause = nil
		} else {
			c, err := makeException(cause)
			if err != nil {
				if e, ok := err.(*runtime.Exception); ok && e.IsInstanceOf(runtime.TypeErrorType) {
					err = runtime.NewError(runtime.TypeErrorType, "exception causes must derive from BaseException")
				}
				return fr.fail(err)
			}
			exc.Cause = c
		}
		exc.SuppressContext = true
	}
	setContext(exc, fr.handled())
	fr.escaped = true
	exc.AddTraceback(fr, fr.code.tb, int(fr.line))
	return exc
}

// makeException turns the operand of raise into an exception instance
// (instantiating a class).
func makeException(v runtime.Value) (*runtime.Exception, error) {
	switch x := v.(type) {
	case *runtime.Exception:
		return x, nil
	case *runtime.Type:
		if x.IsSubtype(runtime.BaseExceptionType) {
			r, err := x.Call(nil, nil)
			if err != nil {
				return nil, err
			}
			if e, ok := r.(*runtime.Exception); ok {
				return e, nil
			}
			return nil, runtime.NewErrorf(runtime.TypeErrorType, "calling %s should have returned an instance of BaseException, not %s", x.Name, runtime.TypeName(r))
		}
	}
	return nil, runtime.NewError(runtime.TypeErrorType, "exceptions must derive from BaseException")
}
