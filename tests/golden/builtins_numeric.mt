# abs, round (banker's rounding), divmod, pow (3-arg).
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(-2**100), abs(True))
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(-0.5))
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1.005, 2), round(2.5, 0))
print(round(1234.5678, 2), round(1234.5678, -1), round(1234.5678, -2), round(-1234.5678, -3))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1))
print(round(7), round(7.0), round(7.4999), round(-7.5), type(round(7.5)).__name__, type(round(7.5, 1)).__name__)
print(round(0.1 + 0.2, 10), round(1e20), round(123.456, 5), round(5, 2), type(round(5, 2)).__name__)
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2), divmod(2**70, 3))
print(pow(2, 8), pow(2, -2), pow(2.0, 3), pow(9, 0.5))
print(pow(3, 200, 7), pow(2, 100, 10**9 + 7), pow(-2, 3, 5), pow(5, 0, 1), pow(7, -1, 11))
print(pow(10, 20), pow(0, 0), pow(0.0, 0))
try:
    round(float('inf'))
except OverflowError as e:
    print('OverflowError:', e)
try:
    round(float('nan'))
except ValueError as e:
    print('ValueError:', e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print('ValueError:', e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print('TypeError:', e)
print(round(float('inf'), 2), round(-0.0), round(-0.4, 0))
