package runtime

func init() {
	RegisterModule("time", newTimeModule)
}

func newTimeModule() *Module {
	m := NewModule("time")
	clockFn := func(name string, read func() float64) {
		m.Dict.SetStr(name, NewBuiltin(name, func(args []Value, kwnames []string) (Value, error) {
			if err := ArgCount(name, args, 0, 0); err != nil {
				return nil, err
			}
			return Float(read()), nil
		}))
		m.Dict.SetStr(name+"_ns", NewBuiltin(name+"_ns", func(args []Value, kwnames []string) (Value, error) {
			if err := ArgCount(name+"_ns", args, 0, 0); err != nil {
				return nil, err
			}
			return Int(int64(read() * 1e9)), nil
		}))
	}
	clockFn("time", TheClock.Wall)
	clockFn("monotonic", TheClock.Monotonic)
	clockFn("perf_counter", TheClock.Monotonic)
	clockFn("process_time", TheClock.Monotonic)
	m.Dict.SetStr("sleep", NewBuiltin("sleep", func(args []Value, kwnames []string) (Value, error) {
		if err := NoKwargs("sleep", kwnames); err != nil {
			return nil, err
		}
		if err := ArgCount("sleep", args, 1, 1); err != nil {
			return nil, err
		}
		if !isNumber(args[0]) {
			return nil, NewErrorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeName(args[0]))
		}
		d, err := toFloat(args[0])
		if err != nil {
			return nil, err
		}
		if d < 0 {
			return nil, NewError(ValueErrorType, "sleep length must be non-negative")
		}
		if f, ok := CurrentStdout().(*TextFile); ok {
			_ = f.Flush()
		}
		TheClock.Sleep(d)
		return None, nil
	}))
	return m
}
