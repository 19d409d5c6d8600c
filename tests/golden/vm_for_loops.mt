# `for` loops: the loop head stores its item straight into a local and the back edge runs
# the head at once; every kind of iterator, target and exit must behave as before.


def gen(n):
    for i in range(n):
        yield i * 10


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Broken:
    def __iter__(self):
        return self

    def __next__(self):
        raise ValueError("iterator broke")


def loops():
    out = []
    for i in range(3):
        out.append(i)
    for i in range(10, 0, -3):
        out.append(i)
    for x in [1, "two", None]:
        out.append(x)
    for g in gen(3):
        out.append(g)
    for c in Countdown(3):
        out.append(c)
    for ch in "ab":
        out.append(ch)
    for k in {"k1": 1, "k2": 2}:
        out.append(k)
    for a, b in [(1, 2), (3, 4)]:
        out.append(a + b)
    for i in range(5):
        if i % 2:
            continue
        out.append(-i)
    for i in range(5):
        if i == 3:
            break
    else:
        out.append("no break")
    out.append(i)
    for j in []:
        pass
    else:
        out.append("empty else")
    items = [1, 2, 3]
    for v in items:
        if v < 3:
            items.append(v + 10)
    out.append(items)
    total = 0
    for i in range(3):
        for j in gen(i):
            total += j
    out.append(total)
    return out


print(loops())


def unbound_after_empty():
    for z in []:
        pass
    return z


try:
    unbound_after_empty()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def broken():
    for b in Broken():
        print("never", b)


try:
    broken()
except ValueError as e:
    print("ValueError:", e, e.__traceback__.tb_next.tb_lineno)

for top in range(2):
    pass
print(top, [x * y for x in range(3) for y in gen(2)], sum(v for v in gen(4)))
