# Subclasses of threading.Thread that override run(), initialised with Thread.__init__(self)
# or super().__init__(), with their own attributes and names.
import threading


class Counter(threading.Thread):
    def __init__(self, n):
        threading.Thread.__init__(self)
        self.n = n
        self.total = 0

    def run(self):
        for i in range(self.n):
            self.total += i


class Greeter(threading.Thread):
    def __init__(self, who, **kw):
        super().__init__(**kw)
        self.who = who
        self.said = None

    def run(self):
        self.said = "hello %s from %s" % (self.who, self.name)


class Quiet(Greeter):
    def run(self):
        super().run()
        self.said = self.said.upper()


class CallsTarget(threading.Thread):
    """Keeps Thread.run: the target runs."""


c = Counter(100)
print(repr(c))
c.start()
c.join()
print(c.total, c.is_alive(), type(c).__name__, isinstance(c, threading.Thread))

g = Greeter("bob", name="greeter")
q = Quiet("ann", daemon=True)
print(repr(g), repr(q))
for t in (g, q):
    t.start()
for t in (g, q):
    t.join()
print(g.said)
print(q.said)
print(repr(q).split(" daemon")[0], "daemon" in repr(q))

box = []
t = CallsTarget(target=box.append, args=("from target",))
print(t.name)
t.start()
t.join()
print(box)


class NoInit(threading.Thread):
    def __init__(self):
        pass

    def run(self):
        print("never")


n = NoInit()
try:
    n.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    repr(n)
except AssertionError as e:
    print("AssertionError:", e)
try:
    n.join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    n.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    n.is_alive()
except AssertionError as e:
    print("AssertionError:", e)


# A run() that returns a value and one with a loop over shared state.
class Adder(threading.Thread):
    lock = threading.Lock()
    shared = [0]

    def __init__(self, times):
        super().__init__()
        self.times = times

    def run(self):
        for _ in range(self.times):
            with self.lock:
                self.shared[0] += 1
        return "ignored"


adders = [Adder(1000) for _ in range(4)]
for a in adders:
    a.start()
for a in adders:
    a.join()
print(Adder.shared[0])
print([a.name for a in adders])
print(Counter.__mro__[1] is threading.Thread, Counter.__name__)
