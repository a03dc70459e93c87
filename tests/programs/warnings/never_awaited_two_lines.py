async def a():
    pass

async def b():
    pass

a()
b()
a()
print("three discarded coroutines, three lines")
