# 28_mutex_lock.mt - from notes 003_6b3ace65c7ec19f0.txt, section "###互斥锁".
# Shows: the same `num + n` / `num - n` race as 27, but each pair of updates runs under
# `with lock:`, so the result is always 0, GIL on or off. The notes keep the equivalent
# lock.acquire() / try: ... finally: lock.release() form inside a string; it is kept there as
# written, and (added) run again below as real code in run2, so both forms are exercised:
# both results are always "num = 0".
# Changes from the notes: the mangled `if name == 'main':` became `if __name__ == '__main__':`;
# the line `创建锁对象` (a heading whose `#` the markdown export ate; as code it would be a
# NameError) is a comment again. Added: run2 and the second pair of threads at the end.

import threading

# 创建锁对象

lock = threading.Lock()
num = 0

def run(n):
    global num
    for i in range(1000000):
        # 加锁  为了确保下面代码只能由一个线程从头到尾的执行
        # 会阻止多线程的并发执行，所以效率会大大降低
        """
        lock.acquire()
        try:
            num = num - n
            num = num + n
        finally:
            # 解锁
            lock.release()
        """
        with lock:
            num = num + n
            num = num - n

# added: the try/finally form from the string above, as code
def run2(n):
    global num
    for i in range(1000000):
        lock.acquire()
        try:
            num = num - n
            num = num + n
        finally:
            # 解锁
            lock.release()

if __name__ == '__main__':
    t1 = threading.Thread(target=run,args=(6,))
    t2 = threading.Thread(target=run,args=(9,))
    t1.start()
    t2.start()
    t1.join()
    t2.join()
    print("num = %s"%(num))

    # added: the same with the acquire/try/finally form
    t1 = threading.Thread(target=run2,args=(6,))
    t2 = threading.Thread(target=run2,args=(9,))
    t1.start()
    t2.start()
    t1.join()
    t2.join()
    print("num = %s"%(num))
