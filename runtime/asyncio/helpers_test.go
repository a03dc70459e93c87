package asyncio

import (
	"fmt"
	"testing"

	"pyasync/runtime"
)

// useClock gives one test a fresh virtual clock, or the process's real
// one.
func useClock(t *testing.T, virtual bool) {
	t.Helper()
	if !virtual {
		if runtime.TheClock.Virtual() {
			t.Fatal("the process clock is virtual")
		}
		return
	}
	saved := runtime.TheClock
	c := &runtime.Clock{}
	c.SetVirtualTime()
	runtime.TheClock = c
	t.Cleanup(func() { runtime.TheClock = saved })
}

// recorder collects the events of a test's coroutines, in order.
type recorder struct{ events []string }

func (r *recorder) add(format string, args ...any) {
	r.events = append(r.events, fmt.Sprintf(format, args...))
}

// then continues a coroutine body with next once the awaitable returns;
// an exception ends the body with it.
func then(aw runtime.Value, next func(runtime.Value) step) step {
	return awaiting(aw, onResult(next))
}

// mustSleep is asyncio.sleep(delay) for tests.
func mustSleep(delay float64) runtime.Value {
	c, err := sleep([]runtime.Value{runtime.Float(delay), nil})
	if err != nil {
		panic(err)
	}
	return c
}

// steps makes a coroutine that records "name i" then sleeps delay,
// n times, and returns name.
func steps(r *recorder, name string, n int, delay float64) *coroutine {
	var loop func(i int) step
	loop = func(i int) step {
		if i == n {
			r.add("%s done", name)
			return returning(runtime.Str(name))
		}
		r.add("%s %d", name, i)
		return then(mustSleep(delay), func(runtime.Value) step { return loop(i + 1) })
	}
	return newCoroutine(name, func() step { return loop(0) })
}

// runMain runs body as the coroutine of asyncio.run and returns its
// result.
func runMain(t *testing.T, body func() step) (runtime.Value, error) {
	t.Helper()
	return runFunc([]runtime.Value{newCoroutine("main", body), nil})
}

// spawn creates a task of the running loop.
func spawn(t *testing.T, coro runtime.Value) *Task {
	t.Helper()
	task, err := newTask(runningLoop, coro, nil)
	if err != nil {
		t.Fatal(err)
	}
	return task
}
