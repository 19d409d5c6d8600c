# Order of execution across nested try/except/else/finally and function boundaries.
trail = []
def inner(mode):
    try:
        trail.append('inner try')
        if mode == 'raise':
            raise ValueError('boom')
        if mode == 'return':
            return 'inner returned'
    except ValueError:
        trail.append('inner except')
        raise
    else:
        trail.append('inner else')
    finally:
        trail.append('inner finally')
    trail.append('inner after')
    return 'inner fell through'
def outer(mode):
    try:
        trail.append('outer try')
        result = inner(mode)
        trail.append('outer got ' + result)
    except ValueError as e:
        trail.append('outer except ' + str(e))
    finally:
        trail.append('outer finally')
    return trail[:]
for mode in ['normal', 'return', 'raise']:
    trail.clear()
    print(mode, outer(mode))
def gen():
    try:
        trail.append('gen start')
        yield 1
        trail.append('gen resumed')
        yield 2
    finally:
        trail.append('gen finally')
trail.clear()
g = gen()
next(g)
next(g)
g.close()
print(trail)
trail.clear()
for x in gen():
    trail.append(f'loop {x}')
print(trail)
