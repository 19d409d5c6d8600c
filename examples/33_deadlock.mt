# 33_deadlock.mt - from notes 004_feb73e2d33ac4c17.txt, section "## 死锁".
# Shows: a (non-recursive) threading.Lock acquired twice by the same thread. The second
# acquire() waits for a release that can never come: the program deadlocks and `123` is never
# printed. CPython hangs here forever, by design (run it with a timeout).
# mt detects the deadlock (the only thread is waiting on a lock that it holds itself), prints a
# report on stderr and exits with status 1 instead of hanging silently.
# Kept exactly as in the notes: do not "fix" it (RLock is example 34).

from threading import Lock
mutexA=Lock()
mutexA.acquire()
mutexA.acquire()
print(123)
mutexA.release()
mutexA.release()
