# __call__, __getattr__, __setattr__, __getattribute__-free attribute hooks.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder))
print(list(map(add5, [1, 2])))
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        print('  __getattr__', name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
print(p._target)
print(p.count(1))
class Defaults:
    real = 'real attribute'
    def __getattr__(self, name):
        if name.startswith('x_'):
            return name[2:].upper()
        raise AttributeError(f'no attribute {name!r}')
d = Defaults()
print(d.real, d.x_hello)
try:
    d.other
except AttributeError as e:
    print('AttributeError:', e)
print(getattr(d, 'missing', 'fallback'), hasattr(d, 'x_yes'), hasattr(d, 'nope'))
class Recorder:
    def __init__(self):
        object.__setattr__(self, 'log', [])
    def __setattr__(self, name, value):
        self.log.append((name, value))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(('del', name))
        object.__delattr__(self, name)
r = Recorder()
r.a = 1
r.b = 'two'
del r.a
print(r.log, r.b, hasattr(r, 'a'))
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, 'v', v)
    def __setattr__(self, name, value):
        raise AttributeError(f'cannot set {name}')
f = Frozen(3)
try:
    f.v = 4
except AttributeError as e:
    print('AttributeError:', e, f.v)
class Chain:
    def __init__(self, path=''):
        self.path = path
    def __getattr__(self, name):
        return Chain(self.path + '/' + name)
    def __call__(self):
        return self.path
print(Chain().api.v1.users())
class Callable2:
    def __call__(self):
        return 'called'
obj = Callable2()
print(obj(), obj.__call__())
