# Queue.shutdown (CPython 3.13 semantics; _queue313 supplies them under CPython 3.11): puts
# raise ShutDown at once, gets once the queue is empty (at once with immediate=True, which also
# drops the items and their unfinished tasks), and blocked putters, getters and joiners wake.
import threading
import time
from _queue313 import Queue, LifoQueue, PriorityQueue, ShutDown, Empty, Full

print(issubclass(ShutDown, Exception), ShutDown.__name__)
for cls in (Queue, LifoQueue, PriorityQueue):
    q = cls()
    for i in (3, 1, 2):
        q.put(i)
    print(cls.__name__, "is_shutdown:", q.is_shutdown)
    q.shutdown()
    print("is_shutdown:", q.is_shutdown, "qsize:", q.qsize())
    try:
        q.put(4)
    except ShutDown as e:
        print("put ->", type(e).__name__, repr(e))
    print("gets drain:", q.get(), q.get(), q.get_nowait())
    for how, call in [("get", q.get), ("get(False)", lambda: q.get(False)),
                      ("get(timeout=1)", lambda: q.get(timeout=1)),
                      ("get(timeout=-1)", lambda: q.get(timeout=-1)),
                      ("put(timeout=-1)", lambda: q.put(1, timeout=-1))]:
        try:
            call()
        except ShutDown:
            print(how, "-> ShutDown")
    print("unfinished:", q.unfinished_tasks)
    for _ in range(3):
        q.task_done()
    q.join()
    q.shutdown()
    print("shutdown twice ok")

# immediate=True: the items go, their tasks count as done, gets fail at once.
q = Queue()
for i in range(5):
    q.put(i)
q.get()
q.shutdown(immediate=True)
print("immediate: qsize", q.qsize(), "unfinished", q.unfinished_tasks, q.empty())
try:
    q.get()
except ShutDown:
    print("get -> ShutDown")
q.task_done()
print("unfinished", q.unfinished_tasks)
q.join()

# A bounded queue's non-blocking put on a full, shut-down queue: ShutDown wins over Full.
b = Queue(1)
b.put(0)
b.shutdown()
try:
    b.put(1, block=False)
except ShutDown:
    print("full + shutdown -> ShutDown")
except Full:
    print("full + shutdown -> Full")

# Blocked callers wake up: getters on an empty queue, putters on a full one, joiners.
results = []
lock = threading.Lock()


def record(what):
    with lock:
        results.append(what)


def getter(q):
    try:
        q.get()
        record("got")
    except ShutDown:
        record("getter ShutDown")


def putter(q):
    try:
        q.put("x")
        record("put")
    except ShutDown:
        record("putter ShutDown")


def joiner(q):
    q.join()
    record("joined")


def wait_blocked(n):
    # Let the threads reach their blocking call (the output does not depend on it).
    time.sleep(0.05)


empty_q = Queue()
full_q = Queue(1)
full_q.put("first")
work_q = Queue()
work_q.put("task")
threads = [threading.Thread(target=getter, args=(empty_q,)) for _ in range(2)]
threads += [threading.Thread(target=putter, args=(full_q,)) for _ in range(2)]
threads += [threading.Thread(target=joiner, args=(work_q,))]
for t in threads:
    t.start()
wait_blocked(5)
empty_q.shutdown()
full_q.shutdown()
work_q.shutdown(immediate=True)
for t in threads:
    t.join()
print(sorted(results))
print("full_q still holds:", full_q.qsize(), full_q.get(), full_q.qsize())
