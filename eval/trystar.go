package eval

import (
	"pyasync/ast"
	"pyasync/runtime"
)

// starState is the progress of the except* clauses of a try statement.
type starState struct {
	orig   *runtime.Exception // what the body raised
	rest   *runtime.Exception // the part no clause has matched yet
	raised []*runtime.Exception
}

// matchStar is CPython's CHECK_EG_MATCH: the part of exc that t matches
// (an exception group; a matched naked exception is wrapped in one) and
// the rest.
func matchStar(exc *runtime.Exception, t runtime.Value) (match, rest *runtime.Exception, err error) {
	if err := checkStarType(t); err != nil {
		return nil, nil, err
	}
	ok, err := exceptionMatches(exc, t)
	if err != nil {
		return nil, nil, err
	}
	if ok {
		if exc.IsInstanceOf(runtime.BaseExceptionGroupType) {
			return exc, nil, nil
		}
		g, err := runtime.NewExceptionGroup("", runtime.Tuple{exc})
		if err != nil {
			return nil, nil, err
		}
		g.Traceback = exc.Traceback
		return g, nil, nil
	}
	if exc.IsInstanceOf(runtime.BaseExceptionGroupType) {
		return runtime.SplitGroup(exc, t)
	}
	return nil, exc, nil
}

// checkStarType rejects exception group types in except*.
func checkStarType(t runtime.Value) error {
	types, ok := t.(runtime.Tuple)
	if !ok {
		types = runtime.Tuple{t}
	}
	for _, x := range types {
		if c, ok := x.(*runtime.Type); ok && c.IsSubtype(runtime.BaseExceptionGroupType) {
			return runtime.NewError(runtime.TypeErrorType, "catching ExceptionGroup with except* is not allowed. Use except instead.")
		}
	}
	return nil
}

// starHandlers runs the except* clauses from st.handler on: each matching
// clause takes its part of what is left. It returns what must be raised
// afterwards (nil when everything was handled).
func (fr *Frame) starHandlers(s *ast.Try, st *tryState) error {
	ss := st.star
	for ; st.handler < len(s.Handlers) && ss.rest != nil; st.handler++ {
		h := s.Handlers[st.handler]
		if st.exc == nil {
			fr.line = int32(h.Line)
			t, err := fr.eval(h.Type)
			if err != nil {
				return fr.fail(err)
			}
			match, rest, err := matchStar(ss.rest, t)
			if err != nil {
				return fr.fail(err)
			}
			if match == nil {
				continue
			}
			ss.rest = rest
			st.exc, st.prev = match, fr.handling
			fr.handling = match
			if h.Name != "" {
				if err := fr.store(h.NameBinding, h.Name, match); err != nil {
					return err
				}
			}
		}
		_, err := fr.execBlock(h.Body)
		if err == errSuspend {
			return err
		}
		fr.handling = st.prev
		if h.Name != "" {
			fr.unbind(h.NameBinding, h.Name)
		}
		st.exc = nil
		if e, ok := err.(*runtime.Exception); ok {
			ss.raised = append(ss.raised, e)
		} else if err != nil {
			return err
		}
	}
	return ss.reraise()
}

// reraise is CPython's _PyExc_PrepReraiseStar: the exception that leaves
// a try statement with except* clauses, combining what the clauses raised
// with what they re-raised or did not match.
func (ss *starState) reraise() error {
	excs := ss.raised
	if ss.rest != nil {
		excs = append(excs, ss.rest)
	}
	if len(excs) == 0 {
		return nil
	}
	if !ss.orig.IsInstanceOf(runtime.BaseExceptionGroupType) {
		return excs[0]
	}
	var raised []runtime.Value
	keep := map[*runtime.Exception]bool{}
	for _, e := range excs {
		if sameMetadata(e, ss.orig) {
			runtime.GroupLeaves(e, keep)
		} else {
			raised = append(raised, e)
		}
	}
	reraised, err := runtime.ProjectGroup(ss.orig, keep)
	if err != nil {
		return err
	}
	if reraised != nil {
		if len(raised) == 0 {
			return reraised
		}
		raised = append(raised, reraised)
	}
	if len(raised) == 1 {
		return raised[0].(*runtime.Exception)
	}
	g, err := runtime.NewExceptionGroup("", runtime.NewList(raised))
	if err != nil {
		return err
	}
	return g
}

// sameMetadata reports whether e was derived from orig by split() (or is
// orig): it shares orig's traceback, cause and context.
func sameMetadata(e, orig *runtime.Exception) bool {
	return e.Traceback == orig.Traceback && e.Cause == orig.Cause && e.Context == orig.Context
}
