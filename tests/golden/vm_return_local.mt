# ReturnFast (LoadFast; ReturnValue): the returned local moves out of the dying frame;
# an unbound one still raises UnboundLocalError at the return line. BinaryReturn
# (Binary; ReturnValue): ints, big ints, strings, and a TypeError with its line.
def f(flag):
    if flag:
        x = [1, 2]
    return x

print(f(True))
def g():
    y = "kept"
    return y
a = g()
print(a, g() is g())
class C:
    def __init__(self):
        self.v = 3
    def get(self):
        v = self.v
        return v
print(C().get())
def gen():
    z = 5
    yield z
    return z
it = gen()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("stop", e.value)
def add(a, b):
    return a + b
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(add(2, 3), add(2**62, 2**62), add("a", "b"), fib(15))
def mixed(a, b):
    return (a
            * b)
print(mixed(3, 4), mixed("ab", 2))
try:
    mixed(None, 2)
except TypeError as e:
    print("error:", e, e.__traceback__.tb_next.tb_lineno)
try:
    add(1, "x")
except TypeError as e:
    print("error:", e, e.__traceback__.tb_next.tb_lineno)
try:
    f(False)
except UnboundLocalError as e:
    print("error:", e)
f(False)
