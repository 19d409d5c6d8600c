# 03_threads_join.mt - from notes 000_9162fe1719b55cd0.txt, section "### 多线程".
# Shows: threading.Thread(target=...) with args and kwargs ("参数传递: 同样args kargs"),
# start(), join([time]) with a timeout that expires while the thread still runs, join() without
# one, and threading.enumerate() (only threads that are started and not yet finished).
# The notes give this section as bullet points only (no program), so this script is written
# from those bullets; the Chinese comments quote them. Sleeps are short: sing prints at about
# 0.1, 0.2, 0.3 s and dance at 0.15, 0.25, 0.35 s, so no two prints are due at the same time.

import threading
import time


def sing(num):
    for i in range(num):
        time.sleep(0.1)
        print("唱歌中...%d" % i)


def dance(num):
    time.sleep(0.05)
    for i in range(num):
        time.sleep(0.1)
        print("跳舞中...%d" % i)


if __name__ == '__main__':
    # 线程对象 = threading.Thread(target=任务名)
    sing_thread = threading.Thread(target=sing, args=(3,))
    # 参数传递: 同样 args kwargs
    dance_thread = threading.Thread(target=dance, kwargs={"num": 3})

    # threading.enumerate() 不包括启动前的线程
    print("启动前:", len(threading.enumerate()))
    sing_thread.start()
    dance_thread.start()
    # 正在运行指线程启动后、结束前
    print("启动后:", len(threading.enumerate()))

    # join([time]): 等待至线程中止, 或者是可选的超时发生
    sing_thread.join(0.05)
    print("join(0.05) 超时后 sing 还活着:", sing_thread.is_alive())

    sing_thread.join()
    dance_thread.join()
    print("join() 之后 sing 还活着:", sing_thread.is_alive())
    # 不包括终止后的线程
    print("结束后:", len(threading.enumerate()))
    print(threading.enumerate())
