# PEP 604 unions (int | str), generic aliases of built-in subclasses and queues, type() with
# keywords running __set_name__/__init_subclass__, and __set_name__ errors wrapped as 3.11 does.
u = int | str
print(u, type(u).__name__, u.__args__, int | None, None | int, int | int, (int | str) | float, int | list[int], list[int] | None)
print(isinstance(3, int | str), isinstance(3.0, int | str), issubclass(bool, int | str), (int | str) == (str | int), hash(int|str) == hash(str|int))
print(isinstance(None, int | None), isinstance("s", (float, int | str)))
try: int | 3
except TypeError as e: print(e)
class A: pass
print(A | None, int | A, (int | str) != (int | float))
def f(x: int | None = None) -> str | None:
    return x
print(f(3))
import queue
class L(list): pass
print(L[int], queue.Queue[int], queue.SimpleQueue[str], L[int]([1]))
class D(dict): pass
print(D[str, int], type(D[str, int]()).__name__)
try:
    class P: pass
    P[int]
except TypeError as e:
    print(e)
class D:
    def __set_name__(self, owner, name): print("set_name", name, owner.__name__)
class B:
    def __init_subclass__(cls, **kw): print("init_subclass", cls.__name__, kw)
T = type('T', (B,), {'d': D()}, flag=1)
U = type('U', (B,), {})
try:
    type('V', (), {}, flag=1)
except TypeError as e:
    print(e)
class D:
    def __set_name__(self, owner, name): raise ValueError("bad")
try:
    class C:
        x = D()
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__suppress_context__)
