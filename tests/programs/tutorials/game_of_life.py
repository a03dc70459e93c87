def parse(pattern):
    return {(r, c) for r, line in enumerate(pattern.strip().splitlines()) for c, ch in enumerate(line) if ch == "#"}


def neighbours(cell):
    r, c = cell
    return {(r + dr, c + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc}


def step(live):
    candidates = live | {n for cell in live for n in neighbours(cell)}
    return {cell for cell in candidates if len(neighbours(cell) & live) == 3 or (cell in live and len(neighbours(cell) & live) == 2)}


def render(live, rows, cols):
    return "\n".join("".join("#" if (r, c) in live else "." for c in range(cols)) for r in range(rows))


glider = parse("""
.#...
..#..
###..
""")
state = glider
for gen in range(4):
    print(f"gen {gen}: {len(state)} cells")
    print(render(state, 5, 6))
    state = step(state)
shifted = {(r + 1, c + 1) for r, c in glider}
print("glider moved diagonally:", state == shifted)

blinker = parse("###")
print(sorted(step(blinker)), step(step(blinker)) == blinker)
box = parse("##\n##")
print("block is still:", step(box) == box)
bbox = lambda s: (min(r for r, _ in s), min(c for _, c in s), max(r for r, _ in s), max(c for _, c in s))
s = parse(".##\n##.\n.#.")
for _ in range(30):
    s = step(s)
print("r-pentomino after 30:", len(s), bbox(s))
