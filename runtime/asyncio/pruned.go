package asyncio

import "slices"

// prunedList is a list whose elements may stop mattering (a future whose
// exception was retrieved, an async generator that finished): each time
// it has grown to twice its size after the last pruning, it drops them,
// so that its size stays proportional to the elements that matter.
type prunedList[T any] struct {
	items []T
	limit int
}

// add appends v; matters tells which elements to keep when pruning.
func (p *prunedList[T]) add(v T, matters func(T) bool) {
	p.items = append(p.items, v)
	if len(p.items) > p.limit {
		p.items = slices.DeleteFunc(p.items, func(x T) bool { return !matters(x) })
		p.limit = 2*len(p.items) + 64
	}
}

// take returns the elements, in the order they were added, and empties
// the list.
func (p *prunedList[T]) take() []T {
	items := p.items
	p.items, p.limit = nil, 0
	return items
}
