# Argument errors of the threading primitives, with CPython's messages (threading.py is Python
# code, so these are the messages of Python functions).
import threading

c = threading.Condition()
e = threading.Event()
s = threading.Semaphore()
b = threading.Barrier(2)
calls = [
    ("Condition(1, 2)", lambda: threading.Condition(1, 2)),
    ("Condition(x=1)", lambda: threading.Condition(x=1)),
    ("c.wait(1, 2)", lambda: c.wait(1, 2)),
    ("c.wait_for()", lambda: c.wait_for()),
    ("c.notify(1, 2)", lambda: c.notify(1, 2)),
    ("Semaphore(1, 2)", lambda: threading.Semaphore(1, 2)),
    ("Semaphore('a')", lambda: threading.Semaphore("a")),
    ("Semaphore(value=-2)", lambda: threading.Semaphore(value=-2)),
    ("s.acquire(1, 2, 3)", lambda: s.acquire(1, 2, 3)),
    ("s.acquire(blocking=0, timeout=1)", lambda: s.acquire(blocking=0, timeout=1)),
    ("s.release(n=0)", lambda: s.release(n=0)),
    ("s.release(1, 2)", lambda: s.release(1, 2)),
    ("BoundedSemaphore(1, 2)", lambda: threading.BoundedSemaphore(1, 2)),
    ("Event(1)", lambda: threading.Event(1)),
    ("e.wait(1, 2)", lambda: e.wait(1, 2)),
    ("e.wait(x=1)", lambda: e.wait(x=1)),
    ("e.set(1)", lambda: e.set(1)),
    ("Barrier()", lambda: threading.Barrier()),
    ("Barrier(1, 2, 3, 4)", lambda: threading.Barrier(1, 2, 3, 4)),
    ("Barrier(2, parties=2)", lambda: threading.Barrier(2, parties=2)),
    ("b.wait(1, 2)", lambda: b.wait(1, 2)),
    ("b.reset(1)", lambda: b.reset(1)),
]
for text, call in calls:
    try:
        call()
        print(text, "-> no error")
    except Exception as ex:
        print(text, "->", type(ex).__name__ + ":", ex)

# Timeouts of the wrong type or too large for CPython's clock: the error comes where
# threading.py first uses the value (after releasing the lock, for Condition.wait).
with c:
    for t in ("x", 1e10, 10**30, float("inf")):
        try:
            c.wait(t)
        except (TypeError, OverflowError) as ex:
            print("c.wait(%r) -> %s: %s" % (t, type(ex).__name__, ex), c._is_owned())
    try:
        c.wait_for(lambda: False, "x")
    except TypeError as ex:
        print("c.wait_for(..., 'x') ->", ex)
for t in ("x", 1e300):
    try:
        threading.Event().wait(t)
    except (TypeError, OverflowError) as ex:
        print("e.wait(%r) -> %s: %s" % (t, type(ex).__name__, ex))
    try:
        threading.Semaphore(0).acquire(timeout=t)
    except (TypeError, OverflowError) as ex:
        print("s.acquire(timeout=%r) -> %s: %s" % (t, type(ex).__name__, ex))
    print("s.acquire(timeout=%r) with a free slot:" % (t,), threading.Semaphore(1).acquire(timeout=t))
    try:
        threading.Barrier(2).wait(t)
    except (TypeError, OverflowError) as ex:
        print("b.wait(%r) -> %s: %s" % (t, type(ex).__name__, ex))
