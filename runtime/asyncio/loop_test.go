package asyncio

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"pyasync/runtime"
)

// The expected orders below are CPython 3.11's for the equivalent
// programs (tests/programs/asyncio holds several of them).

func TestTasksInterleaveAtSleep0(t *testing.T) {
	useClock(t, true)
	r := &recorder{}
	res, err := runMain(t, func() step {
		a := spawn(t, steps(r, "a", 3, 0))
		b := spawn(t, steps(r, "b", 2, 0))
		r.add("created")
		return then(mustSleep(0), func(runtime.Value) step {
			r.add("main resumed")
			return then(a, func(va runtime.Value) step {
				return then(b, func(vb runtime.Value) step {
					return returning(runtime.Tuple{va, vb})
				})
			})
		})
	})
	require.NoError(t, err)
	assert.Equal(t, runtime.Tuple{runtime.Str("a"), runtime.Str("b")}, res)
	assert.Equal(t, []string{
		"created", "a 0", "b 0", "main resumed", "a 1", "b 1", "a 2", "b done", "a done",
	}, r.events)
}

func TestTimersFireByDeadlineThenCreation(t *testing.T) {
	useClock(t, true)
	r := &recorder{}
	_, err := runMain(t, func() step {
		for _, s := range []struct {
			name  string
			delay float64
		}{{"a", 0.3}, {"b", 0.1}, {"c", 0.2}, {"d", 0.1}, {"e", 0}} {
			spawn(t, steps(r, s.name, 1, s.delay))
		}
		return then(mustSleep(0.5), func(runtime.Value) step {
			r.add("main at %.1f", runtime.TheClock.Monotonic())
			return returning(runtime.None)
		})
	})
	require.NoError(t, err)
	assert.Equal(t, []string{
		"a 0", "b 0", "c 0", "d 0", "e 0", "e done", "b done", "d done", "c done", "a done", "main at 0.5",
	}, r.events)
}

func TestEqualSumsOfDelaysKeepCreationOrder(t *testing.T) {
	// 0.7+0.2 is 0.8999999999999999 as a float: the timer made second must
	// still fire second, as it does on CPython's real clock.
	useClock(t, true)
	r := &recorder{}
	_, err := runMain(t, func() step {
		spawn(t, steps(r, "at0.9", 1, 0.9))
		spawn(t, newCoroutine("later", func() step {
			return then(mustSleep(0.7), func(runtime.Value) step {
				return then(steps(r, "at0.7+0.2", 1, 0.2), func(runtime.Value) step { return returning(runtime.None) })
			})
		}))
		return then(mustSleep(1), func(runtime.Value) step { return returning(runtime.None) })
	})
	require.NoError(t, err)
	assert.Equal(t, []string{"at0.9 0", "at0.7+0.2 0", "at0.9 done", "at0.7+0.2 done"}, r.events)
}

func TestCallbacksScheduledWhileRunningWaitForNextIteration(t *testing.T) {
	l := newLoop()
	r := &recorder{}
	l.callSoon("first", func() error {
		r.add("first")
		l.callSoon("nested", func() error { r.add("nested"); return nil })
		return nil
	})
	l.callSoon("second", func() error { r.add("second"); return nil })
	require.NoError(t, l.runOnce())
	assert.Equal(t, []string{"first", "second"}, r.events)
	require.NoError(t, l.runOnce())
	assert.Equal(t, []string{"first", "second", "nested"}, r.events)
	require.NoError(t, l.close())
}

func TestCancelledTimerDoesNotRun(t *testing.T) {
	useClock(t, true)
	l := newLoop()
	ran := false
	h, err := l.callAt(runtime.Float(1), Handle{fn: func() error { ran = true; return nil }})
	require.NoError(t, err)
	h.Cancel()
	assert.Empty(t, l.timers)
	l.callSoon("stop", func() error { l.stop(); return nil })
	require.NoError(t, l.runForever())
	assert.False(t, ran)
	require.NoError(t, l.close())
}

func TestCancelThrowsIntoCoroutineAtItsAwait(t *testing.T) {
	useClock(t, true)
	r := &recorder{}
	_, err := runMain(t, func() step {
		stubborn := spawn(t, newCoroutine("stubborn", func() step {
			return awaiting(mustSleep(10), func(_ runtime.Value, err error) step {
				r.add("stubborn got %v", err)
				return returning(runtime.Str("survived"))
			})
		}))
		return then(mustSleep(0), func(runtime.Value) step {
			assert.True(t, stubborn.cancelTask(runtime.Str("stop")))
			assert.Equal(t, 1, stubborn.numCancels)
			return then(stubborn, func(v runtime.Value) step {
				r.add("result %v, cancelled %v", v, stubborn.cancelled())
				return returning(runtime.None)
			})
		})
	})
	require.NoError(t, err)
	assert.Equal(t, []string{"stubborn got CancelledError: stop", "result survived, cancelled false"}, r.events)
}

func TestTaskEndsCancelledWhenCancelledErrorEscapes(t *testing.T) {
	useClock(t, true)
	var child *Task
	_, err := runMain(t, func() step {
		child = spawn(t, newCoroutine("child", func() step { return then(mustSleep(10), returning) }))
		child.cancelTask(nil)
		return awaiting(child, func(_ runtime.Value, err error) step { return raising(err) })
	})
	require.Error(t, err)
	assert.True(t, isCancelledError(err))
	assert.True(t, child.cancelled())
}

