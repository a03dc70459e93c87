package asyncio

import (
	"fmt"

	"pyasync/runtime"
)

// Lock is asyncio.Lock: acquire() waits until the lock is free and takes
// it; release() frees it and wakes the first waiter, which then takes it
// (unless another coroutine took it first).
//
// Invariant: waiters holds the futures of the acquire() calls waiting,
// oldest first.
type Lock struct {
	object
	loopBound
	locked  bool
	waiters deque[*Future]
}

// Event is asyncio.Event: wait() waits until the flag is set.
type Event struct {
	object
	loopBound
	value   bool
	waiters deque[*Future]
}

// Condition is asyncio.Condition: coroutines holding its lock wait() for
// a notify() from another, releasing the lock meanwhile.
type Condition struct {
	object
	loopBound
	lock    runtime.Value // the underlying lock (an asyncio.Lock, usually)
	waiters deque[*Future]
}

// Semaphore is asyncio.Semaphore (and BoundedSemaphore): acquire() takes
// one of value units, waiting while there is none; release() gives one
// back. A BoundedSemaphore refuses to go above its initial value.
type Semaphore struct {
	object
	loopBound
	value   int
	bound   int // the initial value, for BoundedSemaphore
	waiters deque[*Future]
}

var (
	// contextManagerType is CPython's _ContextManagerMixin, whose
	// __aenter__/__aexit__ call acquire() and release().
	contextManagerType   = newType("asyncio.locks", "_ContextManagerMixin")
	lockType             = newType("asyncio.locks", "Lock", contextManagerType, loopBoundType)
	eventType            = newType("asyncio.locks", "Event", loopBoundType)
	conditionType        = newType("asyncio.locks", "Condition", contextManagerType, loopBoundType)
	semaphoreType        = newType("asyncio.locks", "Semaphore", contextManagerType, loopBoundType)
	boundedSemaphoreType = newType("asyncio.locks", "BoundedSemaphore", semaphoreType)
)

func newEvent(t *runtime.Type) *Event { return &Event{object: object{class: t}} }

// lockRepr is the repr of the lock classes: the default object repr with
// the state appended, "<asyncio.locks.Lock object at 0x… [unlocked]>".
func lockRepr(self runtime.Value, state string, waiters int) string {
	if waiters > 0 {
		state += fmt.Sprintf(", waiters:%d", waiters)
	}
	t := self.Type()
	return fmt.Sprintf("<%s.%s object at %#x [%s]>", t.Module, t.QualName, runtime.Id(self), state)
}

// allCancelled reports whether every waiter was cancelled.
func allCancelled(waiters *deque[*Future]) bool {
	for i := 0; i < waiters.Len(); i++ {
		if !waiters.At(i).cancelled() {
			return false
		}
	}
	return true
}

// acquire is Lock.acquire().
func (l *Lock) acquire() *coroutine {
	return newCoroutine("Lock.acquire", func() step {
		if !l.locked && allCancelled(&l.waiters) {
			l.locked = true
			return returning(runtime.True)
		}
		f, err := l.newWaiter(l)
		if err != nil {
			return raising(err)
		}
		l.waiters.PushBack(f)
		return awaiting(f, func(_ runtime.Value, err error) step {
			removeWaiter(&l.waiters, f)
			if err != nil {
				if isCancelledError(err) && !l.locked {
					l.wakeUpFirst()
				}
				return raising(err)
			}
			l.locked = true
			return returning(runtime.True)
		})
	})
}

func (l *Lock) release() error {
	if !l.locked {
		return runtime.NewError(runtime.RuntimeErrorType, "Lock is not acquired.")
	}
	l.locked = false
	l.wakeUpFirst()
	return nil
}

// wakeUpFirst wakes the first waiter, unless it is done already (it will
// then take the lock, or pass the turn on, itself).
func (l *Lock) wakeUpFirst() {
	if l.waiters.Len() > 0 {
		if f := l.waiters.At(0); !f.done() {
			_ = f.setResult(runtime.True)
		}
	}
}

// set sets the flag and wakes every waiter.
func (e *Event) set() {
	if e.value {
		return
	}
	e.value = true
	for i := 0; i < e.waiters.Len(); i++ {
		if f := e.waiters.At(i); !f.done() {
			_ = f.setResult(runtime.True)
		}
	}
}

