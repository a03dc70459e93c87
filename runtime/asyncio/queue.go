package asyncio

import (
	"fmt"

	"pyasync/runtime"
)

// Queue is asyncio.Queue (and LifoQueue, PriorityQueue): items put by
// producers and taken by consumers, whose get() waits while the queue is
// empty and whose put() waits while it is full.
//
// Invariants: getters (putters) are the futures of the get() (put())
// calls waiting, oldest first; unfinished counts the items put and not
// yet marked done by task_done(), and finished is set exactly when it is
// zero.
type Queue struct {
	object
	loopBound
	maxsize    runtime.Value
	items      queueItems
	getters    deque[*Future]
	putters    deque[*Future]
	unfinished int
	finished   *Event
}

// queueItems is the storage of a queue's items, which decides their
// order: first in first out, last in first out, or lowest first.
type queueItems interface {
	put(v runtime.Value) error
	get() (runtime.Value, error)
	len() int
	list() []runtime.Value // in storage order, as the repr shows them
}

var (
	queueType         = newType("asyncio.queues", "Queue", loopBoundType)
	lifoQueueType     = newType("asyncio.queues", "LifoQueue", queueType)
	priorityQueueType = newType("asyncio.queues", "PriorityQueue", queueType)
)

// newQueue makes an empty unbounded queue of class t (or a subclass).
func newQueue(t *runtime.Type) *Queue {
	q := &Queue{object: object{class: t}, maxsize: runtime.Int(0), finished: newEvent(eventType)}
	q.finished.value = true
	switch {
	case t.IsSubtype(priorityQueueType):
		q.items = &heapItems{}
	case t.IsSubtype(lifoQueueType):
		q.items = &stackItems{}
	default:
		q.items = &fifoItems{}
	}
	return q
}

func (q *Queue) full() (bool, error) {
	unbounded, err := runtime.CompareBool(runtime.CmpLe, q.maxsize, runtime.Int(0))
	if err != nil || unbounded {
		return false, err
	}
	return runtime.CompareBool(runtime.CmpGe, runtime.Int(q.items.len()), q.maxsize)
}

// putNowait adds v, or raises QueueFull.
func (q *Queue) putNowait(v runtime.Value) error {
	full, err := q.full()
	if err != nil {
		return err
	}
	if full {
		return runtime.NewException(QueueFullType)
	}
	if err := q.items.put(v); err != nil {
		return err
	}
	q.unfinished++
	q.finished.value = false
	wakeFirstOnly(&q.getters)
	return nil
}

// getNowait takes an item, or raises QueueEmpty.
func (q *Queue) getNowait() (runtime.Value, error) {
	if q.items.len() == 0 {
		return nil, runtime.NewException(QueueEmptyType)
	}
	v, err := q.items.get()
	if err != nil {
		return nil, err
	}
	wakeFirstOnly(&q.putters)
	return v, nil
}

// wakeFirstOnly is Queue._wakeup_next: it pops waiters until it finds one
// not done yet, and wakes it.
func wakeFirstOnly(waiters *deque[*Future]) {
	for waiters.Len() > 0 {
		if f := waiters.PopFront(); !f.done() {
			_ = f.setResult(runtime.None)
			return
		}
	}
}

// getCoroutine is Queue.get(): it waits while the queue is empty, then
// takes an item.
func (q *Queue) getCoroutine() *coroutine {
	var loop func() step
	loop = func() step {
		if q.items.len() > 0 {
			v, err := q.getNowait()
			if err != nil {
				return raising(err)
			}
			return returning(v)
		}
		return q.waitTurn(&q.getters, func() bool { return q.items.len() > 0 }, loop)
	}
	return newCoroutine("Queue.get", loop)
}

// putCoroutine is Queue.put(v): it waits while the queue is full, then
// adds v.
func (q *Queue) putCoroutine(v runtime.Value) *coroutine {
	var loop func() step
	loop = func() step {
		full, err := q.full()
		if err != nil {
			return raising(err)
		}
		if !full {
			if err := q.putNowait(v); err != nil {
				return raising(err)
			}
			return returning(runtime.None)
		}
		return q.waitTurn(&q.putters, func() bool { full, _ := q.full(); return !full }, loop)
	}
	return newCoroutine("Queue.put", loop)
}

