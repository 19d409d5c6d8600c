# 04_thread_subclass.mt - from notes 000_9162fe1719b55cd0.txt, section "自定义线程类".
# Shows: a class derived from threading.Thread that overrides __init__ (calling
# threading.Thread.__init__) and run(), sets self.name, and prints time.ctime(time.time()).
# Changes from the notes: Python 2 `print "..."` became print(...); the stray leading space
# before `exitFlag = 0` (an IndentationError) was removed; the delays passed to myThread were
# scaled from 1 and 2 seconds to 0.1 and 0.2 seconds so the example ends in about 1 s.
# `(threading.Thread).exit()` is kept as written: exitFlag is 0, so it never runs.

import threading
import time
exitFlag = 0

class myThread (threading.Thread):   #继承父类threading.Thread
    def __init__(self, threadID, name, counter):
        threading.Thread.__init__(self)# 调用父类构造函数
        self.threadID = threadID
        self.name = name
        self.counter = counter
    def run(self):                   #把要执行的代码写到run函数里面 线程在创建后会直接运行run函数 
        print("Starting " + self.name)
        print_time(self.name, self.counter, 5)
        print("Exiting " + self.name)

def print_time(threadName, delay, counter):
    while counter:
        if exitFlag:
            (threading.Thread).exit()
        time.sleep(delay)
        print("%s: %s" % (threadName, time.ctime(time.time())))
        counter -= 1

# 创建新线程
thread1 = myThread(1, "Thread-1", 0.1)
thread2 = myThread(2, "Thread-2", 0.2)

# 开启线程
thread1.start()
thread2.start()

print("Exiting Main Thread")
