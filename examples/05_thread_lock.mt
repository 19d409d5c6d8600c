# 05_thread_lock.mt - from notes 000_9162fe1719b55cd0.txt, section "#### 线程同步（锁）".
# Shows: lock = threading.Lock() guarding shared data, once with `with lock:` and once with
# lock.acquire() / lock.release(); a "set" thread and a "print" thread as in the notes' prose.
# The notes give only the two fragments `def func(): with lock: ...` and
# `def func(): lock.acquire() ... lock.release()`; this script fills the "访问共享资源的代码块"
# (the block that accesses the shared resource) with a counter and a list.

import threading

# 首先获取锁
lock = threading.Lock()

data = {"count": 0}
snapshots = []


# 使用 with 控制
def set_func(n):
    for i in range(n):
        with lock:
            # 访问共享资源的代码块
            data["count"] = data["count"] + 1


# 手动控制
def print_func(n):
    for i in range(n):
        lock.acquire()
        # 访问共享资源的代码块
        snapshots.append(data["count"])
        lock.release()


if __name__ == '__main__':
    print("锁定了吗:", lock.locked())
    threads = []
    for i in range(2):
        threads.append(threading.Thread(target=set_func, args=(50000,), name="set%d" % i))
    threads.append(threading.Thread(target=print_func, args=(1000,), name="print"))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("count =", data["count"])
    print("snapshots:", len(snapshots))
    print("snapshots never go down:", snapshots == sorted(snapshots))
    print("all within 0..100000:", all(0 <= s <= 100000 for s in snapshots))
    # acquire 返回 True; 已经锁定时 acquire(False) 返回 False
    print("acquire():", lock.acquire())
    print("锁定了吗:", lock.locked())
    print("acquire(False):", lock.acquire(False))
    print("acquire(timeout=0.05):", lock.acquire(timeout=0.05))
    lock.release()
    print("锁定了吗:", lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
