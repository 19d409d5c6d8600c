# `with` keeps two slots for its exit: a native manager (a lock) is entered and exited
# without bound methods, other managers through their bound __exit__. Returns, breaks,
# exceptions and generators inside the block must all run the right exit once.
import threading

lock = threading.Lock()
rlock = threading.RLock()
cond = threading.Condition()
sem = threading.Semaphore(2)


class Manager:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, kind, value, tb):
        print("exit", self.name, kind.__name__ if kind else None, value)
        return self.swallow


def returns_inside():
    with lock:
        with Manager("m") as m:
            return m + "!"


print(returns_inside(), lock.locked())


def loop_exits():
    out = []
    for i in range(4):
        with rlock:
            with rlock:
                if i == 1:
                    continue
                if i == 3:
                    break
                out.append(i)
    return out, rlock._is_owned() if hasattr(rlock, "_is_owned") else "n/a"


print(loop_exits()[0], lock.locked())

try:
    with lock, Manager("inner"):
        print("inside", lock.locked())
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e), lock.locked())

with Manager("swallower", swallow=True):
    with sem:
        raise ValueError("swallowed")
print("after swallow", sem.acquire(blocking=False), sem.acquire(blocking=False), sem.acquire(blocking=False))
sem.release()
sem.release()


def gen():
    with lock:
        yield lock.locked()
        yield "still held"
    yield lock.locked()


print(list(gen()))
g = gen()
print(next(g), lock.locked())
g.close()
print("closed", lock.locked())

with cond:
    print("notify", cond.notify_all())


class BuiltinExit:
    __exit__ = print

    def __enter__(self):
        return "builtin-exit manager"


try:
    with BuiltinExit() as b:
        print(b)
except TypeError as e:
    print("TypeError", e)


def nested_return():
    for i in range(3):
        with lock:
            with Manager("n%d" % i):
                if i == 1:
                    return i * 10
    return -1


print(nested_return(), lock.locked())

try:
    with lock:
        with lock.acquire(blocking=False) and lock:
            pass
except Exception as e:
    print(type(e).__name__, e)
print(lock.locked())
