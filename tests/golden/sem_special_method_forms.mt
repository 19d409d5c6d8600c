# Special methods that are built-in functions, classes, static/class methods or properties are
# called as CPython calls them; yield from keeps a user iterator's StopIteration value; dicts
# keyed by multiples of a power of two stay fast; __dict__ assignment; bound-method attributes.
for name, fn in [("__len__", len), ("__repr__", repr), ("__str__", str), ("__hash__", hash),
                 ("__iter__", iter), ("__bool__", bool), ("__abs__", abs), ("__format__", format),
                 ("__index__", int)]:
    C = type("C", (), {name: fn})
    c = C()
    try:
        if name == "__len__": r = len(c)
        elif name == "__repr__": r = repr(c)
        elif name == "__str__": r = str(c)
        elif name == "__hash__": r = hash(c)
        elif name == "__iter__": r = iter(c)
        elif name == "__bool__": r = bool(c)
        elif name == "__abs__": r = abs(c)
        elif name == "__format__": r = format(c, "")
        else: r = [1][c]
        print(name, "ok", type(r).__name__, repr(r))
    except TypeError as e:
        print(name, "TypeError", e)
class F:
    __call__ = print
F()("hi", sep="-")
class V:
    __call__ = abs
print(V()(-5))
class Sm:
    @staticmethod
    def __call__(x): return "static call %s" % x
print(Sm()(5))
class Cm:
    @classmethod
    def __call__(cls, x, k=0): return (cls.__name__, x, k)
print(Cm()(6, k=1))
class Pi:
    @property
    def __iter__(self):
        return lambda: iter([1, 2])
    @property
    def __getitem__(self):
        return lambda k: k * 2
print(list(Pi()), Pi()[4])
class IntSub(int):
    pass
class H:
    def __hash__(self): return IntSub(7)
print(hash(H()))

class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration('done')
def d():
    r = yield from It()
    print('r =', r)
    yield
next(d(), None)
class Count:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration(self.n * 10)
        return self.n
def g():
    r = yield from Count()
    yield ("ret", r)
print(list(g()))

big = {i * 65536: i for i in range(50000)}
s = {-i << 16 for i in range(50000)}
fl = {i * 1e10: i for i in range(50000)}
print(len(big), len(s), len(fl), big[49999 * 65536], (-5 << 16) in s)

class O:
    pass
o = O()
o.a = 1
o.__dict__ = {"x": 1}
print(o.x, hasattr(o, "a"), vars(o))
try:
    o.__dict__ = 5
except TypeError as e:
    print(e)

class A:
    def f(self, x=1, *, y=2): return x
A.f.tag = "t"
m = A().f
print(m.tag, m.__defaults__, m.__kwdefaults__, m.__code__.co_name, m.__globals__ is globals())
