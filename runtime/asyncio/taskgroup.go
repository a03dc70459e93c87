package asyncio

import (
	"fmt"
	"slices"
	"strings"

	"pyasync/runtime"
)

// TaskGroup is asyncio.TaskGroup (3.11): an async context manager whose
// exit waits for the tasks created in it. The first task to fail cancels
// the others and the block's task; the failures leave the block as an
// ExceptionGroup.
//
// Invariant: tasks are the group's tasks not done yet, in creation order.
type TaskGroup struct {
	object
	entered, exiting, aborting bool
	loop                       *Loop
	parent                     *Task
	parentCancelRequested      bool
	tasks                      []*Task
	errors                     []*runtime.Exception
	baseError                  *runtime.Exception
	// onCompleted is the future __aexit__ waits on while tasks remain.
	onCompleted *Future
}

var taskGroupType = newType("asyncio.taskgroups", "TaskGroup")

func (g *TaskGroup) repr() string {
	info := []string{""}
	if len(g.tasks) > 0 {
		info = append(info, fmt.Sprintf("tasks=%d", len(g.tasks)))
	}
	if len(g.errors) > 0 {
		info = append(info, fmt.Sprintf("errors=%d", len(g.errors)))
	}
	if g.aborting {
		info = append(info, "cancelling")
	} else if g.entered {
		info = append(info, "entered")
	}
	return "<TaskGroup" + strings.Join(info, " ") + ">"
}

func (g *TaskGroup) enter() *coroutine {
	return newCoroutine("TaskGroup.__aenter__", func() step {
		if g.entered {
			return raising(runtime.NewErrorf(runtime.RuntimeErrorType, "TaskGroup %s has already been entered", g.repr()))
		}
		if g.loop == nil {
			l, err := getRunningLoop()
			if err != nil {
				return raising(err)
			}
			g.loop = l
		}
		g.parent = g.loop.current
		if g.parent == nil {
			return raising(runtime.NewErrorf(runtime.RuntimeErrorType, "TaskGroup %s cannot determine the parent task", g.repr()))
		}
		g.entered = true
		return returning(g)
	})
}

// isBaseError reports whether e is one of the exceptions that the group
// re-raises as they are, instead of grouping them.
func isBaseError(e *runtime.Exception) bool {
	return e.IsInstanceOf(runtime.SystemExitType) || e.IsInstanceOf(runtime.KeyboardInterruptType)
}

// exit is __aexit__: it waits for the tasks, then raises what the block
// and the tasks raised.
func (g *TaskGroup) exit(excType, exc runtime.Value) *coroutine {
	return newCoroutine("TaskGroup.__aexit__", func() step {
		g.exiting = true
		e, _ := exc.(*runtime.Exception)
		if e != nil && isBaseError(e) && g.baseError == nil {
			g.baseError = e
		}
		var propagate *runtime.Exception
		if excType == CancelledErrorType {
			propagate = e
		}
		if g.parentCancelRequested && g.parent.uncancel() == 0 {
			propagate = nil
		}
		if excType != runtime.None && !g.aborting {
			g.abort()
		}
		return g.drain(excType, e, propagate)
	})
}

// drain waits until no task is left, then finishes the exit.
func (g *TaskGroup) drain(excType runtime.Value, exc, propagate *runtime.Exception) step {
	if len(g.tasks) == 0 {
		return g.finishExit(excType, exc, propagate)
	}
	if g.onCompleted == nil {
		g.onCompleted = newFuture(g.loop)
	}
	return awaiting(g.onCompleted, func(_ runtime.Value, err error) step {
		if isCancelledError(err) && !g.aborting {
			propagate = err.(*runtime.Exception)
			g.abort()
		} else if err != nil && !isCancelledError(err) {
			return raising(err)
		}
		g.onCompleted = nil
		return g.drain(excType, exc, propagate)
	})
}

