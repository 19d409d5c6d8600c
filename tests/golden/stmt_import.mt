# import forms for the built-in modules.
import math
print(math.sqrt(16), math.pi)
import math as m
print(m.floor(2.7), m is math)
from math import sqrt, pi
print(sqrt(2), pi)
from math import floor as fl, ceil as cl
print(fl(-1.5), cl(-1.5))
import sys, time
print(type(sys.argv).__name__, time.time() > 0)
import random as rnd, math as mm
print(mm.e == math.e, callable(rnd.random))
def local_import():
    import math
    from math import factorial
    return factorial(5) + math.floor(0.5)
print(local_import())
print(math.__name__, m.__name__, sys.__name__)
from math import (
    gcd,
    inf,
)
print(gcd(12, 18), inf)
try:
    import does_not_exist_module
except ImportError as e:
    print(type(e).__name__, e)
try:
    from math import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])
print(isinstance(ModuleNotFoundError('x'), ImportError))
