# N-queens by backtracking, with a board renderer.
def solve(n):
    solutions = []
    cols = []
    def place(row, used_cols, diag1, diag2):
        if row == n:
            solutions.append(list(cols))
            return
        for c in range(n):
            if c in used_cols or (row - c) in diag1 or (row + c) in diag2:
                continue
            cols.append(c)
            place(row + 1, used_cols | {c}, diag1 | {row - c}, diag2 | {row + c})
            cols.pop()
    place(0, set(), set(), set())
    return solutions
for n in range(1, 9):
    print(n, len(solve(n)))
first = solve(8)[0]
print(first)
for c in first:
    print(' '.join('Q' if i == c else '.' for i in range(8)))
sols6 = solve(6)
print(sols6)
print(all(len(set(s)) == len(s) for s in solve(7)))
