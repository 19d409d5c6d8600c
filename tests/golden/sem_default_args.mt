# Default values are evaluated once, at definition time.
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
def dict_default(k, v, d={}):
    d[k] = v
    return d
print(dict_default('a', 1))
print(dict_default('b', 2))
evaluations = []
def noisy_default():
    evaluations.append('evaluated')
    return 10
def f(x=noisy_default()):
    return x
print(evaluations)
print(f(), f(), f(1), evaluations)
print(append_to.__defaults__)
print(f.__defaults__)
def kw_defaults(*, a=[]):
    a.append(len(a))
    return a
print(kw_defaults(), kw_defaults())
class Holder:
    def add(self, x, bag=[]):
        bag.append(x)
        return bag
h1 = Holder()
h2 = Holder()
print(h1.add(1), h2.add(2))
def safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe(1), safe(2))
n = 5
def uses_n(v=n):
    return v
n = 6
print(uses_n())
def counter(c=[0]):
    c[0] += 1
    return c[0]
print(counter(), counter(), counter())
