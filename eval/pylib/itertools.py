"""itertools: the iterator building blocks. pyasync's own implementation,
in the Python it runs.

Each tool is a class, as in CPython (type(chain()).__name__ is 'chain'),
whose instances are their own iterators. Most delegate __next__ to a
generator made in __init__; arguments are checked, and the iterables
turned into iterators, when the tool is made, as CPython does."""

import sys


class _Tool:
    """Base of the tools that iterate over the generator in self._it."""

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)


class count(_Tool):
    """count(start=0, step=1): start, start+step, start+2*step, ..."""

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float)):
                raise TypeError("a number is required")
        self._next, self._step = start, step

    def __next__(self):
        v = self._next
        self._next = v + self._step
        return v

    def __repr__(self):
        if self._step == 1 and type(self._step) is int:
            return f"count({self._next!r})"
        return f"count({self._next!r}, {self._step!r})"


class cycle(_Tool):
    """cycle(iterable): its items, then the same again, forever."""

    def __init__(self, iterable):
        self._it = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        saved = []
        for v in it:
            yield v
            saved.append(v)
        while saved:
            yield from saved


class repeat(_Tool):
    """repeat(object[, times]): object, times times or forever."""

    def __init__(self, object, times=None):
        self._object = object
        self._times = None if times is None else max(0, times.__index__())

    def __next__(self):
        if self._times is not None:
            if self._times == 0:
                raise StopIteration
            self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return f"repeat({self._object!r})"
        return f"repeat({self._object!r}, {self._times})"


class accumulate(_Tool):
    """accumulate(iterable, func=None, *, initial=None): running totals
    (or running results of func)."""

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = self._run(iter(iterable), func, initial)

    @staticmethod
    def _run(it, func, total):
        if total is None:
            for total in it:
                break
            else:
                return
        yield total
        for v in it:
            total = total + v if func is None else func(total, v)
            yield total


class chain(_Tool):
    """chain(*iterables): the items of each iterable in turn."""

    def __init__(self, *iterables):
        self._it = self._run(iter(iterables))

    @classmethod
    def from_iterable(cls, iterable):
        """chain.from_iterable(iterables): chain over a lazy iterable of
        iterables."""
        c = cls.__new__(cls)
        c._it = cls._run(iter(iterable))
        return c

    @staticmethod
    def _run(iterables):
        for iterable in iterables:
            yield from iterable


class compress(_Tool):
    """compress(data, selectors): the items of data whose selector is
    true."""

    def __init__(self, data, selectors):
        self._it = (d for d, s in zip(iter(data), iter(selectors)) if s)


class _WhileTool(_Tool):
    """Base of dropwhile and takewhile: _run(predicate, iterator) is the
    generator."""

    def __init__(self, predicate, iterable):
        self._it = self._run(predicate, iter(iterable))


class dropwhile(_WhileTool):
    """dropwhile(predicate, iterable): the items from the first one for
    which predicate is false."""

    @staticmethod
    def _run(predicate, it):
        for v in it:
            if not predicate(v):
                yield v
                break
        yield from it


class takewhile(_WhileTool):
    """takewhile(predicate, iterable): the items until the first one for
    which predicate is false."""

    @staticmethod
    def _run(predicate, it):
        for v in it:
            if not predicate(v):
                return
            yield v


class filterfalse(_Tool):
    """filterfalse(predicate, iterable): the items for which predicate (or,
    if it is None, the item itself) is false."""

    def __init__(self, predicate, iterable):
        it = iter(iterable)
        if predicate is None:
            self._it = (v for v in it if not v)
        else:
            self._it = (v for v in it if not predicate(v))


class starmap(_Tool):
    """starmap(function, iterable): function(*args) for each args."""

    def __init__(self, function, iterable):
        self._it = (function(*args) for args in iter(iterable))


class pairwise(_Tool):
    """pairwise(iterable): the overlapping pairs (a, b), (b, c), ..."""

    def __init__(self, iterable):
        self._it = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        for prev in it:
            for v in it:
                yield prev, v
                prev = v


class zip_longest(_Tool):
    """zip_longest(*iterables, fillvalue=None): zip() that goes on until
    the longest iterable ends, filling in for the others."""

    def __init__(self, *iterables, fillvalue=None):
        self._it = self._run([iter(i) for i in iterables], fillvalue)

    @staticmethod
    def _run(its, fillvalue):
        active = len(its)
        if not active:
            return
        while True:
            row = []
            for i, it in enumerate(its):
                if it is None:
                    row.append(fillvalue)
                    continue
                try:
                    row.append(next(it))
                except StopIteration:
                    active -= 1
                    if not active:
                        return
                    its[i] = None
                    row.append(fillvalue)
            yield tuple(row)


def _slice_index(v, message):
    if v is None:
        return None
    if hasattr(v, "__index__"):
        i = v.__index__()
        if 0 <= i <= sys.maxsize:
            return i
    raise ValueError(message)


