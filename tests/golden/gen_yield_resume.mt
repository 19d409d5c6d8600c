# Resuming a generator: a `yield` statement's unused value is skipped on a plain next, and
# a `for` loop storing into a local gets each item stored at once. Sent values, throws at a
# yield statement and mixed next()/for consumers must still behave as CPython.


def statements(log):
    yield 1
    log.append("after 1")
    yield 2
    log.append("after 2")


log = []
for v in statements(log):
    log.append(v)
print(log)

g = statements([])
print(next(g), g.send(None), next(g, "end"))


def receiver():
    got = []
    while True:
        x = yield len(got)
        if x is None:
            yield got
            return
        got.append(x)


r = receiver()
print(next(r), r.send("a"), r.send("b"), r.send(None))


def thrown():
    try:
        yield "first"
        yield "second"
    except ValueError as e:
        yield "caught " + str(e)
    yield "last"


t = thrown()
print(next(t), t.throw(ValueError("v")), next(t), next(t, "done"))
t = thrown()
next(t)
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("KeyError propagated", e)


def numbers():
    n = 0
    while n < 6:
        yield n
        n += 1


it = numbers()
pairs = []
for a in it:
    b = next(it, None)
    pairs.append((a, b))
print(pairs)


def nested():
    for x in numbers():
        for y in statements([]):
            yield x * 10 + y


print(sum(nested()), [v for v in nested() if v % 2][:5])


def delegating():
    result = yield from statements([])
    yield result


print(list(delegating()))
total = 0
for big in (2 ** 70 + i for i in range(3)):
    total += big
print(total)
