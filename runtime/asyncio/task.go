package asyncio

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"pyasync/runtime"
)

// Task is an asyncio.Task: a future that drives a coroutine. Each step
// sends None (or throws an exception) into the coroutine, which then
// yields a future to wait for, yields None to let the other callbacks run
// first, returns (the task's result) or raises (its exception).
//
// Invariants: a step runs only from the loop, scheduled by call_soon (the
// first by the constructor, the others by a bare yield or by the awaited
// future's done callback); futWaiter is the future the suspended coroutine
// waits for, nil while it runs or is scheduled; a task completes only at
// the end of a step.
type Task struct {
	Future
	coro runtime.Resumable // a coroutine (see asCoroutine)
	id   uint64            // creation order, for all_tasks()
	name runtime.Value
	// numCancels counts the cancel() requests not withdrawn by uncancel().
	numCancels int
	// mustCancel asks the next step to throw CancelledError into the
	// coroutine (cancel() found no future to cancel instead).
	mustCancel bool
	futWaiter  futureLike
	// logDestroyPending asks AtExit to report the task if it is still
	// pending; off for the tasks nobody else can see (those
	// run_until_complete and gather make themselves).
	logDestroyPending bool
}

var (
	taskType = newType("_asyncio", "Task", futureType)
	// taskCounter numbers the default task names, "Task-1", "Task-2"…,
	// across all loops.
	taskCounter uint64
)

// newTask wraps coro in a task of loop l and schedules its first step
// (loop.create_task()); name nil means the default "Task-N".
func newTask(l *Loop, coro runtime.Value, name runtime.Value) (*Task, error) {
	t := &Task{}
	t.class = taskType
	return t, t.init(l, coro, name)
}

// init is Task.__init__.
func (t *Task) init(l *Loop, coro runtime.Value, name runtime.Value) error {
	c, ok := asCoroutine(coro)
	if !ok {
		return runtime.NewErrorf(runtime.TypeErrorType, "a coroutine was expected, got %s", fullRepr(coro))
	}
	if err := l.checkClosed(); err != nil {
		return err
	}
	t.loop, t.owner, t.coro, t.logDestroyPending = l, t, c, true
	taskCounter++
	t.id = taskCounter
	if name == nil || name == runtime.None {
		t.name = runtime.Str(fmt.Sprintf("Task-%d", taskCounter))
	} else {
		s, err := runtime.ToStr(name)
		if err != nil {
			return err
		}
		t.name = runtime.Str(s)
	}
	t.scheduleStep(nil)
	l.tasks[t] = struct{}{}
	return nil
}

// scheduleStep runs a step on a later iteration, throwing exc into the
// coroutine unless it is nil.
func (t *Task) scheduleStep(exc *runtime.Exception) {
	t.loop.callSoon("Task.__step", func() error { return t.step(exc) })
}

// cancelTask is Task.cancel(msg): it asks the coroutine to stop by
// throwing CancelledError into it at its next step, cancelling the
// future it awaits (which wakes it) when there is one.
func (t *Task) cancelTask(msg runtime.Value) bool {
	t.logTraceback = false
	if t.done() {
		return false
	}
	t.numCancels++
	if t.futWaiter != nil && t.futWaiter.cancelFuture(msg) {
		return true
	}
	t.mustCancel, t.cancelMsg = true, msg
	return true
}

// cancelFuture cancels a future or a task (which may take several steps).
func (f *Future) cancelFuture(msg runtime.Value) bool { return f.cancel(msg) }

// cancelFuture implements futureLike for tasks.
func (t *Task) cancelFuture(msg runtime.Value) bool { return t.cancelTask(msg) }

