package eval

import (
	"pyasync/ast"
	"pyasync/runtime"
)

// loopIter is what a for loop or a comprehension clause iterates: a plain
// iterator, or (for async for) an async iterator and its class's
// __anext__.
type loopIter struct {
	it    runtime.Iterator
	ait   runtime.Value
	anext runtime.Value
}

// newLoopIter gets the iterator of `for` (or `async for`) from its operand.
func newLoopIter(v runtime.Value, async bool) (loopIter, error) {
	if async {
		ait, anext, err := asyncIterator(v)
		return loopIter{ait: ait, anext: anext}, err
	}
	it, err := runtime.Iter(v)
	return loopIter{it: it}, err
}

// next advances li: ok is false when it is exhausted. For async
// iteration it awaits __anext__(): on suspension the caller saves its state
// and calls next again when resumed, which then takes the awaited result.
func (fr *Frame) next(li *loopIter) (runtime.Value, bool, error) {
	if li.it != nil {
		return li.it.Next()
	}
	var v runtime.Value
	var err error
	if fr.resuming {
		v, err = fr.takeResume()
	} else {
		v, err = fr.startAnext(li.ait, li.anext)
	}
	if err != nil {
		if isStopAsync(err) {
			return nil, false, nil
		}
		return nil, false, err
	}
	return v, true, nil
}

// freshGenerator reports whether v is a generator or async generator that
// has not started.
func freshGenerator(v runtime.Value) bool {
	switch g := v.(type) {
	case *Generator:
		return !g.started
	case *AsyncGenerator:
		return !g.started
	}
	return false
}

// release finalizes a loop's temporary generator when the loop ends
// early: a generator is closed at once (its finally blocks run now); an
// async generator goes to the event loop's finalizer, which closes it soon.
// Errors while closing are ignored, as CPython ignores them in finalizers.
func release(temporary runtime.Value) {
	switch g := temporary.(type) {
	case *Generator:
		_ = g.Close()
	case *AsyncGenerator:
		if g.started && !g.finished && runtime.AsyncGenFinalizer != nil {
			runtime.AsyncGenFinalizer(g)
		}
	}
}

// forState is the saved state of a for or async for loop.
type forState struct {
	phase int // forIter, forNext, forBind, forBody, forElse
	iter  loopIter
	item  runtime.Value
	// temporary is the generator the loop's iterable expression created
	// (a call that returned a fresh one): nothing else refers to it, so
	// leaving the loop early frees it, as CPython's reference counting
	// does. Nil otherwise.
	temporary runtime.Value
}

const (
	forIter = iota
	forNext
	forBind
	forBody
	forElse
)

func (fr *Frame) execFor(s *ast.For) (ctl, error) {
	st, box := restoreBoxed[forState](fr)
	if st.phase == forIter {
		v, err := fr.eval(s.Iter)
		if err != nil {
			return ctlNext, fr.fail(saveBoxed(fr, err, box, st))
		}
		if st.iter, err = newLoopIter(v, s.IsAsync); err != nil {
			return ctlNext, fr.fail(err)
		}
		if _, isCall := s.Iter.(*ast.Call); isCall && freshGenerator(v) {
			st.temporary = v
		}
		st.phase = forNext
	}
	for st.phase != forElse {
		if st.phase == forNext {
			if !fr.resuming {
				fr.line = int32(s.Line)
			}
			item, ok, err := fr.next(&st.iter)
			if err != nil {
				return ctlNext, fr.fail(saveBoxed(fr, err, box, st))
			}
			if !ok {
				st.phase = forElse
				break
			}
			st.item, st.phase = item, forBind
		}
		if st.phase == forBind {
			if err := fr.assign(s.Target, st.item); err != nil {
				return ctlNext, fr.fail(saveBoxed(fr, err, box, st))
			}
			st.item, st.phase = nil, forBody
		}
		c, err := fr.execBlock(s.Body)
		if err != nil {
			if err != errSuspend {
				release(st.temporary)
			}
			return ctlNext, saveBoxed(fr, err, box, st)
		}
		switch c {
		case ctlBreak:
			release(st.temporary)
			return ctlNext, nil
		case ctlReturn:
			release(st.temporary)
			return c, nil
		}
		st.phase = forNext
	}
	c, err := fr.execBlock(s.Orelse)
	return c, saveBoxed(fr, err, box, st)
}
