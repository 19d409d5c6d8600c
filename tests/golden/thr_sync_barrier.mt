# threading.Barrier: indices, the action, cycles, abort, reset, a timeout breaking the barrier,
# BrokenBarrierError and the reprs.
import threading


def norm(r):
    i = r.find(" at 0x")
    j = r.find(":", i)
    return r[:i] + " at 0x?" + r[j:] if i >= 0 else r


print(issubclass(threading.BrokenBarrierError, RuntimeError), threading.BrokenBarrierError.__mro__)
b = threading.Barrier(3)
print(norm(repr(b)), b.parties, b.n_waiting, b.broken)

lock = threading.Lock()
indices = []
actions = []


def action():
    actions.append(len(indices))


b = threading.Barrier(3, action=action)


def party():
    for _ in range(4):
        i = b.wait()
        with lock:
            indices.append(i)


threads = [threading.Thread(target=party) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("indices:", sorted(indices), "actions:", len(actions))
print(norm(repr(b)))

# A party that gives up (timeout) breaks the barrier for everyone.
b = threading.Barrier(2)
try:
    b.wait(0.02)
except threading.BrokenBarrierError as e:
    print("timeout:", repr(e), str(e) == "", b.broken, norm(repr(b)))
try:
    b.wait()
except threading.BrokenBarrierError:
    print("still broken")
b.reset()
print("after reset:", b.broken, norm(repr(b)))

# abort() while a party waits: the waiter gets BrokenBarrierError.
b = threading.Barrier(2)
out = []
entered = threading.Event()


def waiter():
    try:
        b.wait()
        out.append("passed")
    except threading.BrokenBarrierError:
        out.append("broken")


t = threading.Thread(target=waiter)
t.start()
while b.n_waiting < 1:
    entered.wait(0.001)
print(norm(repr(b)))
b.abort()
t.join()
print("abort:", out, b.broken)

# reset() while a party waits: the waiter gets BrokenBarrierError, the barrier is usable again.
b = threading.Barrier(2)
out = []
t = threading.Thread(target=waiter)
t.start()
while b.n_waiting < 1:
    entered.wait(0.001)
b.reset()
t.join()
print("reset:", out, b.broken, b.n_waiting)
t = threading.Thread(target=waiter)
t.start()
main_index = b.wait()
t.join()
print("reused:", out, "main index in (0, 1):", main_index in (0, 1))

# An action that raises breaks the barrier; the thread that ran it gets the action's error.
def bad_action():
    raise ValueError("action failed")


b = threading.Barrier(2, action=bad_action)
out = []


def party2():
    try:
        b.wait()
        out.append("passed")
    except threading.BrokenBarrierError:
        out.append("broken")
    except ValueError as e:
        out.append("ValueError: %s" % e)


threads = [threading.Thread(target=party2) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(out), b.broken)

# The default timeout given to the constructor.
b = threading.Barrier(2, timeout=0.01)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("default timeout broke it:", b.broken)
print(norm(repr(threading.Barrier(1))), threading.Barrier(1).wait())
