class Step:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        received = yield self.label
        return received

async def job():
    a = await Step("first")
    b = await Step("second")
    return a + b

c = job()
print(c.send(None))
print(c.send(10))
try:
    c.send(32)
except StopIteration as e:
    print("returned", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
