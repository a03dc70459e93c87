# SuperFastPython.com
# example of awaiting a collection of awaitables
import asyncio

# define a simple asynchronous
async def simple_task(number):
    # block for a moment
    await asyncio.sleep(1)
    # return the argument
    return number

# define a simple coroutine
async def custom_coroutine():
    # create a number of coroutines
    coros = [simple_task(i) for i in range(10)]
    # traverse the iterable of awaitables
    for item in coros:
        # await and get the result from the awaitable
        result = await item
        # report the results
        print(result)

# start the asyncio program
asyncio.run(custom_coroutine())