// waitCoroutine is Event.wait().
func (e *Event) waitCoroutine() *coroutine {
	return newCoroutine("Event.wait", func() step {
		if e.value {
			return returning(runtime.True)
		}
		f, err := e.newWaiter(e)
		if err != nil {
			return raising(err)
		}
		e.waiters.PushBack(f)
		return awaiting(f, func(_ runtime.Value, err error) step {
			removeWaiter(&e.waiters, f)
			if err != nil {
				return raising(err)
			}
			return returning(runtime.True)
		})
	})
}

// callLock calls a method of the condition's lock.
func (c *Condition) callLock(name string) (runtime.Value, error) {
	m, err := runtime.GetAttr(c.lock, name)
	if err != nil {
		return nil, err
	}
	return runtime.Call(m, nil, nil)
}

func (c *Condition) isLocked() (bool, error) {
	v, err := c.callLock("locked")
	if err != nil {
		return false, err
	}
	return runtime.Truth(v)
}

// waitCoroutine is Condition.wait(): it releases the lock, waits for a
// notify, and takes the lock again — even when cancelled meanwhile, in
// which case it raises CancelledError once it holds the lock.
func (c *Condition) waitCoroutine() *coroutine {
	return newCoroutine("Condition.wait", func() step {
		locked, err := c.isLocked()
		if err != nil {
			return raising(err)
		}
		if !locked {
			return raising(runtime.NewError(runtime.RuntimeErrorType, "cannot wait on un-acquired lock"))
		}
		if _, err := c.callLock("release"); err != nil {
			return raising(err)
		}
		f, err := c.newWaiter(c)
		if err != nil {
			return c.reacquire(raising(err), false)
		}
		c.waiters.PushBack(f)
		return awaiting(f, func(_ runtime.Value, err error) step {
			removeWaiter(&c.waiters, f)
			if err != nil {
				return c.reacquire(raising(err), false)
			}
			return c.reacquire(returning(runtime.True), false)
		})
	})
}

// reacquire takes the lock back, retrying when cancelled, then finishes
// with outcome — or with CancelledError if a cancellation was swallowed.
func (c *Condition) reacquire(outcome step, cancelled bool) step {
	acq, err := c.callLock("acquire")
	if err != nil {
		return raising(err)
	}
	return awaiting(acq, func(_ runtime.Value, err error) step {
		switch {
		case isCancelledError(err):
			return c.reacquire(outcome, true)
		case err != nil:
			return raising(err)
		case cancelled:
			e := runtime.NewException(CancelledErrorType)
			if prev, ok := outcome.err.(*runtime.Exception); ok {
				e.Context = prev
			}
			return raising(e)
		}
		return outcome
	})
}

// notify wakes up to n waiters.
func (c *Condition) notify(n int) error {
	locked, err := c.isLocked()
	if err != nil {
		return err
	}
	if !locked {
		return runtime.NewError(runtime.RuntimeErrorType, "cannot notify on un-acquired lock")
	}
	woken := 0
	for i := 0; i < c.waiters.Len() && woken < n; i++ {
		if f := c.waiters.At(i); !f.done() {
			woken++
			_ = f.setResult(runtime.False)
		}
	}
	return nil
}

// waitFor is Condition.wait_for(predicate): it waits until predicate()
// is true and returns its value.
func (c *Condition) waitFor(predicate runtime.Value) *coroutine {
	var check func() step
	check = func() step {
		result, err := runtime.Call(predicate, nil, nil)
		if err != nil {
			return raising(err)
		}
		ok, err := runtime.Truth(result)
		switch {
		case err != nil:
			return raising(err)
		case ok:
			return returning(result)
		}
		return awaiting(c.waitCoroutine(), onResult(func(runtime.Value) step { return check() }))
	}
	return newCoroutine("Condition.wait_for", check)
}

// semLocked is Semaphore.locked(): no unit is free, or some waiter is
// ahead in line.
func (s *Semaphore) semLocked() bool {
	return s.value == 0 || !allCancelled(&s.waiters)
}

