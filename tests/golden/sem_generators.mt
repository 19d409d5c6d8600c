# Generator protocol: send, throw, close, return value, and state.
def echo():
    received = None
    while True:
        try:
            received = yield received
        except ValueError as e:
            received = 'handled ' + str(e)
        if received == 'stop':
            return 'stopped'
g = echo()
print(next(g))
print(g.send('a'))
print(g.send('b'))
print(g.throw(ValueError('bad')))
try:
    g.send('stop')
except StopIteration as e:
    print('StopIteration value:', e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print('finished generator raises StopIteration again, value', e.value)
def gen():
    yield 1
    yield 2
g = gen()
try:
    g.send('x')
except TypeError as e:
    print('TypeError:', e)
print(g.send(None))
def closing():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('  GeneratorExit seen')
        raise
    finally:
        print('  finally in generator')
c = closing()
print(next(c))
c.close()
print('closed')
c.close()
try:
    next(c)
except StopIteration:
    print('next after close: StopIteration')
c2 = closing()
c2.close()
print('close before start: nothing runs')
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 'refuse'
b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print('RuntimeError:', e)
def thrower():
    try:
        yield 1
    except KeyError:
        print('  caught KeyError inside')
        yield 'after throw'
t = thrower()
next(t)
print(t.throw(KeyError('k')))
t2 = thrower()
next(t2)
try:
    t2.throw(IndexError('not caught inside'))
except IndexError as e:
    print('propagated out:', e)
def returner():
    yield 'only'
    return {'result': 42}
r = returner()
print(next(r))
try:
    next(r)
except StopIteration as e:
    print('return value:', e.value)
def delegator():
    v = yield from returner()
    yield v
print(list(delegator()))
def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total
a = acc()
next(a)
for i in range(1, 5):
    print('running total', a.send(i))
try:
    a.send(None)
except StopIteration as e:
    print('final', e.value)
def raiser():
    yield 1
    raise StopIteration('inside')
try:
    list(raiser())
except RuntimeError as e:
    print('RuntimeError:', e)
def running_check():
    yield 1
gr = running_check()
print(list(gr), list(gr))
def gen_throw_to_delegate():
    try:
        yield from thrower()
    except Exception as e:
        print('  outer got', type(e).__name__)
d = gen_throw_to_delegate()
next(d)
print(d.throw(KeyError('through yield from')))
