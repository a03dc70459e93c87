import asyncio

def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally", name)

for x in gen("break"):
    break
print("after break")

def find():
    for x in gen("return"):
        return x
print(find(), "after return")

try:
    for x in gen("raise"):
        raise ValueError("boom")
except ValueError:
    print("after raise")

g = gen("kept")
for x in g:
    break
print("kept open")
g.close()

async def agen(name):
    try:
        yield 1
        yield 2
    finally:
        print("afinally", name)

async def main():
    async for x in agen("break"):
        break
    print("after async break")
    await asyncio.sleep(0)
    print("one iteration later")
    await asyncio.sleep(0)
    print("two iterations later")
    await asyncio.sleep(0)
    print("three")

asyncio.run(main())
