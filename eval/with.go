package eval

import (
	"pyasync/ast"
	"pyasync/runtime"
)

// withState is the saved state of one item of a (possibly async) with
// statement.
type withState struct {
	phase   int // withEnter, withAwaitEnter, withBind, withBody, withAwaitExit
	mgr     runtime.Value
	exit    runtime.Value // the class's __exit__ / __aexit__, unbound
	entered runtime.Value
	pending pending
	prev    *runtime.Exception // fr.handling before __exit__ began
}

const (
	withEnter = iota
	withAwaitEnter
	withBind
	withBody
	withAwaitExit
)

// contextManager looks up a manager's enter and exit methods, with CPython's
// errors when they are missing.
func contextManager(mgr runtime.Value, async bool) (enter, exit runtime.Value, err error) {
	enterName, exitName, protocol := "__enter__", "__exit__", "context manager"
	if async {
		enterName, exitName, protocol = "__aenter__", "__aexit__", "asynchronous context manager"
	}
	t := mgr.Type()
	enter, exit = t.Lookup(enterName), t.Lookup(exitName)
	switch {
	case enter == nil:
		err = runtime.NewErrorf(runtime.TypeErrorType, "'%s' object does not support the %s protocol", t.Name, protocol)
	case exit == nil:
		err = runtime.NewErrorf(runtime.TypeErrorType, "'%s' object does not support the %s protocol (missed %s method)", t.Name, protocol, exitName)
	}
	return enter, exit, err
}

// withBodyOf runs what item idx of s encloses: the next item, or the body.
func (fr *Frame) withBodyOf(s *ast.With, idx int) (ctl, error) {
	if idx+1 < len(s.Items) {
		return fr.execWith(s, idx+1)
	}
	return fr.execBlock(s.Body)
}

// exitArgs are the arguments of __exit__ for how the body ended.
func exitArgs(err error) []runtime.Value {
	if e, ok := err.(*runtime.Exception); ok {
		var tb runtime.Value = runtime.None
		if e.Traceback != nil {
			tb = e.Traceback
		}
		return []runtime.Value{e.Class, e, tb}
	}
	return []runtime.Value{runtime.None, runtime.None, runtime.None}
}

// exited interprets __exit__'s result r for a body that ended with p: a
// true result suppresses the body's exception.
func (fr *Frame) exited(s *ast.With, p pending, r runtime.Value, err error) (ctl, error) {
	if err != nil {
		return ctlNext, fr.fail(err)
	}
	if _, isExc := p.err.(*runtime.Exception); isExc {
		t, err := runtime.Truth(r)
		if err != nil {
			return ctlNext, fr.fail(err)
		}
		if t {
			return ctlNext, nil
		}
	}
	fr.retval = p.retval
	return p.c, p.err
}

// execWith runs item idx of a with or async with statement and what it
// encloses. For async with, the results of __aenter__ and __aexit__ are
// awaited (phases withAwaitEnter and withAwaitExit).
func (fr *Frame) execWith(s *ast.With, idx int) (ctl, error) {
	var st withState
	if fr.resuming {
		st = fr.pop().(withState)
	}
	item := s.Items[idx]
	switch st.phase {
	case withEnter:
		mgr, err := fr.eval(item.Context)
		if err != nil {
			return ctlNext, fr.fail(fr.suspend(err, st))
		}
		enter, exit, err := contextManager(mgr, s.IsAsync)
		if err != nil {
			return ctlNext, fr.fail(err)
		}
		st.mgr, st.exit = mgr, exit
		if st.entered, err = runtime.CallMethod(enter, mgr, nil, nil); err != nil {
			return ctlNext, fr.fail(err)
		}
		if s.IsAsync {
			if st.entered, err = fr.awaitManager(st.entered, "__aenter__"); err != nil {
				st.phase = withAwaitEnter
				return ctlNext, fr.fail(fr.suspend(err, st))
			}
		}
	case withAwaitEnter:
		v, err := fr.takeResume()
		if err != nil {
			return ctlNext, fr.fail(err)
		}
		st.entered = v
	}
	if st.phase < withBind {
		st.phase = withBind
	}
	if st.phase == withBind {
		if item.Vars != nil {
			if err := fr.assign(item.Vars, st.entered); err != nil {
				return ctlNext, fr.fail(fr.suspend(err, st))
			}
		}
		st.phase = withBody
	}
	if st.phase == withAwaitExit {
		r, err := fr.takeResume()
		fr.handling = st.prev
		return fr.exited(s, st.pending, r, err)
	}
	c, err := fr.withBodyOf(s, idx)
	if err == errSuspend {
		fr.push(st)
		return ctlNext, err
	}
	st.pending = pending{c: c, err: err, retval: fr.retval}
	fr.line = int32(s.Line)
	// The body's exception is being handled while __exit__ (and the
	// awaiting of __aexit__) runs.
	st.prev = fr.handling
	if e, ok := err.(*runtime.Exception); ok {
		fr.handling = e
	}
	r, err := runtime.CallMethod(st.exit, st.mgr, exitArgs(err), nil)
	if err == nil && s.IsAsync {
		if r, err = fr.awaitManager(r, "__aexit__"); err == errSuspend {
			st.phase = withAwaitExit
			fr.push(st)
			return ctlNext, err
		}
	}
	fr.handling = st.prev
	return fr.exited(s, st.pending, r, err)
}

// awaitManager begins awaiting what an async context manager's method
// returned, with CPython's error when it is not awaitable.
func (fr *Frame) awaitManager(aw runtime.Value, method string) (runtime.Value, error) {
	it, err := runtime.AwaitIter(aw)
	if err != nil {
		return nil, runtime.NewErrorf(runtime.TypeErrorType, "'async with' received an object from %s that does not implement __await__: %s", method, runtime.TypeName(aw))
	}
	return fr.delegate(it)
}
