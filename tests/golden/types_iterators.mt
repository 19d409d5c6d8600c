# iter/next on built-in containers, iterator exhaustion and independence.
l = [1, 2, 3]
i1 = iter(l)
i2 = iter(l)
print(next(i1), next(i1), next(i2))
print(list(i1), list(i2), list(i1))
s = iter('hey')
print(next(s), ''.join(s))
d = iter({'a': 1, 'b': 2})
print(next(d), next(d), next(d, 'end'))
t = iter((9, 8))
print(tuple(t))
r = iter(range(3))
print(next(r), next(r), next(r), next(r, 'stop'))
st = iter({5})
print(next(st))
e = enumerate(['x', 'y'], start=10)
print(next(e), list(e))
z = zip('ab', range(5), [True, False, None])
print(list(z))
m = map(lambda a, b: a * b, [1, 2, 3], [4, 5])
print(list(m))
f = filter(None, [0, 1, '', 'a', None, [], [0]])
print(list(f))
rev = reversed('abc')
print(next(rev), list(rev))
it = iter([1, 2, 3, 4, 5, 6])
print(list(zip(it, it)))
it = iter(range(10))
for x in it:
    if x == 3:
        break
print('rest after break:', list(it))
def countdown(n):
    while n > 0:
        yield n
        n -= 1
c = countdown(3)
print(iter(c) is c, list(c))
calls = [0]
def tick():
    calls[0] += 1
    return calls[0]
print(list(iter(tick, 4)))
print(type(iter([])).__name__, type(iter(range(1))).__name__)
print(type(iter({})).__name__, type(iter(())).__name__)
print(sum(iter([1, 2, 3])), max(iter([4, 9, 2])), sorted(iter([3, 1])))
