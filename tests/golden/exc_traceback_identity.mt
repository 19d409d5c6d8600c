# `e.__traceback__` is one object until unwinding adds a frame; max() compares `item > best`
# (its TypeError names '>' and the new item first), min() `item < best`.


def inner():
    raise KeyError(1)


def outer():
    try:
        inner()
    except KeyError as e:
        first = e.__traceback__
        print(first is e.__traceback__, first.tb_lineno)
        raise


try:
    outer()
except KeyError as e:
    tb = e.__traceback__
    print(tb is e.__traceback__, tb.tb_lineno, tb.tb_next.tb_lineno)

print(ValueError("x").__traceback__)

for f, args in [(max, ("x", 0)), (min, ([1, "a"],)), (max, ([2, None],)), (min, (3, "b"))]:
    try:
        f(*args)
    except TypeError as e:
        print(f.__name__, e)


class OnlyGt:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        return self.v > other.v


print(max(OnlyGt(1), OnlyGt(3), OnlyGt(2)).v)
