# `yield from` a generator runs the sub-generator's frame on the VM's frame stack: deep
# delegation chains are bounded by the recursion limit (RecursionError, never a crash),
# values, send(), throw() and return values pass through every level, and close() reaches
# the sub-iterator as its close() (PEP 380).
import sys
def g(n):
    yield from g(n+1)
try:
    next(g(0))
except RecursionError as e:
    print('A', e)
def h(n):
    if n > 500:
        yield n
        return 'r%d' % n
    r = yield from h(n+1)
    yield r
print(list(h(0))[:3])
def deep(n):
    if n > 2000:
        yield n
    else:
        yield from deep(n+1)
try:
    print(list(deep(0)))
except RecursionError as e:
    print('B', e)
sys.setrecursionlimit(10000)
try:
    print(list(deep(0)))
except RecursionError as e:
    print('C', e)
def inner():
    x = yield 1
    print('inner got', x)
    try:
        y = yield 2
    except ValueError as e:
        print('inner caught', e)
        y = 'v'
    return ('ret', y)
def outer():
    r = yield from inner()
    print('outer got', r)
    yield 'end'
o = outer()
print(next(o), o.send('s1'), o.throw(ValueError('boom')))
try:
    next(o)
except StopIteration as e:
    print('stop', e.value)
def gen_exc():
    yield 1
    raise KeyError('k')
def wrap():
    try:
        yield from gen_exc()
    except KeyError as e:
        print('wrapped caught', e)
        yield 'recovered'
print(list(wrap()))
for x in wrap():
    print('loop', x)
class Sub:
    def __iter__(self): return self
    def __next__(self): return 'n'
    def throw(self, *a): print('throw', a); return 'x'
    def close(self): print('sub close called')
def g():
    try:
        yield from Sub()
    finally:
        print('outer finally')
it = g(); next(it); it.close(); print('done')
def inner():
    try:
        yield 1
        yield 2
    finally:
        print('inner finally')
def outer():
    try:
        yield from inner()
    except GeneratorExit:
        print('outer saw GeneratorExit')
        raise
o = outer(); next(o); o.close(); print('closed', list(o))
class NoClose:
    def __iter__(self): return self
    def __next__(self): return 1
def g2():
    yield from NoClose()
x = g2(); next(x); x.close(); print('closed g2')


def chain(n):
    if n == 0:
        got = yield "bottom"
        return got
    r = yield from chain(n - 1)
    return r + 1


c = chain(3000)
print(next(c))
try:
    c.send(10)
except StopIteration as e:
    print("chain returned", e.value)


def closable():
    yield 1
x = closable()
for args, kw in (((1,), {}), ((), {"a": 1}), ((1, 2), {})):
    try:
        x.close(*args, **kw)
    except TypeError as e:
        print(e)
print(x.close())
