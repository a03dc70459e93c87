package runtime

// AsyncIterationBuiltins are the builtins of asynchronous iteration,
// aiter() and anext(), by name.
var AsyncIterationBuiltins = []*BuiltinFunction{
	NewBuiltin("aiter", builtinAiter),
	NewBuiltin("anext", builtinAnext),
}

func builtinAiter(args []Value, kwnames []string) (Value, error) {
	if err := NoKwargs("aiter", kwnames); err != nil {
		return nil, err
	}
	if err := ArgCount("aiter", args, 1, 1); err != nil {
		return nil, err
	}
	m := args[0].Type().Lookup("__aiter__")
	if m == nil {
		return nil, NewErrorf(TypeErrorType, "'%s' object is not an async iterable", TypeName(args[0]))
	}
	it, err := CallMethod(m, args[0], nil, nil)
	if err != nil {
		return nil, err
	}
	if it.Type().Lookup("__anext__") == nil {
		return nil, NewErrorf(TypeErrorType, "aiter() returned not an async iterator of type '%s'", TypeName(it))
	}
	return it, nil
}

func builtinAnext(args []Value, kwnames []string) (Value, error) {
	if err := NoKwargs("anext", kwnames); err != nil {
		return nil, err
	}
	if err := ArgCount("anext", args, 1, 2); err != nil {
		return nil, err
	}
	m := args[0].Type().Lookup("__anext__")
	if m == nil {
		return nil, NewErrorf(TypeErrorType, "'%s' object is not an async iterator", TypeName(args[0]))
	}
	aw, err := CallMethod(m, args[0], nil, nil)
	if err != nil || len(args) == 1 {
		return aw, err
	}
	return &anextAwaitable{awaitable: aw, def: args[1]}, nil
}

var anextAwaitableType = NewIteratorType("anext_awaitable")

// anextAwaitable is what anext(it, default) returns: awaiting it awaits
// it.__anext__() and turns StopAsyncIteration into the default value.
type anextAwaitable struct {
	awaitable Value
	def       Value
	it        Resumable // nil until the first step
}

func (*anextAwaitable) Type() *Type { return anextAwaitableType }

// Await implements the awaitable protocol: the object is its own iterator.
func (a *anextAwaitable) Await() (Resumable, error) { return a, nil }

func (a *anextAwaitable) start() error {
	if a.it != nil {
		return nil
	}
	it, err := AwaitIter(a.awaitable)
	if err != nil {
		return err
	}
	a.it = it
	return nil
}

// finish maps StopAsyncIteration to the default.
func (a *anextAwaitable) finish(v Value, done bool, err error) (Value, bool, error) {
	if e, ok := err.(*Exception); ok && e.IsInstanceOf(StopAsyncIterationType) {
		return a.def, true, nil
	}
	return v, done, err
}

// Send implements Resumable.
func (a *anextAwaitable) Send(v Value) (Value, bool, error) {
	if err := a.start(); err != nil {
		return nil, false, err
	}
	return a.finish(a.it.Send(v))
}

// Throw implements Resumable.
func (a *anextAwaitable) Throw(exc *Exception) (Value, bool, error) {
	if err := a.start(); err != nil {
		return nil, false, err
	}
	return a.finish(a.it.Throw(exc))
}

// Close implements Resumable.
func (a *anextAwaitable) Close() error {
	if a.it == nil {
		return nil
	}
	return a.it.Close()
}

// Next implements Iterator.
func (a *anextAwaitable) Next() (Value, bool, error) {
	v, done, err := a.Send(None)
	if err != nil {
		return nil, false, err
	}
	if done {
		return nil, false, NewException(StopIterationType, v)
	}
	return v, true, nil
}
