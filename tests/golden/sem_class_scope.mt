# Class bodies inside functions: the class's names stay in its namespace; methods see the
# enclosing function's variables, not the class's. Callable staticmethods, __class_getitem__.
def f():
    v = 1
    class A:
        v = 2
        def m(self): return v
    return A.__dict__.get('v'), A().m(), v
print(f())
def g():
    def helper(): return "helper"
    class A:
        def helper(self): return "method " + helper()
    return A().helper()
print(g())
def h():
    x = "outer"
    class A:
        x = "class"
        y = x
        def m(self): return x
        def c(self): return [x for _ in range(2)]
        class B:
            z = x
    return A().m(), A.y, A().c(), A.B.z, x
print(h())
def k():
    n = 0
    class A:
        nonlocal n
        n = 5
        w = n + 1
    return n, A.w, hasattr(A, 'n')
print(k())
def q():
    t = 'enclosing'
    class A:
        u = t
        print(u)
    return A.u
print(q())
class A:
    @staticmethod
    def helper(x): return x * 2
    doubled = helper(21)
    def __class_getitem__(cls, item): return (cls.__name__, item)
class B:
    @classmethod
    def __class_getitem__(cls, item): return ('B', item)
print(A.doubled, A.__dict__['helper'](3), A[int], B[str])
class C(A): pass
print(C[1], super(C, C).helper(4))
try:
    classmethod(len)(1)
except TypeError as e: print(e)
