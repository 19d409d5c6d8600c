# Assignment: chained, tuple/list unpacking, swaps, attribute and subscript targets.
a = b = c = 1
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
p, q = 1, 2
print(p, q)
p, q = q, p
print(p, q)
[r, s] = [3, 4]
print(r, s)
(t, u) = 'ab'
print(t, u)
m, n = range(2)
print(m, n)
k, v = {'key': 'val'}.popitem()
print(k, v)
i, j = j, i = 5, 6
print(i, j)
class O:
    pass
o = O()
o.attr = 10
o.attr2 = o.attr + 1
print(o.attr, o.attr2)
lst = [0, 0, 0]
lst[0] = 'a'
lst[-1] = 'c'
print(lst)
d = {}
d['x'] = 1
d[(1, 2)] = 'tuple'
d['x'] = d['x'] + 1
print(d)
o.items = [1, 2]
o.items[1] = 20
print(o.items)
lst[1], o.attr = 'b', 'set'
print(lst, o.attr)
arr = [0, 1, 2]
idx = 0
idx, arr[idx] = 2, 'z'
print(idx, arr)
first, second = second, first = 'F', 'S'
print(first, second)
one, = [1]
print(one)
(two,) = (2,)
print(two)
a = 1; a = a + 1; print(a)
d2 = {}
d2['a'] = d2['b'] = 0
print(d2)
try:
    e, f = [1, 2, 3]
except ValueError as err:
    print('ValueError:', err)
try:
    e, f, g = [1, 2]
except ValueError as err:
    print('ValueError:', err)
try:
    e, f = 5
except TypeError as err:
    print('TypeError:', err)
