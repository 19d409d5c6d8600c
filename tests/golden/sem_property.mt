# @property with getter, setter and deleter.
class Circle:
    def __init__(self, radius):
        self._radius = radius
    @property
    def radius(self):
        print('  get radius')
        return self._radius
    @radius.setter
    def radius(self, value):
        print('  set radius', value)
        if value < 0:
            raise ValueError('radius must be non-negative')
        self._radius = value
    @radius.deleter
    def radius(self):
        print('  delete radius')
        del self._radius
    @property
    def area(self):
        return round(3.14159 * self._radius ** 2, 3)
c = Circle(2)
print(c.radius)
c.radius = 3
print(c.area)
try:
    c.radius = -1
except ValueError as e:
    print('ValueError:', e)
try:
    c.area = 10
except AttributeError as e:
    print('AttributeError:', e)
del c.radius
print(hasattr(c, '_radius'))
class Temp:
    def __init__(self):
        self._c = 0
    def get_f(self):
        return self._c * 9 / 5 + 32
    def set_f(self, f):
        self._c = (f - 32) * 5 / 9
    fahrenheit = property(get_f, set_f)
t = Temp()
print(t.fahrenheit)
t.fahrenheit = 212
print(t._c, t.fahrenheit)
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        self.computed += 1
        return 42
l = Lazy()
print(l.value, l.value, l.computed)
class Base:
    @property
    def name(self):
        return 'base'
class Derived(Base):
    @property
    def name(self):
        return 'derived/' + super().name
print(Derived().name)
print(type(Circle.area).__name__)
class ReadOnly:
    @property
    def x(self):
        return 1
r = ReadOnly()
try:
    del r.x
except AttributeError as e:
    print('AttributeError:', e)
class Validated:
    def __init__(self, age):
        self.age = age
    @property
    def age(self):
        return self._age
    @age.setter
    def age(self, v):
        self._age = max(0, v)
print(Validated(-5).age, Validated(30).age)
