import types, asyncio
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x", c=[1]))
print(types.FunctionType, types.GeneratorType, types.CoroutineType, types.NoneType)
def f(): pass
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType))
@types.coroutine
def sleep0():
    yield
async def main():
    await sleep0()
    print("after bare yield")
asyncio.run(main())
