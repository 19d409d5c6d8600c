# Nested and starred unpacking targets.
(a, b), c = (1, 2), 3
print(a, b, c)
a, (b, (c, d)) = 1, (2, (3, 4))
print(a, b, c, d)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = 'abcd'
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = [1, 2]
print(a, mid, z)
*everything, = (1, 2)
print(everything)
[x, *ys] = (10,)
print(x, ys)
(a, b), *others = [(1, 2), (3, 4), (5, 6)]
print(a, b, others)
head, *(x, y) = [1, 2, 3]
print(head, x, y)
for k, (v1, v2) in [('p', (1, 2)), ('q', (3, 4))]:
    print(k, v1 + v2)
for i, (name, *scores) in enumerate([('ann', 1, 2, 3), ('bob', 4)]):
    print(i, name, scores)
pairs = {'a': [1, 2], 'b': [3, 4]}
for key, [lo, hi] in pairs.items():
    print(key, lo, hi)
s = [0, 0, 0]
s[0], (s[1], s[2]) = 'a', 'bc'
print(s)
*a, b = 'x', 
print(a, b)
try:
    a, *b, c = [1]
except ValueError as e:
    print('ValueError:', e)
try:
    (a, b), c = [1, 2], 3, 4
except ValueError as e:
    print('ValueError:', e)
try:
    (a, b), c = 1, 2
except TypeError as e:
    print('TypeError:', e)
