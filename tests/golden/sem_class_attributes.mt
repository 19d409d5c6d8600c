# Class attributes vs instance attributes, shadowing, and mutation.
class Dog:
    species = 'canis'
    tricks = []
    def __init__(self, name):
        self.name = name
    def add_trick(self, trick):
        self.tricks.append(trick)
a = Dog('a')
b = Dog('b')
print(a.species, b.species, Dog.species)
a.species = 'wolf'
print(a.species, b.species, Dog.species)
Dog.species = 'changed'
print(a.species, b.species)
del a.species
print(a.species)
a.add_trick('roll')
b.add_trick('sit')
print(a.tricks, b.tricks is a.tricks)
print(a.__dict__, sorted(b.__dict__))
print('species' in Dog.__dict__, 'name' in Dog.__dict__)
class Own:
    def __init__(self):
        self.items = []
x, y = Own(), Own()
x.items.append(1)
print(x.items, y.items)
class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances
c1, c2, c3 = Counter(), Counter(), Counter()
print(Counter.instances, c1.id, c3.id)
class Shadow:
    value = 'class'
    def get(self):
        return self.value
s = Shadow()
print(s.get())
s.value = 'instance'
print(s.get(), Shadow.value)
class Dyn:
    pass
Dyn.new_attr = 'added later'
d = Dyn()
print(d.new_attr)
d.x = 1
setattr(d, 'y', 2)
print(d.x, getattr(d, 'y'), vars(d))
def method(self):
    return 'dynamically added method'
Dyn.m = method
print(d.m())
class Inc:
    n = 0
    def bump(self):
        self.n += 1
i = Inc()
i.bump(); i.bump()
print(i.n, Inc.n)
class Meta:
    attr = 1
print(getattr(Meta, 'attr'), hasattr(Meta, 'nope'), getattr(Meta, 'nope', 'default'))
class Outer:
    class Inner:
        label = 'inner class'
    inner_instance_label = Inner.label
print(Outer.Inner.label, Outer.inner_instance_label, Outer.Inner.__qualname__)
