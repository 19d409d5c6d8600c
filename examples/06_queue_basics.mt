# 06_queue_basics.mt - from notes 000_9162fe1719b55cd0.txt, section "#### 线程优先级队列Queuesu".
# Shows: queue.Queue(maxsize), put(item, block=True, timeout=None), get(block=True,
# timeout=None), the exceptions queue.Empty and queue.Full, qsize(), empty(), full(), and a
# get() that blocks until another thread puts an item (and a put() that blocks until another
# thread makes room).
# The notes list the API without a program; this script exercises each bullet in turn.
# Timeouts are short (0.05 s / 0.1 s).

import queue
import threading
import time
from queue import Queue

# 创建 q = queue.Queue([maxsize=0]) 可以设置最大容量
q = queue.Queue(maxsize=2)
print("maxsize:", q.maxsize)
print("qsize:", q.qsize(), "empty:", q.empty(), "full:", q.full())

# 添加数据 queue.put(item[, block=True, timeout=None])
q.put("a")
q.put("b", block=True, timeout=None)
print("qsize:", q.qsize(), "empty:", q.empty(), "full:", q.full())

# block=False 时当当前容量等于上限时报错
try:
    q.put("c", block=False)
except queue.Full:
    print("put(block=False): queue.Full")

# timeout 表示等待一段时间仍没有执行则报错
start = time.time()
try:
    q.put("c", timeout=0.1)
except queue.Full:
    print("put(timeout=0.1): queue.Full, waited >= 0.1:", time.time() - start >= 0.09)

try:
    q.put_nowait("c")
except queue.Full as e:
    print("put_nowait: %s %r" % (type(e).__name__, e))

# 获取数据 queue.get([block=True, timeout=None])
print("get:", q.get())
print("get:", q.get(block=True, timeout=None))
print("qsize:", q.qsize(), "empty:", q.empty(), "full:", q.full())

try:
    q.get(block=False)
except queue.Empty:
    print("get(block=False): queue.Empty")

start = time.time()
try:
    q.get(timeout=0.1)
except queue.Empty:
    print("get(timeout=0.1): queue.Empty, waited >= 0.1:", time.time() - start >= 0.09)

try:
    q.get_nowait()
except queue.Empty as e:
    print("get_nowait: %s %r" % (type(e).__name__, e))


# 如果队列为空，则该语句将被阻塞，直到有数据可供获取。
def producer(qq):
    time.sleep(0.05)
    qq.put("from producer")


t = threading.Thread(target=producer, args=(q,))
t.start()
print("blocking get:", q.get())
t.join()

# put 在队列满时阻塞, 直到另一个线程取走数据
q2 = Queue(1)
q2.put(1)


def consumer(qq, out):
    time.sleep(0.05)
    out.append(qq.get())


got = []
t = threading.Thread(target=consumer, args=(q2, got))
t.start()
q2.put(2)  # blocks until the consumer has taken 1
t.join()
print("consumer got:", got, "left:", q2.get_nowait())

# maxsize <= 0: 无限大小
q3 = Queue()
for i in range(1000):
    q3.put(i)
print("Queue() maxsize:", q3.maxsize, "qsize:", q3.qsize(), "full:", q3.full())
print("Empty is Exception:", issubclass(queue.Empty, Exception), "Full:", issubclass(queue.Full, Exception))
