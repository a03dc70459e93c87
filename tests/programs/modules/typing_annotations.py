from typing import AsyncIterator, AsyncGenerator, Optional, List, Dict, Any, Callable, Awaitable, TypeVar, Generic, Union
import asyncio

T = TypeVar("T")

class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

async def numbers(n: int) -> AsyncIterator[int]:
    for i in range(n):
        yield i

async def main() -> None:
    values: List[int] = [x async for x in numbers(3)]
    table: Dict[str, Any] = {"a": Box(1).item}
    maybe: Optional[int] = None
    print(values, table, maybe)
    print(List[int], Optional[str], Dict[str, int], AsyncIterator[int])

asyncio.run(main())
