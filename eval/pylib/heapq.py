"""heapq: a min-heap on a plain list (heap[k] <= heap[2*k+1] and
heap[k] <= heap[2*k+2]). pyasync's own implementation, in the Python it
runs. Items are compared only with <, and moved exactly as CPython's heapq
moves them, so that equal items come out in the same order."""


def _sift_toward_root(heap, top, pos):
    """Move heap[pos] up (toward top) past the parents greater than it."""
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_toward_leaf(heap, pos):
    """Fill heap[pos] from its smaller children all the way down to a
    leaf, then move the item that was there back up to its place."""
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, top, pos)


def heappush(heap, item):
    """Add item to the heap."""
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap):
    """Remove and return the smallest item."""
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sift_toward_leaf(heap, 0)
    return smallest


def heapreplace(heap, item):
    """Pop the smallest item, then push item (the heap must not be
    empty)."""
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sift_toward_leaf(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Push item, then pop the smallest item, in one step."""
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_toward_leaf(heap, 0)
    return item


def heapify(x):
    """Turn the list x into a heap, in place."""
    for i in reversed(range(len(x) // 2)):
        _sift_toward_leaf(x, i)


def merge(*iterables, key=None, reverse=False):
    """Merge sorted iterables into one sorted iterator; among equal items,
    those of earlier iterables come first."""
    entries = []
    for order, it in enumerate(map(iter, iterables)):
        for v in it:
            k = v if key is None else key(v)
            entries.append(_MergeEntry(k, order, v, it, reverse))
            break
    heapify(entries)
    while entries:
        e = entries[0]
        yield e.value
        for v in e.it:
            e.key = v if key is None else key(v)
            e.value = v
            heapreplace(entries, e)
            break
        else:
            heappop(entries)


class _MergeEntry:
    """A merge iterator's current item, ordered by (key, order)."""

    def __init__(self, key, order, value, it, reverse):
        self.key, self.order, self.value, self.it = key, order, value, it
        self.reverse = reverse

    def __lt__(self, other):
        if self.key == other.key or self.key is other.key:
            return self.order < other.order
        if self.reverse:
            return other.key < self.key
        return self.key < other.key


def nsmallest(n, iterable, key=None):
    """The n smallest items, smallest first (stable for equal keys)."""
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest items, largest first (stable for equal keys)."""
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
