package parser

import "testing"

// seedProgram is a typical 40-line tutorial program.
const seedProgram = `# SuperFastPython.com
# example of an asynchronous iterator with async for loop
import asyncio

# define an asynchronous iterator
class AsyncIterator():
    # constructor, define some state
    def __init__(self):
        self.counter = 0

    # create an instance of the iterator
    def __aiter__(self):
        return self

    # return the next awaitable
    async def __anext__(self):
        # check for no further items
        if self.counter >= 10:
            raise StopAsyncIteration
        # increment the counter
        self.counter += 1
        # simulate work
        await asyncio.sleep(1)
        # return the counter value
        return self.counter

# main coroutine
async def main():
    # loop over async iterator with async for loop
    async for item in AsyncIterator():
        print(item)
    results = [x async for x in AsyncIterator() if x % 2 == 0]
    print(f"results: {results!r}, total={sum(results):>5}")
    try:
        await asyncio.wait_for(asyncio.sleep(5), timeout=1)
    except asyncio.TimeoutError as e:
        print('timeout', e)

# execute the asyncio program
asyncio.run(main())
`

func BenchmarkParseSeed(b *testing.B) {
	src := []byte(seedProgram)
	for b.Loop() {
		if _, err := Parse("seed.py", src); err != nil {
			b.Fatal(err)
		}
	}
}
