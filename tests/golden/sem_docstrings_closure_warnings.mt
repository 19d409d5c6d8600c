# Docstrings of methods and properties, property.fdel, __closure__, the warning classes, sorted(reverse=) type.
class C:
    def m(self):
        "mdoc"
    @property
    def p(self):
        "pdoc"
        return 1
    q = property(lambda self: 1, doc="qdoc")
    def r(self): pass
    s = property(r)
print(C.m.__doc__, C().m.__doc__, C.p.__doc__, C.q.__doc__, C().r.__doc__, C.s.__doc__)
print(C.p.fdel, C.p.fget.__name__)
def outer():
    x = 1
    def inner(): return x
    return inner
print(outer().__closure__[0].cell_contents, (lambda: 0).__closure__)
print(issubclass(FutureWarning, Warning), SyntaxWarning.__mro__)
try:
    sorted([2, 1], reverse="x")
except TypeError as e:
    print(e)
print(sorted([1,2], reverse=1), sorted([1, 2], reverse=True))
try:
    sorted([2, 1], reverse=1.5)
except TypeError as e:
    print(e)
print([c.__name__ for c in (BytesWarning, EncodingWarning, FutureWarning, ImportWarning, PendingDeprecationWarning, ResourceWarning, UnicodeWarning)])
print(UnicodeDecodeError.__mro__[1:3], issubclass(UnicodeEncodeError, ValueError), UnicodeTranslateError.__base__)
class D:
    def g(self): return 1
    h = property(g, None, g, "hdoc")
    h2 = h.setter(g)
print(D.h.__doc__, D.h2.__doc__, D.h2.fdel.__name__)
