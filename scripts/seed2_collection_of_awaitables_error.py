# SuperFastPython.com
# example of trying to use async for loop over a collection of awaitables
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
    async for item in coros:
        print(result)

# start the asyncio program
asyncio.run(custom_coroutine())
