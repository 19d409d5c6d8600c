# A generator keeps the exceptions it is handling across yield (bare raise after resuming),
# without disturbing the caller's; a thrown exception's context is the generator's own.
def g():
    try:
        raise ValueError("in gen")
    except ValueError:
        yield 1
        raise
x = g(); print(next(x))
try:
    next(x)
except ValueError as e:
    print("reraised", e)

def h():
    try:
        raise KeyError("k")
    except KeyError:
        yield 1
        yield 2
it = h()
print(next(it))
try:
    raise IndexError("caller")
except IndexError:
    print(next(it))
    try:
        raise
    except IndexError as e:
        print("caller still handling", repr(e))

def ctx():
    try:
        yield 1
    except Exception as e:
        print("got", repr(e), repr(e.__context__))
        yield 2
gen = ctx(); next(gen)
try:
    raise ValueError("outer")
except ValueError:
    print(gen.throw(TypeError("thrown")))

def loop():
    for i in range(3):
        try:
            raise RuntimeError(i)
        except RuntimeError as e:
            yield e.args[0]
print(list(loop()))
try:
    raise OSError("x")
except OSError:
    for v in loop():
        pass
    try:
        raise
    except OSError as e:
        print("after loop", e)
