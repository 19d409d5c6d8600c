# from module import * brings public names into the module namespace.
from math import *
print(sqrt(25), floor(3.5), ceil(3.5), pi, e)
print(gcd(8, 12), factorial(6), isnan(nan), isinf(inf))
print(log(e), log2(8), log10(1000), exp(0))
print(trunc(-2.7), fabs(-3), hypot(3, 4))