// acquire is Semaphore.acquire().
func (s *Semaphore) acquire() *coroutine {
	return newCoroutine("Semaphore.acquire", func() step {
		if !s.semLocked() {
			s.value--
			return returning(runtime.True)
		}
		f, err := s.newWaiter(s)
		if err != nil {
			return raising(err)
		}
		s.waiters.PushBack(f)
		return awaiting(f, func(_ runtime.Value, err error) step {
			removeWaiter(&s.waiters, f)
			if err != nil {
				if isCancelledError(err) && !f.cancelled() {
					s.value++
					s.wakeUpNext()
				}
				return raising(err)
			}
			if s.value > 0 {
				s.wakeUpNext()
			}
			return returning(runtime.True)
		})
	})
}

func (s *Semaphore) release() error {
	if s.Type().IsSubtype(boundedSemaphoreType) && s.value >= s.bound {
		return runtime.NewError(runtime.ValueErrorType, "BoundedSemaphore released too many times")
	}
	s.value++
	s.wakeUpNext()
	return nil
}

// wakeUpNext gives a unit to the first waiter not done yet.
func (s *Semaphore) wakeUpNext() {
	for i := 0; i < s.waiters.Len(); i++ {
		if f := s.waiters.At(i); !f.done() {
			s.value--
			_ = f.setResult(runtime.True)
			return
		}
	}
}

func noValue(err error) (runtime.Value, error) { return runtime.None, err }

