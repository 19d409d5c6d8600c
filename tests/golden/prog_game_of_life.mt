# Conway's Game of Life on a small toroidal grid.
def parse(pattern):
    return [[c == '#' for c in line] for line in pattern.strip().split('\n')]
def step(grid):
    h, w = len(grid), len(grid[0])
    new = []
    for y in range(h):
        row = []
        for x in range(w):
            n = sum(grid[(y + dy) % h][(x + dx) % w]
                    for dy in (-1, 0, 1) for dx in (-1, 0, 1) if dy or dx)
            row.append(n == 3 or (grid[y][x] and n == 2))
        new.append(row)
    return new
def render(grid):
    return '\n'.join(''.join('#' if c else '.' for c in row) for row in grid)
glider = parse("""
.#......
..#.....
###.....
........
........
........
""")
g = glider
for gen in range(5):
    print(f'generation {gen}: {sum(map(sum, g))} alive')
    print(render(g))
    g = step(g)
blinker = parse("""
.....
..#..
..#..
..#..
.....
""")
b1 = step(blinker)
print(render(b1))
print(step(b1) == blinker)
g = glider
for _ in range(4 * 24):
    g = step(g)
print('glider returns home after 96 steps:', g == glider)
