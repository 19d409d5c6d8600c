# Identity vs equality, aliasing, copying, and mutation through aliases.
a = [1, [2, 3]]
b = a
c = list(a)
d = a[:]
e = a.copy()
print(a == b == c == d == e, a is b, a is c, c is d)
a.append(4)
print(b, c)
a[1].append('shared')
print(c, d, e)
t1 = (1, 2)
t2 = tuple(t1)
print(t1 == t2)
s1 = {'k': [1]}
s2 = dict(s1)
s2['k'].append(2)
s2['new'] = 0
print(s1, s2)
def mutate(lst):
    lst.append('mutated')
def rebind(lst):
    lst = ['rebound']
    return lst
x = []
mutate(x)
rebind(x)
print(x)
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(2)]
grid2[0][0] = 1
print(grid2)
n1 = 1000
n2 = n1
n1 += 1
print(n1, n2)
s = 'abc'
s2 = s
s += 'd'
print(s, s2)
class Obj:
    pass
o1 = Obj()
o2 = o1
o2.attr = 'via alias'
print(o1.attr, o1 is o2, o1 == o2, Obj() == Obj())
empty1, empty2 = [], []
print(None is None, empty1 is empty2, empty1 == empty2)
lst = [1, 2, 3]
for item in lst:
    item *= 10
print(lst)
for i in range(len(lst)):
    lst[i] *= 10
print(lst)
nested = [[1], [2]]
shallow = nested[:]
shallow[0] = ['replaced']
shallow[1].append('appended')
print(nested, shallow)
