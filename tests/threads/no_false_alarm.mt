# Waits that look stuck for a moment but are not: a Lock used as a signal, a condition,
# a queue whose producer sleeps first, a join on a sleeping thread. No report, exit 0.
import threading, queue, time

signal = threading.Lock()
signal.acquire()


def release_later():
    time.sleep(0.05)
    signal.release()


threading.Thread(target=release_later).start()
signal.acquire()
print("lock as signal: ok")

cond = threading.Condition()
items = []


def produce():
    time.sleep(0.05)
    with cond:
        items.append(1)
        cond.notify()


threading.Thread(target=produce).start()
with cond:
    while not items:
        cond.wait()
print("condition: ok")

q = queue.Queue()


def put_later():
    time.sleep(0.05)
    q.put("item")


threading.Thread(target=put_later).start()
print("queue:", q.get())

t = threading.Thread(target=time.sleep, args=(0.05,))
t.start()
t.join()
print("join: ok")

# A Timer is pending: the main thread waits on an event only the timer will set.
done = threading.Event()
threading.Timer(0.05, done.set).start()
done.wait()
print("timer: ok")
