# threading.Timer: a Thread subclass that calls a function after an interval unless
# cancel() comes first.
import threading

calls = []


def ring(*args, **kwargs):
    calls.append((threading.current_thread().name, args, kwargs))


t = threading.Timer(0.01, ring, args=(1, 2), kwargs={"k": "v"})
print(repr(t), isinstance(t, threading.Thread), t.interval, t.function is ring)
t.start()
t.join()
print(calls, t.finished.is_set(), t.is_alive())

# Defaults: args [] and kwargs {}.
t = threading.Timer(0, ring)
print(t.args, t.kwargs)
t.start()
t.join()
print(calls[-1])

# Cancelled while waiting: the function never runs, and join returns at once.
t = threading.Timer(60, ring, ("late",))
t.start()
print(t.is_alive())
t.cancel()
t.join()
print(t.is_alive(), t.finished.is_set(), len(calls))

# Cancelled before it starts.
t = threading.Timer(0, ring, ("never",))
t.cancel()
t.start()
t.join()
print(len(calls))

# The function's exception goes to the excepthook; a cancel after the run is harmless.
box = []
old = threading.excepthook
threading.excepthook = lambda a: box.append((a.exc_type.__name__, a.thread.name))
t = threading.Timer(0, lambda: 1 / 0)
t.name = "failing timer"
t.start()
t.join()
t.cancel()
threading.excepthook = old
print(box)

# A Timer subclass, and several timers racing to one Event.
hit = threading.Event()


class MyTimer(threading.Timer):
    def run(self):
        super().run()
        hit.set()


m = MyTimer(0.001, ring, kwargs={"who": "sub"})
m.start()
print(hit.wait(10), calls[-1][1:], repr(m).split(",")[0])
m.join()
timers = [threading.Timer(0.001 * i, ring, (i,)) for i in range(5)]
for tm in timers:
    tm.start()
for tm in timers:
    tm.join()
print(sorted(c[1] for c in calls if c[1] and isinstance(c[1][0], int) and c[1][0] < 5))
try:
    threading.Timer()
except TypeError as e:
    print("TypeError:", e)
