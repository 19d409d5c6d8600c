# Subclasses of the threading primitives and queues defined in Python: inherited methods,
# overridden methods calling super(), an __init__ passing its own arguments on, reprs naming
# the subclass.
import queue
import threading


def norm(r):
    i = r.find(" at 0x")
    if i < 0:
        return r
    j = i + 6
    while j < len(r) and r[j] in "0123456789abcdef":
        j += 1
    return r[:i] + " at 0x?" + r[j:]


class LoggingEvent(threading.Event):
    def set(self):
        print("setting")
        super().set()


e = LoggingEvent()
e.set()
print(type(e).__name__, e.is_set(), e.wait(0), isinstance(e, threading.Event), norm(repr(e)))


class Gate(threading.Semaphore):
    def __init__(self, slots, name):
        super().__init__(slots)
        print("gate", name, "with", slots, "slots")

    def acquire(self, blocking=True, timeout=None):
        got = super().acquire(blocking, timeout)
        print("acquire ->", got)
        return got


g = Gate(1, "g1")
g.acquire()
g.acquire(False)
g.release()
print(norm(repr(g)))


class Limited(queue.Queue):
    def __init__(self, items):
        super().__init__(len(items))
        for x in items:
            self.put(x)


q = Limited("abc")
print(q.maxsize, q.qsize(), q.full(), [q.get() for _ in range(3)], norm(repr(q)))


class Counted(queue.PriorityQueue):
    def put(self, item, block=True, timeout=None):
        super().put(item, block, timeout)
        print("put", item, "now", self.qsize())


p = Counted()
for x in (3, 1, 2):
    p.put(x)
print([p.get() for _ in range(3)], isinstance(p, queue.Queue), type(p).__mro__[1].__name__)


class MyBarrier(threading.Barrier):
    pass


b = MyBarrier(1)
print(b.wait(), b.parties, norm(repr(b)))


class MyCondition(threading.Condition):
    def __init__(self):
        super().__init__(threading.Lock())


c = MyCondition()
with c:
    print(c.wait(0), norm(repr(c)))
