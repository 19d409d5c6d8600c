# math module: less common functions.
import math
print(math.tau, math.isqrt(17), math.isqrt(10**20), math.isfinite(1.0), math.isfinite(math.nan))
print(math.gcd(), math.gcd(4, 6, 8), math.lcm(4, 6), math.lcm(3, 5, 7))
print(math.log1p(0), math.expm1(0), math.tan(0), math.atan(1) * 4 == math.pi)
print(math.asin(1), math.acos(1), math.atan2(1, 1), math.atan2(-1, -1))
print(math.degrees(math.pi), math.radians(180), math.hypot(1, 2, 2))
print(math.copysign(3, -0.0), math.fmod(7, 3), math.fmod(-7, 3), -7 % 3, math.remainder(7, 3))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.modf(3.75), math.modf(-2.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.sinh(0), math.cosh(0), math.tanh(0), math.dist([0, 0], [3, 4]))
try:
    math.acos(2)
except ValueError as e:
    print('ValueError:', e)
