package runtime

import "pyasync/runtime/strfmt"

// Format returns format(v, spec): the builtin types format through the
// format-spec mini-language, other objects through their class's
// __format__, or object.__format__, which accepts only an empty spec.
func Format(v Value, spec string) (string, error) {
	switch x := v.(type) {
	case Str:
		return fromStrfmt(strfmt.FormatStr(string(x), spec, "str"))
	case Int:
		return fromStrfmt(strfmt.FormatInt64(int64(x), spec, "int"))
	case *BigInt:
		return fromStrfmt(strfmt.FormatInt(x.v, spec, "int"))
	case Bool:
		if spec == "" {
			return ToStr(x)
		}
		n, _ := smallInt(x)
		return fromStrfmt(strfmt.FormatInt64(n, spec, "bool"))
	case Float:
		return fromStrfmt(strfmt.FormatFloat(float64(x), spec, "float"))
	}
	if t := v.Type(); t.user {
		if m := t.Lookup("__format__"); m != nil && m != Value(objectFormat) {
			return userFormat(m, v, spec)
		}
	}
	return formatObject(v, spec)
}

// userFormat calls a class's own __format__ method.
func userFormat(m, v Value, spec string) (string, error) {
	r, err := CallMethod(m, v, []Value{Str(spec)}, nil)
	if err != nil {
		return "", err
	}
	s, ok := r.(Str)
	if !ok {
		return "", NewErrorf(TypeErrorType, "__format__ must return a str, not %s", TypeName(r))
	}
	return string(s), nil
}

// formatObject is object.__format__: str(v) for an empty spec.
func formatObject(v Value, spec string) (string, error) {
	if spec != "" {
		return "", NewErrorf(TypeErrorType, "unsupported format string passed to %s.__format__", TypeName(v))
	}
	return ToStr(v)
}

// objectFormat is object.__format__, which Format bypasses.
var objectFormat *Method

func init() {
	for _, t := range []*Type{ObjectType, IntType, FloatType, StrType} {
		t.addOneArg("__format__", func(self, spec Value) (Value, error) {
			s, ok := spec.(Str)
			if !ok {
				return nil, NewErrorf(TypeErrorType, "__format__() argument must be str, not %s", TypeName(spec))
			}
			r, err := Format(self, string(s))
			return Str(r), err
		})
	}
	objectFormat = ObjectType.Lookup("__format__").(*Method)
}

// fromStrfmt passes on a strfmt result, turning its error into the Python
// exception it describes.
func fromStrfmt(s string, err error) (string, error) {
	if err != nil {
		return "", strfmtError(err)
	}
	return s, nil
}

// strfmtError converts a *strfmt.Error to the Python exception it names.
func strfmtError(err error) error {
	e, ok := err.(*strfmt.Error)
	if !ok {
		return err
	}
	t := ValueErrorType
	switch e.Kind {
	case "OverflowError":
		t = OverflowErrorType
	case "MemoryError":
		t = MemoryErrorType
	}
	return NewError(t, e.Msg)
}
