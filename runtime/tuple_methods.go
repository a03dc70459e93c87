package runtime

// The tuple constructor and methods.

func init() {
	TupleType.New = func(_ *Type, args []Value, kwnames []string) (Value, error) {
		arg, err := optionalArg("tuple", args, kwnames)
		if err != nil || arg == nil {
			return Tuple{}, err
		}
		if t, ok := arg.(Tuple); ok {
			return t, nil
		}
		items, err := ToSlice(arg)
		return Tuple(append([]Value{}, items...)), err
	}
	TupleType.addNoArgs("__len__", lenMethod)
	TupleType.addPositional("index", 1, 3, func(self Value, args []Value) (Value, error) {
		return seqFind(self.(Tuple), args, "tuple")
	})
	TupleType.addOneArg("count", func(self, x Value) (Value, error) { return seqCount(self.(Tuple), x) })
}