class islice(_Tool):
    """islice(iterable, stop) or islice(iterable, start, stop[, step]):
    the items of iterable[start:stop:step], lazily."""

    def __init__(self, iterable, *args):
        if not 1 <= len(args) <= 3:
            if not args:
                raise TypeError("islice expected at least 2 arguments, got 1")
            raise TypeError(f"islice expected at most 4 arguments, got {len(args) + 1}")
        if len(args) == 1:
            start, stop, step = None, args[0], None
        else:
            start, stop, step = (args + (None,))[:3]
        stop = _slice_index(stop, "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
        start = _slice_index(start, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.") or 0
        if step is None:
            step = 1
        elif not hasattr(step, "__index__") or step.__index__() <= 0:
            raise ValueError("Step for islice() must be a positive integer or None.")
        else:
            step = step.__index__()
        self._it = self._run(iter(iterable), start, stop, step)

    @staticmethod
    def _run(it, start, stop, step):
        want = start
        i = 0
        while stop is None or want < stop:
            for v in it:
                if i == want:
                    i += 1
                    break
                i += 1
            else:
                return
            yield v
            want += step


class groupby(_Tool):
    """groupby(iterable, key=None): (key, group) for each run of items with
    the same key. Moving on to the next group ends the previous one."""

    def __init__(self, iterable, key=None):
        self._source = iter(iterable)
        self._keyfunc = key
        self._current = None  # the group being read, or None
        self._pending = None  # (key, item) read past the current group
        self._done = False

    def _read(self):
        """The next (key, item) of the source; StopIteration at its end."""
        try:
            v = next(self._source)
        except StopIteration:
            self._done = True
            raise
        return (v if self._keyfunc is None else self._keyfunc(v)), v

    def __next__(self):
        if self._current is not None:
            k = self._current._key
            self._current._ended = True
            while self._pending is None or self._pending[0] == k:
                self._pending = self._read()
        elif self._pending is None:
            self._pending = self._read()
        k, v = self._pending
        self._pending = None
        self._current = _grouper(self, k, v)
        return k, self._current


class _grouper(_Tool):
    """A group of groupby: the items with key, read from its parent."""

    def __init__(self, parent, key, first):
        self._parent, self._key = parent, key
        self._first = [first]
        self._ended = False

    def __next__(self):
        if self._ended:
            raise StopIteration
        if self._first:
            return self._first.pop()
        p = self._parent
        if p._done:
            raise StopIteration
        if p._pending is None:
            try:
                p._pending = p._read()
            except StopIteration:
                self._ended = True
                raise
        k, v = p._pending
        if k != self._key:
            self._ended = True
            raise StopIteration
        p._pending = None
        return v


class _tee(_Tool):
    """One of tee's iterators: it reads its shared buffer at its own
    position, and the source when it is the furthest ahead."""

    def __init__(self, source, buffers):
        self._source, self._buffers = source, buffers
        self._buffer = []
        buffers.append(self._buffer)

    def __next__(self):
        if self._buffer:
            return self._buffer.pop(0)
        v = next(self._source)
        for b in self._buffers:
            if b is not self._buffer:
                b.append(v)
        return v

    def __copy__(self):
        t = _tee(self._source, self._buffers)
        t._buffer.extend(self._buffer)
        return t


def tee(iterable, n=2):
    """tee(iterable, n=2): n independent iterators over iterable."""
    if n < 0:
        raise ValueError("n must be >= 0")
    source = iter(iterable)
    buffers = []
    return tuple(_tee(source, buffers) for _ in range(n))


class product(_Tool):
    """product(*iterables, repeat=1): the cartesian product, as tuples,
    the rightmost element advancing fastest."""

    def __init__(self, *iterables, repeat=1):
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        pools = [tuple(i) for i in iterables] * repeat
        self._it = self._run(pools)

    @staticmethod
    def _run(pools):
        rows = [()]
        for pool in pools:
            rows = [row + (v,) for row in rows for v in pool]
        yield from rows


class permutations(_Tool):
    """permutations(iterable, r=None): the r-length orderings of its
    items, in lexicographic order of their positions."""

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        if r is None:
            r = len(pool)
        elif r < 0:
            raise ValueError("r must be non-negative")
        self._it = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        def extend(prefix, rest):
            if len(prefix) == r:
                yield tuple(pool[i] for i in prefix)
                return
            for j, i in enumerate(rest):
                yield from extend(prefix + [i], rest[:j] + rest[j + 1:])

        if r <= len(pool):
            yield from extend([], list(range(len(pool))))


class combinations(_Tool):
    """combinations(iterable, r): the r-length subsequences of its items,
    in order."""

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        if r < 0:
            raise ValueError("r must be non-negative")
        self._it = self._run(pool, r, 1)

    @staticmethod
    def _run(pool, r, step):
        """The index tuples that increase (step 1) or never decrease
        (step 0), as items of pool."""
        def extend(prefix, start):
            if len(prefix) == r:
                yield tuple(pool[i] for i in prefix)
                return
            for i in range(start, len(pool)):
                yield from extend(prefix + [i], i + step)

        if step == 0 and not pool and r:
            return
        yield from extend([], 0)


class combinations_with_replacement(_Tool):
    """combinations_with_replacement(iterable, r): combinations in which
    an item may repeat."""

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        if r < 0:
            raise ValueError("r must be non-negative")
        self._it = combinations._run(pool, r, 0)