func init() {
	ct := contextManagerType
	pyMethod(ct, signature{name: "__aenter__"}, func(self runtime.Value, _ []runtime.Value) (runtime.Value, error) {
		return newCoroutine("_ContextManagerMixin.__aenter__", func() step {
			acquire, err := runtime.GetAttr(self, "acquire")
			if err != nil {
				return raising(err)
			}
			aw, err := runtime.Call(acquire, nil, nil)
			if err != nil {
				return raising(err)
			}
			return awaiting(aw, onResult(func(runtime.Value) step { return returning(runtime.None) }))
		}), nil
	})
	pyMethod(ct, signature{name: "__aexit__", params: []string{"exc_type", "exc", "tb"}, required: 3}, func(self runtime.Value, _ []runtime.Value) (runtime.Value, error) {
		return newCoroutine("_ContextManagerMixin.__aexit__", func() step {
			release, err := runtime.GetAttr(self, "release")
			if err == nil {
				_, err = runtime.Call(release, nil, nil)
			}
			if err != nil {
				return raising(err)
			}
			return returning(runtime.None)
		}), nil
	})

	lockType.New = func(t *runtime.Type, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return &Lock{object: object{class: t}}, nil
	}
	pyMethod(lockType, signature{name: "__init__"}, func(*Lock, []runtime.Value) (runtime.Value, error) { return runtime.None, nil })
	addRepr(lockType, func(self runtime.Value) (string, error) {
		l := self.(*Lock)
		state := "unlocked"
		if l.locked {
			state = "locked"
		}
		return lockRepr(l, state, l.waiters.Len()), nil
	})
	pyMethod(lockType, signature{name: "locked"}, func(l *Lock, _ []runtime.Value) (runtime.Value, error) { return runtime.Bool(l.locked), nil })
	pyMethod(lockType, signature{name: "acquire"}, func(l *Lock, _ []runtime.Value) (runtime.Value, error) { return l.acquire(), nil })
	pyMethod(lockType, signature{name: "release"}, func(l *Lock, _ []runtime.Value) (runtime.Value, error) { return noValue(l.release()) })

	eventType.New = func(t *runtime.Type, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return newEvent(t), nil
	}
	pyMethod(eventType, signature{name: "__init__"}, func(*Event, []runtime.Value) (runtime.Value, error) { return runtime.None, nil })
	addRepr(eventType, func(self runtime.Value) (string, error) {
		e := self.(*Event)
		state := "unset"
		if e.value {
			state = "set"
		}
		return lockRepr(e, state, e.waiters.Len()), nil
	})
	pyMethod(eventType, signature{name: "is_set"}, func(e *Event, _ []runtime.Value) (runtime.Value, error) { return runtime.Bool(e.value), nil })
	pyMethod(eventType, signature{name: "set"}, func(e *Event, _ []runtime.Value) (runtime.Value, error) { e.set(); return runtime.None, nil })
	pyMethod(eventType, signature{name: "clear"}, func(e *Event, _ []runtime.Value) (runtime.Value, error) { e.value = false; return runtime.None, nil })
	pyMethod(eventType, signature{name: "wait"}, func(e *Event, _ []runtime.Value) (runtime.Value, error) { return e.waitCoroutine(), nil })

	conditionType.New = func(t *runtime.Type, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return &Condition{object: object{class: t}}, nil
	}
	pyMethod(conditionType, signature{name: "__init__", params: []string{"lock"}}, func(c *Condition, vals []runtime.Value) (runtime.Value, error) {
		c.lock = vals[0]
		if c.lock == nil || c.lock == runtime.None {
			c.lock = &Lock{object: object{class: lockType}}
		}
		d := c.AttrDict(true)
		for _, name := range []string{"locked", "acquire", "release"} {
			m, err := runtime.GetAttr(c.lock, name)
			if err != nil {
				return nil, err
			}
			d.SetStr(name, m)
		}
		return runtime.None, nil
	})
	addRepr(conditionType, func(self runtime.Value) (string, error) {
		c := self.(*Condition)
		locked, err := c.isLocked()
		state := "unlocked"
		if locked {
			state = "locked"
		}
		return lockRepr(c, state, c.waiters.Len()), err
	})
	pyMethod(conditionType, signature{name: "wait"}, func(c *Condition, _ []runtime.Value) (runtime.Value, error) { return c.waitCoroutine(), nil })
	pyMethod(conditionType, signature{name: "wait_for", params: []string{"predicate"}, required: 1}, func(c *Condition, vals []runtime.Value) (runtime.Value, error) {
		return c.waitFor(vals[0]), nil
	})
	pyMethod(conditionType, signature{name: "notify", params: []string{"n"}}, func(c *Condition, vals []runtime.Value) (runtime.Value, error) {
		n := 1
		if vals[0] != nil {
			i, ok := runtime.Index(vals[0])
			if !ok {
				return nil, runtime.NewErrorf(runtime.TypeErrorType, "'>=' not supported between instances of 'int' and '%s'", runtime.TypeName(vals[0]))
			}
			n = int(i)
		}
		return noValue(c.notify(n))
	})
	pyMethod(conditionType, signature{name: "notify_all"}, func(c *Condition, _ []runtime.Value) (runtime.Value, error) {
		return noValue(c.notify(c.waiters.Len()))
	})

	semaphoreType.New = func(t *runtime.Type, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return &Semaphore{object: object{class: t}, value: 1, bound: 1}, nil
	}
	pyMethod(semaphoreType, signature{name: "__init__", params: []string{"value"}}, func(s *Semaphore, vals []runtime.Value) (runtime.Value, error) {
		if vals[0] != nil {
			v, ok := runtime.Index(vals[0])
			if !ok {
				return nil, runtime.NewErrorf(runtime.TypeErrorType, "'<' not supported between instances of '%s' and 'int'", runtime.TypeName(vals[0]))
			}
			if v < 0 {
				return nil, runtime.NewError(runtime.ValueErrorType, "Semaphore initial value must be >= 0")
			}
			s.value, s.bound = int(v), int(v)
		}
		return runtime.None, nil
	})
	addRepr(semaphoreType, func(self runtime.Value) (string, error) {
		s := self.(*Semaphore)
		state := fmt.Sprintf("unlocked, value:%d", s.value)
		if s.semLocked() {
			state = "locked"
		}
		return lockRepr(s, state, s.waiters.Len()), nil
	})
	pyMethod(semaphoreType, signature{name: "locked"}, func(s *Semaphore, _ []runtime.Value) (runtime.Value, error) { return runtime.Bool(s.semLocked()), nil })
	pyMethod(semaphoreType, signature{name: "acquire"}, func(s *Semaphore, _ []runtime.Value) (runtime.Value, error) { return s.acquire(), nil })
	pyMethod(semaphoreType, signature{name: "release"}, func(s *Semaphore, _ []runtime.Value) (runtime.Value, error) { return noValue(s.release()) })
}
