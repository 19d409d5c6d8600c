# queue between threads: producers and consumers through Queue, a bounded queue blocking its
# putters, task_done/join, LifoQueue and PriorityQueue shared by threads, SimpleQueue, and
# blocking gets woken by puts.
import queue
import threading

# 4 producers, 3 consumers, a bounded queue, a None sentinel per consumer.
q = queue.Queue(maxsize=5)
got = []
lock = threading.Lock()


def producer(base):
    for i in range(base, base + 250):
        q.put(i)


def consumer():
    mine = []
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        mine.append(item)
        q.task_done()
    with lock:
        got.extend(mine)


consumers = [threading.Thread(target=consumer) for _ in range(3)]
producers = [threading.Thread(target=producer, args=(k * 1000,)) for k in range(4)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
q.join()
print("all done:", len(got), q.unfinished_tasks, q.qsize())
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
expected = [k * 1000 + i for k in range(4) for i in range(250)]
print("every item once:", sorted(got) == expected)

# A single producer and consumer keep FIFO order.
q = queue.Queue()
out = []


def fifo_consumer():
    while True:
        x = q.get()
        if x is None:
            return
        out.append(x)


t = threading.Thread(target=fifo_consumer)
t.start()
for i in range(2000):
    q.put(i)
q.put(None)
t.join()
print("fifo order:", out == list(range(2000)))

# maxsize=1 handing items one at a time in both directions.
to_worker = queue.Queue(1)
from_worker = queue.Queue(1)


def squarer():
    while True:
        x = to_worker.get()
        if x is None:
            break
        from_worker.put(x * x)


t = threading.Thread(target=squarer)
t.start()
squares = []
for i in range(10):
    to_worker.put(i)
    squares.append(from_worker.get())
to_worker.put(None)
t.join()
print(squares)

# PriorityQueue filled by several threads, then drained in order.
p = queue.PriorityQueue()


def fill(k):
    for i in range(100):
        p.put((i * 7 + k) % 400)


threads = [threading.Thread(target=fill, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
drained = [p.get() for _ in range(p.qsize())]
print("priority sorted:", drained == sorted(drained), len(drained))

# A priority queue whose items compare in mt code, shared by two threads.
class Task:
    def __init__(self, prio):
        self.prio = prio

    def __lt__(self, other):
        return self.prio < other.prio


p = queue.PriorityQueue()
done = []


def prio_consumer():
    while True:
        t = p.get()
        if t.prio < 0:
            break
        done.append(t.prio)


prios = [(i * 37) % 101 for i in range(101)]
for x in prios:
    p.put(Task(x))
p.put(Task(-1))
t = threading.Thread(target=prio_consumer)
t.start()
t.join()
print("tasks by priority:", done == sorted(prios))

# LifoQueue across a thread: whatever was put last comes out first.
l = queue.LifoQueue()
ready = threading.Event()


def lifo_filler():
    for i in range(5):
        l.put(i)
    ready.set()


t = threading.Thread(target=lifo_filler)
t.start()
ready.wait()
t.join()
print([l.get() for _ in range(5)])

# A get blocked with a timeout is woken by a put from another thread.
q = queue.Queue()
timer = threading.Timer(0.01, q.put, args=("late item",))
timer.start()
print(q.get(timeout=10))
timer.join()

# SimpleQueue between threads.
sq = queue.SimpleQueue()
res = []


def sq_consumer():
    while True:
        x = sq.get()
        if x is None:
            break
        res.append(x)


t = threading.Thread(target=sq_consumer)
t.start()
for i in range(1000):
    sq.put(i)
sq.put(None)
t.join()
print("simple queue:", res == list(range(1000)), sq.empty())
