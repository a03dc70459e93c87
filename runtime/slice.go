package runtime

import "fmt"

// The slice constructor, attributes and methods.

// Repr implements Reprer: "slice(1, 2, None)".
func (s *Slice) Repr() (string, error) {
	parts := [3]string{}
	for i, v := range []Value{s.Start, s.Stop, s.Step} {
		r, err := Repr(v)
		if err != nil {
			return "", err
		}
		parts[i] = r
	}
	return fmt.Sprintf("slice(%s, %s, %s)", parts[0], parts[1], parts[2]), nil
}

// Hash implements hashing: slices are unhashable in Python 3.11.
func (*Slice) Hash() (int64, error) {
	return 0, NewError(TypeErrorType, "unhashable type: 'slice'")
}

func init() {
	SliceType.New = func(_ *Type, args []Value, kwnames []string) (Value, error) {
		if err := NoKwargs("slice", kwnames); err != nil {
			return nil, err
		}
		if err := CheckPositional("slice", args, 1, 3); err != nil {
			return nil, err
		}
		if len(args) == 1 {
			return &Slice{Start: None, Stop: args[0], Step: None}, nil
		}
		s := &Slice{Start: args[0], Stop: args[1], Step: None}
		if len(args) == 3 {
			s.Step = args[2]
		}
		return s, nil
	}
	SliceType.AddGetSet("start", func(obj Value) (Value, error) { return obj.(*Slice).Start, nil }, nil)
	SliceType.AddGetSet("stop", func(obj Value) (Value, error) { return obj.(*Slice).Stop, nil }, nil)
	SliceType.AddGetSet("step", func(obj Value) (Value, error) { return obj.(*Slice).Step, nil }, nil)
	SliceType.addOneArg("__eq__", func(self, other Value) (Value, error) {
		o, ok := other.(*Slice)
		if !ok {
			return NotImplemented, nil
		}
		s := self.(*Slice)
		eq, err := seqCompare(CmpEq, []Value{s.Start, s.Stop, s.Step}, []Value{o.Start, o.Stop, o.Step})
		return Bool(eq), err
	})
	SliceType.addOneArg("indices", func(self, length Value) (Value, error) {
		n, err := asSsize(length)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, NewError(ValueErrorType, "length should not be negative")
		}
		start, stop, step, _, err := self.(*Slice).Indices(n)
		return Tuple{Int(start), Int(stop), Int(step)}, err
	})
}
