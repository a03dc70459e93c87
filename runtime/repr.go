package runtime

import (
	"fmt"
	"strings"

	"pyasync/runtime/strfmt"
)

// Reprer is implemented by Go values with their own repr.
type Reprer interface {
	Repr() (string, error)
}

// reprActive holds the containers whose repr is being computed, so that a
// self-containing list prints as [...]. The interpreter is single-threaded.
var reprActive = map[Value]bool{}

// Repr returns repr(v).
func Repr(v Value) (string, error) {
	if subclassHook(v, "__repr__") != nil {
		return userRepr(v)
	}
	return builtinRepr(v)
}

// builtinRepr is repr(v) without a list or dict subclass's own __repr__:
// what list.__repr__(v) returns.
func builtinRepr(v Value) (string, error) {
	switch x := v.(type) {
	case NoneType:
		return "None", nil
	case Bool:
		if x {
			return "True", nil
		}
		return "False", nil
	case Int:
		return fmt.Sprint(int64(x)), nil
	case *BigInt:
		return bigToString(x)
	case Float:
		return strfmt.FloatRepr(float64(x)), nil
	case Str:
		return strfmt.StrRepr(string(x)), nil
	case EllipsisType:
		return "Ellipsis", nil
	case NotImplementedType:
		return "NotImplemented", nil
	case Tuple:
		if len(x) == 1 {
			s, err := Repr(x[0])
			return "(" + s + ",)", err
		}
		return reprSeq("(", ")", x)
	case *List:
		return reprContainer(x, "[", "]", x.Elems)
	case *Dict:
		return reprDict(x)
	case *Set:
		return x.repr()
	case *Type:
		if m := userMethod(x.Type(), "__repr__"); m != nil {
			return userReprWith(m, x)
		}
		if x.Module == "builtins" {
			return "<class '" + x.QualName + "'>", nil
		}
		return "<class '" + x.Module + "." + x.QualName + "'>", nil
	case *Exception:
		if !x.Class.user || x.Class.Lookup("__repr__") == nil {
			return exceptionRepr(x)
		}
	case *Module:
		return fmt.Sprintf("<module '%s' (built-in)>", x.Name), nil
	case *BuiltinFunction:
		if x.Self != nil {
			return fmt.Sprintf("<built-in method %s of %s object at %#x>", x.Name, TypeName(x.Self), Id(x.Self)), nil
		}
		return "<built-in function " + x.Name + ">", nil
	case *Method:
		return fmt.Sprintf("<method '%s' of '%s' objects>", x.Name, x.Owner.Name), nil
	case *BoundMethod:
		self, err := Repr(x.Self)
		if err != nil {
			return "", err
		}
		name, _, _ := GetAttrOpt(x.Func, "__qualname__")
		n, _ := name.(Str)
		return fmt.Sprintf("<bound method %s of %s>", n, self), nil
	}
	if v.Type().user && v.Type().Lookup("__repr__") != nil {
		return userRepr(v)
	}
	if r, ok := v.(Reprer); ok {
		return r.Repr()
	}
	t := v.Type()
	return fmt.Sprintf("<%s object at %#x>", qualifiedName(t), Id(v)), nil
}

// userRepr calls the __repr__ of v's class (a class statement's).
func userRepr(v Value) (string, error) {
	return userReprWith(v.Type().Lookup("__repr__"), v)
}

// userReprWith calls the __repr__ method m for v.
func userReprWith(m, v Value) (string, error) {
	r, err := CallMethod(m, v, nil, nil)
	if err != nil {
		return "", err
	}
	s, ok := r.(Str)
	if !ok {
		return "", NewErrorf(TypeErrorType, "__repr__ returned non-string (type %s)", TypeName(r))
	}
	return string(s), nil
}

// qualifiedName is the class name as default reprs show it:
// "__main__.Foo" for user classes, "int" for builtins.
func qualifiedName(t *Type) string {
	if t.Module == "builtins" {
		return t.QualName
	}
	return t.Module + "." + t.QualName
}

func reprSeq(open, close string, elems []Value) (string, error) {
	var b strings.Builder
	b.WriteString(open)
	for i, e := range elems {
		if i > 0 {
			b.WriteString(", ")
		}
		s, err := Repr(e)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	b.WriteString(close)
	return b.String(), nil
}

func reprContainer(c Value, open, close string, elems []Value) (string, error) {
	if reprActive[c] {
		return open + "..." + close, nil
	}
	reprActive[c] = true
	defer delete(reprActive, c)
	return reprSeq(open, close, elems)
}

func reprDict(d *Dict) (string, error) {
	if reprActive[d] {
		return "{...}", nil
	}
	reprActive[d] = true
	defer delete(reprActive, d)
	var b strings.Builder
	b.WriteByte('{')
	for i, it := range d.Items() {
		if i > 0 {
			b.WriteString(", ")
		}
		k, err := Repr(it[0])
		if err != nil {
			return "", err
		}
		v, err := Repr(it[1])
		if err != nil {
			return "", err
		}
		b.WriteString(k)
		b.WriteString(": ")
		b.WriteString(v)
	}
	b.WriteByte('}')
	return b.String(), nil
}

func exceptionRepr(e *Exception) (string, error) {
	if len(e.Args) == 1 {
		s, err := Repr(e.Args[0])
		return e.Class.Name + "(" + s + ")", err
	}
	return reprSeq(e.Class.Name+"(", ")", e.Args)
}

// bigToString formats a big int, with CPython 3.11's digit limit.
func bigToString(b *BigInt) (string, error) {
	s := b.v.String()
	digits := len(s)
	if s[0] == '-' {
		digits--
	}
	if digits > 4300 {
		return "", NewError(ValueErrorType, "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
	}
	return s, nil
}

// ToStr returns str(v).
func ToStr(v Value) (string, error) {
	switch x := v.(type) {
	case Str:
		return string(x), nil
	case *Exception:
		if !x.Class.user || x.Class.Lookup("__str__") == nil {
			return exceptionStr(x)
		}
	}
	t := v.Type()
	if t.user {
		if m := t.Lookup("__str__"); m != nil {
			r, err := CallMethod(m, v, nil, nil)
			if err != nil {
				return "", err
			}
			s, ok := r.(Str)
			if !ok {
				return "", NewErrorf(TypeErrorType, "__str__ returned non-string (type %s)", TypeName(r))
			}
			return string(s), nil
		}
	}
	return Repr(v)
}

func exceptionStr(e *Exception) (string, error) {
	if e.IsInstanceOf(BaseExceptionGroupType) && len(e.Args) == 2 {
		return groupStr(e)
	}
	if e.IsInstanceOf(OSErrorType) && len(e.Args) == 2 {
		return osErrorStr(e)
	}
	switch len(e.Args) {
	case 0:
		return "", nil
	case 1:
		if e.IsInstanceOf(KeyErrorType) {
			return Repr(e.Args[0])
		}
		return ToStr(e.Args[0])
	}
	return Repr(e.Args)
}
