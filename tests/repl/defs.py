x = 41
async def f():
    return x + 1
