# Two threads join each other: a cycle of joins, reported while the main thread runs on.
import threading, time

ready = threading.Event()
threads = {}


def join_other(name):
    ready.wait()
    threads[name].join()


t1 = threading.Thread(target=join_other, args=("b",), name="a", daemon=True)
t2 = threading.Thread(target=join_other, args=("a",), name="b", daemon=True)
threads["a"] = t1
threads["b"] = t2
t1.start()
t2.start()
ready.set()
time.sleep(3)
print("main ran on")
