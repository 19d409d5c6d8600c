# Conditional expressions.
for n in range(-2, 3):
    print(n, 'neg' if n < 0 else 'zero' if n == 0 else 'pos')
x = 10
print('big' if x > 5 else 'small')
print(1 if True else 2, 1 if False else 2)
print(('a' if x else 'b') + 'c')
print('a' if x else 'b' + 'c')
print('a' if 0 else 'b' + 'c')
y = [1, 2] if x > 0 else []
print(y)
def side(v):
    print('  side', v)
    return v
print(side(1) if side(True) else side(2))
print(side(1) if side(False) else side(2))
print([i if i % 2 else -i for i in range(5)])
f = (lambda: 'L1') if x else (lambda: 'L2')
print(f())
print(x if x < 5 else x * 2 if x < 20 else x * 3)
print((x if x < 5 else x * 2) if x < 20 else x * 3)
z = 1 if x else 2, 3
print(z)
print(None if None else 'None is falsy')
print(lambda: 0 if True else 1) if False else print('lambda body parse ok')
