# The eval loop's shortcuts must not change meaning: attribute index hints shared by instances
# whose dicts are laid out differently, closures on the fast call path, built-in types called
# through their cached __new__, and ranges/lists stepped in place.

class A:
    def __init__(self, first):
        if first:
            self.x = 1
            self.y = 2
        else:
            self.y = 20
            self.x = 10


def read(o):
    return o.x * 100 + o.y


def bump(o):
    o.x += 1
    o.y += 1
    return read(o)


objs = [A(i % 2 == 0) for i in range(6)]
print([read(o) for o in objs])
print([bump(o) for o in objs])

# Deleting and re-adding moves the key; the hint must follow it.
o = objs[0]
del o.x
o.z = 5
o.x = 7
print(read(o), sorted(vars(o).items()))
for o2 in objs:
    o2.__dict__.pop("y")
    o2.y = 3
print([read(o2) for o2 in objs])


class P:
    def __init__(self):
        self._v = 1

    @property
    def x(self):
        return self._v * 1000

    @x.setter
    def x(self, v):
        self._v = v

    y = 4


p = P()
print(read(p))
p.x = 9
print(read(p), p.__dict__)


class Slotless:
    pass


s = Slotless()
s.x, s.y = 1, 2
print(read(s))
s.__dict__["x"] = 42
print(read(s))


def make_adder(k):
    def add(x):
        return x + k
    return add


def outer():
    n = 0

    def inc(step):
        nonlocal n
        n += step
        return n
    return inc


adders = [make_adder(k) for k in range(4)]
print([f(10) for f in adders])
inc = outer()
print([inc(i) for i in range(5)])
try:
    adders[0]()
except TypeError as e:
    print("TypeError:", e)


print(range(3), int("12"), str(5), bool(0), bool([1]), float("1.5"), list((1, 2)))
print(tuple(range(2, 5)), dict(a=1), set("aa"), frozenset(), type(3).__name__)
try:
    int("x")
except ValueError as e:
    print("ValueError:", e)
try:
    range()
except TypeError as e:
    print("TypeError:", e)

total = 0
for i in range(10, 0, -3):
    total += i
items = [1, 2, 3]
for v in items:
    if v == 2:
        items.append(4)
    total += v
print(total, items)
