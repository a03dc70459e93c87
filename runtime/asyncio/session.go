package asyncio

import (
	"sync"

	"pyasync/runtime"
)

// Session is the event loop of an interactive session, as in
// `python -m asyncio`: one loop for the whole session, running whenever
// the session waits — for the user's next line (Wait) as well as for an
// input that awaits (Exec) — so that the tasks an input creates go on
// running while later inputs are typed and run.
//
// Wait and Exec run on the interpreter's goroutine; Post may be called
// from any goroutine.
type Session struct {
	loop   *Loop
	mu     sync.Mutex
	posted []func() // functions Post has queued for the loop
}

// NewSession makes the session's loop and makes it the current event loop.
func NewSession() *Session {
	s := &Session{loop: newLoop()}
	setEventLoop(s.loop)
	return s
}

// Post queues fn to run on the interpreter's goroutine as a callback of
// the loop (CPython's call_soon_threadsafe), waking the loop if it waits.
func (s *Session) Post(fn func()) {
	s.mu.Lock()
	s.posted = append(s.posted, fn)
	s.mu.Unlock()
	// A value on InterruptWake wakes a waiting loop; one without a SIGINT
	// behind it only makes the loop look at its queues again.
	select {
	case runtime.InterruptWake <- struct{}{}:
	default:
	}
}

// Wait runs the loop until done reports true, which it checks after each
// iteration: the session waits for something outside the interpreter,
// made known by a function given to Post. On a virtual clock, time stands
// still meanwhile: timers wait for an input that awaits. The error is a
// KeyboardInterrupt or SystemExit that stopped the loop.
func (s *Session) Wait(done func() bool) error {
	return s.run(done, runtime.TheClock.Virtual())
}

// Exec runs one input of the session. fn runs as a callback of the loop,
// so that the input finds a running loop (get_running_loop, create_task);
// when it returns a coroutine — the input awaits at top level — the
// coroutine runs as a task, and Exec runs the loop until that task is
// done, the other tasks running meanwhile.
//
// The error is the exception the input raised. As in python -m asyncio,
// Ctrl-C while the input's task waits cancels the task, and Exec then
// returns a KeyboardInterrupt without traceback. A SystemExit raised by
// another task ends Exec at once.
func (s *Session) Exec(fn func() (runtime.Value, error)) error {
	var (
		ran         bool
		err         error
		task        *Task
		interrupted bool
	)
	h := s.loop.callSoon("<stdin>", func() error {
		ran = true
		var coro runtime.Value
		if coro, err = fn(); err == nil && coro != nil {
			task, err = newTask(s.loop, coro, nil)
		}
		return nil
	})
	done := func() bool { return ran && (task == nil || task.done()) }
	for {
		e := s.run(done, false)
		ex, isExc := e.(*runtime.Exception)
		switch {
		case e == nil:
		case !isExc || ex.IsInstanceOf(runtime.SystemExitType):
			return e
		case done(): // the input's own KeyboardInterrupt: its outcome
		case !ran:
			h.Cancel()
			return e
		default:
			task.cancelTask(nil)
			interrupted = true
			continue
		}
		break
	}
	if err != nil || task == nil {
		return err
	}
	if _, err = task.getResult(); err != nil && interrupted {
		return runtime.NewException(runtime.KeyboardInterruptType)
	}
	return err
}

// run runs loop iterations until done reports true. With holdTime, the
// loop never waits for a timer (which on a virtual clock would move the
// clock): with nothing ready it waits for a posted function or SIGINT.
// A loop.stop() called from the session has nothing to stop: the loop
// belongs to the session.
func (s *Session) run(done func() bool, holdTime bool) error {
	l := s.loop
	l.running, runningLoop = true, l
	defer func() { l.running, l.stopping, runningLoop = false, false, nil }()
	for !done() {
		s.mu.Lock()
		for _, fn := range s.posted {
			l.callSoon("Session.Post", func() error { fn(); return nil })
		}
		s.posted = nil
		s.mu.Unlock()
		if holdTime && l.ready.Len() == 0 {
			<-runtime.InterruptWake
			if err := runtime.CheckInterrupt(); err != nil {
				return err
			}
			continue
		}
		if err := l.runOnce(); err != nil {
			return err
		}
		l.stopping = false
	}
	return nil
}
