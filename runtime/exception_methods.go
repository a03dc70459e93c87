package runtime

// The methods and attributes of BaseException and of the builtin
// exceptions that add their own.

func init() {
	b := BaseExceptionType
	b.AddMethod("__init__", func(self Value, args []Value, kwnames []string) (Value, error) {
		if err := NoKwargs(TypeName(self), kwnames); err != nil {
			return nil, err
		}
		self.(*Exception).Args = append(Tuple{}, args...)
		return None, nil
	})
	b.addNoArgs("__str__", func(self Value) (Value, error) {
		s, err := exceptionStr(self.(*Exception))
		return Str(s), err
	})
	b.addNoArgs("__repr__", func(self Value) (Value, error) {
		s, err := exceptionRepr(self.(*Exception))
		return Str(s), err
	})
	b.addOneArg("with_traceback", func(self, tb Value) (Value, error) {
		return self, setTraceback(self.(*Exception), tb)
	})
	b.addOneArg("add_note", addNote)
	initExceptionAttrs(b)
	initExceptionFields()
}

// initExceptionAttrs registers the data descriptors every exception has.
func initExceptionAttrs(b *Type) {
	b.AddGetSet("args", func(obj Value) (Value, error) { return obj.(*Exception).Args, nil },
		func(obj, v Value) error {
			if v == nil {
				return NewError(TypeErrorType, "args may not be deleted")
			}
			items, err := ToSlice(v)
			obj.(*Exception).Args = append(Tuple{}, items...)
			return err
		})
	b.AddGetSet("__traceback__", func(obj Value) (Value, error) {
		if tb := obj.(*Exception).Traceback; tb != nil {
			return tb, nil
		}
		return None, nil
	}, func(obj, v Value) error {
		if v == nil {
			return NewError(TypeErrorType, "__traceback__ may not be deleted")
		}
		return setTraceback(obj.(*Exception), v)
	})
	b.AddGetSet("__cause__", func(obj Value) (Value, error) { return exceptionOrNone(obj.(*Exception).Cause), nil },
		func(obj, v Value) error {
			e := obj.(*Exception)
			cause, err := chainedException("__cause__", "cause", v)
			if err == nil {
				e.Cause, e.SuppressContext = cause, true
			}
			return err
		})
	b.AddGetSet("__context__", func(obj Value) (Value, error) { return exceptionOrNone(obj.(*Exception).Context), nil },
		func(obj, v Value) error {
			ctx, err := chainedException("__context__", "context", v)
			if err == nil {
				obj.(*Exception).Context = ctx
			}
			return err
		})
	b.AddGetSet("__suppress_context__", func(obj Value) (Value, error) { return Bool(obj.(*Exception).SuppressContext), nil },
		func(obj, v Value) error {
			flag, ok := v.(Bool)
			switch {
			case v == nil:
				return NewError(TypeErrorType, "can't delete numeric/char attribute")
			case !ok:
				return NewError(TypeErrorType, "attribute value type must be bool")
			}
			obj.(*Exception).SuppressContext = bool(flag)
			return nil
		})
}

func exceptionOrNone(e *Exception) Value {
	if e == nil {
		return None
	}
	return e
}

// chainedException checks a value assigned to __cause__ or __context__:
// None (nil) or an exception.
func chainedException(attr, what string, v Value) (*Exception, error) {
	switch x := v.(type) {
	case nil:
		return nil, NewErrorf(TypeErrorType, "%s may not be deleted", attr)
	case NoneType:
		return nil, nil
	case *Exception:
		return x, nil
	}
	return nil, NewErrorf(TypeErrorType, "exception %s must be None or derive from BaseException", what)
}

// setTraceback is with_traceback(tb) and `e.__traceback__ = tb`.
func setTraceback(e *Exception, tb Value) error {
	switch x := tb.(type) {
	case NoneType:
		e.Traceback = nil
	case *Traceback:
		e.Traceback = x
	default:
		return NewError(TypeErrorType, "__traceback__ must be a traceback or None")
	}
	return nil
}

// addNote is BaseException.add_note(note): it appends to the __notes__
// list, creating it.
func addNote(self, note Value) (Value, error) {
	if _, ok := note.(Str); !ok {
		return nil, NewErrorf(TypeErrorType, "note must be a str, not '%s'", TypeName(note))
	}
	d := self.(*Exception).AttrDict(true)
	notes, ok := d.GetStr("__notes__")
	if !ok {
		notes = NewList(nil)
		d.SetStr("__notes__", notes)
	}
	list, ok := notes.(*List)
	if !ok {
		return nil, NewError(TypeErrorType, "Cannot add note: __notes__ is not a list")
	}
	list.Elems = append(list.Elems, note)
	return None, nil
}

// initExceptionFields registers the attributes particular exceptions add
// (StopIteration.value, SystemExit.code, NameError.name, ...) and the
// keyword arguments their constructors accept.
func initExceptionFields() {
	firstArg := func(e *Exception) Value {
		if len(e.Args) > 0 {
			return e.Args[0]
		}
		return None
	}
	none := func(*Exception) Value { return None }
	addExceptionField(StopIterationType, "value", firstArg)
	addExceptionField(SystemExitType, "code", func(e *Exception) Value {
		if len(e.Args) > 1 {
			return e.Args
		}
		return firstArg(e)
	})
	addExceptionField(ImportErrorType, "msg", func(e *Exception) Value {
		if len(e.Args) == 1 {
			return e.Args[0]
		}
		return None
	})
	for t, fields := range map[*Type][]string{
		NameErrorType:      {"name"},
		AttributeErrorType: {"name", "obj"},
		ImportErrorType:    {"name", "path"},
	} {
		for _, f := range fields {
			addExceptionField(t, f, none)
		}
		t.AddMethod("__init__", keywordFieldsInit(t.Name, fields))
	}
}

// addExceptionField registers an attribute of exceptions of type t kept
// in their __dict__; def computes it until it is assigned.
func addExceptionField(t *Type, name string, def func(*Exception) Value) {
	t.AddGetSet(name, func(obj Value) (Value, error) {
		e := obj.(*Exception)
		if e.Dict != nil {
			if v, ok := e.Dict.GetStr(name); ok {
				return v, nil
			}
		}
		return def(e), nil
	}, func(obj, v Value) error {
		d := obj.(*Exception).AttrDict(true)
		if v == nil {
			_, _, err := d.Delete(Str(name))
			return err
		}
		d.SetStr(name, v)
		return nil
	})
}

// keywordFieldsInit returns the __init__ of an exception whose constructor
// accepts the fields as keyword arguments (NameError(msg, name=...)).
func keywordFieldsInit(typeName string, fields []string) func(Value, []Value, []string) (Value, error) {
	return func(self Value, args []Value, kwnames []string) (Value, error) {
		npos := len(args) - len(kwnames)
		values, err := Args(typeName, args[npos:], kwnames, 0, fields...)
		if err != nil {
			return nil, err
		}
		e := self.(*Exception)
		e.Args = append(Tuple{}, args[:npos]...)
		for i, f := range fields {
			if values[i] != nil {
				e.AttrDict(true).SetStr(f, values[i])
			}
		}
		return None, nil
	}
}
