package eval

import (
	"runtime"
	"testing"

	pyrt "pyasync/runtime"
)

// run compiles and runs src in a fresh interpreter, failing the benchmark
// on any Python error.
func run(b *testing.B, in *Interp, src string) {
	b.Helper()
	if err := in.Run("<bench>", "<bench>", []byte(src)); err != nil {
		if e, ok := err.(*pyrt.Exception); ok {
			b.Fatal(pyrt.FormatException(e))
		}
		b.Fatal(err)
	}
}

const suspendedCoroutines = `
class Suspend:
    def __await__(self):
        yield

async def worker(i):
    total = i
    await Suspend()
    return total

coros = [worker(i) for i in range(N)]
for c in coros:
    c.send(None)
`

// BenchmarkSuspendedCoroutines measures the memory held by 100,000
// coroutines suspended at an await, all alive at once (bytes/coroutine).
// python3 (tracemalloc, same program): see tests/bench/bench.sh.
func BenchmarkSuspendedCoroutines(b *testing.B) {
	const n = 100000
	for i := 0; i < b.N; i++ {
		in := New()
		in.Main.Dict.SetStr("N", pyrt.Int(n))
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		run(b, in, suspendedCoroutines)
		runtime.GC()
		runtime.ReadMemStats(&after)
		b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/n, "bytes/coroutine")
		runtime.KeepAlive(in)
	}
}

const asyncPipeline = `
async def numbers(n):
    for i in range(n):
        yield i

async def squares(source):
    async for x in source:
        yield x * x

async def main(n):
    total = 0
    async for v in squares(numbers(n)):
        total += v
    return total

c = main(N)
try:
    c.send(None)
except StopIteration as stop:
    result = stop.value
`

// BenchmarkAsyncGeneratorPipeline times a two-stage async generator
// pipeline of 1,000,000 items consumed by async for.
func BenchmarkAsyncGeneratorPipeline(b *testing.B) {
	for i := 0; i < b.N; i++ {
		in := New()
		in.Main.Dict.SetStr("N", pyrt.Int(1000000))
		run(b, in, asyncPipeline)
	}
}

const calls = `
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

total = 0
for i in range(100000):
    total += Point(i, -i).norm1()
result = fib(22) + total
`

// BenchmarkCalls times plain function and method calls, attribute access
// and integer arithmetic (recursive fib, object creation in a loop).
func BenchmarkCalls(b *testing.B) {
	for i := 0; i < b.N; i++ {
		run(b, New(), calls)
	}
}
