package asyncio

import "pyasync/runtime"

// runFunc is asyncio.run(main, *, debug=None): it runs the coroutine main
// with a Runner — as a task on a new event loop, which then cancels the
// tasks left, closes the async generators and closes the loop.
func runFunc(vals []runtime.Value) (runtime.Value, error) {
	if runningLoop != nil {
		return nil, runtime.NewError(runtime.RuntimeErrorType, "asyncio.run() cannot be called from a running event loop")
	}
	r := newRunner(runnerType, vals[1], nil)
	if err := r.lazyInit(); err != nil {
		return nil, err
	}
	result, err := r.run(vals[0])
	return result, r.closeAfter(err)
}

// runnerState is where a Runner stands.
type runnerState uint8

const (
	runnerCreated runnerState = iota
	runnerInitialized
	runnerClosed
)

// Runner is asyncio.Runner (3.11): it runs coroutines on an event loop it
// makes on first use, and finalizes and closes that loop in close(). While
// run() runs, Ctrl-C cancels the coroutine's task and run() then raises
// KeyboardInterrupt; a second Ctrl-C raises KeyboardInterrupt at once.
type Runner struct {
	object
	state   runnerState
	debug   runtime.Value // the debug argument, nil when not given
	factory runtime.Value // the loop_factory argument, nil when not given
	loop    *Loop
	// interrupts counts the SIGINTs received during the current run().
	interrupts int
}

var runnerType = newType("asyncio.runners", "Runner")

func newRunner(t *runtime.Type, debug, factory runtime.Value) *Runner {
	return &Runner{object: object{class: t}, debug: orNoneToNil(debug), factory: orNoneToNil(factory)}
}

// lazyInit makes the runner's loop, the first time.
func (r *Runner) lazyInit() error {
	switch r.state {
	case runnerClosed:
		return runtime.NewError(runtime.RuntimeErrorType, "Runner is closed")
	case runnerInitialized:
		return nil
	}
	if r.factory == nil {
		r.loop = newLoop()
		setEventLoop(r.loop)
	} else {
		v, err := runtime.Call(r.factory, nil, nil)
		if err != nil {
			return err
		}
		l, ok := v.(*Loop)
		if !ok {
			return runtime.NewErrorf(runtime.TypeErrorType, "loop_factory returned %s, not an event loop", fullRepr(v))
		}
		r.loop = l
	}
	if r.debug != nil {
		debug, err := runtime.Truth(r.debug)
		if err != nil {
			return err
		}
		r.loop.debug = debug
	}
	r.state = runnerInitialized
	return nil
}

// run runs the coroutine main to completion on the runner's loop.
func (r *Runner) run(main runtime.Value) (runtime.Value, error) {
	if _, ok := asCoroutine(main); !ok {
		return nil, runtime.NewErrorf(runtime.ValueErrorType, "a coroutine was expected, got %s", fullRepr(main))
	}
	if runningLoop != nil {
		return nil, runtime.NewError(runtime.RuntimeErrorType, "Runner.run() cannot be called from a running event loop")
	}
	if err := r.lazyInit(); err != nil {
		return nil, err
	}
	task, err := newTask(r.loop, main, nil)
	if err != nil {
		return nil, err
	}
	ours := false
	if prev := runtime.SetInterruptHandler(nil); prev == nil {
		runtime.SetInterruptHandler(func() error { return r.onSigint(task) })
		ours = true
	} else {
		runtime.SetInterruptHandler(prev)
	}
	r.interrupts = 0
	result, err := r.loop.runUntilComplete(task)
	if ours {
		runtime.SetInterruptHandler(nil)
	}
	if err != nil && isCancelledError(err) && r.interrupts > 0 && task.uncancel() == 0 {
		ki := runtime.NewException(runtime.KeyboardInterruptType)
		ki.Context = err.(*runtime.Exception)
		return nil, ki
	}
	return result, err
}

// onSigint is the SIGINT handler while run runs: the first Ctrl-C cancels
// the main task, the next ones raise KeyboardInterrupt.
func (r *Runner) onSigint(main *Task) error {
	r.interrupts++
	if r.interrupts == 1 && !main.done() {
		main.cancelTask(nil)
		return nil
	}
	return runtime.NewException(runtime.KeyboardInterruptType)
}

// close finalizes the loop: it cancels the remaining tasks and waits for
// them, closes the async generators, then closes the loop.
func (r *Runner) close() error {
	if r.state != runnerInitialized {
		return nil
	}
	l := r.loop
	defer func() {
		if r.factory == nil {
			setEventLoop(nil)
		}
		_ = l.close()
		r.loop, r.state = nil, runnerClosed
	}()
	if err := cancelAllTasks(l); err != nil {
		return err
	}
	if _, err := l.runUntilComplete(l.shutdownAsyncgens()); err != nil {
		return err
	}
	_, err := l.runUntilComplete(shutdownDefaultExecutor())
	return err
}

// closeAfter closes the runner when a block using it ended with err (as
// `with Runner()` does): an error of close replaces err, which becomes
// its context.
func (r *Runner) closeAfter(err error) error {
	cerr := r.close()
	if cerr == nil {
		return err
	}
	if e, ok := cerr.(*runtime.Exception); ok && e.Context == nil {
		e.Context, _ = err.(*runtime.Exception)
	}
	return cerr
}

// cancelAllTasks cancels the loop's pending tasks, runs the loop until
// they are done and reports the exceptions they ended with.
func cancelAllTasks(l *Loop) error {
	tasks := l.allTasks()
	if len(tasks) == 0 {
		return nil
	}
	aws := make([]runtime.Value, len(tasks))
	for i, t := range tasks {
		t.cancelTask(nil)
		aws[i] = t
	}
	all, err := gather(aws, true)
	if err != nil {
		return err
	}
	if _, err := l.runUntilComplete(all); err != nil {
		return err
	}
	for _, t := range tasks {
		if t.cancelled() || t.exc == nil {
			continue
		}
		t.logTraceback = false
		l.reportError(newErrorContext("unhandled exception during asyncio.run() shutdown", t.exc, "task", t))
	}
	return nil
}

func init() {
	rt := runnerType
	rt.New = func(t *runtime.Type, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return newRunner(t, nil, nil), nil
	}
	pyMethod(rt, signature{name: "__init__", kwonly: []string{"debug", "loop_factory"}}, func(r *Runner, vals []runtime.Value) (runtime.Value, error) {
		r.debug, r.factory = orNoneToNil(vals[0]), orNoneToNil(vals[1])
		return runtime.None, nil
	})
	pyMethod(rt, signature{name: "__enter__"}, func(r *Runner, _ []runtime.Value) (runtime.Value, error) {
		if err := r.lazyInit(); err != nil {
			return nil, err
		}
		return r, nil
	})
	pyMethod(rt, signature{name: "__exit__", params: []string{"exc_type", "exc_val", "exc_tb"}, required: 3}, func(r *Runner, _ []runtime.Value) (runtime.Value, error) {
		return runtime.None, r.close()
	})
	pyMethod(rt, signature{name: "close"}, func(r *Runner, _ []runtime.Value) (runtime.Value, error) {
		return runtime.None, r.close()
	})
	pyMethod(rt, signature{name: "get_loop"}, func(r *Runner, _ []runtime.Value) (runtime.Value, error) {
		if err := r.lazyInit(); err != nil {
			return nil, err
		}
		return r.loop, nil
	})
	pyMethod(rt, signature{name: "run", params: []string{"coro"}, required: 1, kwonly: []string{"context"}}, func(r *Runner, vals []runtime.Value) (runtime.Value, error) {
		return r.run(vals[0])
	})
}
