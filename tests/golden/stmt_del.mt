# del on names, subscripts, slices and attributes.
x = 1
del x
try:
    print(x)
except NameError as e:
    print('NameError:', e)
a = [0, 1, 2, 3, 4, 5]
del a[0]
print(a)
del a[-1]
print(a)
del a[1:3]
print(a)
del a[:]
print(a)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
try:
    del d['zzz']
except KeyError as e:
    print('KeyError:', e)
class O:
    pass
o = O()
o.p = 1
o.q = 2
del o.p
print(hasattr(o, 'p'), o.q)
try:
    del o.p
except AttributeError as e:
    print('AttributeError:', e)
p, q, r = 1, 2, 3
del p, q
print(r)
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)
def f():
    v = 5
    del v
    try:
        return v
    except UnboundLocalError as e:
        return 'UnboundLocalError: ' + str(e)
print(f())
lst = list(range(10))
del lst[::2]
print(lst)
try:
    del lst[100]
except IndexError as e:
    print('IndexError:', e)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print('TypeError:', e)
class D:
    def __delitem__(self, key):
        print('delitem', key)
    def __delattr__(self, name):
        print('delattr', name)
dd = D()
del dd[1:2], dd['k']
del dd.anything
for i in range(3):
    pass
del i
try:
    print(i)
except NameError as e:
    print('NameError:', e)
