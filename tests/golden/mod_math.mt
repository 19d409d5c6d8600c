# math module: the commonly used constants and functions.
import math
print(math.pi, math.e, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.sqrt(0), math.sqrt(1e-10), math.sqrt(10**20))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), math.trunc(2.7))
print(type(math.floor(2.5)).__name__, math.floor(10**20 + 0.0), math.floor(5), math.ceil(-0.5), math.floor(-0.0), math.ceil(0.2))
print(math.isnan(math.nan), math.isnan(1.0), math.isinf(math.inf), math.isinf(-math.inf), math.isinf(1e308))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(2**100, 6**40), math.gcd(0, 0))
print(math.factorial(0), math.factorial(10), math.factorial(25))
print(math.log(math.e), math.log(100, 10), math.log(8, 2), math.log(1), math.log2(1024), math.log10(1e-3), math.log10(1000))
print(math.log(2**1000), math.log10(10**50), math.log2(2**200))
print(math.exp(0), math.exp(1), math.exp(-1), math.exp(2.5))
print(math.sin(0), math.cos(0), math.sin(math.pi / 2), math.cos(math.pi), math.sin(1), math.cos(1))
print(round(math.sin(math.pi), 10), round(math.cos(math.pi / 3), 10))
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(1.5, 2))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-8, 3), math.pow(4, -0.5), math.fabs(-3), math.fabs(2.5))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1), math.isclose(1.0, 1.05, rel_tol=0.1), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.comb(5, 2), math.comb(50, 25), math.comb(3, 5), math.comb(10, 0), math.perm(5, 2), math.perm(5), math.perm(10, 0))
print(type(math.sqrt(4)).__name__, type(math.trunc(2.5)).__name__, type(math.pow(2, 2)).__name__)
for bad in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.factorial(-1),
            lambda: math.factorial(2.5), lambda: math.exp(1000), lambda: math.pow(0, -1)):
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ':', e)
