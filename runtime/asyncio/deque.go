package asyncio

// deque is a double-ended queue in a ring buffer (Python's
// collections.deque, as asyncio uses it for ready callbacks, queue items
// and waiters): pushing at the back and popping at either end are O(1)
// amortized.
//
// Invariant: the n elements are buf[head], buf[head+1], … wrapping around
// the end of buf; the other slots hold the zero value.
type deque[T any] struct {
	buf  []T
	head int
	n    int
}

// Len returns the number of elements.
func (q *deque[T]) Len() int { return q.n }

// At returns the i-th element from the front.
func (q *deque[T]) At(i int) T { return q.buf[(q.head+i)%len(q.buf)] }

// PushBack appends v.
func (q *deque[T]) PushBack(v T) {
	if q.n == len(q.buf) {
		q.grow()
	}
	q.buf[(q.head+q.n)%len(q.buf)] = v
	q.n++
}

// PopFront removes and returns the first element; the deque must not be
// empty.
func (q *deque[T]) PopFront() T {
	var zero T
	v := q.buf[q.head]
	q.buf[q.head] = zero
	q.head = (q.head + 1) % len(q.buf)
	q.n--
	return v
}

// PopBack removes and returns the last element; the deque must not be
// empty.
func (q *deque[T]) PopBack() T {
	var zero T
	i := (q.head + q.n - 1) % len(q.buf)
	v := q.buf[i]
	q.buf[i] = zero
	q.n--
	return v
}

// RemoveAt deletes the i-th element, keeping the order of the others. It
// shifts the shorter side, so removing near either end is cheap (waking
// waiters removes each from the front).
func (q *deque[T]) RemoveAt(i int) {
	if i < q.n/2 {
		for ; i > 0; i-- {
			q.buf[(q.head+i)%len(q.buf)] = q.At(i - 1)
		}
		q.PopFront()
		return
	}
	for ; i < q.n-1; i++ {
		q.buf[(q.head+i)%len(q.buf)] = q.At(i + 1)
	}
	q.PopBack()
}

// Items returns the elements, front first, in a new slice.
func (q *deque[T]) Items() []T {
	out := make([]T, q.n)
	for i := range out {
		out[i] = q.At(i)
	}
	return out
}

func (q *deque[T]) grow() {
	buf := make([]T, max(8, 2*len(q.buf)))
	for i := 0; i < q.n; i++ {
		buf[i] = q.At(i)
	}
	q.buf, q.head = buf, 0
}
