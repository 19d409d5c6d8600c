# set and frozenset of small ints (deterministic order) and sorted output for the rest.
s = {3, 1, 2}
print(s, len(s), 2 in s, 5 not in s)
s.add(4)
s.add(1)
print(s)
s.discard(10)
s.discard(1)
s.remove(2)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print('KeyError:', e)
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([7], (8,)), a.intersection(range(3)))
print({1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > {1}, {1, 9}.issubset(a))
print(a.issuperset({1, 2}), a.isdisjoint({9, 10}), a.isdisjoint({1}))
c = set()
print(c, len(c), bool(c), set([1, 1, 2]), set(range(5)), set((5, 5)))
c.update([5, 6], {7})
print(c)
c |= {8}
c &= {5, 6, 8, 9}
c -= {6}
c ^= {5, 100}
print(c)
print(c.pop() in {8, 100}, len(c))
c.clear()
print(c)
f = frozenset([3, 1, 2])
print(f, type(f).__name__, 1 in f, len(f))
print(f | {9}, type(f | {9}).__name__, type({9} | f).__name__)
print(frozenset(), frozenset() == set(), f == {1, 2, 3})
print({f: 'frozenset as key'}[frozenset({1, 2, 3})])
try:
    f.add(4)
except AttributeError as e:
    print('AttributeError:', e)
words = {'pear', 'apple', 'fig'}
print(sorted(words), sorted(words | {'kiwi'}), 'fig' in words)
print(sorted({x % 5 for x in range(20)}))
print({1, 2} == {2, 1}, {1} != {1, 2})
d = a.copy()
d.add(100)
print(sorted(a), sorted(d))
print(set('hello') == set('olleh'), len(set('mississippi')))
print({0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, {True, 1, 1.0})
print(sorted({-1, -5, 3}), set([None]) if False else {None})
print(a.difference_update({1}) or a, a.intersection_update({2, 3, 4}) or a)
print(a.symmetric_difference_update({4, 7}) or a)
