import asyncio
class A:
    async def __aenter__(self): return self
    async def __aexit__(self, *a):
        await asyncio.sleep(0)
        raise RuntimeError("x")
async def main():
    try:
        async with A():
            raise ValueError("body")
    except RuntimeError as e:
        print(repr(e.__context__))
asyncio.run(main())
class B:
    def __init_subclass__(cls, **kw):
        print("isc", cls.__name__, kw)
C = type("C", (B,), {})
class D(B, flag=1, other=2):
    pass
