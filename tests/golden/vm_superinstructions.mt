# Superinstructions fuse LoadFast/LoadConst/Binary/Compare/JumpIfFalse runs; their results,
# errors and traceback lines must be those of the separate instructions.
import sys


def report(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        tb = e.__traceback__
        while tb.tb_next is not None:
            tb = tb.tb_next
        print(type(e).__name__, e, "line", tb.tb_lineno)


def add_const(x):
    return x + 1


def mixed(a, b):
    if a < b:
        return a * b
    return a - b


def unbound_first(flag):
    if flag:
        y = 1
    return y + 2


def unbound_second(flag):
    x = 1
    if flag:
        z = 2
    return x + z


def compare_unbound(flag):
    if flag:
        w = 3
    if w < 10:
        return "small"
    return "big"


def compare_two(flag):
    a = 1
    if flag:
        b = 5
    while a < b:
        a += 2
    return a


class Num:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other

    def __add__(self, other):
        return Num(self.v + other)

    def __repr__(self):
        return f"Num({self.v})"


report(add_const, 41)
report(add_const, 2 ** 63 - 1)
report(add_const, 1.5)
report(add_const, "s")
report(mixed, 3, 4)
report(mixed, 4, 3)
report(mixed, "a", 3)
report(mixed, [1], 2)
report(mixed, 1, None)
report(mixed, Num(1), 5)
report(mixed, 2 ** 70, 2 ** 71)
report(unbound_first, True)
report(unbound_first, False)
report(unbound_second, True)
report(unbound_second, False)
report(compare_unbound, True)
report(compare_unbound, False)
report(compare_two, True)
report(compare_two, False)
report(add_const, Num(4))


def nan_cmp(x):
    if x == x:
        return "equal"
    return "not equal"


print(nan_cmp(float("nan")), nan_cmp(1), nan_cmp("a"))


def floors(a, b):
    return a // b, a % b, -a // b, -a % b


report(floors, 7, 2)
report(floors, 7, 0)
report(floors, -7, -2)
