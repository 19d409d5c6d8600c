# `obj.attr op= v` with a local obj runs as one instruction when the attribute is a small
# int in the instance dict, and `return obj.attr` as one; every other case must behave as
# the plain instructions do.


class Counter:
    limit = 10

    def __init__(self):
        self.n = 0
        self.f = 1.5
        self.s = "a"
        self.items = [1]

    def bump(self, by):
        self.n += by
        self.n -= 1
        self.n *= 3
        self.n //= 2
        self.n %= 1000
        self.f += by
        self.s += "b"
        self.items += [by]
        self.limit += by
        return self.n

    def big(self):
        self.n += 2 ** 62
        self.n += 2 ** 62
        return self.n

    def read(self):
        return self.n


c = Counter()
print(c.bump(5), c.f, c.s, c.items, c.limit, Counter.limit)
print(c.bump(-7), c.read())
c.n = 2 ** 62
print(c.big(), type(c.n).__name__)
c.n = 9223372036854775807
c.bump(1)
print(c.n)
c.n = -9223372036854775807
c.n -= 1
c.n -= 1
print(c.n)


class Watched:
    def __init__(self):
        self._v = 1
        self.plain = 1

    @property
    def v(self):
        print("get v")
        return self._v

    @v.setter
    def v(self, value):
        print("set v", value)
        self._v = value

    def step(self):
        self.v += 2
        self.plain += 2
        return self.v


w = Watched()
print(w.step(), w.plain)


class Logged:
    def __init__(self):
        object.__setattr__(self, "n", 1)

    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)

    def step(self):
        self.n += 1
        return self.n


print(Logged().step())


class Vec:
    def __init__(self, x):
        self.x = x

    def __iadd__(self, other):
        print("iadd", other)
        self.x += other
        return self


class Holder:
    def __init__(self):
        self.v = Vec(1)

    def add(self, k):
        self.v += k
        return self.v.x


print(Holder().add(4))


class Empty:
    def grow(self):
        self.missing += 1

    def get(self):
        return self.missing


for f in [Empty().grow, Empty().get]:
    try:
        f()
    except AttributeError as e:
        print("AttributeError:", e)


def unbound_obj():
    obj.n += 1
    obj = None


try:
    unbound_obj()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def bump_other(obj, by):
    obj.n += by
    return obj.n


print(bump_other(c, 1), bump_other(c, 2.5))
try:
    bump_other(c, "x")
except TypeError as e:
    print("TypeError:", e)
