package asyncio

import (
	"math"

	"pyasync/runtime"
)

// timeoutState is where a Timeout stands; its String is what reprs and
// errors show.
type timeoutState uint8

const (
	timeoutCreated timeoutState = iota
	timeoutEntered
	timeoutExpiring
	timeoutExpired
	timeoutExited
)

func (s timeoutState) String() string {
	return [...]string{"created", "active", "expiring", "expired", "finished"}[s]
}

// Timeout is the async context manager of asyncio.timeout() and
// timeout_at() (3.11): when its deadline passes inside the block, it
// cancels the task running the block, and turns the CancelledError that
// leaves the block into TimeoutError.
type Timeout struct {
	object
	state timeoutState
	when  runtime.Value // the deadline in loop time, or None
	timer *Handle       // the handle of the expiry callback, if scheduled
	task  *Task
	// cancelling is the task's cancelling() count on entry: the
	// CancelledError is converted only when no other cancel() is pending.
	cancelling int
}

var timeoutType = newType("asyncio.timeouts", "Timeout")

func newTimeout(when runtime.Value) *Timeout {
	return &Timeout{object: object{class: timeoutType}, when: when}
}

// reschedule moves the deadline to when (None: no deadline).
func (t *Timeout) reschedule(when runtime.Value) error {
	switch t.state {
	case timeoutEntered:
	case timeoutCreated:
		return runtime.NewError(runtime.RuntimeErrorType, "Timeout has not been entered")
	default:
		return runtime.NewErrorf(runtime.RuntimeErrorType, "Cannot change state of %s Timeout", t.state)
	}
	t.when = when
	if t.timer != nil {
		t.timer.Cancel()
		t.timer = nil
	}
	if when == runtime.None {
		return nil
	}
	l, err := getRunningLoop()
	if err != nil {
		return err
	}
	past, err := runtime.CompareBool(runtime.CmpLe, when, runtime.Float(l.time()))
	if err != nil {
		return err
	}
	if past {
		t.timer = l.callSoon("Timeout._on_timeout", t.onTimeout)
		return nil
	}
	th, err := l.callAt(when, Handle{label: "Timeout._on_timeout", fn: t.onTimeout})
	if err != nil {
		return err
	}
	t.timer = &th.Handle
	return nil
}

func (t *Timeout) onTimeout() error {
	t.task.cancelTask(nil)
	t.state = timeoutExpiring
	t.timer = nil
	return nil
}

func (t *Timeout) enter() *coroutine {
	return newCoroutine("Timeout.__aenter__", func() step {
		if t.state != timeoutCreated {
			return raising(runtime.NewError(runtime.RuntimeErrorType, "Timeout has already been entered"))
		}
		l, err := getRunningLoop()
		if err != nil {
			return raising(err)
		}
		if l.current == nil {
			return raising(runtime.NewError(runtime.RuntimeErrorType, "Timeout should be used inside a task"))
		}
		t.state, t.task, t.cancelling = timeoutEntered, l.current, l.current.numCancels
		if err := t.reschedule(t.when); err != nil {
			return raising(err)
		}
		return returning(t)
	})
}

func (t *Timeout) exit(excType, exc runtime.Value) *coroutine {
	return newCoroutine("Timeout.__aexit__", func() step {
		if t.timer != nil {
			t.timer.Cancel()
			t.timer = nil
		}
		switch t.state {
		case timeoutExpiring:
			t.state = timeoutExpired
			if t.task.uncancel() <= t.cancelling && excType == CancelledErrorType {
				e, _ := exc.(*runtime.Exception)
				return raising(raiseFrom(runtime.NewException(runtime.TimeoutErrorType), e))
			}
		case timeoutEntered:
			t.state = timeoutExited
		}
		return returning(runtime.None)
	})
}

func (t *Timeout) repr() (string, error) {
	info := ""
	if t.state == timeoutEntered {
		when := "None"
		if t.when != runtime.None {
			w, err := runtime.FloatOf(t.when)
			if err != nil {
				return "", err
			}
			when = fullRepr(runtime.Float(math.RoundToEven(float64(w.(runtime.Float))*1000) / 1000))
		}
		info = " when=" + when
	}
	return "<Timeout [" + t.state.String() + "]" + info + ">", nil
}

// timeoutFunc is asyncio.timeout(delay): a Timeout delay seconds from now
// (None: none).
func timeoutFunc(vals []runtime.Value) (runtime.Value, error) {
	l, err := getRunningLoop()
	if err != nil {
		return nil, err
	}
	if vals[0] == runtime.None {
		return newTimeout(runtime.None), nil
	}
	when, err := runtime.Binary(runtime.OpAdd, runtime.Float(l.time()), vals[0])
	if err != nil {
		return nil, err
	}
	return newTimeout(when), nil
}

// timeoutAtFunc is asyncio.timeout_at(when).
func timeoutAtFunc(vals []runtime.Value) (runtime.Value, error) {
	return newTimeout(vals[0]), nil
}

func init() {
	tt := timeoutType
	tt.New = func(t *runtime.Type, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		vals, _, err := (&signature{name: "Timeout.__init__", method: true, params: []string{"when"}, required: 1}).bind(args, kwnames)
		if err != nil {
			return nil, err
		}
		to := newTimeout(vals[0])
		to.class = t
		return to, nil
	}
	addRepr(tt, func(self runtime.Value) (string, error) { return self.(*Timeout).repr() })
	pyMethod(tt, signature{name: "when"}, func(t *Timeout, _ []runtime.Value) (runtime.Value, error) { return t.when, nil })
	pyMethod(tt, signature{name: "expired"}, func(t *Timeout, _ []runtime.Value) (runtime.Value, error) {
		return runtime.Bool(t.state == timeoutExpiring || t.state == timeoutExpired), nil
	})
	pyMethod(tt, signature{name: "reschedule", params: []string{"when"}, required: 1}, func(t *Timeout, vals []runtime.Value) (runtime.Value, error) {
		return noValue(t.reschedule(vals[0]))
	})
	pyMethod(tt, signature{name: "__aenter__"}, func(t *Timeout, _ []runtime.Value) (runtime.Value, error) { return t.enter(), nil })
	pyMethod(tt, signature{name: "__aexit__", params: []string{"exc_type", "exc_val", "exc_tb"}, required: 3}, func(t *Timeout, vals []runtime.Value) (runtime.Value, error) {
		return t.exit(vals[0], vals[1]), nil
	})
}
