class Pause:
    def __await__(self):
        yield "paused"

async def careful():
    try:
        await Pause()
    except KeyError as e:
        print("coroutine caught", repr(e))
        return "recovered"
    finally:
        print("coroutine finally")

c = careful()
print(c.send(None))
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("value", e.value)
d = careful()
d.send(None)
d.close()
print("closed")
