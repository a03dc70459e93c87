async def f():
    print("never runs")

c = f()
c.close()
print("closed explicitly: no warning")
