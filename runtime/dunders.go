package runtime

// The operator special methods of the builtin types, and their __repr__,
// for code that calls them by name: (10).__add__(3), super().__add__(other)
// in a list subclass, int.__lt__(a, b), list.__repr__(self). They compute what the operators compute and
// return NotImplemented for operands they do not handle.

func init() {
	arith := []*Type{IntType, BoolType, FloatType}
	for op := range binaryOps {
		op := BinaryOp(op)
		types := arith
		switch op {
		case OpAdd, OpMul:
			types = append(types, StrType, ListType, TupleType)
		case OpMod:
			types = append(types, StrType)
		case OpOr:
			types = append(types, DictType, SetType, FrozenSetType)
		case OpAnd, OpSub, OpXor:
			types = append(types, SetType, FrozenSetType)
		}
		for _, t := range types {
			t.addOneArg(binaryOps[op].dunder, func(self, other Value) (Value, error) {
				return binaryMethod(op, self, other)
			})
			t.addOneArg(binaryOps[op].rdunder, func(self, other Value) (Value, error) {
				return binaryMethod(op, other, self)
			})
		}
	}
	for op := range compareOps {
		op := CompareOp(op)
		if op == CmpEq || op == CmpNe {
			continue // object's __eq__/__ne__ serve, through Compare
		}
		for _, t := range []*Type{IntType, BoolType, FloatType, StrType, ListType, TupleType, SetType, FrozenSetType} {
			t.addOneArg(compareOps[op].dunder, func(self, other Value) (Value, error) {
				r, ok, err := builtinCompareCore(op, self, other)
				if err != nil || !ok {
					return NotImplemented, err
				}
				return Bool(r), nil
			})
		}
	}
	for _, t := range []*Type{IntType, BoolType, FloatType} {
		t.addNoArgs("__neg__", Neg)
		t.addNoArgs("__pos__", Pos)
		t.addNoArgs("__bool__", func(self Value) (Value, error) {
			b, err := Truth(self)
			return Bool(b), err
		})
	}
	IntType.addNoArgs("__invert__", Invert)
	for _, t := range []*Type{NoneTypeType, IntType, BoolType, FloatType, StrType, TupleType, ListType, DictType, SetType, FrozenSetType} {
		t.addNoArgs("__repr__", func(self Value) (Value, error) {
			if b, ok := self.(Bool); ok && t != BoolType {
				n, _ := smallInt(b) // int.__repr__(True) is '1'
				self = Int(n)
			}
			s, err := builtinRepr(self)
			return Str(s), err
		})
	}
}

// binaryMethod is one builtin operator method: the operator's result, or
// NotImplemented.
func binaryMethod(op BinaryOp, a, b Value) (Value, error) {
	r, err := builtinBinaryCore(op, a, b)
	if r == nil && err == nil {
		return NotImplemented, nil
	}
	if e, ok := err.(*Exception); ok && e.IsInstanceOf(TypeErrorType) && !isNumber(a) {
		// "can only concatenate" and friends belong to the operator,
		// not to the method, which reports NotImplemented.
		return NotImplemented, nil
	}
	return r, err
}
