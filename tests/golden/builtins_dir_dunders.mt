# dir() lists the dunders of object and of the class, a user __dir__ decides for its class,
# and __slots__ replace __dict__ and __weakref__. (__reduce__/__reduce_ex__: mt has no pickle.)
class C:
    x = 1
    def m(self): pass
class S:
    __slots__ = ('a',)
class D:
    def __dir__(self): return ['zeta', 'alpha']
class E(Exception): pass
hidden = ('__reduce__', '__reduce_ex__', '__setstate__', 'add_note', 'with_traceback')
for v in [object(), C(), C, S(), D(), E()]:
    print(type(v).__name__, [n for n in dir(v) if n not in hidden])
print(C.__doc__, C().__doc__, C.__lt__(C(), 1), object().__getstate__())
c = C()
c.y = 2
print(c.__getstate__(), object.__subclasshook__())
try:
    C() < C()
except TypeError as e:
    print(e)
