package asyncio

import (
	"container/heap"
	"math"
	"slices"
	"time"

	"pyasync/runtime"
)

// Loop is an event loop (CPython's BaseEventLoop, minus I/O): a FIFO of
// ready callbacks and a heap of timers, run on the interpreter's
// goroutine. Tasks are driven only by the callbacks it runs.
//
// Each iteration (runOnce) first moves the due timers to the ready queue,
// in deadline order then creation order, then runs exactly the callbacks
// that were ready at that point: callbacks scheduled meanwhile wait for
// the next iteration. When nothing is ready the loop waits for the next
// timer — really, or, with a virtual clock, by moving the clock to it.
//
// Invariants: ready holds handles in scheduling order; timers holds the
// scheduled, uncancelled TimerHandles; current is the task whose step is
// running, if any; tasks holds the loop's tasks that are not done.
type Loop struct {
	ready    deque[*Handle]
	timers   timerHeap
	seq      uint64
	running  bool
	stopping bool
	closed   bool
	debug    bool
	current  *Task
	tasks    map[*Task]struct{}
	// asyncgens are the async generators first iterated while the loop
	// ran, which shutdown_asyncgens closes.
	asyncgens prunedList[AsyncGenerator]
	// unretrieved are the futures whose exception was set, in that order;
	// close reports those whose exception nobody retrieved.
	unretrieved prunedList[*Future]
	// handler is the exception handler set by set_exception_handler, or
	// nil for the default one.
	handler runtime.Value
}

// loops are the loops made so far, except the closed ones without pending
// tasks, for AtExit.
var loops []*Loop

// newLoop makes an event loop (asyncio.new_event_loop()).
func newLoop() *Loop {
	l := &Loop{tasks: map[*Task]struct{}{}}
	loops = append(loops, l)
	return l
}

// Type implements runtime.Value.
func (*Loop) Type() *runtime.Type { return loopType }

// time is loop.time(): the clock's monotonic reading, in seconds.
func (l *Loop) time() float64 { return runtime.TheClock.Monotonic() }

// never is the deadline of timers too far away to ever fire (sleep(inf)).
const never = math.MaxInt64

// nanos converts a loop time to the timer heap's integer nanoseconds.
// Rounding makes deadlines computed by different float sums of the same
// durations (0.7+0.2 and 0.9) equal, so that creation order decides.
// Times from 2^62 ns (146 years) on, and NaN, are never; so are the times
// before -2^62 ns, which are just long past.
func nanos(t float64) int64 {
	const limit = 1 << 62
	ns := math.Round(t * 1e9)
	switch {
	case ns <= -limit:
		return -limit
	case ns >= limit || math.IsNaN(ns):
		return never
	}
	return int64(ns)
}

func (l *Loop) checkClosed() error {
	if l.closed {
		return runtime.NewError(runtime.RuntimeErrorType, "Event loop is closed")
	}
	return nil
}

// callSoon schedules fn to run on a later iteration, after the callbacks
// already scheduled. label names it in reprs.
func (l *Loop) callSoon(label string, fn func() error) *Handle {
	h := &Handle{loop: l, fn: fn, label: label}
	l.ready.PushBack(h)
	return h
}

// callAt schedules h's callback at loop time when, a number.
func (l *Loop) callAt(when runtime.Value, h Handle) (*TimerHandle, error) {
	if err := l.checkClosed(); err != nil {
		return nil, err
	}
	w, err := runtime.FloatOf(when)
	if err != nil {
		return nil, err
	}
	l.seq++
	t := &TimerHandle{Handle: h, when: when, key: nanos(float64(w.(runtime.Float))), seq: l.seq}
	t.loop, t.timer = l, t
	heap.Push(&l.timers, t)
	return t, nil
}

// unschedule takes a cancelled timer off the heap.
func (l *Loop) unschedule(t *TimerHandle) {
	if t.index >= 0 {
		heap.Remove(&l.timers, t.index)
	}
}

// runOnce runs one iteration. The error is a KeyboardInterrupt or
// SystemExit that a callback (or the SIGINT handler) raised.
func (l *Loop) runOnce() error {
	waited := int64(math.MinInt64)
	if l.ready.Len() == 0 && !l.stopping {
		waited = l.idle()
	}
	if err := runtime.CheckInterrupt(); err != nil {
		return err
	}
	now := max(nanos(l.time()), waited)
	for len(l.timers) > 0 && l.timers[0].key <= now {
		t := heap.Pop(&l.timers).(*TimerHandle)
		l.ready.PushBack(&t.Handle)
	}
	for n := l.ready.Len(); n > 0; n-- {
		h := l.ready.PopFront()
		if h.cancelled {
			continue
		}
		if err := h.invoke(); err != nil {
			return err
		}
	}
	return nil
}

