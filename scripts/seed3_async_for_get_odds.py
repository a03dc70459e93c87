import asyncio

async def get_odds(n):
   for i in range(n):
      if i % 2 == 1: 
         yield i

async def main():
   async for i in get_odds(10):
      print(i)

asyncio.run(main())
