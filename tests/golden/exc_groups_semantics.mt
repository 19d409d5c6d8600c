# Exception groups: except* in generators, nested handlers, loops, subclasses, bad matchers.
import sys

def show(label, e):
    print(label, type(e).__name__, repr(e))

# A group re-raised whole by a clause that matches it entirely.
eg = ExceptionGroup("all", [ValueError(1), ValueError(2)])
try:
    try:
        raise eg
    except* Exception:
        raise
except ExceptionGroup as e:
    print("same object:", e is eg, repr(e))

# Generators and except*.
def gen():
    try:
        yield 1
        raise ExceptionGroup("g", [KeyError("k"), OSError("o")])
    except* KeyError as e:
        yield ("caught", repr(e))
    except* OSError as e:
        yield ("os", repr(e))
    yield "after"
print(list(gen()))

# Nested try inside a handler; handled exception inside.
try:
    raise ExceptionGroup("n", [ValueError("v")])
except* ValueError as e:
    try:
        raise TypeError("inner")
    except TypeError as t:
        print("inner caught", repr(t), repr(t.__context__))
    print("exc_info", repr(sys.exc_info()[1]))
print("exc_info after", sys.exc_info())

# A finally inside a handler, and else.
def f(x):
    try:
        if x:
            raise ExceptionGroup("f", [ValueError(x)])
    except* ValueError:
        try:
            print("handler", x)
        finally:
            print("finally in handler")
    else:
        print("else", x)
    finally:
        print("outer finally", x)
f(0); f(1)

# Loops inside handlers may break and continue.
try:
    raise ExceptionGroup("loop", [ValueError(3)])
except* ValueError:
    for i in range(5):
        if i == 1:
            continue
        if i == 3:
            break
        print("i", i)

# Multiple handlers raising.
try:
    try:
        raise ExceptionGroup("multi", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise RuntimeError("r1")
    except* TypeError:
        raise RuntimeError("r2")
except ExceptionGroup as e:
    print(repr(e))
    for sub in e.exceptions:
        show(" sub", sub)
        print("  context", repr(sub.__context__))

# split with predicate on nested, subgroup returning self.
eg = ExceptionGroup("top", [ValueError(1), ExceptionGroup("mid", [TypeError(2), ValueError(3)])])
print(eg.subgroup(lambda e: True) is eg)
print(eg.subgroup(lambda e: isinstance(e, ValueError)))
print(repr(eg.split((TypeError, KeyError))))
eg.add_note("top note")
m, r = eg.split(TypeError)
print(m.__notes__, r.__notes__, m.__notes__ is eg.__notes__)
try:
    eg.split(int)
except TypeError as e:
    print(e)
try:
    eg.split(ValueError())
except TypeError as e:
    print(e)

# Subclasses.
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)
mg = MyGroup("mine", [ValueError(1), TypeError(2)])
print(repr(mg), repr(mg.split(ValueError)))
class BaseGroupSub(BaseExceptionGroup):
    pass
print(type(BaseGroupSub("x", [ValueError()])).__name__)
try:
    MyGroup("bad", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
print(isinstance(mg, ExceptionGroup), isinstance(BaseExceptionGroup("b", [KeyboardInterrupt()]), Exception))
try:
    raise BaseExceptionGroup("b", [KeyboardInterrupt()])
except* KeyboardInterrupt as e:
    print("ki", repr(e))

# except* with a naked exception that nothing matches.
try:
    try:
        raise KeyError("naked")
    except* ValueError:
        print("no")
except KeyError as e:
    print("passed through", repr(e))
# except* with a non-exception type.
try:
    try:
        raise ValueError(1)
    except* int:
        pass
except TypeError as e:
    print(e)
print(ExceptionGroup("s", "ab") if False else "skip")
try:
    ExceptionGroup("s", "ab")
except ValueError as e:
    print(e)
try:
    ExceptionGroup("s", {1: 2})
except TypeError as e:
    print(e)
print(repr(ExceptionGroup("t", (ValueError(1),))))
print(ExceptionGroup("a", [ValueError()]).args, BaseExceptionGroup.__mro__)
try:
    ExceptionGroup("a", [ValueError()], x=1)
except TypeError as e:
    print(e)
