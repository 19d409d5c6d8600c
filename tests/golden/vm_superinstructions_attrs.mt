# Superinstructions for attribute updates (`obj.attr += v`, `local.attr = v`), method calls
# on globals, and constant returns: same results, errors and traceback lines as the separate
# instructions, through properties, __setattr__, __getattr__ and shadowing instance attributes.
import math


def last_line(e):
    tb = e.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb.tb_lineno


class Counter:
    def __init__(self):
        self.n = 0
        self.total = 0.5

    def bump(self, k):
        self.n += k
        self.total += 1
        self.total -= 0.25
        return self.n

    def name(self):
        return "counter"


class Logged:
    def __init__(self):
        self._v = 1

    @property
    def v(self):
        print("get v")
        return self._v

    @v.setter
    def v(self, x):
        print("set v", x)
        self._v = x


class Tracing:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)

    def __getattr__(self, name):
        return lambda *a: (name, a)


c = Counter()
print(c.bump(2), c.bump(3), c.n, c.total)
lg = Logged()
lg.v += 10
print(lg.v)
t = Tracing()
t.x = 1
t.x += 5
print(t.x, t.missing(1, 2))

# An instance attribute shadows the method of the same name.
c.name = lambda: "shadowed"
print(c.name(), Counter().name())

print(math.sqrt(16.0), math.floor(2.5))


def no_return():
    x = 1


def returns_none():
    return None


def returns_const():
    return "k"


print(no_return(), returns_none(), returns_const())


def bad_augment(o):
    o.n += "s"


def unbound_value(o, flag):
    if flag:
        k = 1
    o.n += k


def unbound_target(flag):
    if flag:
        o = Counter()
    o.n = 3


def no_attr(o):
    o.nope += 1


for f, args in [
    (bad_augment, (Counter(),)),
    (unbound_value, (Counter(), False)),
    (unbound_target, (False,)),
    (no_attr, (Counter(),)),
]:
    try:
        f(*args)
    except Exception as e:
        print(type(e).__name__, e, "line", last_line(e))


try:
    missing_global.method()
except NameError as e:
    print("NameError", e, "line", last_line(e))
try:
    (1).nope = 2
except AttributeError as e:
    print("AttributeError", e)
