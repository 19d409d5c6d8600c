# threading.local: each thread sees its own attributes; a subclass's __init__ runs again in
# every thread that uses the object.
import threading

data = threading.local()
print(type(data), type(data).__name__, isinstance(data, threading.local))
data.x = "main"
data.items = [1]
print(data.x, data.items, sorted(data.__dict__))

out = {}
lock = threading.Lock()


def worker(n):
    try:
        data.x
    except AttributeError as e:
        missing = str(e)
    data.x = n
    data.items = [n] * n
    data.items.append(-n)
    with lock:
        out[n] = (missing, data.x, data.items, hasattr(data, "x"), sorted(vars(data)))


threads = [threading.Thread(target=worker, args=(i,)) for i in range(1, 5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for n in sorted(out):
    print(n, out[n])
print(data.x, data.items)

# Attribute errors, deletion, __dict__.
try:
    data.nope
except AttributeError as e:
    print("AttributeError:", e)
del data.items
print(hasattr(data, "items"), getattr(data, "items", "gone"))
try:
    del data.items
except AttributeError as e:
    print("AttributeError:", e)
try:
    data.__dict__ = {}
except AttributeError as e:
    print("AttributeError:", e)
data.__dict__["y"] = 5
print(data.y, data.__dict__)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
try:
    threading.local(a=1)
except TypeError as e:
    print("TypeError:", e)


# A subclass with methods and an __init__ without arguments: __init__ runs once per thread.
class Counter(threading.local):
    inits = []

    def __init__(self):
        Counter.inits.append(threading.current_thread().name)
        self.count = 0

    def bump(self, k=1):
        self.count += k
        return self.count


c = Counter()
print(c.bump(), c.bump(), c.count)
res = []


def use_counter(k):
    for _ in range(k):
        c.bump()
    with lock:
        res.append((threading.current_thread().name, c.count))


threads = [threading.Thread(target=use_counter, args=(k,), name="c%d" % k) for k in (3, 5)]
for t in threads:
    t.start()
    t.join()
print(res, c.count, Counter.inits)
try:
    c.missing
except AttributeError as e:
    print("AttributeError:", e)


# Many threads, each with its own value, checked after a barrier-like handshake.
ready = threading.Semaphore(0)
go = threading.Event()
slot = threading.local()
bad = []


def hold(n):
    slot.v = n
    ready.release()
    go.wait()
    if slot.v != n:
        bad.append(n)


threads = [threading.Thread(target=hold, args=(n,)) for n in range(10)]
for t in threads:
    t.start()
for _ in threads:
    ready.acquire()
go.set()
for t in threads:
    t.join()
print("mismatches:", bad, hasattr(slot, "v"))
