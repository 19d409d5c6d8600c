# g += 1 from two threads without a lock, then with one. Prints the totals.
import sys, threading

N = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
if len(sys.argv) > 2:
    sys.setswitchinterval(float(sys.argv[2]))
g = 0
lock = threading.Lock()


def bump():
    global g
    for i in range(N):
        g += 1


def bump_locked():
    global g
    for i in range(N):
        with lock:
            g += 1


for target in (bump, bump_locked):
    g = 0
    ts = [threading.Thread(target=target) for _ in range(2)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(target.__name__, g)
