# 36_event.mt - from notes 004_feb73e2d33ac4c17.txt, section "# Event事件".
# Shows: e = Event(); thread 2 blocks in e.wait() until thread 1 calls e.set()
# ("给线程2发送信号,让他执行"); is_set(), clear(), and wait(timeout) returning True/False.
# The notes give only the sketch e.set() in 线程1 / e.wait() in 线程2; this program fills it in.
# Thread 1 sleeps 0.1 s before setting the event, so thread 2 is already waiting.

from threading import Event, Thread
import time

e = Event()


def thread1():
    time.sleep(0.1)
    print("线程1: 发送信号")
    e.set()  # 给线程2发送信号,让他执行


def thread2():
    print("线程2: 等待信号")
    e.wait()  # 等待线程1的信号
    print("线程2: 收到信号, 开始执行")


if __name__ == '__main__':
    print("is_set:", e.is_set())
    t2 = Thread(target=thread2)
    t1 = Thread(target=thread1)
    t2.start()
    t1.start()
    t1.join()
    t2.join()
    print("is_set:", e.is_set())
    print("wait(0.05) when set:", e.wait(0.05))
    e.clear()
    print("is_set after clear:", e.is_set())
    start = time.time()
    print("wait(0.05) when clear:", e.wait(0.05))
    print("waited >= 0.05:", time.time() - start >= 0.04)
