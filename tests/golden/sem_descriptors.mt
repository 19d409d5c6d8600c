# Descriptor protocol corner cases, compared with CPython.
class Typed:
    def __set_name__(self, owner, name):
        self.private = '_' + name
        self.owner = owner.__name__
    def __get__(self, obj, objtype=None):
        if obj is None:
            return 'class access via ' + objtype.__name__
        return getattr(obj, self.private, None)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError('expected int, got ' + type(value).__name__)
        setattr(obj, self.private, value)

class Point:
    x = Typed()
    y = Typed()
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x, p.y, Point.x, Point.__dict__['x'].owner, sorted(vars(p)))
try:
    p.x = 'a'
except TypeError as e:
    print('TypeError:', e)
p.__dict__['x'] = 99
print(p.x)

class Sub(Point):
    def get(self):
        return super().x
print(Sub(5, 6).get())

class Lazy:
    def __init__(self, f): self.f = f
    def __get__(self, obj, cls):
        if obj is None: return self
        v = self.f(obj)
        obj.__dict__[self.f.__name__] = v
        return v
calls = []
class Circle:
    def __init__(self, r): self.r = r
    @Lazy
    def area(self):
        calls.append(1)
        return self.r * self.r * 3
c = Circle(2)
print(c.area, c.area, len(calls))

class ReadOnly:
    def __get__(self, obj, cls): return 7
    def __set__(self, obj, v): raise AttributeError("read-only")
class H:
    v = ReadOnly()
h = H()
try:
    h.v = 3
except AttributeError as e:
    print('AttributeError:', e)
print(h.v)

class DelOnly:
    def __delete__(self, obj): print('deleting')
class K:
    d = DelOnly()
k = K()
del k.d
try:
    k.d = 1
except AttributeError as e:
    print('AttributeError:', e)

class Logged:
    def __getattribute__(self, name):
        if name.startswith('_'):
            return object.__getattribute__(self, name)
        print('get', name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        print('set', name, value)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print('del', name)
        object.__delattr__(self, name)
    def method(self): return 'm'
l = Logged()
l.a = 1
print(l.a, l.method())
del l.a
try:
    l.a
except AttributeError as e:
    print('AttributeError:', e)
print(getattr(l, 'zz', 'default'), hasattr(l, 'method'))

class WithProp:
    def __init__(self): self._v = 0
    @property
    def v(self): return self._v
    @v.setter
    def v(self, n): self._v = n * 2
    def __setattr__(self, name, value):
        print('setattr', name)
        super().__setattr__(name, value)
w = WithProp()
w.v = 5
print(w.v)

class Registry:
    kinds = {}
    def __init_subclass__(cls, kind=None, **kw):
        super().__init_subclass__(**kw)
        Registry.kinds[kind or cls.__name__.lower()] = cls
class Cat(Registry, kind='feline'): pass
class Dog(Registry): pass
print(sorted(Registry.kinds))

class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
s = Slotted()
print(s.a, hasattr(s, 'b'), hasattr(s, '__dict__'))
try:
    s.c = 3
except AttributeError as e:
    print('AttributeError:', e)
