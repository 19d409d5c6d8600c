# dict views are live and support set operations.
d = {'a': 1, 'b': 2, 'c': 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(len(k), 'a' in k, 2 in v, ('c', 3) in it, ('c', 4) in it)
d['d'] = 4
print(list(k), list(v), len(it))
del d['a']
print(k)
print(sorted(k & {'b', 'z'}), sorted(k | {'z'}), sorted(k - {'b'}), sorted(k ^ {'b', 'q'}))
print(k == {'b', 'c', 'd'}, k <= {'b', 'c', 'd', 'e'})
print(sorted(it & {('b', 2), ('x', 0)}))
for key in k:
    print('key', key)
for key, value in it:
    print('item', key, value)
print(list(zip(d.keys(), d.values())))
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(list(reversed(d.keys())), list(reversed(d.values())))
e = {}
print(e.keys(), e.values(), e.items(), list(e.items()))
try:
    d.keys()[0]
except TypeError as e2:
    print('TypeError:', e2)
print(sum(d.values()), max(d.keys()), sorted(d.items(), reverse=True))
