# threading.Condition: ownership checks, wait/wait_for timeouts and results, notify(n) waking
# exactly n waiters in order, notify_all, a plain Lock and a lock object of the user's own.
import threading
import time


def norm(r):
    """A repr without its addresses and thread idents."""
    for key in (" at 0x", "owner="):
        out = ""
        while True:
            i = r.find(key)
            if i < 0:
                break
            j = i + len(key)
            while j < len(r) and r[j] in "0123456789abcdef":
                j += 1
            out += r[:i] + key + "?"
            r = r[j:]
        r = out + r
    return r


c = threading.Condition()
print(norm(repr(c)))
for call in (c.wait, c.notify, c.notify_all):
    try:
        call()
    except RuntimeError as e:
        print(call.__name__, "->", type(e).__name__, e)
print(c.acquire(), c._is_owned())
print(norm(repr(c)))
print("wait(0):", c.wait(0), "wait(-1):", c.wait(-1), "wait(0.01):", c.wait(0.01))
print("still owned:", c._is_owned())
print("wait_for true:", c.wait_for(lambda: "yes"))
print("wait_for falsy:", repr(c.wait_for(lambda: [], 0.01)))
c.notify()
c.notify(5)
c.notify_all()
c.release()
print("owned after release:", c._is_owned())

# An RLock held twice is released completely by wait and restored to the same count.
with c:
    with c:
        print(c.wait(0.001), norm(repr(c)))
    print(norm(repr(c)))
print(norm(repr(c)))

# A plain Lock: __enter__ returns the lock's result; a second acquire does not block forever.
lc = threading.Condition(threading.Lock())
with lc as entered:
    print("entered:", entered, norm(repr(lc)))
    print("acquire(False):", lc.acquire(False))
    print("acquire(timeout=0.01):", lc.acquire(timeout=0.01))
    print("wait:", lc.wait(0.001))
print(norm(repr(lc)))
try:
    lc.release()
except RuntimeError as e:
    print("release:", e)


# A lock of the user's own: Condition uses acquire(False) to probe ownership, release() and
# acquire() around the wait.
class MyLock:
    def __init__(self):
        self.lock = threading.Lock()
        self.log = []

    def acquire(self, blocking=True, timeout=-1):
        r = self.lock.acquire(blocking, timeout)
        self.log.append(("acquire", blocking, r))
        return r

    def release(self):
        self.log.append("release")
        self.lock.release()

    def __enter__(self):
        self.acquire()
        return "my enter"

    def __exit__(self, *args):
        self.log.append("exit")
        self.release()

    def __repr__(self):
        return "<MyLock>"


ml = MyLock()
mc = threading.Condition(ml)
print(repr(mc))
with mc as v:
    print("with:", v)
    print("wait:", mc.wait(0))
    mc.notify()
print(ml.log)
try:
    mc.wait()
except RuntimeError as e:
    print("unowned:", e)

# Producer and consumer: wait_for wakes when the predicate holds.
items = []
got = []


def consumer():
    with c:
        for _ in range(3):
            c.wait_for(lambda: items)
            got.append(items.pop(0))


t = threading.Thread(target=consumer)
t.start()
for i in range(3):
    with c:
        items.append(i * 10)
        c.notify()
    time.sleep(0.001)
t.join()
print("consumer got:", got)

# notify(2) wakes exactly the two oldest waiters; the repr counts the waiters.
ready = 0
woken = []


def waiter(k):
    global ready
    with c:
        ready += 1
        c.wait()
        woken.append(k)


threads = []
for k in range(5):
    t = threading.Thread(target=waiter, args=(k,))
    t.start()
    # Each waiter is inside wait() before the next starts: the order of the waiters is known.
    while True:
        with c:
            if ready == k + 1:
                break
        time.sleep(0.001)
with c:
    print(norm(repr(c)))
    c.notify(2)
    print(norm(repr(c)))
while True:
    with c:
        if len(woken) == 2:
            break
    time.sleep(0.001)
time.sleep(0.05)
with c:
    print("after notify(2):", sorted(woken))
    c.notify_all()
for t in threads:
    t.join()
while len(woken) < 5:
    time.sleep(0.001)
print("after notify_all:", sorted(woken))
print(norm(repr(c)))

# A timed wait that nobody notifies returns False with the lock held again.
done = []


def timed():
    with c:
        done.append(c.wait(0.02))
        done.append(c._is_owned())


t = threading.Thread(target=timed)
t.start()
t.join()
print("timed wait:", done)
