# 35_semaphore.mt - from notes 004_feb73e2d33ac4c17.txt, section "# 信号量".
# Shows: `from threading import Semaphore`; "信号量也是一把锁，可以让多个任务一起使用" - a
# Semaphore(3) lets at most 3 of the 8 threads inside at once (the classic "抢车位": 8 cars,
# 3 parking spaces). Each thread counts how many are inside while it is inside.
# The notes give only the import and one sentence; this program shows it. Sleeps are 0.05 s.

from threading import Semaphore, Thread, Lock
import time

sm = Semaphore(3)
count_lock = Lock()
inside = 0
max_inside = 0


def task(name):
    global inside, max_inside
    with sm:
        with count_lock:
            inside += 1
            if inside > max_inside:
                max_inside = inside
            # printed under count_lock so that two cars' lines never mix
            print('%s 抢到了车位' % name)
        time.sleep(0.05)
        with count_lock:
            inside -= 1


if __name__ == '__main__':
    threads = []
    for i in range(8):
        t = Thread(target=task, args=('第%s辆车' % i,))
        threads.append(t)
        t.start()
    for t in threads:
        t.join()
    print("最多同时在里面:", max_inside)
    print("不超过3:", max_inside <= 3)
    print("现在里面:", inside)
    # acquire 不阻塞时: 3 个名额用完后返回 False
    print([sm.acquire(blocking=False) for i in range(4)])
    for i in range(3):
        sm.release()
