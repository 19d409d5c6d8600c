# __slots__, class keywords and __init_subclass__, compared with CPython.
class A:
    pass
try:
    class B(A, tag=1): pass
except TypeError as e: print(e)
class C:
    def __init_subclass__(cls, /, flavor="x", **kw):
        print("isc", cls.__name__, flavor, kw)
        super().__init_subclass__(**kw)
class D(C, flavor="y"): pass
try:
    class E(C, other=2): pass
except TypeError as e: print(e)
print(type(C.__dict__['__init_subclass__']).__name__)
class S:
    __slots__ = 'a'
class T(S):
    __slots__ = ['b', 'c']
t = T(); t.a = 1; t.b = 2
print(t.a, t.b)
try: t.c
except AttributeError as e: print(e)
try: t.d = 1
except AttributeError as e: print(e)
try: t.__dict__
except AttributeError as e: print(e)
try: vars(t)
except TypeError as e: print(e)
class U(S): pass
u = U(); u.zz = 3; print(u.__dict__)
try:
    class V:
        __slots__ = ('x',)
        x = 1
except ValueError as e: print(e)
class W:
    __slots__ = ('x',)
    y = 5
w = W()
try: w.y = 2
except AttributeError as e: print(e)
del t.a
try: del t.a
except AttributeError as e: print(e)
print(T.__slots__, S.__slots__)
class X:
    __slots__ = ('__dict__', 'p')
x = X(); x.q = 1; print(x.__dict__)
