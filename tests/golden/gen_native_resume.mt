# Generators resumed from native code (sum, list, next, send, throw, close, sorted, max,
# str.join, dict, zip): each yield hands the frame back to its generator and the native
# caller gets the value; nested native resumes and errors must leave every generator sane.


def count(n):
    for i in range(n):
        yield i


def pairs(it):
    while True:
        try:
            a = next(it)
        except StopIteration:
            return "done"
        yield a, sum(count(a))


print(sum(x * x for x in range(10)), list(count(4)), max(count(7)), sorted(count(3), reverse=True))
print(list(pairs(count(5))))
print(dict(pairs(count(4))), "-".join(str(x) for x in count(4)))
print(list(zip(count(3), (c for c in "abc"))), any(x > 2 for x in count(5)), all(x < 2 for x in count(5)))

g = count(3)
print(next(g), next(g), next(g), next(g, "end"))


def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
    except ValueError as e:
        yield "caught " + str(e)
    finally:
        print("echo closing with", received)


e = echo()
print(next(e), e.send("a"), e.send("b"), e.throw(ValueError("bad")))
e.close()
print(list(e))


def fails_after(n):
    for i in range(n):
        yield i
    raise KeyError("boom")


try:
    print(sum(fails_after(3)))
except KeyError as err:
    print("KeyError", err)
f = fails_after(1)
print(next(f))
try:
    next(f)
except KeyError as err:
    print("KeyError again", err)
print(next(f, "exhausted"))


def running():
    yield next(me)


me = running()
try:
    next(me)
except ValueError as err:
    print("ValueError:", err)


def outer():
    inner = count(3)
    total = 0
    for x in inner:
        total += sum(y for y in count(x + 1))
        yield total


print(list(outer()), sum(sum(count(k)) for k in range(6)))


def returns():
    yield 1
    return "value"


r = returns()
next(r)
try:
    next(r)
except StopIteration as stop:
    print("StopIteration", stop.value)
