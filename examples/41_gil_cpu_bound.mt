# 41_gil_cpu_bound.mt - from notes 004_feb73e2d33ac4c17.txt, section "# GIL全局解释器锁"
# (EXAMPLES.md lists it as 003/004; 001 section 4 also says threads "不能使用多核").
# Shows: a CPU-bound job (counting down from N) done twice serially, then in two threads at
# once. With the GIL (CPython, or mt with the GIL on) only one thread runs bytecode at a time,
# so the two threads are no faster than the serial run ("单个进程下的多线程只能实现并发").
# With the GIL off (mt --gil=off) and 2+ cores, the threads run in parallel and take about
# half the serial time.
# The notes have no program for this; this one is written for it. N defaults to 8,000,000
# (about 1-1.5 s in all with python3); pass another N as the first argument: mt 41_gil_cpu_bound.mt 100000

import sys
import threading
import time

N = 8000000
if len(sys.argv) > 1:
    N = int(sys.argv[1])

results = []


def countdown(n):
    while n > 0:
        n -= 1
    results.append(n)


if __name__ == '__main__':
    start = time.perf_counter()
    countdown(N)
    countdown(N)
    serial = time.perf_counter() - start

    start = time.perf_counter()
    t1 = threading.Thread(target=countdown, args=(N,))
    t2 = threading.Thread(target=countdown, args=(N,))
    t1.start()
    t2.start()
    t1.join()
    t2.join()
    threaded = time.perf_counter() - start

    print("results:", results)
    print("serial:   %.3f s" % serial)
    print("threads:  %.3f s" % threaded)
    print("threads/serial: %.2f" % (threaded / max(serial, 1e-9)))
