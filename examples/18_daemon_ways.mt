# 18_daemon_ways.mt - from notes 002_d6692abe12e9f917.txt, section "多线程的注意点" /
# "如何让主线程结束时同时销毁所有子线程" (守护线程).
# Shows: the three ways the notes give to make a daemon thread -
#   1. threading.Thread(target=task, daemon=True)
#   2. t1.setDaemon(True)      (deprecated since Python 3.10: CPython prints a
#                               DeprecationWarning on stderr; stdout is unaffected)
#   3. t1.daemon = True
# and that the program ends as soon as the main thread is done, without waiting for daemon
# threads (each would otherwise sleep 10 s). Also: a thread is not a daemon by default, and the
# daemon flag cannot be changed once the thread has started.
# The notes give only the three one-line forms; this script wraps them in a program.

import threading
import time


def task():
    time.sleep(10)  # a non-daemon thread would keep the program alive for 10 s
    print("这一行不会被打印")


if __name__ == '__main__':
    # 1. 方法1
    t1 = threading.Thread(target=task, daemon=True)
    # 2. 方法2
    t2 = threading.Thread(target=task)
    t2.setDaemon(True)
    # 3. 方法3
    t3 = threading.Thread(target=task)
    t3.daemon = True

    t4 = threading.Thread(target=task)
    print("默认:", t4.daemon)
    print("方法1:", t1.daemon, "方法2:", t2.daemon, "方法3:", t3.daemon)

    t1.start()
    t2.start()
    t3.start()
    print("活着的线程数:", threading.active_count())
    try:
        t1.daemon = False
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("主线程结束, 守护线程随之销毁")
