package asyncio

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDequeWrapsAround(t *testing.T) {
	var q deque[int]
	for i := 0; i < 6; i++ {
		q.PushBack(i)
	}
	assert.Equal(t, 0, q.PopFront())
	assert.Equal(t, 1, q.PopFront())
	for i := 6; i < 12; i++ { // wraps, then grows past the first 8 slots
		q.PushBack(i)
	}
	assert.Equal(t, []int{2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, q.Items())
	q.RemoveAt(3)
	assert.Equal(t, 11, q.PopBack())
	assert.Equal(t, []int{2, 3, 4, 6, 7, 8, 9, 10}, q.Items())
	assert.Equal(t, 8, q.Len())
	assert.Equal(t, 6, q.At(3))
}