func TestMainExceptionPropagatesAndIsRetrieved(t *testing.T) {
	useClock(t, true)
	boom := runtime.NewError(runtime.ValueErrorType, "boom")
	_, err := runMain(t, func() step { return raising(boom) })
	assert.Same(t, boom, err)
}

func TestRunRejectsNonCoroutines(t *testing.T) {
	_, err := runFunc([]runtime.Value{runtime.Int(5), nil})
	require.Error(t, err)
	assert.Equal(t, "ValueError: a coroutine was expected, got 5", err.Error())
}

func TestRealClockSleeps(t *testing.T) {
	useClock(t, false)
	start := time.Now()
	res, err := runMain(t, func() step {
		return then(mustSleep(0.05), func(runtime.Value) step { return returning(runtime.Str("ok")) })
	})
	require.NoError(t, err)
	assert.Equal(t, runtime.Str("ok"), res)
	assert.GreaterOrEqual(t, time.Since(start), 50*time.Millisecond)
}

func TestSIGINTCancelsMainThenRaisesKeyboardInterrupt(t *testing.T) {
	useClock(t, false)
	go func() {
		time.Sleep(20 * time.Millisecond)
		runtime.Interrupt()
	}()
	start := time.Now()
	_, err := runMain(t, func() step { return then(mustSleep(10), returning) })
	require.Error(t, err)
	assert.Less(t, time.Since(start), 5*time.Second)
	ki, ok := err.(*runtime.Exception)
	require.True(t, ok)
	assert.True(t, ki.IsInstanceOf(runtime.KeyboardInterruptType))
	require.NotNil(t, ki.Context)
	assert.True(t, ki.Context.IsInstanceOf(CancelledErrorType))
}

// fakeAsyncGen is an async generator for TrackAsyncGen: aclose() records
// that it ran, and calls onClose if set.
type fakeAsyncGen struct {
	closed  *bool
	onClose func()
}

func (g *fakeAsyncGen) Finished() bool { return *g.closed }

var fakeAsyncGenType = newType("tests", "fake_async_generator")

func init() {
	fakeAsyncGenType.AddMethod("aclose", func(self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		g := self.(*fakeAsyncGen)
		return newCoroutine("aclose", func() step {
			if !*g.closed && g.onClose != nil {
				g.onClose()
			}
			*g.closed = true
			return returning(runtime.None)
		}), nil
	})
}

func (*fakeAsyncGen) Type() *runtime.Type { return fakeAsyncGenType }

func TestRunClosesTrackedAsyncGenerators(t *testing.T) {
	useClock(t, true)
	closed := false
	g := &fakeAsyncGen{closed: &closed}
	TrackAsyncGen(g) // no running loop: ignored
	_, err := runMain(t, func() step {
		TrackAsyncGen(g)
		return returning(runtime.None)
	})
	require.NoError(t, err)
	assert.True(t, closed)
}

func TestShutdownCancelsRemainingTasks(t *testing.T) {
	useClock(t, true)
	r := &recorder{}
	_, err := runMain(t, func() step {
		spawn(t, newCoroutine("background", func() step {
			return awaiting(mustSleep(100), func(_ runtime.Value, err error) step {
				r.add("background: %v", err)
				return raising(err)
			})
		}))
		return then(mustSleep(1), returning)
	})
	require.NoError(t, err)
	assert.Equal(t, []string{"background: CancelledError"}, r.events)
	assert.InDelta(t, 1.0, runtime.TheClock.Monotonic(), 1e-9)
}

func TestGatherKeepsArgumentOrder(t *testing.T) {
	useClock(t, true)
	r := &recorder{}
	res, err := runMain(t, func() step {
		g, err := gather([]runtime.Value{steps(r, "slow", 1, 0.3), steps(r, "fast", 1, 0.1)}, false)
		if err != nil {
			return raising(err)
		}
		return then(g, returning)
	})
	require.NoError(t, err)
	assert.Equal(t, []runtime.Value{runtime.Str("slow"), runtime.Str("fast")}, res.(*runtime.List).Elems)
	assert.Equal(t, []string{"slow 0", "fast 0", "fast done", "slow done"}, r.events)
}

func TestDroppedAsyncGeneratorIsClosedByATaskSoon(t *testing.T) {
	// CPython's order for: async for over a generator with a finally, break,
	// then two sleep(0) (the generator is freed at the break).
	useClock(t, true)
	r := &recorder{}
	closed := false
	g := &fakeAsyncGen{closed: &closed, onClose: func() { r.add("gen finally") }}
	_, err := runMain(t, func() step {
		TrackAsyncGen(g)
		runtime.AsyncGenFinalizer(g)
		r.add("after loop")
		return then(mustSleep(0), func(runtime.Value) step {
			r.add("after sleep 0")
			return then(mustSleep(0), func(runtime.Value) step {
				r.add("after sleep 0 again")
				return returning(runtime.None)
			})
		})
	})
	require.NoError(t, err)
	assert.Equal(t, []string{"after loop", "after sleep 0", "gen finally", "after sleep 0 again"}, r.events)
}
