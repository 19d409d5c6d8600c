# Zero-argument super() in methods, classmethods, and __init__ chains.
class Base:
    def __init__(self, x):
        self.x = x
    def describe(self):
        return f'Base(x={self.x})'
    @classmethod
    def create(cls, v):
        return cls(v)
    def __repr__(self):
        return 'Base-repr'
class Derived(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def describe(self):
        return 'Derived+' + super().describe() + f'(y={self.y})'
    @classmethod
    def create(cls, v):
        obj = super().create(v) if False else cls(v, v * 2)
        return obj
    def __repr__(self):
        return 'Derived<' + super().__repr__() + '>'
d = Derived(1, 2)
print(d.describe())
print(repr(d))
print(Derived.create(5).describe())
class Two(Derived):
    def describe(self):
        return 'Two+' + super().describe()
print(Two(7, 8).describe())
class A:
    def method(self):
        return 'A.method'
class B(A):
    def method(self):
        return 'B->' + super(B, self).method()
print(B().method())
class Counter:
    def __init__(self):
        self.calls = 0
    def step(self):
        self.calls += 1
        return self.calls
class DoubleCounter(Counter):
    def step(self):
        super().step()
        return super().step()
dc = DoubleCounter()
print(dc.step(), dc.step())
class ListLike(list):
    def append(self, item):
        super().append(item * 10)
l = ListLike()
l.append(1)
l.append(2)
print(l, len(l), isinstance(l, list))
class DictLike(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)
dl = DictLike()
dl['a'] = 1
print(dl)
class Loud(Exception):
    def __init__(self, msg):
        super().__init__(msg.upper())
        self.original = msg
try:
    raise Loud('quiet')
except Loud as e:
    print(e, e.original, e.args)
class Mixin:
    def hello(self):
        return 'Mixin hello / ' + super().hello()
class Core:
    def hello(self):
        return 'Core hello'
class Combined(Mixin, Core):
    pass
print(Combined().hello())
class Prop(Base):
    @property
    def double(self):
        return self.x * 2
class PropChild(Prop):
    @property
    def double(self):
        return super().double + 1
print(PropChild(10).double)
class StaticUser(Base):
    @staticmethod
    def util():
        return 'static util'
print(StaticUser.util(), StaticUser(1).util())
