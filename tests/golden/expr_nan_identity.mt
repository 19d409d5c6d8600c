# NaN identity: each NaN made by float() or arithmetic is a new object, so containment, count
# and dict keys (which compare identity before ==) tell them apart, as in CPython.
import math
a = float('nan')
b = float('nan')
inf = float('inf')
c = inf - inf
print(a in [a], a in [b], b in [a, b], c in [c], (inf - inf) in [c], math.nan in [math.nan])
print([a, a, b].count(a), [a, b].index(b), a == a, a != a, a is a, a is b, math.nan is math.nan)
print(len({a, a}), len({a, b}), len({a: 1, b: 2}), {a: 'x'}.get(a), {a: 'x'}.get(b))
print(a, -a, abs(a), c, a + 1, repr(float('-nan')), str(inf * 0), math.isnan(c), math.isnan(a * 2))
pair = (a, 1)
print(pair in [pair], (a, 1) in [(a, 1)], (float('nan'), 1) == (float('nan'), 1), [a] == [a], [a] == [b])
d = {}
for x in [a, b, a, c]:
    d[x] = d.get(x, 0) + 1
print(sorted(d.values()), max([a, 1.0]), min([1.0, a]), sorted([3.0, 1.0]))
print(hash(a) == hash(a), isinstance(hash(a), int), hash(inf), hash(-inf))
