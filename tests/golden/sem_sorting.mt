# Sorting with key= and reverse=, and sort stability.
words = ['banana', 'Apple', 'cherry', 'date', 'Elder', 'fig']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: w[-1]))
records = [('alice', 30), ('bob', 25), ('carol', 30), ('dave', 25), ('eve', 35)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: (-r[1], r[0])))
by_name = sorted(records)
by_age_stable = sorted(by_name, key=lambda r: r[1])
print(by_age_stable)
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
lst = [5, 2, 8, 1, 9, 3]
lst.sort()
print(lst)
lst.sort(reverse=True)
print(lst)
lst.sort(key=lambda x: x % 3)
print(lst)
print(lst.sort() is None)
mixed = [3, 1.5, 2, -1, 0.0, True]
print(sorted(mixed))
print(sorted('hello'), sorted((3, 1, 2)), sorted({3: 'a', 1: 'b'}))
print(sorted([[2, 1], [1, 2], [1, 1, 1], []]))
print(sorted([], reverse=True), sorted([1]))
nums = list(range(20))
print(sorted(nums, key=lambda n: n % 4))
calls = []
def key_fn(x):
    calls.append(x)
    return -x
print(sorted([1, 2, 3], key=key_fn), calls)
try:
    sorted([1, 'a', 2])
except TypeError as e:
    print('TypeError:', e)
try:
    [3, None].sort()
except TypeError as e:
    print('TypeError:', e)
data = [{'n': 'x', 'v': 2}, {'n': 'y', 'v': 1}]
print([d['n'] for d in sorted(data, key=lambda d: d['v'])])
print(sorted(['b', 'a', 'B', 'A']), sorted(['é', 'e', 'z', 'E']))
print(max(records, key=lambda r: r[1]), min(records, key=lambda r: r[1]))
rev_stable = sorted([('a', 1), ('b', 1), ('c', 0)], key=lambda t: t[1], reverse=True)
print(rev_stable)
print(list(reversed(sorted([3, 1, 2]))))
