package runtime

// Resumable is a suspended computation driven by send/throw: generators,
// coroutines, the awaitables of async generators, futures' __await__
// iterators. Each call runs it until it yields a value (done == false) or
// finishes with a return value (done == true) or an exception (err).
type Resumable interface {
	Value
	Send(v Value) (result Value, done bool, err error)
	Throw(exc *Exception) (result Value, done bool, err error)
	Close() error
}

// Coroutine is a coroutine object (from an async def, or from a Go
// function such as asyncio.sleep). The never-awaited warning uses it.
type Coroutine interface {
	Resumable
	// Started reports whether the coroutine has run (been awaited).
	Started() bool
	// QualName is the coroutine's __qualname__.
	QualName() string
	// TrackingSlot is the coroutine's place in the never-awaited
	// registry; implementations embed CoroutineTracking.
	TrackingSlot() *int
}

// CoroutineFunction is implemented by functions written in Python: it
// tells an async def function (asyncio.iscoroutinefunction).
type CoroutineFunction interface {
	IsCoroutineFunction() bool
}

// CoroutineTracking is embedded by coroutine objects: their slot in the
// never-awaited registry (1-based; 0 when not registered).
type CoroutineTracking struct{ slot int }

// TrackingSlot implements Coroutine.
func (t *CoroutineTracking) TrackingSlot() *int { return &t.slot }

// iterResumable adapts a plain iterator (an __await__ that returned a
// generator-less iterator, or `yield from` over any iterable) to Resumable.
type iterResumable struct {
	it Iterator
}

func (r *iterResumable) Type() *Type { return r.it.Type() }

func (r *iterResumable) Send(v Value) (Value, bool, error) {
	if v != None {
		if m := r.it.Type().Lookup("send"); m != nil {
			res, err := CallMethod(m, r.it, []Value{v}, nil)
			return stopValue(res, err)
		}
	}
	if p, ok := r.it.(*pyIterator); ok {
		// Keep the value of the StopIteration that ends it: it is the
		// result of `yield from`.
		return stopValue(CallMethod(p.next, p.obj, nil, nil))
	}
	res, ok, err := r.it.Next()
	if err != nil {
		return nil, false, err
	}
	if !ok {
		return None, true, nil
	}
	return res, false, nil
}

func (r *iterResumable) Throw(exc *Exception) (Value, bool, error) {
	if m := r.it.Type().Lookup("throw"); m != nil {
		res, err := CallMethod(m, r.it, []Value{exc}, nil)
		return stopValue(res, err)
	}
	return nil, false, exc
}

func (r *iterResumable) Close() error {
	if m := r.it.Type().Lookup("close"); m != nil {
		_, err := CallMethod(m, r.it, nil, nil)
		return err
	}
	return nil
}

// stopValue turns a StopIteration from a Python-level send/throw into a
// finished Resumable step.
func stopValue(res Value, err error) (Value, bool, error) {
	if err != nil {
		if e, ok := err.(*Exception); ok && e.IsInstanceOf(StopIterationType) {
			return StopIterationValue(e), true, nil
		}
		return nil, false, err
	}
	return res, false, nil
}

// StopIterationValue is the value a StopIteration carries (args[0] or None).
func StopIterationValue(e *Exception) Value {
	if len(e.Args) > 0 {
		return e.Args[0]
	}
	return None
}

// AsResumable adapts an iterator to Resumable (for `yield from`): Go
// Resumables are used as they are.
func AsResumable(v Value) (Resumable, error) {
	if r, ok := v.(Resumable); ok {
		return r, nil
	}
	if a, ok := v.(interface{ Await() (Resumable, error) }); ok {
		return a.Await() // a future: its iterator is its awaitable's
	}
	it, err := Iter(v)
	if err != nil {
		return nil, err
	}
	if r, ok := it.(Resumable); ok {
		return r, nil
	}
	return &iterResumable{it: it}, nil
}

// AwaitIter returns the iterator that `await v` drives: a coroutine
// itself, or the iterator returned by v's __await__.
func AwaitIter(v Value) (Resumable, error) {
	if c, ok := v.(Coroutine); ok {
		return c, nil
	}
	if a, ok := v.(interface{ Await() (Resumable, error) }); ok {
		return a.Await()
	}
	m := v.Type().Lookup("__await__")
	if m == nil {
		return nil, NewErrorf(TypeErrorType, "object %s can't be used in 'await' expression", TypeName(v))
	}
	r, err := CallMethod(m, v, nil, nil)
	if err != nil {
		return nil, err
	}
	if _, ok := r.(Coroutine); ok {
		return nil, NewError(TypeErrorType, "__await__() returned a coroutine")
	}
	if _, isIter := r.(Iterator); !isIter && r.Type().Lookup("__next__") == nil {
		return nil, NewErrorf(TypeErrorType, "__await__() returned non-iterator of type '%s'", TypeName(r))
	}
	return AsResumable(r)
}

// AsyncGenFirstIter, when set, is called with each async generator the
// first time it is iterated (its __anext__, asend, athrow or aclose):
// CPython's firstiter hook, through which asyncio finalizes the async
// generators a program leaves unfinished.
var AsyncGenFirstIter func(agen Value)

// AsyncGenFinalizer, when set, is called with an async generator that
// became unreachable before it finished: CPython's finalizer hook, through
// which asyncio closes it soon (CPython calls it when it frees the
// generator, at once when the last reference goes away).
var AsyncGenFinalizer func(agen Value)

// created lists the coroutines that have not started yet, in creation
// order (with nil holes where one started), for the "was never awaited"
// warnings at exit. Invariant: a registered coroutine's TrackingSlot is
// its index in created plus one. Registering and unregistering are O(1);
// the holes are squeezed out when they outnumber the coroutines.
var (
	created []Coroutine
	holes   int
)

// TrackCoroutine registers a new coroutine object.
func TrackCoroutine(c Coroutine) {
	created = append(created, c)
	*c.TrackingSlot() = len(created)
}

// UntrackCoroutine unregisters a coroutine: it started, or its
// never-awaited warning was given already.
func UntrackCoroutine(c Coroutine) {
	slot := c.TrackingSlot()
	if *slot == 0 {
		return
	}
	created[*slot-1] = nil
	*slot = 0
	holes++
	if holes > 1024 && holes > len(created)/2 {
		kept := created[:0]
		for _, c := range created {
			if c != nil {
				kept = append(kept, c)
				*c.TrackingSlot() = len(kept)
			}
		}
		clear(created[len(kept):])
		created, holes = kept, 0
	}
}

// NeverAwaited returns the registered coroutines, which never started,
// newest first (CPython frees a list's items from the end), and forgets
// them.
func NeverAwaited() []Coroutine {
	var out []Coroutine
	for i := len(created) - 1; i >= 0; i-- {
		if c := created[i]; c != nil {
			*c.TrackingSlot() = 0
			out = append(out, c)
		}
	}
	created, holes = nil, 0
	return out
}
