package eval

import (
	"runtime"
	"testing"

	pyrt "pyasync/runtime"
	_ "pyasync/runtime/asyncio" // registers the asyncio module
)

// The asyncio benchmarks of issue 3. Each runs the same program as its
// counterpart in tests/bench/ (which bench.sh times under pyasync and
// python3), with N set from Go.

const tasksSleep0 = `
import asyncio

async def worker(i):
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    return i

async def main():
    tasks = [asyncio.create_task(worker(i)) for i in range(N)]
    total = 0
    for t in tasks:
        total += await t
    return total

result = asyncio.run(main())
`

// BenchmarkTasksSleep0 times asyncio.run of 100,000 tasks that each await
// asyncio.sleep(0) three times (tests/bench/tasks_sleep0.py).
func BenchmarkTasksSleep0(b *testing.B) {
	const n = 100000
	for i := 0; i < b.N; i++ {
		in := New()
		in.Main.Dict.SetStr("N", pyrt.Int(n))
		run(b, in, tasksSleep0)
		checkResult(b, in, n*(n-1)/2)
	}
}

const queuePingPong = `
import asyncio

async def ping(there, back, n):
    total = 0
    for i in range(n):
        await there.put(i)
        total += await back.get()
    await there.put(None)
    return total

async def pong(there, back):
    while True:
        item = await there.get()
        if item is None:
            return
        await back.put(item)

async def main():
    there, back = asyncio.Queue(), asyncio.Queue()
    echo = asyncio.create_task(pong(there, back))
    total = await ping(there, back, N)
    await echo
    return total

result = asyncio.run(main())
`

// BenchmarkQueuePingPong times 1,000,000 round trips between two tasks
// over two unbounded asyncio.Queues: ping puts an item on one queue and
// waits for pong to echo it back on the other (2,000,000 put/get pairs,
// one task switch each; tests/bench/queue_pingpong.py).
func BenchmarkQueuePingPong(b *testing.B) {
	const n = 1000000
	for i := 0; i < b.N; i++ {
		in := New()
		in.Main.Dict.SetStr("N", pyrt.Int(n))
		run(b, in, queuePingPong)
		checkResult(b, in, n*(n-1)/2)
	}
}

const liveTasks = `
import asyncio

async def waiter(event, i):
    await event.wait()
    return i

async def main():
    event = asyncio.Event()
    measure()
    tasks = [asyncio.create_task(waiter(event, i)) for i in range(N)]
    await asyncio.sleep(0)  # every task has run up to event.wait()
    measure()
    event.set()
    results = await asyncio.gather(*tasks)
    return sum(results)

result = asyncio.run(main())
`

// BenchmarkLiveTasksMemory measures the heap held per task while 100,000
// tasks all wait on one asyncio.Event (bytes/task: the growth of the live
// heap between a measure() before the tasks are created and one after
// they have all started, divided by N; tests/bench/live_tasks_memory.py
// prints tracemalloc's figure for python3). The time includes waking all
// the waiters and gathering them.
func BenchmarkLiveTasksMemory(b *testing.B) {
	const n = 100000
	for i := 0; i < b.N; i++ {
		in := New()
		in.Main.Dict.SetStr("N", pyrt.Int(n))
		var heap []uint64
		in.Main.Dict.SetStr("measure", pyrt.NewBuiltin("measure", func([]pyrt.Value, []string) (pyrt.Value, error) {
			b.StopTimer()
			var m runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&m)
			heap = append(heap, m.HeapAlloc)
			b.StartTimer()
			return pyrt.None, nil
		}))
		run(b, in, liveTasks)
		checkResult(b, in, n*(n-1)/2)
		if len(heap) != 2 {
			b.Fatalf("measure() called %d times, want 2", len(heap))
		}
		b.ReportMetric(float64(int64(heap[1])-int64(heap[0]))/n, "bytes/task")
	}
}

// checkResult fails the benchmark unless the program's global result is
// the int want.
func checkResult(b *testing.B, in *Interp, want int64) {
	b.Helper()
	got, ok := in.Main.Dict.GetStr("result")
	if !ok || got != pyrt.Int(want) {
		b.Fatalf("result = %v, want %d", got, want)
	}
}