// waitTurn waits on a new future among waiters, then tries again (retry).
// If the wait fails (the task was cancelled) while the queue could serve
// another waiter, that waiter is woken in its place.
func (q *Queue) waitTurn(waiters *deque[*Future], ready func() bool, retry func() step) step {
	w, err := q.newWaiter(q)
	if err != nil {
		return raising(err)
	}
	waiters.PushBack(w)
	return awaiting(w, func(_ runtime.Value, err error) step {
		if err == nil {
			return retry()
		}
		w.cancel(nil)
		removeWaiter(waiters, w)
		if ready() && !w.cancelled() {
			wakeFirstOnly(waiters)
		}
		return raising(err)
	})
}

// taskDone marks one item as processed.
func (q *Queue) taskDone() error {
	if q.unfinished <= 0 {
		return runtime.NewError(runtime.ValueErrorType, "task_done() called too many times")
	}
	q.unfinished--
	if q.unfinished == 0 {
		q.finished.set()
	}
	return nil
}

// format is the state part of the queue's repr and str.
func (q *Queue) format() (string, error) {
	s, err := runtime.Repr(q.maxsize)
	if err != nil {
		return "", err
	}
	out := "maxsize=" + s
	if q.items.len() > 0 {
		items, err := runtime.Repr(runtime.NewList(q.items.list()))
		if err != nil {
			return "", err
		}
		out += " _queue=" + items
	}
	if q.getters.Len() > 0 {
		out += fmt.Sprintf(" _getters[%d]", q.getters.Len())
	}
	if q.putters.Len() > 0 {
		out += fmt.Sprintf(" _putters[%d]", q.putters.Len())
	}
	if q.unfinished > 0 {
		out += fmt.Sprintf(" tasks=%d", q.unfinished)
	}
	return out, nil
}

// fifoItems is Queue's storage: a deque.
type fifoItems struct{ d deque[runtime.Value] }

func (s *fifoItems) put(v runtime.Value) error   { s.d.PushBack(v); return nil }
func (s *fifoItems) get() (runtime.Value, error) { return s.d.PopFront(), nil }
func (s *fifoItems) len() int                    { return s.d.Len() }
func (s *fifoItems) list() []runtime.Value       { return s.d.Items() }

// stackItems is LifoQueue's storage: a list used as a stack.
type stackItems struct{ s []runtime.Value }

func (s *stackItems) put(v runtime.Value) error { s.s = append(s.s, v); return nil }
func (s *stackItems) get() (runtime.Value, error) {
	v := s.s[len(s.s)-1]
	s.s[len(s.s)-1] = nil
	s.s = s.s[:len(s.s)-1]
	return v, nil
}
func (s *stackItems) len() int              { return len(s.s) }
func (s *stackItems) list() []runtime.Value { return append([]runtime.Value(nil), s.s...) }

// heapItems is PriorityQueue's storage: a binary heap ordered by `<`,
// maintained exactly as Python's heapq does, so that items that compare
// equal come out in the same order.
type heapItems struct{ h []runtime.Value }

func (s *heapItems) len() int              { return len(s.h) }
func (s *heapItems) list() []runtime.Value { return append([]runtime.Value(nil), s.h...) }

func (s *heapItems) put(v runtime.Value) error {
	s.h = append(s.h, v)
	return s.siftDown(0, len(s.h)-1)
}

func (s *heapItems) get() (runtime.Value, error) {
	last := s.h[len(s.h)-1]
	s.h[len(s.h)-1] = nil
	s.h = s.h[:len(s.h)-1]
	if len(s.h) == 0 {
		return last, nil
	}
	top := s.h[0]
	s.h[0] = last
	return top, s.siftUp(0)
}

