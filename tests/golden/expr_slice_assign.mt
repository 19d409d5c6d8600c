# Slice assignment and deletion on lists.
a = list(range(10))
a[2:5] = ['x', 'y']
print(a)
a[:0] = [-1, -2]
print(a)
a[len(a):] = [100]
print(a)
a[::2] = 'ABCDEF'
print(a)
a[:] = []
print(a)
b = list(range(10))
del b[::3]
print(b)
del b[1:3]
print(b)
del b[-2:]
print(b)
c = [1, 2, 3, 4, 5]
c[1:4] = range(7, 10)
print(c)
c[1:1] = [0, 0]
print(c)
c[-1:] = (9, 9, 9)
print(c)
c[5:2] = ['in']
print(c)
d = [0, 1, 2, 3, 4, 5]
d[::-2] = ['a', 'b', 'c']
print(d)
try:
    d[::2] = [1, 2]
except ValueError as e:
    print('ValueError:', e)
e = [1, 2, 3]
e[1:2] = e
print(e)
f = [1, 2, 3]
f[:] = (x * 2 for x in f)
print(f)
try:
    f[0:1] = 5
except TypeError as e:
    print('TypeError:', e)
