# Unary operators.
x = 5
print(-x, +x, ~x, not x)
print(-(-x), ~~x, not not x)
print(-0, +0, ~0, -0.0, +0.0)
print(~-1, -~1, ~2**64)
print(-3.5, +3.5, abs(-3.5))
print(not 0, not 1, not [], not [0], not '', not 'a', not None)
y = -x ** 2
print(y)
print((-x) ** 2)
print(-True, +True, ~True, -False)
print(- - - 1)
print(-(2**100))
print(+[1][0])
class N:
    def __neg__(self):
        return 'neg'
    def __pos__(self):
        return 'pos'
    def __invert__(self):
        return 'inv'
n = N()
print(-n, +n, ~n)
try:
    -'a'
except TypeError as e:
    print('TypeError:', e)
try:
    ~1.5
except TypeError as e:
    print('TypeError:', e)
