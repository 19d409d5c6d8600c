# CallPop / CallMethodPop (a call whose result is dropped, as an expression statement): mt
# functions and methods, natives, classes (their __init__ still checked), generators, and
# errors raised inside such calls, with their lines.
log = []


def note(x):
    log.append(x)
    return x * 2


class Box:
    def __init__(self, v):
        self.v = v

    def bump(self, d):
        self.v += d
        return self.v

    def __repr__(self):
        return f"Box({self.v})"


class Bad:
    def __init__(self):
        return 5


def gen():
    yield note("g")


def fails(n):
    if n > 2:
        raise ValueError(f"too big: {n}")
    return n


b = Box(1)
for i in range(5):
    note(i)
    b.bump(i)
    Box(i)
    gen()
    log.append(-i)
    len(log)
print(log, b)

total = 0
for i in range(4):
    try:
        fails(i)
        total += 1
    except ValueError as e:
        print("caught", e, e.__traceback__.tb_lineno, e.__traceback__.tb_next.tb_lineno)
print(total)

try:
    Bad()
except TypeError as e:
    print("TypeError:", e)


def inner():
    for k in range(3):
        note(k)
        yield k


print(list(inner()), log[-3:])
s = []
s.append(1)
s.extend([2, 3])
s.pop()
print(s)
fails(3)
