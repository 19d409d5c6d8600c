# Subclasses of property (a class's own __get__, copies made by setter keeping the
# subclass), property and function __get__ called directly, map/filter/zip/enumerate as
# classes, indexes too big for an index, and `__iter__ = None`.
class Logged(property):
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        print("get via", type(self).__name__)
        return super().__get__(obj, objtype)

class A:
    def __init__(self): self._v = 1
    @Logged
    def v(self): return self._v
    @v.setter
    def v(self, x): self._v = x
    @property
    def w(self): return 2

a = A()
print(a.v)
a.v = 10
print(a.v, a._v, a.w)
print(type(A.__dict__['w']).__name__, A.__dict__['w'].__get__(a), A.__dict__['w'].__get__(None, A) is A.__dict__['w'])
class UpperProp(property):
    def __init__(self, fget):
        super().__init__(fget)
        self.extra = 'x'
class B:
    @UpperProp
    def name(self): return 'b'
print(B().name, isinstance(B.__dict__['name'], property))
p = property()
for call in (lambda: p.__get__(A()), lambda: p.__set__(A(), 1), lambda: p.__delete__(A())):
    try: call()
    except AttributeError as e: print(e)
def f(self, y=0): return (self, y)
print(f.__get__(3)(4), f.__get__(None, int) is f)
print(f.__get__(3))
m = map(str, [1, 2])
print(type(m), isinstance(m, map), map.__name__, callable(zip), list(m))
print(isinstance(zip([1]), zip), isinstance(filter(None, []), filter), isinstance(enumerate(""), enumerate))
print(type(enumerate).__name__, type(map(len, [])) is map, list(zip("ab", range(5), strict=False)))
print(list(map(pow, [2, 3], [3, 2])), list(filter(None, [0, 1, "", "a"])), list(enumerate("xy", 5)))
for make in (lambda: map(), lambda: map(len), lambda: filter(None), lambda: enumerate()):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)

for attempt in (lambda: [1][10**20], lambda: [1][-(10**20)], lambda: "ab"[10**20], lambda: (1,)[10**20], lambda: range(3)[10**20]):
    try:
        attempt()
    except IndexError as e:
        print("IndexError:", e)
x = [1]
try:
    x[10**20] = 3
except IndexError as e:
    print("IndexError:", e)


class NotIterable:
    __iter__ = None

    def __getitem__(self, i):
        return i


try:
    iter(NotIterable())
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in NotIterable():
        pass
except TypeError as e:
    print("TypeError:", e)
