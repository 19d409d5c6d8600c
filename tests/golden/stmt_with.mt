# with statements: several items, as-targets, exceptions, and suppression by __exit__.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('  enter', self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print('  exit', self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with CM('a') as v:
    print('body', v)
with CM('a') as x, CM('b') as y:
    print('body', x, y)
with CM('outer'):
    with CM('inner'):
        print('nested body')
try:
    with CM('raises'):
        raise ValueError('oops')
except ValueError as e:
    print('propagated', e)
with CM('suppressor', suppress=True):
    raise KeyError('swallowed')
print('after suppressed exception')
try:
    with CM('first'), CM('second', suppress=True):
        raise IndexError('inner suppresses')
    print('continued')
except IndexError:
    print('not reached')
try:
    with CM('first', suppress=True), CM('second'):
        raise IndexError('outer suppresses')
    print('continued again')
except IndexError:
    print('not reached')
def early():
    with CM('ret'):
        return 'returned'
print(early())
for i in range(2):
    with CM(f'loop{i}'):
        if i == 0:
            continue
        break
class Target:
    pass
t = Target()
with CM('attr') as t.value:
    pass
print(t.value)
d = {}
with CM('item') as d['k']:
    pass
print(d)
with CM('pq') as (p, q):
    pass
print(p, q)
class NoEnter:
    pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class Resource:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        print('  closing, args', [a if a is None else type(a).__name__ for a in args][:2])
        return False
with Resource() as r:
    print('is self', isinstance(r, Resource))
with open('_golden_tmp_stmt_with.txt', 'w') as f:
    f.write('written in with\n')
print('file closed after with:', f.closed)
with open('_golden_tmp_stmt_with.txt') as f:
    print(f.read(), end='')
