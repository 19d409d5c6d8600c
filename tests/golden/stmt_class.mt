# class statements with bases, class bodies, methods, and class attributes.
class Animal:
    kingdom = 'animalia'
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return f'{self.name} makes a sound'
    def describe(self):
        return f'{self.name} ({type(self).__name__}): {self.speak()}'
class Dog(Animal):
    def speak(self):
        return f'{self.name} barks'
class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + ' softly'
class Cat(Animal):
    sound = 'meows'
    def speak(self):
        return f'{self.name} {self.sound}'
for a in [Animal('generic'), Dog('rex'), Puppy('bit'), Cat('tom')]:
    print(a.describe())
print(Animal.count, Dog.count, Dog.kingdom)
print(isinstance(Puppy('p'), Animal), issubclass(Puppy, Dog), issubclass(Cat, Dog))
print(Dog.__bases__[0].__name__, Puppy.__base__.__name__)
print([b.__name__ for b in Animal.__bases__])
class Empty:
    pass
print(Empty.__name__, type(Empty()).__name__)
class WithBody:
    x = 1
    y = x + 1
    items = [i * 2 for i in range(3)]
    if y > 1:
        big = True
    else:
        big = False
    def method(self):
        return self.x + self.y
print(WithBody.x, WithBody.y, WithBody.items, WithBody.big, WithBody().method())
class Counter(object):
    def __init__(self, start=0):
        self.value = start
    def incr(self, by=1):
        self.value += by
        return self
c = Counter(5).incr().incr(10)
print(c.value)
bound = c.incr
bound()
print(c.value)
unbound = Counter.incr
unbound(c, 100)
print(c.value)
def external(self):
    return 'external ' + str(self.value)
Counter.ext = external
print(c.ext())
print(Counter.__name__, Counter.__qualname__, Counter.__module__)
def factory():
    class Local:
        def hello(self):
            return 'local hello'
    return Local
L = factory()
print(L().hello(), L.__name__, L.__qualname__)
class Base1: pass
class Derived(Base1, Counter): pass
print(Derived(3).incr().value)
