package runtime

import "fmt"

// BaseExceptionGroup and ExceptionGroup: an exception carrying a message
// and a non-empty sequence of exceptions. Their args are (message,
// exceptions); the message and exceptions attributes derive from them.

func init() {
	g := BaseExceptionGroupType
	g.New = newExceptionGroup
	g.AddGetSet("message", func(obj Value) (Value, error) { return obj.(*Exception).Args[0], nil }, nil)
	g.AddGetSet("exceptions", func(obj Value) (Value, error) { return Tuple(groupMembers(obj.(*Exception))), nil }, nil)
	g.AddMethod("derive", func(self Value, args []Value, kwnames []string) (Value, error) {
		if err := NoKwargs("BaseExceptionGroup.derive", kwnames); err != nil {
			return nil, err
		}
		if err := tupleArgCount("", args, 1, 1); err != nil {
			return nil, err
		}
		return Call(BaseExceptionGroupType, []Value{self.(*Exception).Args[0], args[0]}, nil)
	})
	g.addPositional("subgroup", 1, 1, func(self Value, args []Value) (Value, error) {
		match, _, err := splitGroup(self.(*Exception), args[0], false)
		return exceptionOrNone(match), err
	})
	g.addPositional("split", 1, 1, func(self Value, args []Value) (Value, error) {
		match, rest, err := splitGroup(self.(*Exception), args[0], true)
		return Tuple{exceptionOrNone(match), exceptionOrNone(rest)}, err
	})
}

// newExceptionGroup is BaseExceptionGroup.__new__(cls, message,
// exceptions). BaseExceptionGroup itself makes an ExceptionGroup when all
// the exceptions are Exceptions.
func newExceptionGroup(t *Type, args []Value, kwnames []string) (Value, error) {
	if err := NoKwargs(t.Name, kwnames); err != nil {
		return nil, err
	}
	if err := tupleArgCount("BaseExceptionGroup.__new__", args, 2, 2); err != nil {
		return nil, err
	}
	if _, ok := args[0].(Str); !ok {
		return nil, NewErrorf(TypeErrorType, "BaseExceptionGroup.__new__() argument 1 must be str, not %s", TypeName(args[0]))
	}
	excs, err := groupArgument(args[1])
	if err != nil {
		return nil, err
	}
	allExceptions := true
	for _, e := range excs {
		allExceptions = allExceptions && e.IsInstanceOf(ExceptionType)
	}
	switch {
	case t == BaseExceptionGroupType && allExceptions:
		t = ExceptionGroupType
	case t.IsSubtype(ExceptionType) && !allExceptions:
		return nil, NewError(TypeErrorType, "Cannot nest BaseExceptions in an ExceptionGroup")
	}
	return &Exception{Class: t, Args: Tuple{args[0], args[1]}}, nil
}

// groupArgument checks the exceptions argument of an exception group: a
// non-empty list or tuple of exception instances.
func groupArgument(v Value) ([]*Exception, error) {
	var items []Value
	switch x := v.(type) {
	case *List:
		items = x.Elems
	case Tuple:
		items = x
	default:
		return nil, NewError(TypeErrorType, "second argument (exceptions) must be a sequence")
	}
	if len(items) == 0 {
		return nil, NewError(ValueErrorType, "second argument (exceptions) must be a non-empty sequence")
	}
	excs := make([]*Exception, len(items))
	for i, item := range items {
		e, ok := item.(*Exception)
		if !ok {
			return nil, NewErrorf(ValueErrorType, "Item %d of second argument (exceptions) is not an exception", i)
		}
		excs[i] = e
	}
	return excs, nil
}

// groupMembers returns the exceptions of group g.
func groupMembers(g *Exception) []Value {
	items, _ := ToSlice(g.Args[1])
	return append([]Value(nil), items...)
}

// groupStr is str() of an exception group: "msg (2 sub-exceptions)".
func groupStr(g *Exception) (string, error) {
	msg, err := ToStr(g.Args[0])
	if n := len(groupMembers(g)); n != 1 {
		return fmt.Sprintf("%s (%d sub-exceptions)", msg, n), err
	}
	return msg + " (1 sub-exception)", err
}

// splitGroup is split() (withRest) and subgroup(): the parts of g whose
// leaves match condition — an exception type, a tuple of them, or a
// predicate — and, with withRest, the parts that do not. nil means none.
func splitGroup(g *Exception, condition Value, withRest bool) (match, rest *Exception, err error) {
	matches, err := exceptionMatcher(condition)
	if err != nil {
		return nil, nil, err
	}
	return splitRecursive(g, matches, withRest)
}

