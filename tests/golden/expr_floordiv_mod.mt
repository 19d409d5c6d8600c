# Floor division and modulo with negative operands: ints and floats.
for a in (7, -7):
    for b in (2, -2, 3, -3):
        print(a, b, a // b, a % b, divmod(a, b))
print(-1 // 10, -1 % 10, 1 // -10, 1 % -10)
print(-10 // 5, -10 % 5, 10 // -5, 10 % -5)
print(0 // -3, 0 % -3)
for a in (7.5, -7.5):
    for b in (2.0, -2.0):
        print(a, b, a // b, a % b)
print(7 // 2.0, -7 // 2.0, 7 % 2.5, -7 % 2.5)
print(5.0 // 0.1, 5.0 % 0.1)
print(-0.0 // 1, 0.0 % -1, -1e-20 % 1.0)
print(1 % 0.3)
print(-6 % 4, 6 % -4, -6 % -4)
print(2**65 // -3, 2**65 % -3, -(2**65) // 3, -(2**65) % 3)
print(divmod(-2**70, 7), divmod(2**70, -7))
print(divmod(7.5, 2), divmod(-7.5, 2))
for exc_case in ((1, 0), (1.0, 0), (1, 0.0), (5, 0)):
    try:
        print(exc_case[0] // exc_case[1])
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e)
    try:
        print(exc_case[0] % exc_case[1])
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e)
try:
    1 / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