// step runs the coroutine until it suspends or finishes (Task.__step).
// Only a KeyboardInterrupt or SystemExit escapes, after becoming the
// task's exception.
func (t *Task) step(exc *runtime.Exception) error {
	if t.mustCancel {
		if exc == nil || !exc.IsInstanceOf(CancelledErrorType) {
			exc = t.makeCancelledError()
		}
		t.mustCancel = false
	}
	t.futWaiter = nil
	l := t.loop
	prev := l.current
	l.current = t
	defer func() { l.current = prev }()
	var (
		result runtime.Value
		done   bool
		err    error
	)
	if exc == nil {
		result, done, err = t.coro.Send(runtime.None)
	} else {
		result, done, err = t.coro.Throw(exc)
	}
	switch {
	case err != nil:
		e, ok := err.(*runtime.Exception)
		switch {
		case !ok:
			return err
		case e.IsInstanceOf(CancelledErrorType):
			t.cancelledExc = e
			t.cancel(nil)
		default:
			_ = t.setException(e)
			if isExit(e) {
				t.escaped = true
				t.unregister()
				return e
			}
		}
	case done:
		if t.mustCancel {
			t.mustCancel = false
			t.cancel(t.cancelMsg)
		} else {
			_ = t.setResult(result)
		}
	default:
		t.waitFor(result)
	}
	if t.done() {
		t.unregister()
	}
	return nil
}

func (t *Task) unregister() { delete(t.loop.tasks, t) }

// waitFor handles a value the coroutine yielded: a future to wait for
// (yielded by `await future`), None (a bare yield: run again soon), or
// anything else, which is an error thrown back into the coroutine.
func (t *Task) waitFor(v runtime.Value) {
	fail := func(format string, args ...any) {
		t.scheduleStep(runtime.NewErrorf(runtime.RuntimeErrorType, format, args...))
	}
	fl, isFuture := v.(futureLike)
	switch {
	case isFuture:
		f := fl.future()
		switch {
		case f.loop != t.loop:
			fail("Task %s got Future %s attached to a different loop", fullRepr(t), fullRepr(v))
		case !f.blocking:
			fail("yield was used instead of yield from in task %s with %s", fullRepr(t), fullRepr(v))
		case f == &t.Future:
			fail("Task cannot await on itself: %s", fullRepr(t))
		default:
			f.blocking = false
			f.addDoneCallback(&doneCallback{label: "Task.task_wakeup", fn: t.wakeup})
			t.futWaiter = fl
			if t.mustCancel && fl.cancelFuture(t.cancelMsg) {
				t.mustCancel = false
			}
		}
	case v == runtime.None:
		t.scheduleStep(nil)
	case v.Type() == runtime.GeneratorType:
		fail("yield was used instead of yield from for generator in task %s with %s", fullRepr(t), fullRepr(v))
	default:
		fail("Task got bad yield: %s", fullRepr(v))
	}
}

// wakeup is the done callback of the awaited future: the next step
// receives its outcome.
func (t *Task) wakeup(f *Future) error {
	if _, err := f.getResult(); err != nil {
		if e, ok := err.(*runtime.Exception); ok {
			return t.step(e)
		}
		return err
	}
	return t.step(nil)
}

// SourceCoroutine is implemented by coroutines written in Python (the
// evaluator's), so that task reprs can say where they stand:
// "coro=<work() running at x.py:3>" while the coroutine can run,
// "coro=<work() done, defined at x.py:1>" once it has finished.
type SourceCoroutine interface {
	SourceFunction // the file and line of the async def
	// FrameLine returns the line the coroutine's frame stands at — its
	// def line before it starts; ok is false once it has finished.
	FrameLine() (line int, ok bool)
}

// formatCoroutine describes a task's coroutine as CPython's
// coroutines._format_coroutine: "work() running at x.py:3".
func formatCoroutine(c runtime.Resumable) string {
	name := coroutineName(c) + "()"
	src, ok := c.(SourceCoroutine)
	if !ok {
		return name
	}
	file, line := src.DefinedAt()
	if at, running := src.FrameLine(); running {
		return fmt.Sprintf("%s running at %s:%d", name, file, at)
	}
	return fmt.Sprintf("%s done, defined at %s:%d", name, file, line)
}

