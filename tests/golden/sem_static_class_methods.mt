# @staticmethod and @classmethod.
class Temperature:
    unit = 'C'
    def __init__(self, degrees):
        self.degrees = degrees
    @classmethod
    def from_fahrenheit(cls, f):
        return cls(round((f - 32) * 5 / 9, 2))
    @staticmethod
    def is_valid(d):
        return d > -273.15
    @classmethod
    def describe_unit(cls):
        return f'{cls.__name__} in {cls.unit}'
t = Temperature.from_fahrenheit(212)
print(t.degrees, type(t).__name__)
print(Temperature.is_valid(-300), Temperature.is_valid(20), t.is_valid(0))
print(Temperature.describe_unit(), t.describe_unit())
class Kelvin(Temperature):
    unit = 'K'
k = Kelvin.from_fahrenheit(32)
print(type(k).__name__, k.degrees, Kelvin.describe_unit())
class Registry:
    items = []
    @classmethod
    def register(cls, item):
        cls.items.append(item)
        return len(cls.items)
print(Registry.register('a'), Registry().register('b'), Registry.items)
class MathUtil:
    @staticmethod
    def add(a, b):
        return a + b
    @staticmethod
    def no_args():
        return 'no args'
print(MathUtil.add(2, 3), MathUtil().add(4, 5), MathUtil.no_args())
f = MathUtil.add
print(f(10, 20))
class Counter:
    count = 0
    @classmethod
    def increment(cls):
        cls.count += 1
        return cls.count
class SubCounter(Counter):
    pass
Counter.increment()
SubCounter.increment()
SubCounter.increment()
print(Counter.count, SubCounter.count)
class Alt:
    def plain(x):
        return 'plain called with ' + str(x)
    sm = staticmethod(plain)
    cm = classmethod(lambda cls: cls.__name__)
print(Alt.sm(5), Alt.cm(), Alt().cm())
print(Alt.plain('direct'))
