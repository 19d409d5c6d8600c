# StopIteration in iterators, next() defaults, and for-loops.
it = iter([1, 2])
print(next(it), next(it), next(it, 'default'), next(it, None))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args, e.value)
def gen():
    yield 1
    return 'ret'
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('value', repr(e.value), 'args', e.args)
class Manual:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration('custom stop')
        return self.i
print(list(Manual()))
m = Manual()
for x in m:
    pass
print('after loop', m.i)
try:
    next(m)
except StopIteration as e:
    print('raised again:', e)
empty = iter(())
print(next(empty, 'empty default'))
print(next(iter('a')), next(iter({'k': 1})), next(iter(range(5, 9))))
r = iter(range(3))
print(list(r), list(r))
d_it = iter({'a': 1, 'b': 2}.items())
print(next(d_it), next(d_it))
print(next(reversed([1, 2, 3])), next(enumerate('xy')), next(zip('ab', 'cd')))
z = zip([1, 2], [3])
print(list(z), list(z))
m_it = map(str, [1, 2])
print(next(m_it), list(m_it), list(m_it))