// idle waits until the earliest timer is due — forever when there is
// none (or it is never due), as CPython's select() would — and returns the
// time it waited until; SIGINT cuts the wait short (the result is then
// math.MinInt64). With a virtual clock, it moves the clock instead of
// sleeping.
//
// Like CPython's epoll selector, it waits a whole number of milliseconds,
// rounded up: the timers due within that last millisecond fire in the
// same iteration as the earliest one.
func (l *Loop) idle() int64 {
	if len(l.timers) == 0 || l.timers[0].key == never {
		<-runtime.InterruptWake
		return math.MinInt64
	}
	now := nanos(l.time())
	wait := time.Duration(l.timers[0].key - now)
	if wait <= 0 {
		return now
	}
	wait = (wait + time.Millisecond - 1).Truncate(time.Millisecond)
	until := now + int64(wait)
	if runtime.TheClock.Virtual() {
		runtime.TheClock.AdvanceTo(float64(until) / 1e9)
		return until
	}
	timer := time.NewTimer(wait)
	defer timer.Stop()
	select {
	case <-timer.C:
		return until
	case <-runtime.InterruptWake:
		return math.MinInt64
	}
}

// runForever runs iterations until stop() is called (loop.run_forever()).
func (l *Loop) runForever() error {
	if err := l.checkClosed(); err != nil {
		return err
	}
	if l.running {
		return runtime.NewError(runtime.RuntimeErrorType, "This event loop is already running")
	}
	if runningLoop != nil {
		return runtime.NewError(runtime.RuntimeErrorType, "Cannot run the event loop while another loop is running")
	}
	l.running, runningLoop = true, l
	defer func() { l.running, l.stopping, runningLoop = false, false, nil }()
	for {
		if err := l.runOnce(); err != nil {
			return err
		}
		if l.stopping {
			return nil
		}
	}
}

// runUntilComplete runs the loop until fut — a future, or a coroutine or
// awaitable it wraps in a task — is done, and returns its result
// (loop.run_until_complete()).
func (l *Loop) runUntilComplete(v runtime.Value) (runtime.Value, error) {
	if err := l.checkClosed(); err != nil {
		return nil, err
	}
	f, err := ensureFuture(l, v)
	if err != nil {
		return nil, err
	}
	_, isFuture := v.(futureLike)
	if !isFuture {
		f.owner.(*Task).logDestroyPending = false
	}
	stopper := &doneCallback{label: "_run_until_complete_cb", fn: func(f *Future) error {
		if !f.cancelled() {
			f.logTraceback = false
			if f.exc != nil && isExit(f.exc) {
				return nil // run_forever already stopped, raising it
			}
		}
		f.loop.stop()
		return nil
	}}
	f.addDoneCallback(stopper)
	err = l.runForever()
	f.removeCallback(stopper)
	if err != nil {
		if !isFuture && f.done() && !f.cancelled() {
			f.logTraceback = false
		}
		return nil, err
	}
	if !f.done() {
		return nil, runtime.NewError(runtime.RuntimeErrorType, "Event loop stopped before Future completed.")
	}
	return f.getResult()
}

// stop makes the loop return after the current iteration.
func (l *Loop) stop() { l.stopping = true }

// close discards the pending callbacks and timers and reports the
// exceptions of the loop's futures that nobody retrieved — CPython reports
// them when it frees the futures, which for most programs is about then.
func (l *Loop) close() error {
	if l.running {
		return runtime.NewError(runtime.RuntimeErrorType, "Cannot close a running event loop")
	}
	if l.closed {
		return nil
	}
	l.closed = true
	l.ready = deque[*Handle]{}
	for _, t := range l.timers {
		t.index = -1 // off the heap: cancelling it later has nothing to remove
	}
	l.timers = nil
	l.reportUnretrieved(false)
	if len(l.tasks) == 0 && len(l.unretrieved.items) == 0 { // nothing left for AtExit
		loops = slices.DeleteFunc(loops, func(o *Loop) bool { return o == l })
	}
	return nil
}

// AtExit reports what CPython reports when it destroys the objects at
// exit: the exceptions of futures that nobody retrieved (on loops never
// closed) and the tasks still pending ("Task was destroyed but it is
// pending!"). Then it closes the coroutines of those tasks that had
// started, as their finalizers do: a finally block runs, and an exception
// it raises is "ignored", printed without source lines since CPython's
// linecache is gone by then. The command calls it once the program has
// finished.
func AtExit() {
	var destroyed []*Task
	for _, l := range loops {
		l.reportUnretrieved(true)
		for _, t := range l.allTasks() {
			if t.logDestroyPending {
				l.reportError(newErrorContext("Task was destroyed but it is pending!", nil, "task", t))
			}
			destroyed = append(destroyed, t)
		}
	}
	loops = nil
	runtime.ForgetSources()
	for _, t := range destroyed {
		if c, ok := t.coro.(runtime.Coroutine); ok && !c.Started() {
			continue // the never-awaited warning covers it
		}
		if err := t.coro.Close(); err != nil {
			runtime.WriteUnraisable(err, t.coro)
		}
	}
}

// timerHeap orders TimerHandles by (deadline, creation), for
// container/heap.
type timerHeap []*TimerHandle

func (h timerHeap) Len() int { return len(h) }

func (h timerHeap) Less(i, j int) bool {
	if h[i].key != h[j].key {
		return h[i].key < h[j].key
	}
	return h[i].seq < h[j].seq
}

func (h timerHeap) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].index, h[j].index = i, j
}

func (h *timerHeap) Push(x any) {
	t := x.(*TimerHandle)
	t.index = len(*h)
	*h = append(*h, t)
}

func (h *timerHeap) Pop() any {
	old := *h
	t := old[len(old)-1]
	old[len(old)-1] = nil
	*h = old[:len(old)-1]
	t.index = -1
	return t
}
