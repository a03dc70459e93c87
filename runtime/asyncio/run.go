package asyncio

import "pyasync/runtime"

var runSig = signature{name: "run", params: []string{"main"}, required: 1, kwonly: []string{"debug"}}

// runFunc is asyncio.run(main, *, debug=None): it runs the coroutine main
// as a task on a new event loop, then cancels the tasks left, closes the
// async generators and closes the loop. While it runs, Ctrl-C cancels the
// main task, and run then raises KeyboardInterrupt; a second Ctrl-C raises
// KeyboardInterrupt at once.
func runFunc(args []runtime.Value, kwnames []string) (runtime.Value, error) {
	vals, _, err := runSig.bind(args, kwnames)
	if err != nil {
		return nil, err
	}
	if runningLoop != nil {
		return nil, runtime.NewError(runtime.RuntimeErrorType, "asyncio.run() cannot be called from a running event loop")
	}
	r := &runner{loop: newLoop()}
	setEventLoop(r.loop)
	if vals[1] != nil && vals[1] != runtime.None {
		if r.loop.debug, err = runtime.Truth(vals[1]); err != nil {
			return nil, err
		}
	}
	result, err := r.run(vals[0])
	if cerr := r.close(); cerr != nil {
		if e, ok := cerr.(*runtime.Exception); ok && e.Context == nil && err != nil {
			e.Context, _ = err.(*runtime.Exception)
		}
		return nil, cerr
	}
	return result, err
}

// runner is CPython's asyncio.Runner, as asyncio.run uses it.
type runner struct {
	loop       *Loop
	interrupts int // SIGINTs received while running
}

// run runs main to completion on the runner's loop.
func (r *runner) run(main runtime.Value) (runtime.Value, error) {
	if _, ok := main.(runtime.Coroutine); !ok {
		return nil, runtime.NewErrorf(runtime.ValueErrorType, "a coroutine was expected, got %s", fullRepr(main))
	}
	task, err := newTask(r.loop, main, nil)
	if err != nil {
		return nil, err
	}
	var handler func() error
	if prev := runtime.SetInterruptHandler(nil); prev == nil {
		handler = func() error { return r.onSigint(task) }
		runtime.SetInterruptHandler(handler)
	} else {
		runtime.SetInterruptHandler(prev)
	}
	r.interrupts = 0
	result, err := r.loop.runUntilComplete(task)
	if handler != nil {
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
func (r *runner) onSigint(main *Task) error {
	r.interrupts++
	if r.interrupts == 1 && !main.done() {
		main.cancelTask(nil)
		return nil
	}
	return runtime.NewException(runtime.KeyboardInterruptType)
}

// close finalizes the loop: it cancels the remaining tasks and waits for
// them, closes the async generators, then closes the loop.
func (r *runner) close() error {
	l := r.loop
	defer func() {
		setEventLoop(nil)
		_ = l.close()
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
