# An ASCII Mandelbrot set: float arithmetic in tight loops.
def mandel(cx, cy, limit=30):
    x = y = 0.0
    for i in range(limit):
        x, y = x * x - y * y + cx, 2 * x * y + cy
        if x * x + y * y > 4.0:
            return i
    return limit
chars = ' .:-=+*#%@'
rows = []
for row in range(21):
    cy = -1.2 + row * 0.12
    line = ''
    for col in range(60):
        cx = -2.1 + col * 0.05
        n = mandel(cx, cy)
        line += chars[min(n, 30) * (len(chars) - 1) // 30]
    rows.append(line.rstrip())
print('\n'.join(rows))
inside = sum(mandel(-2.1 + c * 0.05, -1.2 + r * 0.12) == 30 for r in range(21) for c in range(60))
print('points inside:', inside)
print(mandel(0, 0), mandel(1, 1), mandel(-1, 0), mandel(0.25, 0.5))
