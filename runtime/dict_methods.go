package runtime

// The dict constructor and methods, and the dict views.

func init() {
	DictType.New = newDict
	d := DictType
	d.addNoArgs("__len__", lenMethod)
	d.addOneArg("__contains__", func(self, key Value) (Value, error) {
		_, ok, err := self.(*Dict).Get(key)
		return Bool(ok), err
	})
	d.addOneArg("__getitem__", builtinGetItem)
	d.addNoArgs("__reversed__", func(self Value) (Value, error) { return newDictReverseIterator(self.(*Dict), dictKeys), nil })
	d.addNoArgs("keys", func(self Value) (Value, error) { return &DictView{d: self.(*Dict), kind: dictKeys}, nil })
	d.addNoArgs("values", func(self Value) (Value, error) { return &DictView{d: self.(*Dict), kind: dictValues}, nil })
	d.addNoArgs("items", func(self Value) (Value, error) { return &DictView{d: self.(*Dict), kind: dictItems}, nil })
	d.addPositional("get", 1, 2, func(self Value, args []Value) (Value, error) {
		v, ok, err := self.(*Dict).Get(args[0])
		if ok || err != nil {
			return v, err
		}
		return orNone(argAt(args, 1)), nil
	})
	d.addPositional("pop", 1, 2, dictPop)
	d.addNoArgs("popitem", dictPopItem)
	d.addPositional("setdefault", 1, 2, func(self Value, args []Value) (Value, error) {
		dict := self.(*Dict)
		v, ok, err := dict.Get(args[0])
		if ok || err != nil {
			return v, err
		}
		v = orNone(argAt(args, 1))
		return v, dict.Set(args[0], v)
	})
	d.AddMethod("update", func(self Value, args []Value, kwnames []string) (Value, error) {
		return None, dictUpdateArgs("update", self.(*Dict), args, kwnames)
	})
	d.addNoArgs("clear", func(self Value) (Value, error) {
		self.(*Dict).Clear()
		return None, nil
	})
	d.addNoArgs("copy", func(self Value) (Value, error) { return self.(*Dict).Copy(), nil })
	d.Dict.SetStr("fromkeys", &ClassMethod{Func: NewBuiltin("fromkeys", dictFromKeys)})
	initDictViews()
}

// newDict is dict(mapping_or_iterable=(), **kwargs).
func newDict(t *Type, args []Value, kwnames []string) (Value, error) {
	if sub := subclassOf(t, DictType); sub != nil {
		return &Dict{sub: sub}, nil // filled by dict.__init__
	}
	d := NewDict()
	return d, dictUpdateArgs("dict", d, args, kwnames)
}

func init() {
	DictType.AddMethod("__init__", func(self Value, args []Value, kwnames []string) (Value, error) {
		return None, dictUpdateArgs("dict", self.(*Dict), args, kwnames)
	})
}

// dictUpdateArgs merges the arguments of dict() or dict.update(): an
// optional mapping or iterable of pairs, then keyword arguments.
func dictUpdateArgs(fname string, d *Dict, args []Value, kwnames []string) error {
	npos := len(args) - len(kwnames)
	if err := CheckPositional(fname, args[:npos], 0, 1); err != nil {
		return err
	}
	if npos == 1 {
		if err := dictUpdate(d, args[0]); err != nil {
			return err
		}
	}
	for i, k := range kwnames {
		d.SetStr(k, args[npos+i])
	}
	return nil
}

func dictPop(self Value, args []Value) (Value, error) {
	v, found, err := self.(*Dict).Delete(args[0])
	switch {
	case err != nil || found:
		return v, err
	case len(args) > 1:
		return args[1], nil
	}
	return nil, NewException(KeyErrorType, args[0])
}

// dictPopItem removes and returns the last inserted item.
func dictPopItem(self Value) (Value, error) {
	d := self.(*Dict)
	for i := len(d.entries) - 1; i >= 0; i-- {
		if e := d.entries[i]; e.key != nil {
			_, _, err := d.Delete(e.key)
			return Tuple{e.key, e.value}, err
		}
	}
	return nil, NewException(KeyErrorType, Str("popitem(): dictionary is empty"))
}

