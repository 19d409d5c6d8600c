# A suspended generator that nothing references any more is closed, as CPython does when
# its last reference goes: its `finally` blocks and `with` exits run before the next
# statement's output. An exception raised there is reported on stderr and ignored.
def g(tag):
    try:
        yield 1
        yield 2
    finally:
        print("finally ran", tag)


def local_generator():
    it = g("local")
    next(it)


local_generator()
print("after local")

it = g("global")
next(it)
del it
print("after del")


def returns_from_loop():
    for x in g("loop"):
        return x


print(returns_from_loop(), "after loop")


class Resource:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit", exc[0].__name__)
        return False


def reader():
    with Resource():
        yield "line"


def use_reader():
    r = reader()
    print(next(r))


use_reader()
print("after reader")


def bad():
    try:
        yield 1
    finally:
        raise ValueError("in finally")


b = bad()
next(b)
del b
print("after bad")


def plain():
    yield 1
    yield 2


p = plain()
next(p)
del p
print("plain dropped")


def unstarted():
    try:
        yield 1
    finally:
        print("never printed")


u = unstarted()
del u
print("unstarted dropped")

holder = [g("in list")]
next(holder[0])
holder.pop()
print("after pop")


def outer():
    yield from g("delegated")


o = outer()
next(o)
del o
print("after delegated")
