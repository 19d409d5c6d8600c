# Traceback cases for tests/tracebacks.rs: exception groups (PEP 654) drawn as nested boxes,
# and what `except*` leaves to raise; the argument picks one case.
import sys
w = sys.argv[1]
def f():
    raise ValueError(1)
def g():
    try:
        f()
    except ValueError as e:
        first = e
    members = [first, TypeError(2), ExceptionGroup("inner", [KeyError(3), OSError(4)])]
    try:
        raise ExceptionGroup("eg", members)
    except* OSError:
        raise RuntimeError("handler")
if w == "1":
    g()
if w == "2":
    e = ExceptionGroup("many", [ValueError(i) for i in range(17)])
    e.add_note("a note")
    raise e
if w == "3":
    e = ValueError(0)
    for i in range(12):
        e = ExceptionGroup(f"level{i}", [e])
    raise e
if w == "4":
    try:
        raise KeyError("naked")
    except* KeyError:
        raise
if w == "5":
    try:
        raise ExceptionGroup("nothing matched", [ValueError(1)])
    except* TypeError:
        pass
if w == "6":
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise KeyError("from handler") from e
if w == "7":
    try:
        raise ValueError(1)
    except ValueError as v:
        raise BaseExceptionGroup("outer", [KeyboardInterrupt(), ExceptionGroup("in", [v])])
if w == "8":
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        pass
