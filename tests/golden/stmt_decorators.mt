# Function and class decorators, decorators with arguments, stacked decorators.
def shout(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper()
    return wrapper
@shout
def hello(name):
    return 'hello ' + name
print(hello('ann'))
def repeat(n):
    def deco(func):
        def wrapper(*args):
            return [func(*args) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def roll(x):
    return x * 2
print(roll(5))
trace = []
def tag(label):
    def deco(func):
        trace.append('decorating ' + label)
        def wrapper():
            return f'<{label}>{func()}</{label}>'
        return wrapper
    return deco
@tag('b')
@tag('i')
def text():
    return 'hi'
print(text(), trace)
registry = {}
def register(func):
    registry[func.__name__] = func
    return func
@register
def one():
    return 1
@register
def two():
    return 2
print(sorted(registry), registry['two']())
def add_method(cls):
    cls.extra = lambda self: 'extra from ' + type(self).__name__
    return cls
@add_method
class Thing:
    pass
print(Thing().extra())
def singleton(cls):
    instances = {}
    def get():
        if cls not in instances:
            instances[cls] = cls()
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self):
        print('  Config created')
a = Config()
b = Config()
print(a is b)
def counted(func):
    def wrapper(*args):
        wrapper.calls += 1
        return func(*args)
    wrapper.calls = 0
    return wrapper
@counted
def noop():
    pass
noop(); noop(); noop()
print(noop.calls)
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, func):
        def wrapper(x):
            return func(x) * self.k
        return wrapper
@Multiplier(10)
def ident(x):
    return x
print(ident(4))
order = []
def d1(f):
    order.append('d1')
    return f
def d2(f):
    order.append('d2')
    return f
@d1
@d2
def g():
    pass
print(order)
decos = [shout]
@decos[0]
def indexed():
    return 'indexed deco'
print(indexed())
def returns_other(f):
    return 42
@returns_other
def replaced():
    pass
print(replaced)
class Svc:
    @shout
    def name(self):
        return 'svc'
print(Svc().name())
