# Iterator protocol: __iter__ and __next__.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(3)))
for n in Countdown(2):
    print('n', n)
c = Countdown(2)
print(next(c), next(c), next(c, 'done'))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(3)
print(list(r), list(r), sum(r))
print([x * y for x in Range2(3) for y in Range2(2)])
it = iter(Range2(2))
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print('StopIteration')
class Pair:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __iter__(self):
        return iter((self.a, self.b))
x, y = Pair(1, 2)
print(x, y, dict([Pair('k', 'v')]), tuple(Pair(3, 4)))
print(max(Pair(5, 9)), sorted(Pair('b', 'a')), 'k' in Pair('k', 1))
print(list(zip(Pair(1, 2), Pair(3, 4))), list(enumerate(Pair('x', 'y'))))
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print('TypeError:', e)
try:
    for _ in NotIter():
        pass
except TypeError as e:
    print('TypeError:', e)
class BadIter:
    def __iter__(self):
        return 42
try:
    iter(BadIter())
except TypeError as e:
    print('TypeError:', e)
try:
    next([1, 2])
except TypeError as e:
    print('TypeError:', e)
lst = [1, 2, 3]
it = iter(lst)
print(iter(it) is it, next(it))
print(list(it))
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b
print(list(Fib(100)))
