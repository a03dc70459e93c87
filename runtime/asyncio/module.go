// Package asyncio is pyasync's asyncio module: the event loop, futures
// and tasks, and the coroutines and synchronization primitives built on
// them, with CPython 3.11's scheduling order and messages.
//
// The loop is single-threaded and drives coroutines only through
// runtime.Coroutine (Send/Throw). Functions that are `async def` in
// CPython (sleep, wait_for, Queue.get…) are Go coroutines (coroutine.go).
//
// Hooks for the rest of the interpreter: TrackAsyncGen (the evaluator,
// on an async generator's first iteration), AtExit (the command, when the
// program ends), the optional SourceFunction and SourceCoroutine
// interfaces (the evaluator's functions and coroutines, for reprs), and
// runtime.CheckInterrupt/runtime.InterruptWake for Ctrl-C.
package asyncio

import "pyasync/runtime"

func init() {
	runtime.RegisterModule("asyncio", newModule)
}

// The return_when values of wait().
const (
	firstCompleted = "FIRST_COMPLETED"
	firstException = "FIRST_EXCEPTION"
	allCompleted   = "ALL_COMPLETED"
)

func newModule() *runtime.Module {
	m := runtime.NewModule("asyncio")
	d := m.Dict
	fn := func(name string, f func(args []runtime.Value, kwnames []string) (runtime.Value, error)) {
		d.SetStr(name, runtime.NewBuiltin(name, f))
	}
	fn("run", runFunc)
	fn("sleep", sleep)
	fn("gather", gatherFunc)
	fn("create_task", createTask)
	fn("ensure_future", ensureFutureFunc)
	fn("get_running_loop", noArgFunc("get_running_loop", func() (runtime.Value, error) { return getRunningLoop() }))
	fn("get_event_loop", noArgFunc("get_event_loop", func() (runtime.Value, error) { return getEventLoop() }))
	fn("new_event_loop", noArgFunc("new_event_loop", func() (runtime.Value, error) { return newLoop(), nil }))
	fn("set_event_loop", setEventLoopFunc)
	fn("current_task", currentTask)
	fn("all_tasks", allTasks)
	fn("iscoroutine", isCoroutine)
	fn("isfuture", isFuture)
	fn("shield", shieldFunc)
	fn("wait", waitFunc)
	fn("wait_for", waitForFunc)
	fn("as_completed", asCompletedFunc)
	fn("timeout", timeoutFunc)
	fn("timeout_at", timeoutAtFunc)
	for _, t := range []*runtime.Type{
		futureType, taskType, handleType, timerHandleType, timeoutType, taskGroupType,
		queueType, lifoQueueType, priorityQueueType,
		lockType, eventType, conditionType, semaphoreType, boundedSemaphoreType,
		CancelledErrorType, InvalidStateErrorType, QueueEmptyType, QueueFullType,
	} {
		d.SetStr(t.Name, t)
	}
	d.SetStr("TimeoutError", runtime.TimeoutErrorType)
	for _, c := range []string{firstCompleted, firstException, allCompleted} {
		d.SetStr(c, runtime.Str(c))
	}
	return m
}

// noArgFunc adapts a function of no arguments.
func noArgFunc(name string, f func() (runtime.Value, error)) func([]runtime.Value, []string) (runtime.Value, error) {
	sig := signature{name: name}
	return func(args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if _, _, err := sig.bind(args, kwnames); err != nil {
			return nil, err
		}
		return f()
	}
}

var createTaskSigFunc = signature{name: "create_task", params: []string{"coro"}, required: 1, kwonly: []string{"name", "context"}}

// createTask is asyncio.create_task(coro, *, name=None, context=None).
func createTask(args []runtime.Value, kwnames []string) (runtime.Value, error) {
	vals, _, err := createTaskSigFunc.bind(args, kwnames)
	if err != nil {
		return nil, err
	}
	l, err := getRunningLoop()
	if err != nil {
		return nil, err
	}
	return newTask(l, vals[0], vals[1])
}

var ensureFutureSig = signature{name: "ensure_future", params: []string{"coro_or_future"}, required: 1, kwonly: []string{"loop"}}

// ensureFutureFunc is asyncio.ensure_future(coro_or_future, *, loop=None).
func ensureFutureFunc(args []runtime.Value, kwnames []string) (runtime.Value, error) {
	vals, _, err := ensureFutureSig.bind(args, kwnames)
	if err != nil {
		return nil, err
	}
	var l *Loop
	if vals[1] != nil && vals[1] != runtime.None {
		if l, err = loopArg(vals[1]); err != nil {
			return nil, err
		}
	}
	f, err := ensureFuture(l, vals[0])
	if err != nil {
		return nil, err
	}
	return f.owner, nil
}

var setEventLoopSig = signature{name: "set_event_loop", params: []string{"loop"}, required: 1}

func setEventLoopFunc(args []runtime.Value, kwnames []string) (runtime.Value, error) {
	vals, _, err := setEventLoopSig.bind(args, kwnames)
	if err != nil {
		return nil, err
	}
	if vals[0] == runtime.None {
		setEventLoop(nil)
		return runtime.None, nil
	}
	l, ok := vals[0].(*Loop)
	if !ok {
		return nil, runtime.NewErrorf(runtime.TypeErrorType, "loop must be an instance of AbstractEventLoop or None, not '%s'", runtime.TypeName(vals[0]))
	}
	setEventLoop(l)
	return runtime.None, nil
}

var taskLoopSig = signature{params: []string{"loop"}}

// taskLoop binds the optional loop argument of current_task/all_tasks:
// the loop given, else the running one.
func taskLoop(name string, args []runtime.Value, kwnames []string) (*Loop, error) {
	sig := taskLoopSig
	sig.name = name
	vals, _, err := sig.bind(args, kwnames)
	if err != nil {
		return nil, err
	}
	if vals[0] == nil || vals[0] == runtime.None {
		return getRunningLoop()
	}
	return loopArg(vals[0])
}

// currentTask is asyncio.current_task(loop=None): the task running now.
func currentTask(args []runtime.Value, kwnames []string) (runtime.Value, error) {
	l, err := taskLoop("current_task", args, kwnames)
	if err != nil {
		return nil, err
	}
	if l.current == nil {
		return runtime.None, nil
	}
	return l.current, nil
}

// allTasks is asyncio.all_tasks(loop=None): the set of pending tasks.
func allTasks(args []runtime.Value, kwnames []string) (runtime.Value, error) {
	l, err := taskLoop("all_tasks", args, kwnames)
	if err != nil {
		return nil, err
	}
	s := runtime.NewSet()
	for _, t := range l.allTasks() {
		if err := s.Add(t); err != nil {
			return nil, err
		}
	}
	return s, nil
}

func isCoroutine(args []runtime.Value, kwnames []string) (runtime.Value, error) {
	vals, _, err := (&signature{name: "iscoroutine", params: []string{"obj"}, required: 1}).bind(args, kwnames)
	if err != nil {
		return nil, err
	}
	_, ok := vals[0].(runtime.Coroutine)
	return runtime.Bool(ok), nil
}

func isFuture(args []runtime.Value, kwnames []string) (runtime.Value, error) {
	vals, _, err := (&signature{name: "isfuture", params: []string{"obj"}, required: 1}).bind(args, kwnames)
	if err != nil {
		return nil, err
	}
	_, ok := vals[0].(futureLike)
	return runtime.Bool(ok), nil
}
