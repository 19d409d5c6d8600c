# Eight threads hammer shared objects at once (run with the GIL off by tests/threads.rs):
# nothing may crash or deadlock, and every append must land exactly once.
import threading

THREADS = 8
K = 100000

shared_list = []
churn = []
shared_dict = {}
shared_set = set()
counter = 0


class Box:
    pass


box = Box()
box.value = 0
texts = [None] * THREADS


def worker(n):
    global counter
    s = ""
    for i in range(K):
        shared_list.append(i)
        churn.append(i)
        try:
            churn.pop()
        except IndexError:
            pass
        key = (n * K + i) % 5000
        shared_dict[key] = i
        shared_dict.pop(key, None)
        shared_set.add(key)
        shared_set.discard(key)
        box.value += 1
        setattr(box, "t%d" % n, i)
        counter += 1
        if i % 1000 == 0:
            s = s + str(i)
    texts[n] = s


threads = [threading.Thread(target=worker, args=(n,)) for n in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print("list", len(shared_list), len(shared_list) == THREADS * K)
print("churn", len(churn) <= THREADS * K)
print("dict", len(shared_dict) <= 5000)
print("set", len(shared_set) <= 5000)
print("box", 0 < box.value <= THREADS * K)
print("counter", 0 < counter <= THREADS * K)
print("texts", all(t == texts[0] for t in texts), len(texts[0]))
print("attrs", sorted(k for k in vars(box) if k.startswith("t")))
print("sum", sum(shared_list) == THREADS * (K * (K - 1) // 2))
