# dict: insertion order, methods, views, and membership.
d = {'b': 2, 'a': 1}
d['c'] = 3
print(d, len(d), list(d))
d['b'] = 20
print(d)
del d['b']
d['b'] = 200
print(d)
print(d.get('a'), d.get('zz'), d.get('zz', 'default'))
print(d.setdefault('a', 99), d.setdefault('new', []), d)
d['new'].append(1)
print(d['new'])
print(d.pop('new'), d.pop('missing', 'pop default'), d)
print(d.popitem(), d)
d.update({'x': 1}, y=2)
d.update([('z', 3)])
d.update(a=100)
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
c = d.copy()
c['x'] = 'changed'
print(d['x'], c['x'])
print(dict.fromkeys(['p', 'q']), dict.fromkeys('ab', 0))
print('a' in d, 'zzz' in d, 'zzz' not in d, 1 in d.values())
print(dict(a=1, b=2), dict([('k', 'v')]), dict({'m': 1}, n=2), dict(zip('xy', [1, 2])))
print({}, dict(), len({}))
e = {1: 'int', 'one': 'str', (1,): 'tuple', None: 'none', 2.5: 'float', True: 'bool overwrites 1'}
print(e)
print({1: 'a'} == {1: 'a'}, {1: 'a', 2: 'b'} == {2: 'b', 1: 'a'}, {1: 'a'} != {1: 'b'})
print(d.clear(), d)
counts = {}
for w in 'the cat the dog the end'.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(max(counts, key=counts.get))
m = {'a': 1} | {'b': 2}
print(m)
m |= {'a': 0, 'c': 3}
print(m)
print({k: v for k, v in sorted({'z': 1, 'y': 2}.items())})
print(list(reversed({'a': 1, 'b': 2, 'c': 3})))
nested = {'outer': {'inner': [1, {'deep': True}]}}
print(nested['outer']['inner'][1]['deep'])
try:
    d['missing']
except KeyError as e:
    print('KeyError:', e)
try:
    {}.pop('x')
except KeyError as e:
    print('KeyError:', e)
print(dict.fromkeys(range(3), 'v'))
f = {}
f[1] = 'a'; f[1.0] = 'b'; f[True] = 'c'
print(f)
