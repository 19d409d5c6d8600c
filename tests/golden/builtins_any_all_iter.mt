# any, all, iter, next.
print(any([]), all([]), any([0, '', None]), any([0, 1]), all([1, 'x', [0]]), all([1, 0]))
print(any(x > 3 for x in range(5)), all(x < 5 for x in range(5)), any('abc'), all(''))
def noisy(v):
    print('  check', v)
    return v
print(any(noisy(v) for v in [0, 1, 2]))
print(all(noisy(v) for v in [1, 0, 2]))
it = iter([10, 20])
print(next(it), next(it), next(it, 'exhausted'))
print(next(iter('xyz')), next(iter(range(3)), None))
counter = [0]
def gen_value():
    counter[0] += 1
    return counter[0]
print(list(iter(gen_value, 5)))
class Stream:
    def __init__(self):
        self.lines = ['a', 'b', '']
    def readline(self):
        return self.lines.pop(0)
s = Stream()
print(list(iter(s.readline, '')))
try:
    next(iter([]))
except StopIteration:
    print('StopIteration from next without default')
try:
    iter(42)
except TypeError as e:
    print('TypeError:', e)
print(any([False, False, True]), all([True, True]), all([[]]), any([[]]))
