# 14_lock_sum.mt - from notes 001_27caa7851744569d.txt, sections "## 3.5" and "## 3.6 互斥锁".
# Shows: two threads each add 1 to the global g_num 1,000,000 times; each holds the mutex
# (threading.Lock) for its whole loop, so the first to finish prints 1000000 and the second
# 2000000 ("sum1: 1000000", "sum2: 2000000"); no increment is lost.
# Section 3.5 only describes the lost update (a table, no program); 3.6's program is kept
# exactly as in the notes, including `global g_num` inside the for loop.

import threading


# 定义全局变量
g_num = 0

# 创建全局互斥锁
lock = threading.Lock()


# 循环一次给全局变量加1
def sum_num1():
    # 上锁
    lock.acquire()
    for i in range(1000000):
        global g_num
        g_num += 1

    print("sum1:", g_num)
    # 释放锁
    lock.release()


# 循环一次给全局变量加1
def sum_num2():
    # 上锁
    lock.acquire()
    for i in range(1000000):
        global g_num
        g_num += 1
    print("sum2:", g_num)
    # 释放锁
    lock.release()


if __name__ == '__main__':
    # 创建两个线程
    first_thread = threading.Thread(target=sum_num1)
    second_thread = threading.Thread(target=sum_num2)
    # 启动线程
    first_thread.start()
    second_thread.start()