// exceptionMatcher turns the condition of split() and subgroup() into a
// test.
func exceptionMatcher(condition Value) (func(*Exception) (bool, error), error) {
	if types, ok := exceptionTypeTuple(condition); ok {
		return func(e *Exception) (bool, error) {
			for _, t := range types {
				if e.IsInstanceOf(t) {
					return true, nil
				}
			}
			return false, nil
		}, nil
	}
	if _, isType := condition.(*Type); !isType && IsCallable(condition) {
		return func(e *Exception) (bool, error) {
			r, err := Call(condition, []Value{e}, nil)
			if err != nil {
				return false, err
			}
			return Truth(r)
		}, nil
	}
	return nil, NewError(TypeErrorType, "expected a function, exception type or tuple of exception types")
}

// exceptionTypeTuple returns the exception classes of v, an exception
// class or a tuple of them.
func exceptionTypeTuple(v Value) ([]*Type, bool) {
	items, isTuple := v.(Tuple)
	if !isTuple {
		items = Tuple{v}
	}
	types := make([]*Type, len(items))
	for i, item := range items {
		if !IsExceptionClass(item) {
			return nil, false
		}
		types[i] = item.(*Type)
	}
	return types, true
}

// splitRecursive splits e: a whole match, a leaf that does not match, or a
// group whose members are split in turn and regrouped with derive().
func splitRecursive(e *Exception, matches func(*Exception) (bool, error), withRest bool) (match, rest *Exception, err error) {
	ok, err := matches(e)
	switch {
	case err != nil:
		return nil, nil, err
	case ok:
		return e, nil, nil
	case !e.IsInstanceOf(BaseExceptionGroupType):
		if withRest {
			return nil, e, nil
		}
		return nil, nil, nil
	}
	var matched, others []Value
	for _, m := range groupMembers(e) {
		mm, mr, err := splitRecursive(m.(*Exception), matches, withRest)
		if err != nil {
			return nil, nil, err
		}
		if mm != nil {
			matched = append(matched, mm)
		}
		if mr != nil {
			others = append(others, mr)
		}
	}
	if match, err = subGroup(e, matched); err != nil || !withRest {
		return match, nil, err
	}
	rest, err = subGroup(e, others)
	return match, rest, err
}

// subGroup makes the group of excs derived from g, with g's traceback,
// cause, context and notes; nil when excs is empty.
func subGroup(g *Exception, excs []Value) (*Exception, error) {
	if len(excs) == 0 {
		return nil, nil
	}
	derive, err := GetAttr(g, "derive")
	if err != nil {
		return nil, err
	}
	v, err := Call(derive, []Value{NewList(excs)}, nil)
	if err != nil {
		return nil, err
	}
	sub, ok := v.(*Exception)
	if !ok || !sub.IsInstanceOf(BaseExceptionGroupType) {
		return nil, NewError(TypeErrorType, "derive must return an instance of BaseExceptionGroup")
	}
	// Like CPython (PyException_SetCause), this suppresses the context.
	sub.Traceback, sub.Cause, sub.Context, sub.SuppressContext = g.Traceback, g.Cause, g.Context, true
	if notes, ok, _ := GetAttrOpt(g, "__notes__"); ok {
		items, err := ToSlice(notes)
		if err != nil {
			return nil, err
		}
		sub.AttrDict(true).SetStr("__notes__", NewList(append([]Value(nil), items...)))
	}
	return sub, nil
}

// NewExceptionGroup makes the group CPython builds for except*: an
// ExceptionGroup, or a BaseExceptionGroup when a member is not an
// Exception, with message msg and excs (a tuple or list) as its args.
func NewExceptionGroup(msg string, excs Value) (*Exception, error) {
	v, err := newExceptionGroup(BaseExceptionGroupType, []Value{Str(msg), excs}, nil)
	if err != nil {
		return nil, err
	}
	return v.(*Exception), nil
}

// SplitGroup is g.split(condition): the parts that match and the rest
// (nil when empty).
func SplitGroup(g *Exception, condition Value) (match, rest *Exception, err error) {
	return splitGroup(g, condition, true)
}

// GroupLeaves adds the leaf exceptions of e (e itself unless it is a
// group) to set.
func GroupLeaves(e *Exception, set map[*Exception]bool) {
	if !e.IsInstanceOf(BaseExceptionGroupType) {
		set[e] = true
		return
	}
	for _, m := range groupMembers(e) {
		if me, ok := m.(*Exception); ok {
			GroupLeaves(me, set)
		}
	}
}

// ProjectGroup returns the part of g made of the leaves in keep, with g's
// structure (CPython's exception_group_projection), or nil.
func ProjectGroup(g *Exception, keep map[*Exception]bool) (*Exception, error) {
	match, _, err := splitRecursive(g, func(e *Exception) (bool, error) { return keep[e], nil }, false)
	return match, err
}
