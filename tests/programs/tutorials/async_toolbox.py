import asyncio, contextlib, functools, itertools, collections

class Ticker:
    def __init__(self, n, delay):
        self.n, self.delay, self.i = n, delay, 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await asyncio.sleep(self.delay)
        self.i += 1
        return self.i

@contextlib.asynccontextmanager
async def resource(name):
    print("open", name)
    try:
        yield name.upper()
    except KeyError as e:
        print("resource saw", repr(e))
        raise
    finally:
        print("close", name)

async def agen(n):
    for i in range(n):
        try:
            yield i
        except GeneratorExit:
            print("agen exit at", i)
            raise

def deco(f):
    @functools.wraps(f)
    async def wrapper(*a, **k):
        print("call", f.__name__, a, k)
        return await f(*a, **k)
    return wrapper

@deco
async def add(a, b=2, *, c=3):
    await asyncio.sleep(0)
    return a + b + c

async def main():
    print([x async for x in Ticker(3, 0.01)])
    print({x: x * x async for x in agen(3) if x})
    async with resource("db") as r, resource("cache") as c:
        print(r, c)
    try:
        async with resource("x"):
            raise KeyError("k")
    except KeyError:
        print("caught")
    g = agen(5)
    async for v in g:
        if v == 2:
            break
    await g.aclose()
    print(await add(1, c=10), add.__name__)
    it = aiter(Ticker(2, 0))
    print(await anext(it), await anext(it), await anext(it, "end"))
    counts = collections.Counter(x % 3 async for x in agen(10)) if False else collections.Counter([x % 3 for x in range(10)])
    print(counts.most_common(2))
    d = collections.defaultdict(list)
    async for i in agen(4):
        d[i % 2].append(i)
    print(dict(d))
    print(list(itertools.islice(itertools.count(5, 2), 3)))
    async with contextlib.AsyncExitStack() as st:
        a = await st.enter_async_context(resource("s1"))
        st.callback(print, "cb")
        print("in stack", a)
    q = asyncio.Queue(maxsize=1)
    async def prod():
        for i in range(3):
            await q.put(i)
            print("put", i)
        await q.put(None)
    async def cons():
        while (item := await q.get()) is not None:
            print("got", item)
    await asyncio.gather(prod(), cons())
    print(f"{3.14159:8.3f}|{'x':^5}|{1234567:,}|{0.5:%}|{255:#x}")

asyncio.run(main())
