# 26_thread_name.mt - from notes 003_6b3ace65c7ec19f0.txt, section "### 创建线程".
# Shows: threading.current_thread().name is "MainThread" in the main thread and the default
# name "Thread-1 (run)" in the first thread created (CPython >= 3.10 appends the target's name;
# older Pythons, as in the notes, said "Thread-1"); args=(1,); t.join().
# Changes from the notes: the mangled `if name == 'main':` became
# `if __name__ == '__main__':`; time.sleep(2) scaled to time.sleep(0.2).

import threading,time

def run(num):
    print("子线程%s开始..."%(threading.current_thread().name))
    time.sleep(0.2)
    print(num)
    time.sleep(0.2)
    # current_thread  返回一个当前线程的实例
    print("子线程%s结束..."%(threading.current_thread().name))
if __name__ == '__main__':
    print("主线程%s启动..."%(threading.current_thread().name))
    # 创建子线程
    t = threading.Thread(target = run,args = (1,))
    t.start()
    t.join()
    print("主线程%s结束..."%(threading.current_thread().name))