func (g *TaskGroup) finishExit(excType runtime.Value, exc, propagate *runtime.Exception) step {
	if g.baseError != nil {
		return raising(g.baseError)
	}
	if propagate != nil && len(g.errors) == 0 {
		return raising(propagate)
	}
	if excType != runtime.None && excType != CancelledErrorType && exc != nil {
		g.errors = append(g.errors, exc)
	}
	if len(g.errors) == 0 {
		return returning(runtime.None)
	}
	members := make([]runtime.Value, len(g.errors))
	for i, e := range g.errors {
		members[i] = e
	}
	g.errors = nil
	eg, err := runtime.Call(runtime.BaseExceptionGroupType, []runtime.Value{runtime.Str("unhandled errors in a TaskGroup"), runtime.NewList(members)}, nil)
	if err != nil {
		return raising(err)
	}
	me := eg.(*runtime.Exception)
	me.Cause, me.SuppressContext = nil, true // raise me from None
	return raising(me)
}

// createTask is TaskGroup.create_task(coro, *, name=None, context=None).
func (g *TaskGroup) createTask(coro, name runtime.Value) (runtime.Value, error) {
	switch {
	case !g.entered:
		return nil, runtime.NewErrorf(runtime.RuntimeErrorType, "TaskGroup %s has not been entered", g.repr())
	case g.exiting && len(g.tasks) == 0:
		return nil, runtime.NewErrorf(runtime.RuntimeErrorType, "TaskGroup %s is finished", g.repr())
	case g.aborting:
		return nil, runtime.NewErrorf(runtime.RuntimeErrorType, "TaskGroup %s is shutting down", g.repr())
	}
	t, err := newTask(g.loop, coro, name)
	if err != nil {
		return nil, err
	}
	t.addDoneCallback(&doneCallback{label: "TaskGroup._on_task_done", fn: func(*Future) error { return g.onTaskDone(t) }})
	g.tasks = append(g.tasks, t)
	return t, nil
}

// abort cancels the group's tasks.
func (g *TaskGroup) abort() {
	g.aborting = true
	for _, t := range g.tasks {
		if !t.done() {
			t.cancelTask(nil)
		}
	}
}

func (g *TaskGroup) onTaskDone(t *Task) error {
	g.tasks = slices.DeleteFunc(g.tasks, func(o *Task) bool { return o == t })
	if g.onCompleted != nil && len(g.tasks) == 0 && !g.onCompleted.done() {
		_ = g.onCompleted.setResult(runtime.True)
	}
	if t.cancelled() {
		return nil
	}
	exc := retrieveException(&t.Future)
	if exc == nil {
		return nil
	}
	g.errors = append(g.errors, exc)
	if isBaseError(exc) && g.baseError == nil {
		g.baseError = exc
	}
	if g.parent.done() {
		g.loop.reportError(newErrorContext(fmt.Sprintf("Task %s has errored out but its parent task %s is already completed", fullRepr(t), strOf(g.parent)), exc, "task", t))
		return nil
	}
	if !g.aborting && !g.parentCancelRequested {
		g.abort()
		g.parentCancelRequested = true
		g.parent.cancelTask(nil)
	}
	return nil
}

// strOf is str(v), or its repr when str fails.
func strOf(v runtime.Value) string {
	s, err := runtime.ToStr(v)
	if err != nil {
		return fullRepr(v)
	}
	return s
}

func init() {
	gt := taskGroupType
	gt.New = func(t *runtime.Type, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return &TaskGroup{object: object{class: t}}, nil
	}
	pyMethod(gt, signature{name: "__init__"}, func(*TaskGroup, []runtime.Value) (runtime.Value, error) { return runtime.None, nil })
	addRepr(gt, func(self runtime.Value) (string, error) { return self.(*TaskGroup).repr(), nil })
	pyMethod(gt, signature{name: "__aenter__"}, func(g *TaskGroup, _ []runtime.Value) (runtime.Value, error) { return g.enter(), nil })
	pyMethod(gt, signature{name: "__aexit__", params: []string{"et", "exc", "tb"}, required: 3}, func(g *TaskGroup, vals []runtime.Value) (runtime.Value, error) {
		return g.exit(vals[0], vals[1]), nil
	})
	pyMethod(gt, signature{name: "create_task", params: []string{"coro"}, required: 1, kwonly: []string{"name", "context"}}, func(g *TaskGroup, vals []runtime.Value) (runtime.Value, error) {
		return g.createTask(vals[0], vals[1])
	})
}
