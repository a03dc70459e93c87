# SuperFastPython.com
# example of async for with an incorrectly defined asynchronous iterator
import asyncio

# define an iterator
class CustomIterator():
    # constructor, define some state
    def __init__(self):
        self.counter = 0

    # create an instance of the iterator
    def __aiter__(self):
        return self

    # return the next awaitable
    def __anext__(self):
        # check for no further items
        if self.counter >= 10:
            raise StopAsyncIteration
        # increment the counter
        self.counter += 1
        # return the counter value
        return self.counter

# define a simple coroutine
async def custom_coroutine():
    # asynchronous for loop
    async for item in CustomIterator():
        # report the result
        print(item)

# start
asyncio.run(custom_coroutine())