// coroutineName is the __qualname__ of a coroutine, else its __name__.
func coroutineName(c runtime.Resumable) string {
	if co, ok := c.(runtime.Coroutine); ok {
		return co.QualName()
	}
	if name, ok := nameOf(c); ok {
		return name
	}
	return "<" + runtime.TypeName(c) + " without __name__>"
}

func (t *Task) repr() (string, error) {
	if t.coro == nil {
		return t.Future.repr()
	}
	info, err := t.futureInfo()
	if err != nil {
		return "", err
	}
	if t.numCancels > 0 && !t.done() {
		info[0] = "cancelling"
	}
	extra := []string{"name=" + fullRepr(t.name), "coro=<" + formatCoroutine(t.coro) + ">"}
	if t.futWaiter != nil {
		w, err := runtime.Repr(t.futWaiter)
		if err != nil {
			return "", err
		}
		extra = append(extra, "wait_for="+w)
	}
	info = append(info[:1], append(extra, info[1:]...)...)
	return "<" + t.Type().Name + " " + strings.Join(info, " ") + ">", nil
}

// taskMethod registers a method of Task: check validates the arguments,
// then fn runs on the task.
func taskMethod(name string, check argCheck, fn func(t *Task, args []runtime.Value) (runtime.Value, error)) {
	taskType.AddMethod(name, func(self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		args, err := check(self.Type().Name+"."+name, args, kwnames)
		if err != nil {
			return nil, err
		}
		t := self.(*Task)
		if t.coro == nil {
			return nil, uninitialized()
		}
		return fn(t, args)
	})
}

func init() {
	tt := taskType
	tt.New = func(t *runtime.Type, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		task := &Task{}
		task.class, task.owner = t, task
		return task, nil
	}
	tt.AddMethod("__init__", func(self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		vals, err := runtime.Args("Task", args, kwnames, 1, "coro", "loop", "name", "context")
		if err != nil {
			return nil, err
		}
		l, err := loopArg(vals[1])
		if err != nil {
			return nil, err
		}
		return runtime.None, self.(*Task).init(l, vals[0], vals[2])
	})
	addRepr(tt, func(self runtime.Value) (string, error) { return self.(*Task).repr() })
	taskMethod("get_coro", noArgs, func(t *Task, _ []runtime.Value) (runtime.Value, error) { return t.coro, nil })
	taskMethod("get_name", noArgs, func(t *Task, _ []runtime.Value) (runtime.Value, error) { return t.name, nil })
	taskMethod("cancelling", noArgs, func(t *Task, _ []runtime.Value) (runtime.Value, error) { return runtime.Int(t.numCancels), nil })
	taskMethod("uncancel", noArgs, func(t *Task, _ []runtime.Value) (runtime.Value, error) { return runtime.Int(t.uncancel()), nil })
	taskMethod("set_name", oneArg, func(t *Task, args []runtime.Value) (runtime.Value, error) {
		s, err := runtime.ToStr(args[0])
		if err != nil {
			return nil, err
		}
		t.name = runtime.Str(s)
		return runtime.None, nil
	})
	for _, name := range []string{"set_result", "set_exception"} {
		msg := "Task does not support " + name + " operation"
		taskMethod(name, oneArg, func(*Task, []runtime.Value) (runtime.Value, error) {
			return nil, runtime.NewError(runtime.RuntimeErrorType, msg)
		})
	}
}

// uncancel withdraws one cancellation request, returning how many remain.
func (t *Task) uncancel() int {
	if t.numCancels > 0 {
		t.numCancels--
	}
	return t.numCancels
}

// allTasks returns the loop's pending tasks, in creation order.
func (l *Loop) allTasks() []*Task {
	out := make([]*Task, 0, len(l.tasks))
	for t := range l.tasks {
		if !t.done() {
			out = append(out, t)
		}
	}
	slices.SortFunc(out, func(a, b *Task) int { return cmp.Compare(a.id, b.id) })
	return out
}
