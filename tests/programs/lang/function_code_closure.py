import asyncio
def make():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
f = make()
f(); f(2)
print(f.__closure__[0].cell_contents, len(f.__closure__), make.__closure__)
print(f.__code__.co_name, f.__code__.co_argcount, f.__code__.co_varnames, f.__code__.co_freevars)
async def a(x, *args, **kw): pass
def g(): yield
async def ag(): yield
print(asyncio.iscoroutinefunction(a), asyncio.iscoroutinefunction(g), asyncio.iscoroutinefunction(print))
print(a.__code__.co_flags & 0x100 != 0, g.__code__.co_flags & 0x20 != 0, ag.__code__.co_flags & 0x200 != 0)
print(a.__code__.co_flags & 0x4 != 0, a.__code__.co_flags & 0x8 != 0)
class K:
    async def m(self): pass
print(asyncio.iscoroutinefunction(K().m), asyncio.iscoroutinefunction(K.m))
def outer():
    def inner(a, b=1, *, c): return a
    return inner
print(a.__code__.co_flags, g.__code__.co_flags, ag.__code__.co_flags, f.__code__.co_flags, outer().__code__.co_flags, outer().__code__.co_kwonlyargcount)
