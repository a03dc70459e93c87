package runtime

// OSError(errno, strerror[, filename]): its attributes, its str, and the
// subclass CPython picks from the errno.

// osErrorSubclasses maps errno values (Linux) to OSError's subclasses.
var osErrorSubclasses = map[int64]*Type{
	1: PermissionErrorType, 2: FileNotFoundErrorType, 3: ProcessLookupErrorType,
	4: InterruptedErrorType, 10: ChildProcessErrorType, 11: BlockingIOErrorType,
	13: PermissionErrorType, 17: FileExistsErrorType, 20: NotADirectoryErrorType,
	21: IsADirectoryErrorType, 32: BrokenPipeErrorType, 103: ConnectionAbortedErrorType,
	104: ConnectionResetErrorType, 110: TimeoutErrorType, 111: ConnectionRefusedErrorType,
	114: BlockingIOErrorType, 115: BlockingIOErrorType,
}

// osErrorAttr returns errno, strerror or filename: the first two are the
// args of the errno form (exactly two args); the filename is kept aside,
// as CPython keeps it out of args.
func osErrorAttr(e *Exception, name string) Value {
	switch {
	case name == "filename":
		if e.Dict != nil {
			if v, ok := e.Dict.GetStr("filename"); ok {
				return v
			}
		}
	case len(e.Args) == 2 && name == "errno":
		return e.Args[0]
	case len(e.Args) == 2 && name == "strerror":
		return e.Args[1]
	}
	return None
}

// osErrorStr is str() of OSError(errno, strerror[, filename]):
// "[Errno 2] No such file or directory: 'x.txt'".
func osErrorStr(e *Exception) (string, error) {
	errno, err := ToStr(e.Args[0])
	if err != nil {
		return "", err
	}
	msg, err := ToStr(e.Args[1])
	if err != nil {
		return "", err
	}
	s := "[Errno " + errno + "] " + msg
	if f := osErrorAttr(e, "filename"); f != None {
		name, err := Repr(f)
		if err != nil {
			return "", err
		}
		s += ": " + name
	}
	return s, nil
}

func init() {
	OSErrorType.New = func(t *Type, args []Value, kwnames []string) (Value, error) {
		if t == OSErrorType && len(args)-len(kwnames) >= 2 {
			if n, ok := args[0].(Int); ok {
				if sub, ok := osErrorSubclasses[int64(n)]; ok {
					t = sub
				}
			}
		}
		pos := args[:len(args)-len(kwnames)]
		e := &Exception{Class: t, Args: Tuple(append([]Value(nil), pos...))}
		if len(pos) >= 3 && len(pos) <= 5 {
			e.Args = e.Args[:2]
			e.AttrDict(true).SetStr("filename", pos[2])
		}
		return e, nil
	}
	// The arguments were taken apart by __new__; BaseException.__init__
	// would reset args to all of them.
	OSErrorType.AddMethod("__init__", func(self Value, args []Value, kwnames []string) (Value, error) {
		return None, nil
	})
	for _, name := range []string{"errno", "strerror", "filename"} {
		name := name
		OSErrorType.AddGetSet(name, func(v Value) (Value, error) { return osErrorAttr(v.(*Exception), name), nil }, nil)
	}
}
