# __new__ defined by a class: singletons, caching, returning another type (then __init__ is
# skipped), and the bases a class may not combine or extend.
class Singleton:
    _instance = None

    def __new__(cls, *args):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, tag):
        print('init', tag)
        self.tag = tag


a = Singleton('first')
b = Singleton('second')
print(a is b, a.tag, type(a).__name__)


class Interned(str):
    cache = {}

    def __new__(cls, text):
        if text not in cls.cache:
            cls.cache[text] = super().__new__(cls, text.strip())
        return cls.cache[text]


x = Interned(' hi ')
print(repr(x), x is Interned(' hi '), len(Interned.cache), x.upper(), isinstance(x, Interned))


class Other:
    def __new__(cls, value):
        return [value]

    def __init__(self, value):
        print('never runs')


print(Other(3), type(Other(3)).__name__)


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    def __add__(self, other):
        return Point(self[0] + other[0], self[1] + other[1])


p = Point(1, 2) + Point(10, 20)
print(p, p.x, type(p).__name__, p == (11, 22), len(p))


class Celsius(float):
    def __new__(cls, degrees):
        if degrees < -273.15:
            raise ValueError('below absolute zero')
        return super().__new__(cls, degrees)


print(Celsius(21.5), Celsius(0) + 1)
try:
    Celsius(-300)
except ValueError as e:
    print('ValueError:', e)
try:
    class B(bool):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    class R(range):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    class IS(int, str):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    DL = type('DL', (dict, list), {})
except TypeError as e:
    print('TypeError:', e)
LD = type('LD', (list,), {'size': lambda self: len(self)})
print(LD('ab'), LD('abc').size(), type(LD()).__name__)
