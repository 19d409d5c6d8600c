# Annotations: __annotations__ of modules, classes and functions, evaluated at definition
# time (CPython 3.11 without PEP 563); local annotations are never evaluated.
class C: pass
print(C.__annotations__, '__annotations__' in C.__dict__)
class D:
    x: int
    y: 'str' = 'a'
    if True:
        z: list[int] = []
    def m(self, a: int, *args: str, b: float = 1.0, **kw: dict) -> None:
        q: int = 5
        return q
print(D.__annotations__, D.m.__annotations__, D.y)
print(hasattr(D, 'x'))
class E(D):
    w: bool
print(E.__annotations__)
def f(): pass
print(f.__annotations__)
f.__annotations__ = {'a': 1}
print(f.__annotations__)
try:
    f.__annotations__ = 5
except TypeError as e:
    print(e)
g = lambda x: x
print(g.__annotations__)
try:
    print(__annotations__)
except NameError as e:
    print(e)
v: int = 3
print(__annotations__)
class F:
    __p: int
    def k(self, __q: int): pass
print(F.__annotations__, F.k.__annotations__)
def h(a: print('evaluated a') or int) -> print('evaluated ret'):
    pass
print(h.__annotations__)
try:
    def bad(x: Undefined): pass
except NameError as e:
    print(e)
obj = type('O', (), {})()
obj.attr: int = 4
print(obj.attr)
del f.__annotations__
print(f.__annotations__)
print(D().__annotations__ is D.__annotations__)

def simple_dataclass(cls):
    fields = list(cls.__annotations__)
    defaults = {f: cls.__dict__[f] for f in fields if f in cls.__dict__}
    def __init__(self, *args, **kw):
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name in fields[len(args):]:
            setattr(self, name, kw.get(name, defaults.get(name)))
    def __repr__(self):
        inner = ', '.join(f'{n}={getattr(self, n)!r}' for n in fields)
        return f'{cls.__name__}({inner})'
    cls.__init__ = __init__
    cls.__repr__ = __repr__
    return cls

@simple_dataclass
class Point:
    x: int
    y: int = 0
    label: str = 'p'

print(Point(1), Point(1, 2, label='q'))
def g():
    n: int
    try:
        print(n)
    except UnboundLocalError as e:
        print('unbound', e)
    total: int = 0
    for i in range(3):
        total += i
    return total
print(g())
class K:
    try:
        a: int = 1
    finally:
        pass
    for i in range(2):
        b: str
    while False:
        c: float
    with open(__file__) as fh:
        d: tuple
print(K.__annotations__)
ns = {}
exec('x: int = 5\ny: str', ns)
print(ns['__annotations__'], ns['x'])
class M:
    exec('z: int = 3')
print(M.__annotations__ if '__annotations__' in M.__dict__ else 'no own')
obj = Point(3)
obj.y: int = 9
lst = [0]
lst[0]: int
print(obj, lst)
