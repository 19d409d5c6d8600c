# reversed is a class; dict iteration errors as CPython; super() checks; with_traceback.
print(reversed, isinstance(reversed([1]), reversed), type(reversed([1,2])).__name__)
print(type(reversed((1, 2))), type(reversed("ab")), isinstance(reversed("ab"), reversed))
class S:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
r = reversed(S())
print(type(r).__name__, list(r), list(reversed(range(3))), iter(r) is r)
try:
    reversed(5)
except TypeError as e:
    print(e)
try:
    reversed()
except TypeError as e:
    print(e)
d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]
        d[k + 10] = 1
except RuntimeError as ex:
    print(ex)
print(d)
s = {1, 2}
try:
    for k in s:
        s.discard(k)
        s.add(k + 10)
except RuntimeError as ex:
    print(ex)
class A:
    def f(self): return "A"
    @classmethod
    def c(cls): return "cA"
class B(A):
    def f(self): return "B" + super().f()
    @classmethod
    def c(cls): return "cB" + super().c()
print(B().f(), B.c(), B().c())
try:
    super(B, 5)
except TypeError as e:
    print(e)
print(super(B, B()).f())
e = ValueError("x")
try:
    raise e
except ValueError as err:
    print(err.with_traceback(None) is err, err.__traceback__)
try:
    e.__traceback__ = 5
except TypeError as x:
    print(x)
def thrower():
    raise KeyError("k")
try:
    thrower()
except KeyError as k:
    saved = k
print(saved.__traceback__.tb_next is not None)
saved.__traceback__ = None
print(saved.__traceback__)
class C(B):
    def g(self): return [super().f() for _ in range(2)]
try:
    C().g()
except TypeError as e:
    print("comprehension:", e)
