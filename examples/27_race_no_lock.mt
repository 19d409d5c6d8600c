# 27_race_no_lock.mt - from notes 003_6b3ace65c7ec19f0.txt, section "### 多线程共享资源".
# Shows: three threads do `num += n; num -= n` 1,000,000 times each on a shared global without
# a lock. The final value should be 0 but may not be: the read-modify-write of `num += n` is not
# atomic, so updates can be lost. With the GIL on this is rare (CPython 3.11 almost always
# prints 0); with the GIL off (mt --gil=off) it is wrong almost always.
# Changes from the notes: the mangled `if name == 'main':` became `if __name__ == '__main__':`.
# run1 is unused, as in the notes.

import threading

num = 0
var = 0
def run(n):
    global num
    for i in range(1000000):
        num += n
        num -= n
def run1(n):
    global var
    for i in range(100):
        var += n
        var -= n

if __name__ == '__main__':
    t1 = threading.Thread(target=run,args=(6,))
    t2 = threading.Thread(target=run,args=(9,))
    t3 = threading.Thread(target=run,args=(5,))
    t3.start()
    t1.start()
    t2.start()
    t1.join()
    t2.join()
    t3.join()
    print("num = %s"%(num))
