import asyncio
import sys

async def helper():
    try:
        await asyncio.sleep(0.1)
        print("helper slept")
        sys.exit(3)
    finally:
        print("helper finally")

async def bystander():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("bystander cancelled")
        raise

async def main():
    b = asyncio.create_task(bystander())
    try:
        await helper()
    except SystemExit as e:
        print("caught SystemExit", e.code)
    t = asyncio.create_task(helper())
    await asyncio.sleep(0.1)
    print("not reached")

try:
    asyncio.run(main())
finally:
    print("outer finally")
