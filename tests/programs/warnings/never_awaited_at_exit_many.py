async def first():
    pass

async def second():
    pass

keep = [first(), first(), second()]
print("created", len(keep), "coroutines")
