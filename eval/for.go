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

// forState is the saved state of a for or async for loop.
type forState struct {
	phase int // forIter, forNext, forBind, forBody, forElse
	iter  loopIter
	item  runtime.Value
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
		st.phase = forNext
	}
	for st.phase != forElse {
		if st.phase == forNext {
			if !fr.resuming {
				fr.line = s.Line
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
			return ctlNext, saveBoxed(fr, err, box, st)
		}
		switch c {
		case ctlBreak:
			return ctlNext, nil
		case ctlReturn:
			return c, nil
		}
		st.phase = forNext
	}
	c, err := fr.execBlock(s.Orelse)
	return c, saveBoxed(fr, err, box, st)
}