// dictFromKeys is the class method dict.fromkeys(iterable, value=None).
func dictFromKeys(args []Value, kwnames []string) (Value, error) {
	if err := NoKwargs("dict.fromkeys", kwnames); err != nil {
		return nil, err
	}
	args = args[1:] // the class
	if err := CheckPositional("fromkeys", args, 1, 2); err != nil {
		return nil, err
	}
	keys, err := ToSlice(args[0])
	if err != nil {
		return nil, err
	}
	value := orNone(argAt(args, 1))
	d := NewDict()
	for _, k := range keys {
		if err := d.Set(k, value); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// DictView is a live view of a dict: dict_keys, dict_values or dict_items.
type DictView struct {
	d    *Dict
	kind dictIterKind
}

var (
	dictKeysType   = newFinalType("dict_keys")
	dictValuesType = newFinalType("dict_values")
	dictItemsType  = newFinalType("dict_items")

	dictReverseKeyIteratorType   = NewIteratorType("dict_reversekeyiterator")
	dictReverseValueIteratorType = NewIteratorType("dict_reversevalueiterator")
	dictReverseItemIteratorType  = NewIteratorType("dict_reverseitemiterator")
)

// Type implements Value.
func (v *DictView) Type() *Type {
	return [...]*Type{dictKeys: dictKeysType, dictValues: dictValuesType, dictItems: dictItemsType}[v.kind]
}

// Len returns the number of items of the dict.
func (v *DictView) Len() int { return v.d.Len() }

// Iter returns an iterator over the view.
func (v *DictView) Iter() Iterator { return newDictIterator(v.d, v.kind) }

// items lists what the view holds.
func (v *DictView) items() []Value {
	switch v.kind {
	case dictKeys:
		return v.d.Keys()
	case dictValues:
		return v.d.Values()
	}
	items := v.d.Items()
	out := make([]Value, len(items))
	for i, it := range items {
		out[i] = it
	}
	return out
}

// Repr implements Reprer: "dict_keys(['a', 'b'])".
func (v *DictView) Repr() (string, error) {
	if reprActive[v] {
		return "...", nil
	}
	reprActive[v] = true
	defer delete(reprActive, v)
	s, err := reprSeq("[", "]", v.items())
	return v.Type().Name + "(" + s + ")", err
}

// Hash implements hashing: views are unhashable.
func (v *DictView) Hash() (int64, error) {
	return 0, NewErrorf(TypeErrorType, "unhashable type: '%s'", v.Type().Name)
}

// Contains implements `in`: by key for keys and items, by equality for
// values.
func (v *DictView) Contains(x Value) (bool, error) {
	switch v.kind {
	case dictKeys:
		_, ok, err := v.d.Get(x)
		return ok, err
	case dictValues:
		return seqContains(v.d.Values(), x)
	}
	pair, ok := x.(Tuple)
	if !ok || len(pair) != 2 {
		return false, nil
	}
	value, found, err := v.d.Get(pair[0])
	if err != nil || !found {
		return false, err
	}
	return Equal(value, pair[1])
}

// asSet returns the keys or items of a view as a set, for the set
// operations of keys and items views.
func (v *DictView) asSet() (*Set, error) {
	s := NewSet()
	for _, item := range v.items() {
		if err := s.Add(item); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// setOperand converts the operand of a view's set operation or comparison
// to a set; ok is false for values that are neither sets nor views.
func setOperand(v Value) (s *Set, ok bool, err error) {
	switch x := v.(type) {
	case *Set:
		return x, true, nil
	case *DictView:
		if x.kind != dictValues {
			s, err := x.asSet()
			return s, true, err
		}
	}
	return nil, false, nil
}

// initDictViews registers the methods of the view types; keys and items
// views also behave as sets.
func initDictViews() {
	for _, t := range []*Type{dictKeysType, dictValuesType, dictItemsType} {
		t.addNoArgs("__len__", lenMethod)
		t.addNoArgs("__iter__", func(self Value) (Value, error) { return self.(*DictView).Iter(), nil })
		t.addNoArgs("__reversed__", func(self Value) (Value, error) {
			v := self.(*DictView)
			return newDictReverseIterator(v.d, v.kind), nil
		})
	}
	for _, t := range []*Type{dictKeysType, dictItemsType} {
		for _, op := range []BinaryOp{OpAnd, OpOr, OpSub, OpXor} {
			addViewSetOp(t, op)
		}
		for _, op := range []CompareOp{CmpEq, CmpLt, CmpLe, CmpGt, CmpGe} {
			addViewCompare(t, op)
		}
		t.addOneArg("isdisjoint", func(self, other Value) (Value, error) {
			s, err := self.(*DictView).asSet()
			if err != nil {
				return nil, err
			}
			return setIsDisjoint(s, other)
		})
	}
}

// addViewSetOp registers the operator op of a keys or items view and its
// reflection: the result is a set, the other operand any iterable.
func addViewSetOp(t *Type, op BinaryOp) {
	apply := func(a, b Value) (Value, error) {
		x, ok, err := setOperand(a)
		if err != nil {
			return nil, err
		}
		if !ok {
			if x, err = SetFrom(a, false); err != nil {
				return nil, err
			}
		}
		return setAlgebra(op, x, b, false)
	}
	t.addOneArg(binaryOps[op].dunder, func(self, other Value) (Value, error) { return apply(self, other) })
	t.addOneArg(binaryOps[op].rdunder, func(self, other Value) (Value, error) { return apply(other, self) })
}

// addViewCompare registers the comparison op of a keys or items view with
// sets and other views.
func addViewCompare(t *Type, op CompareOp) {
	t.addOneArg(compareOps[op].dunder, func(self, other Value) (Value, error) {
		y, ok, err := setOperand(other)
		if err != nil || !ok {
			return NotImplemented, err
		}
		x, err := self.(*DictView).asSet()
		if err != nil {
			return nil, err
		}
		r, err := setCompare(op, x, y)
		return Bool(r), err
	})
}

// dictReverseIterator goes through a dict from the last inserted entry to
// the first.
type dictReverseIterator struct {
	d       *Dict
	kind    dictIterKind
	pos     int
	version uint64
}

func newDictReverseIterator(d *Dict, kind dictIterKind) *dictReverseIterator {
	return &dictReverseIterator{d: d, kind: kind, pos: len(d.entries) - 1, version: d.version}
}

func (it *dictReverseIterator) Type() *Type {
	return [...]*Type{
		dictKeys:   dictReverseKeyIteratorType,
		dictValues: dictReverseValueIteratorType,
		dictItems:  dictReverseItemIteratorType,
	}[it.kind]
}

func (it *dictReverseIterator) Next() (Value, bool, error) {
	if it.d == nil {
		return nil, false, nil
	}
	if it.d.version != it.version {
		it.d = nil
		return nil, false, NewError(RuntimeErrorType, "dictionary changed size during iteration")
	}
	for ; it.pos >= 0; it.pos-- {
		if e := it.d.entries[it.pos]; e.key != nil {
			it.pos--
			switch it.kind {
			case dictValues:
				return e.value, true, nil
			case dictItems:
				return Tuple{e.key, e.value}, true, nil
			}
			return e.key, true, nil
		}
	}
	it.d = nil
	return nil, false, nil
}
