# g += 1 from two threads without a lock, then with one. Prints the totals.
import sys, threading

N = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
if len(sys.argv) > 2:
    sys.setswitchinterval(float(sys.argv[2]))
g = 0
lock = threading.Lock()
# Both threads start counting together; otherwise one could finish before the other starts
# and nothing would race.
start = threading.Barrier(2)


def bump():
    global g
    start.wait()
    for i in range(N):
        g += 1


def bump_locked():
    global g
    start.wait()
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
