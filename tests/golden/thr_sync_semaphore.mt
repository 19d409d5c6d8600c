# threading.Semaphore and BoundedSemaphore: values, errors, non-blocking and timed acquires,
# release(n), reprs, and a semaphore bounding how many threads are inside at once.
import threading
import time


def norm(r):
    i = r.find(" at 0x")
    j = r.find(":", i)
    return r[:i] + " at 0x?" + r[j:] if i >= 0 else r


s = threading.Semaphore()
print(norm(repr(s)))
s = threading.Semaphore(2)
print(norm(repr(s)), s._value)
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(blocking=False))
print(s.acquire(timeout=0.01), s.acquire(True, 0), s.acquire(timeout=-5))
print(norm(repr(s)))
s.release()
print(norm(repr(s)))
s.release(3)
print(norm(repr(s)))
with s as v:
    print("with:", v, norm(repr(s)))
print(norm(repr(s)))
for bad in (0, -1):
    try:
        s.release(bad)
    except ValueError as e:
        print("release(%d):" % bad, e)
try:
    s.acquire(False, 1)
except ValueError as e:
    print("acquire(False, 1):", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("Semaphore(-1):", e)
print(norm(repr(threading.Semaphore(0))))

b = threading.BoundedSemaphore(2)
print(norm(repr(b)), isinstance(b, threading.Semaphore))
b.acquire()
b.acquire()
print(norm(repr(b)))
try:
    b.release(3)
except ValueError as e:
    print("release(3):", e)
b.release(2)
print(norm(repr(b)))
try:
    b.release()
except ValueError as e:
    print("release():", e)
try:
    with b:
        pass
    b.release()
except ValueError as e:
    print("after with:", e, norm(repr(b)))
print(norm(repr(threading.BoundedSemaphore())))
try:
    threading.BoundedSemaphore(-3)
except ValueError as e:
    print("BoundedSemaphore(-3):", e)

# At most 3 of 10 threads inside at once.
sem = threading.BoundedSemaphore(3)
count_lock = threading.Lock()
inside = 0
most = 0


def worker():
    global inside, most
    with sem:
        with count_lock:
            inside += 1
            most = max(most, inside)
        time.sleep(0.01)
        with count_lock:
            inside -= 1


threads = [threading.Thread(target=worker) for _ in range(10)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("most inside:", most, "inside now:", inside, norm(repr(sem)))

# A blocked acquire is woken by a release from another thread.
gate = threading.Semaphore(0)
log = []


def opener():
    log.append("opening")
    gate.release()


t = threading.Thread(target=opener)
t.start()
print("acquired:", gate.acquire(timeout=5), log)
t.join()
