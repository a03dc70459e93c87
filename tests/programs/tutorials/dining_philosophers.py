import asyncio

NAMES = ["Aristotle", "Kant", "Spinoza", "Marx", "Russell"]


async def philosopher(i, forks, meals, log):
    name = NAMES[i]
    left, right = forks[i], forks[(i + 1) % len(forks)]
    first, second = (left, right) if i % 2 == 0 else (right, left)
    for meal in range(meals):
        async with first:
            async with second:
                log.append(f"{name} eats meal {meal + 1}")
                await asyncio.sleep(0.05 * (i + 1) + 0.007 * i)
        await asyncio.sleep(0.03)
    return name, meals


async def main():
    forks = [asyncio.Lock() for _ in NAMES]
    log = []
    results = await asyncio.gather(*(philosopher(i, forks, 2, log) for i in range(len(NAMES))))
    for line in sorted(log):
        print(line)
    print(dict(results))
    print("all forks free:", not any(f.locked() for f in forks))
    print("meals per philosopher:", {n: sum(1 for l in log if l.startswith(n)) for n in NAMES})


asyncio.run(main())
