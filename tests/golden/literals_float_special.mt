# inf, nan and negative zero.
inf = float('inf')
nan = float('nan')
print(inf, -inf, nan)
print(float('-inf'), float('Infinity'), float('-nan'), float('NaN'), float('INF'))
print(inf > 1e308, -inf < -1e308)
print(inf == inf, nan == nan, nan != nan)
print(inf + 1, inf - inf, inf * 0)
print(inf * -1, 1 / inf, -1 / inf)
print(repr(inf), str(nan))
print(-0.0, 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0)
print(abs(-0.0))
print([inf, nan, -0.0])
print(inf is inf, max(1.0, inf), min(-inf, 0))
print(nan > 0, nan < 0, nan == 0)
print(int(2.9), int(-2.9), int(-0.0))
print(1e309)
print(-1e309)
print(round(-0.4))
print(round(-0.4, 0))
x = -0.0
print(x == 0, x < 0, str(x))
try:
    int(inf)
except OverflowError as e:
    print('OverflowError', e)
try:
    int(nan)
except ValueError as e:
    print('ValueError', e)
