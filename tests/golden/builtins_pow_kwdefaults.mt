# Three-argument pow() with a user __pow__, and __kwdefaults__.
class N:
    def __pow__(self, o, m=None): return ('pow', o, m)
    def __rpow__(self, o, m=None): return ('rpow', o, m)
print(pow(N(), 2, 5), pow(N(), 2), pow(2, N()))
class M:
    def __pow__(self, o): return 'two-arg'
try: pow(M(), 2, 5)
except TypeError as e: print(e)
try: pow(2, N(), 5)
except TypeError as e: print(e)
try: pow(2, 3, N())
except TypeError as e: print(e)
class Q:
    def __pow__(self, o, m=None): return NotImplemented
try: pow(Q(), 1, 2)
except TypeError as e: print(e)
def f(a, *, b=1, c=2): pass
print(f.__kwdefaults__)
def g(a=1): pass
print(g.__kwdefaults__, g.__defaults__)