// siftDown is heapq._siftdown: the item at pos moves up towards start
// while it is smaller than its parent.
func (s *heapItems) siftDown(start, pos int) error {
	item := s.h[pos]
	for pos > start {
		parent := (pos - 1) >> 1
		less, err := runtime.CompareBool(runtime.CmpLt, item, s.h[parent])
		if err != nil {
			return err
		}
		if !less {
			break
		}
		s.h[pos] = s.h[parent]
		pos = parent
	}
	s.h[pos] = item
	return nil
}

// siftUp is heapq._siftup: the hole at pos moves down to a leaf along the
// smaller children, then the item placed there sifts down.
func (s *heapItems) siftUp(pos int) error {
	end, start, item := len(s.h), pos, s.h[pos]
	child := 2*pos + 1
	for child < end {
		if right := child + 1; right < end {
			less, err := runtime.CompareBool(runtime.CmpLt, s.h[child], s.h[right])
			if err != nil {
				return err
			}
			if !less {
				child = right
			}
		}
		s.h[pos] = s.h[child]
		pos = child
		child = 2*pos + 1
	}
	s.h[pos] = item
	return s.siftDown(start, pos)
}

func init() {
	addClassGetItem(queueType)
	queueType.New = func(t *runtime.Type, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return newQueue(t), nil
	}
	pyMethod(queueType, signature{name: "__init__", params: []string{"maxsize"}}, func(q *Queue, vals []runtime.Value) (runtime.Value, error) {
		if vals[0] != nil {
			q.maxsize = vals[0]
		}
		return runtime.None, nil
	})
	addRepr(queueType, func(self runtime.Value) (string, error) {
		s, err := self.(*Queue).format()
		return fmt.Sprintf("<%s at %#x %s>", self.Type().Name, runtime.Id(self), s), err
	})
	pyMethod(queueType, signature{name: "__str__"}, func(q *Queue, _ []runtime.Value) (runtime.Value, error) {
		s, err := q.format()
		return runtime.Str(fmt.Sprintf("<%s %s>", q.Type().Name, s)), err
	})
	pyMethod(queueType, signature{name: "qsize"}, func(q *Queue, _ []runtime.Value) (runtime.Value, error) {
		return runtime.Int(q.items.len()), nil
	})
	pyMethod(queueType, signature{name: "empty"}, func(q *Queue, _ []runtime.Value) (runtime.Value, error) {
		return runtime.Bool(q.items.len() == 0), nil
	})
	pyMethod(queueType, signature{name: "full"}, func(q *Queue, _ []runtime.Value) (runtime.Value, error) {
		full, err := q.full()
		return runtime.Bool(full), err
	})
	pyMethod(queueType, signature{name: "put_nowait", params: []string{"item"}, required: 1}, func(q *Queue, vals []runtime.Value) (runtime.Value, error) {
		return runtime.None, q.putNowait(vals[0])
	})
	pyMethod(queueType, signature{name: "get_nowait"}, func(q *Queue, _ []runtime.Value) (runtime.Value, error) {
		return q.getNowait()
	})
	pyMethod(queueType, signature{name: "put", params: []string{"item"}, required: 1}, func(q *Queue, vals []runtime.Value) (runtime.Value, error) {
		return q.putCoroutine(vals[0]), nil
	})
	pyMethod(queueType, signature{name: "get"}, func(q *Queue, _ []runtime.Value) (runtime.Value, error) {
		return q.getCoroutine(), nil
	})
	pyMethod(queueType, signature{name: "task_done"}, func(q *Queue, _ []runtime.Value) (runtime.Value, error) {
		return runtime.None, q.taskDone()
	})
	pyMethod(queueType, signature{name: "join"}, func(q *Queue, _ []runtime.Value) (runtime.Value, error) {
		return newCoroutine("Queue.join", func() step {
			if q.unfinished > 0 {
				return awaiting(q.finished.waitCoroutine(), onResult(func(runtime.Value) step { return returning(runtime.None) }))
			}
			return returning(runtime.None)
		}), nil
	})
	queueType.AddGetSet("maxsize", func(self runtime.Value) (runtime.Value, error) { return self.(*Queue).maxsize, nil }, nil)
}
