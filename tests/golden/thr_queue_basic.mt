# queue in one thread: Queue, LifoQueue, PriorityQueue and SimpleQueue, maxsize, Full and Empty
# with and without timeouts, put_nowait/get_nowait, task_done/join, reprs and argument errors.
import queue
import time


def norm(r):
    i = r.find(" at 0x")
    return r[:i] + " at 0x?>" if i >= 0 else r


for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls()
    for x in (3, 1, 4, 1, 5, 9, 2, 6):
        q.put(x)
    print(cls.__name__, norm(repr(q)), q.qsize(), q.empty(), q.full(), q.maxsize,
          [q.get() for _ in range(8)], q.empty())
    print(isinstance(q, queue.Queue), issubclass(cls, queue.Queue))

q = queue.Queue(maxsize=2)
q.put("a")
q.put_nowait("b")
print(q.qsize(), q.full(), q.unfinished_tasks)
for how, call in [("put_nowait", lambda: q.put_nowait("c")),
                  ("put(block=False)", lambda: q.put("c", False)),
                  ("put(timeout=0)", lambda: q.put("c", timeout=0)),
                  ("put(timeout=0.02)", lambda: q.put("c", True, 0.02))]:
    start = time.monotonic()
    try:
        call()
    except queue.Full as e:
        waited = time.monotonic() - start
        print(how, "->", type(e).__name__, repr(e), str(e) == "", waited >= 0.015, waited < 1)
try:
    q.put("c", timeout=-1)
except ValueError as e:
    print("put(timeout=-1):", e)
print(q.get(), q.get_nowait(), q.qsize(), q.full(), q.empty())
for how, call in [("get_nowait", q.get_nowait),
                  ("get(block=False)", lambda: q.get(False)),
                  ("get(False, 5)", lambda: q.get(False, 5)),
                  ("get(timeout=0)", lambda: q.get(timeout=0)),
                  ("get(timeout=0.02)", lambda: q.get(timeout=0.02))]:
    start = time.monotonic()
    try:
        call()
    except queue.Empty as e:
        waited = time.monotonic() - start
        print(how, "->", type(e).__name__, repr(e), waited >= 0.015, waited < 1)
try:
    q.get(timeout=-0.5)
except ValueError as e:
    print("get(timeout=-0.5):", e)

# Unbounded queues never block on put, whatever the timeout.
u = queue.Queue()
u.put(1, timeout=-1)
u.put(2, False)
print("unbounded:", u.qsize(), u.full(), u.maxsize)
z = queue.Queue(0)
n = queue.Queue(-3)
for i in range(100):
    n.put(i)
print("maxsize<=0:", z.maxsize, n.maxsize, n.full(), n.qsize())

# task_done / join
t = queue.Queue()
print(t.unfinished_tasks)
t.put(1)
t.put(2)
print(t.unfinished_tasks)
t.get()
t.task_done()
print(t.unfinished_tasks)
t.get()
t.task_done()
t.join()
print("joined", t.unfinished_tasks)
try:
    t.task_done()
except ValueError as e:
    print("task_done:", e)

# PriorityQueue with tuples and with objects ordering themselves.
p = queue.PriorityQueue()
for item in [(2, "b"), (1, "z"), (3, "c"), (1, "a"), (0, "first")]:
    p.put(item)
print([p.get() for _ in range(5)])


class Job:
    compared = 0

    def __init__(self, prio, name):
        self.prio = prio
        self.name = name

    def __lt__(self, other):
        Job.compared += 1
        return self.prio < other.prio

    def __repr__(self):
        return "Job(%d, %s)" % (self.prio, self.name)


p = queue.PriorityQueue()
for k, prio in enumerate([5, 3, 8, 1, 9, 2, 7]):
    p.put(Job(prio, "j%d" % k))
print(p.queue)
out = []
while not p.empty():
    out.append(p.get())
print(out, Job.compared)

# Items that cannot be compared: the error comes from '<', the item stays in, as with heapq.
p = queue.PriorityQueue()
p.put(1)
try:
    p.put("x")
except TypeError as e:
    print("TypeError:", e)
print(p.qsize(), p.unfinished_tasks)

# SimpleQueue
s = queue.SimpleQueue()
print(norm(repr(s)), type(s).__name__, isinstance(s, queue.Queue), s.empty(), s.qsize())
s.put(1)
s.put(2, block=False, timeout=7)
s.put_nowait(3)
print(s.qsize(), s.get(), s.get(False), s.get(timeout=1), s.empty())
for how, call in [("get_nowait", s.get_nowait), ("get(timeout=0.02)", lambda: s.get(timeout=0.02))]:
    try:
        call()
    except queue.Empty as e:
        print(how, "->", type(e).__name__)
try:
    s.get(timeout=-1)
except ValueError as e:
    print("get(timeout=-1):", e)
print(queue.Empty, queue.Full, issubclass(queue.Empty, Exception), queue.Empty.__module__)
print(queue.Queue.__module__, queue.SimpleQueue.__module__)

# Argument errors (queue.py's Python signatures)
for text, call in [("Queue(1, 2)", lambda: queue.Queue(1, 2)),
                   ("Queue(size=1)", lambda: queue.Queue(size=1)),
                   ("q.put()", lambda: q.put()),
                   ("q.put(1, 2, 3, 4)", lambda: q.put(1, 2, 3, 4)),
                   ("q.put(1, item=2)", lambda: q.put(1, item=2)),
                   ("q.get(1, 2, 3)", lambda: q.get(1, 2, 3)),
                   ("q.get(wait=1)", lambda: q.get(wait=1)),
                   ("q.qsize(1)", lambda: q.qsize(1)),
                   ("q.task_done(1)", lambda: q.task_done(1)),
                   ("q.put_nowait()", lambda: q.put_nowait())]:
    try:
        call()
        print(text, "-> no error")
    except Exception as ex:
        print(text, "->", type(ex).__name__ + ":", ex)

# Timeouts too large for CPython's clock fail only when the call has to wait; SimpleQueue
# converts its timeout first.
big = queue.Queue(1)
for t in (1e300, 10**30):
    try:
        big.get(timeout=t)
    except OverflowError as e:
        print("get(timeout=%r): %s" % (t, e))
    big.put("x", timeout=t)
    try:
        big.put("y", timeout=t)
    except OverflowError as e:
        print("put(timeout=%r): %s" % (t, e))
    print(big.get(timeout=t))
    s.put(1)
    for bad in (t, -t, "x", float("nan")):
        try:
            s.get(timeout=bad)
        except (OverflowError, TypeError, ValueError) as e:
            print("SimpleQueue.get(timeout=%r): %s: %s" % (bad, type(e).__name__, e))
    print(s.get())
try:
    q.get(timeout="x")
except TypeError as e:
    print("get(timeout='x'):", e)

# An uncaught Empty shows as _queue.Empty.
queue.Queue().get_nowait()
