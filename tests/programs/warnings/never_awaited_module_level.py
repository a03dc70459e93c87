import asyncio

async def f():
    print("never runs")

f()
print("the program goes on")
