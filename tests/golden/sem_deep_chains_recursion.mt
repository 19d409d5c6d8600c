# Long chains of objects free without overflowing any thread's stack (CPython's trashcan);
# recursion through built-ins (map, repr) follows the recursion limit; a list compared with
# itself by < and friends answers (it used to deadlock on its own lock).
import sys, threading

class Node:
    def __init__(self, v, nxt):
        self.v = v
        self.nxt = nxt

def chain(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    total = 0
    node = head
    while node is not None:
        total += node.v
        node = node.nxt
    head = node = None
    return total

results = []
t = threading.Thread(target=lambda: results.append(chain(200000)))
t.start()
t.join()
print("thread chain", results)
print("main chain", chain(300000))

def depth(n):
    return 0 if n == 0 else 1 + sum(map(depth, [n - 1]))
print("map depth", depth(450))

class R:
    def __init__(self, inner): self.inner = inner
    def __repr__(self): return "R(" + repr(self.inner) + ")"
r = None
for _ in range(300):
    r = R(r)
print("repr length", len(repr(r)))
r = None
for _ in range(100000):
    r = R(r)
try:
    repr(r)
except RecursionError:
    print("deep repr: RecursionError")

a = [1]
print(a < a, a <= a, a > a, a >= a, a.__lt__(a))
rows = [[1], [2]] * 2
print(sorted(rows), max([a, a]), min(rows))
b = [a, [0], a]
b.sort()
print(b)
grid = [[0] * 2] * 3
print(sorted(grid), grid < grid)

# Frames counted across nested runs of the eval loop, as CPython counts them.
def f(n):
    try:
        return f(n + 1)
    except RecursionError:
        return n
print(f(0))
sys.setrecursionlimit(50)
print(f(0))
print(list(map(f, [0])))
def g():
    yield f(0)
print(list(g()))
print(sorted([3, 1], key=lambda x: f(0)))
