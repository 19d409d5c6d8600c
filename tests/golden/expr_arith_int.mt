# Integer arithmetic operators.
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a + b, -a - b, -a * b, -a / b)
print(0 + 0, 0 * 100, 100 - 100)
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4)
print(10 / 2, 10 / 4, 1 / 8, type(10 / 2).__name__)
print(7 // 1, 7 % 1, 0 // 5, 0 % 5)
print(1 + 2 * 3, (1 + 2) * 3, 2 * 3 ** 2, (2 * 3) ** 2)
print(100 - 10 - 1, 100 - (10 - 1))
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(64 // 4 // 2, 64 // (4 // 2))
print(17 % 5 * 2, 17 * 2 % 5)
x = 10
x = x * 3 + 1
print(x)
print(1_000 * 1_000)
print(9 ** 0.5, 8 ** (1 / 3), 2 ** -1, 2 ** -2)
print(10 ** 18, 10 ** 19, 10 ** 20)
print(3 * 'ab', 'ab' * 3, [0] * 4, (1, 2) * 2)
print(0 * 'x' == '', -1 * [1] == [])
print(True + 2, 3 - False)
print(int.__add__(2, 3))
print(pow(2, 10), pow(-3, 3), pow(2, -1))
