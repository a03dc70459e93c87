async def job(n):
    return n

pending = job(1)
print("created a coroutine and never awaited it")
