# SuperFastPython.com
# example of async for with a traditional generator
import asyncio

# define a generator
def async_generator():
    # normal loop
    for i in range(10):
        # yield the result
        yield i

# define a simple coroutine
async def custom_coroutine():
    # asynchronous for loop
    async for item in async_generator():
        # report the result
        print(item)

# start
asyncio.run(custom_coroutine())
