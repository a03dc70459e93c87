import asyncio

loop = asyncio.new_event_loop()
h = loop.call_later(5, print, "x")
h2 = loop.call_later(6, print, "y")
soon = loop.call_soon(print, "z")
loop.close()
h.cancel()
h2.cancel()
soon.cancel()
print(h.cancelled(), h2.cancelled(), soon.cancelled())
print(repr(soon))
try:
    loop.call_later(1, print)
except RuntimeError as e:
    print("RuntimeError:", e)
