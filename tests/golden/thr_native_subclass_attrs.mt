# mt subclasses of native classes keep instance attributes; the classes CPython writes in C
# (locks, SimpleQueue) have no __dict__, as in CPython.
import queue
import threading


class TaggedQueue(queue.Queue):
    def __init__(self, tag):
        super().__init__()
        self.tag = tag
        self.count = 0

    def put(self, item, block=True, timeout=None):
        self.count += 1
        super().put((self.tag, item), block, timeout)


q = TaggedQueue("a")
q.put(1)
q.put(2)
print(q.tag, q.count, q.get(), q.qsize())
del q.count
print(hasattr(q, "count"))


class NamedEvent(threading.Event):
    def __init__(self, name):
        super().__init__()
        self.name = name


e = NamedEvent("go")
e.set()
print(e.name, e.is_set())

# Queue and Event are Python classes in CPython: their instances take attributes too.
for obj in (queue.Queue(), threading.Event(), threading.Semaphore()):
    obj.extra = 1
    print(type(obj).__name__, obj.extra)
for obj in (threading.Lock(), threading.RLock(), queue.SimpleQueue()):
    try:
        obj.extra = 1
    except AttributeError:
        print(type(obj).__name__, "has no __dict__")
