# 37_queue_kinds.mt - from notes 004_feb73e2d33ac4c17.txt, section "# 线程队列".
# Shows: the three queue kinds the notes list and the order items come out:
#   FIFO: 先进先出队列   queue.Queue()
#   LIFO: 后进先出队列   queue.LifoQueue()
#   优先级队列: queue.PriorityQueue() - smallest first, whatever order items went in
# and (the notes' reason for thread queues, "保证线程间数据安全") a queue shared by threads:
# producer threads put, one consumer gets everything exactly once; task_done()/join().
# The notes give only the names; this program shows each.

import queue
import threading

q = queue.Queue()
for i in (1, 2, 3):
    q.put(i)
print("Queue:", [q.get() for i in range(3)])

q = queue.LifoQueue()
for i in (1, 2, 3):
    q.put(i)
print("LifoQueue:", [q.get() for i in range(3)])

q = queue.PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (5, 'e'), (2, 'b'), (4, 'd')]:
    q.put(item)
print("PriorityQueue:", [q.get() for i in range(5)])

q = queue.PriorityQueue()
for n in [5, -1, 10, 0, 3]:
    q.put(n)
print("PriorityQueue:", [q.get() for i in range(5)])

# 线程间共享一个队列
work = queue.Queue()
got = []


def producer(start):
    for i in range(start, start + 100):
        work.put(i)


def consumer():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            break
        got.append(item)
        work.task_done()


c = threading.Thread(target=consumer)
c.start()
ps = [threading.Thread(target=producer, args=(k * 100,)) for k in range(4)]
for p in ps:
    p.start()
for p in ps:
    p.join()
work.join()  # every item put so far has been marked task_done
print("consumed:", len(got), "unique:", len(set(got)), "sorted ok:", sorted(got) == list(range(400)))
work.put(None)
c.join()
print("empty:", work.empty())
