# Exception groups (PEP 654): construction, split/subgroup/derive, and except* semantics.
eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
print(repr(eg), str(eg), type(eg).__name__, eg.message, eg.exceptions)
beg = BaseExceptionGroup("b", [ValueError(1)])
print(type(beg).__name__, repr(beg))
beg2 = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(beg2).__name__, repr(beg2))
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception))
print(ExceptionGroup.__mro__)
for bad in [lambda: ExceptionGroup("x", []), lambda: ExceptionGroup(1, [ValueError()]), lambda: ExceptionGroup("x", [1]),
            lambda: ExceptionGroup("x", ValueError()), lambda: ExceptionGroup("x", [KeyboardInterrupt()]), lambda: ExceptionGroup("x")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(repr(eg.subgroup(TypeError)), repr(eg.subgroup(KeyError)))
print(eg.split(lambda e: isinstance(e, TypeError)))
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
print(nested.split(ValueError))
print(nested.subgroup(TypeError))
print(nested.derive([KeyError(3)]))
print(eg.args)
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError as e:
        print("caught V", repr(e))
    except* (TypeError, KeyError) as e:
        print("caught TK", repr(e))
except Exception as e:
    print("outer", repr(e))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError as e:
        print("caught V", repr(e))
except Exception as e:
    print("outer", repr(e))
try:
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("naked caught", repr(e), repr(e.exceptions[0]))
        raise
except Exception as e:
    print("outer", repr(e))
try:
    try:
        raise ValueError("naked")
    except* ValueError as e:
        raise TypeError("new")
except Exception as e:
    print("outer", repr(e), repr(e.__context__))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise KeyError("k")
    except* TypeError:
        pass
except Exception as e:
    print("outer", repr(e))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise
    except* TypeError as e:
        raise e
except Exception as e:
    print("outer", repr(e))
try:
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass
except Exception as e:
    print("outer", type(e).__name__, e)
try:
    raise TypeError(9)
except* ValueError:
    print("no")
except* TypeError:
    print("yes")
else:
    print("else")
finally:
    print("finally")
try:
    pass
except* ValueError:
    print("no")
else:
    print("else2")
def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        print(e)
    print(e if 'e' in dir() else 'unbound')
f()
import sys
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError:
    print(repr(sys.exc_info()[1]))
