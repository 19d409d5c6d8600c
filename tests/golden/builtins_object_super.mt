# object() and super() used directly.
o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object())
try:
    o.attr = 1
except AttributeError as e:
    print('AttributeError:', e)
sentinel = object()
def lookup(d, k, default=sentinel):
    v = d.get(k, sentinel)
    if v is sentinel:
        return 'missing' if default is sentinel else default
    return v
print(lookup({'a': 1}, 'a'), lookup({}, 'a'), lookup({}, 'a', 0))
class Base:
    def greet(self):
        return 'base greet'
class Child(Base):
    def greet(self):
        return 'child + ' + super().greet()
    def explicit(self):
        return super(Child, self).greet()
c = Child()
print(c.greet(), c.explicit())
print(issubclass(Child, object), Child.__mro__[-1] is object)
class WithInit:
    def __init__(self):
        super().__init__()
        self.ok = True
print(WithInit().ok)
print(object.__name__, str(object) == "<class 'object'>")
class EqDefault:
    pass
a, b = EqDefault(), EqDefault()
print(a == a, a == b, a != b, hash(a) == hash(a))
