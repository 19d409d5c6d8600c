# list methods and operations.
a = [3, 1, 2]
a.append(4)
a.extend([5, 6])
a.extend('xy')
a.insert(0, 'first')
a.insert(100, 'last')
a.insert(-1, 'before last')
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove('x')
print(a, a.index(2), a.count(1), len(a))
b = [1, 2, 3, 2, 1]
print(b.index(2, 2), b.count(2), b.index(1, 1, 5))
b.reverse()
print(b)
b.sort()
print(b)
c = b.copy()
c.clear()
print(b, c)
print([1, 2] + [3], [0] * 3, 2 * [1, 2], [] * 5)
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 3], [2] > [1, 99])
print(len([]), len([[]]), [[]] == [[]])
print(list('abc'), list((1, 2)), list(range(3)), list({'a': 1}), list())
print(min([4, 2, 8]), max([4, 2, 8]), sum([4, 2, 8]))
l = [1, 2, 3]
l[1:2] = [20, 21, 22]
print(l)
l += (7, 8)
print(l)
print(l.__len__(), l.__getitem__(0), l.__contains__(7))
nested = [[1, 2], [3, 4]]
print([x for row in nested for x in row])
print(list(reversed([1, 2, 3])), sorted([3, 1, 2]))
r = [1]
r.append(r)
print(r)
print([1, 2, 3].__repr__(), str([None, True]))
e = []
print(e.pop() if e else 'empty', bool(e))
m = [5, 3, 5, 1]
while 5 in m:
    m.remove(5)
print(m)
big = list(range(1000))
print(len(big), big[-1], sum(big))
print([0.1, 'a', None, (1, 2), [3], {4: 5}, {6}, True])
