# `local op= constant` and `local op= local2` are one instruction when both are small ints;
# every other operand type, overflow and error must behave as the plain instructions.


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, other):
        self.items.append(other)
        return self


def ints():
    i = 0
    total = 0
    while i < 10:
        total += i
        i += 1
    n = 7
    n -= 10
    n *= -3
    n //= 2
    n %= 4
    x = 5
    x -= x
    y = 2 ** 62
    y += y
    z = -9223372036854775807
    z -= 2
    b = True
    b += 1
    return total, i, n, x, y, z, b


print(ints())


def others():
    f = 1.5
    f += 2
    s = "a"
    s += "b"
    lst = [1]
    alias = lst
    lst += [2]
    t = (1,)
    t += (2,)
    acc = Acc()
    acc += 5
    other = 3
    f *= other
    return f, s, lst, alias is lst, t, acc.items


print(others())


def errors(kind):
    if kind == 0:
        q = 1
        q //= 0
    elif kind == 1:
        if False:
            u = 1
        u += 1
    elif kind == 2:
        w = 1
        if False:
            v = 1
        w += v
    else:
        s = "x"
        s -= 1


for k in range(4):
    try:
        errors(k)
    except Exception as e:
        print(type(e).__name__, e, e.__traceback__.tb_next.tb_lineno)


def count_loop(n):
    c = 0
    for i in range(n):
        c += 1
        c -= 0
    return c


print(count_loop(1000), sum(count_loop(k) for k in range(5)))
