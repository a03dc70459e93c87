// Package asyncio is pyasync's asyncio module: the event loop, futures
// and tasks, and the coroutines and synchronization primitives built on
// them, with CPython 3.11's scheduling order and messages.
//
// The loop (loop.go) is single-threaded and drives coroutines only through
// runtime.Resumable (Send/Throw). Functions that are `async def` in
// CPython (sleep, wait_for, Queue.get…) are Go coroutines written in
// continuation-passing style (coroutine.go).
//
// Its links with the rest of the interpreter:
//   - runtime.AsyncGenFirstIter and runtime.AsyncGenFinalizer, which it
//     installs: the evaluator reports async generators first iterated, and
//     those dropped unfinished, so that the loop closes them;
//   - AtExit, which the command calls when the program ends;
//   - SourceFunction and SourceCoroutine, implemented by the evaluator's
//     functions and coroutines, for the reprs of callbacks and tasks;
//   - runtime.InterruptWake and runtime.SetInterruptHandler, for Ctrl-C:
//     the loop's waits wake on SIGINT, and asyncio.run handles it;
//   - runtime.TheClock, real or virtual, which loop.time() reads.
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
	for _, f := range []struct {
		sig signature
		fn  func(vals []runtime.Value) (runtime.Value, error)
	}{
		{signature{name: "run", params: []string{"main"}, required: 1, kwonly: []string{"debug"}}, runFunc},
		{signature{name: "sleep", params: []string{"delay", "result"}, required: 1}, sleep},
		{signature{name: "create_task", params: []string{"coro"}, required: 1, kwonly: []string{"name", "context"}}, createTask},
		{signature{name: "ensure_future", params: []string{"coro_or_future"}, required: 1, kwonly: []string{"loop"}}, ensureFutureFunc},
		{signature{name: "gather", varargs: true, kwonly: []string{"return_exceptions"}}, gatherFunc},
		{signature{name: "shield", params: []string{"arg"}, required: 1}, shieldFunc},
		{signature{name: "wait", params: []string{"fs"}, required: 1, kwonly: []string{"timeout", "return_when"}}, waitFunc},
		{signature{name: "wait_for", params: []string{"fut", "timeout"}, required: 2}, waitForFunc},
		{signature{name: "as_completed", params: []string{"fs"}, required: 1, kwonly: []string{"timeout"}}, asCompletedFunc},
		{signature{name: "timeout", params: []string{"delay"}, required: 1}, timeoutFunc},
		{signature{name: "timeout_at", params: []string{"when"}, required: 1}, timeoutAtFunc},
		{signature{name: "get_running_loop"}, func([]runtime.Value) (runtime.Value, error) { return getRunningLoop() }},
		{signature{name: "get_event_loop"}, func([]runtime.Value) (runtime.Value, error) { return getEventLoop() }},
		{signature{name: "new_event_loop"}, func([]runtime.Value) (runtime.Value, error) { return newLoop(), nil }},
		{signature{name: "set_event_loop", params: []string{"loop"}, required: 1}, setEventLoopFunc},
		{signature{name: "current_task", params: []string{"loop"}}, currentTask},
		{signature{name: "all_tasks", params: []string{"loop"}}, allTasks},
		{signature{name: "iscoroutine", params: []string{"obj"}, required: 1}, isCoroutine},
		{signature{name: "iscoroutinefunction", params: []string{"func"}, required: 1}, isCoroutineFunction},
		{signature{name: "isfuture", params: []string{"obj"}, required: 1}, isFuture},
	} {
		d.SetStr(f.sig.name, pyFunc(f.sig, f.fn))
	}
	for _, t := range []*runtime.Type{
		futureType, taskType, handleType, timerHandleType, timeoutType, taskGroupType, runnerType,
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

// createTask is asyncio.create_task(coro, *, name=None, context=None).
func createTask(vals []runtime.Value) (runtime.Value, error) {
	l, err := getRunningLoop()
	if err != nil {
		return nil, err
	}
	return newTask(l, vals[0], vals[1])
}

// ensureFutureFunc is asyncio.ensure_future(coro_or_future, *, loop=None).
func ensureFutureFunc(vals []runtime.Value) (runtime.Value, error) {
	var l *Loop
	if vals[1] != nil && vals[1] != runtime.None {
		var err error
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

// setEventLoopFunc is asyncio.set_event_loop(loop).
func setEventLoopFunc(vals []runtime.Value) (runtime.Value, error) {
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

// taskLoop is the optional loop argument of current_task and all_tasks:
// the loop given, else the running one.
func taskLoop(v runtime.Value) (*Loop, error) {
	if v == nil || v == runtime.None {
		return getRunningLoop()
	}
	return loopArg(v)
}

// currentTask is asyncio.current_task(loop=None): the task running now.
func currentTask(vals []runtime.Value) (runtime.Value, error) {
	l, err := taskLoop(vals[0])
	if err != nil {
		return nil, err
	}
	if l.current == nil {
		return runtime.None, nil
	}
	return l.current, nil
}

// allTasks is asyncio.all_tasks(loop=None): the set of pending tasks.
func allTasks(vals []runtime.Value) (runtime.Value, error) {
	l, err := taskLoop(vals[0])
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

// isCoroutineFunction is asyncio.iscoroutinefunction(func): an async def
// function, directly or as a bound method.
func isCoroutineFunction(vals []runtime.Value) (runtime.Value, error) {
	f := vals[0]
	if m, ok := f.(*runtime.BoundMethod); ok {
		f = m.Func
	}
	cf, ok := f.(runtime.CoroutineFunction)
	return runtime.Bool(ok && cf.IsCoroutineFunction()), nil
}

// isCoroutine is asyncio.iscoroutine(obj).
func isCoroutine(vals []runtime.Value) (runtime.Value, error) {
	_, ok := asCoroutine(vals[0])
	return runtime.Bool(ok), nil
}

// isFuture is asyncio.isfuture(obj).
func isFuture(vals []runtime.Value) (runtime.Value, error) {
	_, ok := vals[0].(futureLike)
	return runtime.Bool(ok), nil
}
