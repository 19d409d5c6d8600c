# `with` on native context managers (locks, conditions, semaphores) calls their __enter__ on
# the object itself; an mt subclass that overrides __enter__ must still have it called, and
# errors, exceptions inside the block and the released state must match CPython.
import threading

lock = threading.Lock()
with lock as got:
    print("inside", got, lock.locked())
print("after", lock.locked())

rlock = threading.RLock()
with rlock:
    with rlock:
        print("reentered")

try:
    with lock:
        raise ValueError("boom")
except ValueError as e:
    print("caught", e, lock.locked())


class LoudCondition(threading.Condition):
    def __enter__(self):
        print("LoudCondition.__enter__")
        return super().__enter__()


cond = LoudCondition()
with cond as r:
    print("condition entered", r)
    cond.notify_all()

sem = threading.BoundedSemaphore(2)
with sem:
    with sem:
        print("both slots taken", sem.acquire(blocking=False))
print("released", sem.acquire(blocking=False))
sem.release()

for bad in (5, threading.Event()):
    try:
        with bad:
            pass
    except TypeError as e:
        print("TypeError", e)
