import asyncio
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration(7)
        return self.n
def g():
    r = yield from It()
    return r
gen = g()
print(list(gen))
try: next(g())
except StopIteration as e: print("first", e.value)
def g3():
    r = yield from It()
    print("got", r)
for v in g3(): print("v", v)
async def main():
    f = asyncio.get_running_loop().create_future(); f.set_result(6)
    def g2():
        r = yield from f
        return r
    try: next(g2())
    except StopIteration as e: print("future", e.value)
asyncio.run(main())
