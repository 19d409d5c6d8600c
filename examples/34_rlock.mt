# 34_rlock.mt - from notes 004_feb73e2d33ac4c17.txt, section "## 递归锁".
# Shows: an RLock (递归锁) can be acquired again by the thread that holds it - the deadlock
# of example 33 does not happen - and it keeps a count: it is released for other threads only
# when the count is back to 0 (one release per acquire). Two names for one RLock
# (mutex1 = mutex2 = RLock()) act like two locks that cannot deadlock each other.
# Changes from the notes: `mutex1, mutex2 = Rlock()` (not valid: there is no Rlock, and one lock
# cannot be unpacked into two names) became `mutex1 = mutex2 = RLock()`; the notes' prose line
# "只要这把锁计数为0，就释放该锁，让下一个人使用" is a comment. The notes stop there; the rest
# (the example-33 sequence with the RLock, and another thread that can take the lock only when
# the count reaches 0) is added to show it.

import threading
from threading import Lock, RLock

mutex = Lock()
mutex1 = mutex2 = RLock()  # 可以引用多次
# 只要这把锁计数为0，就释放该锁，让下一个人使用

mutex1.acquire()
mutex2.acquire()
print(123)
print(repr(mutex1))
mutex2.release()
mutex1.release()
print(repr(mutex1))

result = []


def other():
    # another thread: it can take the RLock only when its count is 0
    got = mutex1.acquire(timeout=0.05)
    result.append(got)
    if got:
        mutex1.release()


mutex1.acquire()
mutex1.acquire()
mutex1.release()  # count 2 -> 1: still held by the main thread
t = threading.Thread(target=other)
t.start()
t.join()
print("count 1, other thread got it:", result[-1])
mutex1.release()  # count 1 -> 0: released
t = threading.Thread(target=other)
t.start()
t.join()
print("count 0, other thread got it:", result[-1])

try:
    mutex1.release()
except RuntimeError as e:
    print("RuntimeError:", e)

# the same double acquire on the plain Lock would block: acquire(False) shows it
mutex.acquire()
print("Lock acquired twice:", mutex.acquire(False))
mutex.release()
