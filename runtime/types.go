package runtime

// The builtin types. Their methods are registered by the files that
// implement each type.
var (
	ObjectType             = newBuiltinType("object", nil)
	TypeType               = newBuiltinType("type", ObjectType)
	NoneTypeType           = newFinalType("NoneType")
	NotImplementedTypeType = newFinalType("NotImplementedType")
	EllipsisTypeType       = newFinalType("ellipsis")
	IntType                = newBuiltinType("int", ObjectType)
	BoolType               = newBuiltinType("bool", IntType)
	FloatType              = newBuiltinType("float", ObjectType)
	StrType                = newBuiltinType("str", ObjectType)
	TupleType              = newBuiltinType("tuple", ObjectType)
	ListType               = newBuiltinType("list", ObjectType)
	DictType               = newBuiltinType("dict", ObjectType)
	SetType                = newBuiltinType("set", ObjectType)
	FrozenSetType          = newBuiltinType("frozenset", ObjectType)
	RangeType              = newFinalType("range")
	SliceType              = newFinalType("slice")
	CellType               = newFinalType("cell")
	TracebackType          = newFinalType("traceback")
	ModuleType             = newBuiltinType("module", ObjectType)
	FunctionType           = newFinalType("function")
	MethodType             = newFinalType("method")
	BuiltinFunctionType    = newFinalType("builtin_function_or_method")
	MethodDescriptorType   = newFinalType("method_descriptor")
	PropertyType           = newBuiltinType("property", ObjectType)
	StaticMethodType       = newBuiltinType("staticmethod", ObjectType)
	ClassMethodType        = newBuiltinType("classmethod", ObjectType)
	SuperType              = newBuiltinType("super", ObjectType)
	CoroutineType          = newFinalType("coroutine")
	GeneratorType          = newFinalType("generator")
	AsyncGeneratorType     = newFinalType("async_generator")
)

// NewFinalType makes a Go-implemented type that cannot be subclassed.
func NewFinalType(name string) *Type { return newFinalType(name) }

func newFinalType(name string) *Type {
	t := newBuiltinType(name, ObjectType)
	t.Final = true
	return t
}

func init() {
	BoolType.Final = true
	for _, t := range []*Type{ListType, DictType, SetType} {
		t.Dict.SetStr("__hash__", None) // unhashable, as CPython's
	}
}

// Instance is an object of a user-defined class (other than exceptions).
type Instance struct {
	Class *Type
	Dict  *Dict
}

// Type implements Value.
func (o *Instance) Type() *Type { return o.Class }

// Module is a module object: a named namespace.
type Module struct {
	Name string
	Dict *Dict
}

// Type implements Value.
func (*Module) Type() *Type { return ModuleType }

// NewModule returns an empty module with __name__ set.
func NewModule(name string) *Module {
	m := &Module{Name: name, Dict: NewDict()}
	m.Dict.SetStr("__name__", Str(name))
	return m
}
