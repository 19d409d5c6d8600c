# threading.Event: the flag, wait with and without timeouts, and threads woken by set().
import threading


def norm(r):
    i = r.find(" at 0x")
    j = r.find(":", i)
    return r[:i] + " at 0x?" + r[j:] if i >= 0 else r


e = threading.Event()
print(norm(repr(e)), e.is_set())
print("wait(0):", e.wait(0), "wait(0.01):", e.wait(0.01), "wait(-1):", e.wait(-1))
e.set()
print(norm(repr(e)), e.is_set(), e.wait(), e.wait(0), e.wait(timeout=None))
e.set()
e.clear()
e.clear()
print(norm(repr(e)), e.is_set())

# Several threads wait; one set() wakes them all.
go = threading.Event()
ready = [threading.Event() for _ in range(4)]
results = []
lock = threading.Lock()


def waiter(k):
    ready[k].set()
    r = go.wait()
    with lock:
        results.append((k, r))


threads = [threading.Thread(target=waiter, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for r in ready:
    r.wait()
go.set()
for t in threads:
    t.join()
print(sorted(results))

# Strict alternation through two events.
ping = threading.Event()
pong = threading.Event()
trace = []


def player():
    for i in range(5):
        ping.wait()
        ping.clear()
        trace.append("pong %d" % i)
        pong.set()


t = threading.Thread(target=player)
t.start()
for i in range(5):
    trace.append("ping %d" % i)
    ping.set()
    pong.wait()
    pong.clear()
t.join()
print(trace)

# A wait with a timeout that another thread's set() ends early returns True.
late = threading.Event()
t = threading.Timer(0.01, late.set)
t.start()
print("timed wait:", late.wait(10))
t.join()
