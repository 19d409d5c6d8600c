# ReturnFast (LoadFast; ReturnValue): the returned local moves out of the dying frame;
# an unbound one still raises UnboundLocalError at the return line.
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
try:
    f(False)
except UnboundLocalError as e:
    print("error:", e)
f(False)
