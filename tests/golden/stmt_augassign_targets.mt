# Augmented assignment on attributes and subscripts evaluates the target once.
class C:
    def __init__(self):
        self.n = 1
        self.items = [1, 2, 3]
c = C()
c.n += 10
c.n *= 2
c.n -= 1
c.n //= 3
c.n **= 2
c.n %= 10
c.n <<= 2
c.n >>= 1
c.n |= 1
c.n &= 7
c.n ^= 2
print(c.n)
c.items += [4]
c.items[0] += 100
c.items[-1] *= 10
print(c.items)
d = {'a': 1}
d['a'] += 1
d['b'] = 0
d['b'] -= 5
print(d)
m = [[1, 2], [3, 4]]
m[1][0] += 30
m[0][1] **= 3
print(m)
calls = []
def idx(i):
    calls.append(i)
    return i
lst = [10, 20, 30]
lst[idx(1)] += 5
print(lst, calls)
class Logged:
    def __init__(self):
        self.data = {'k': 1}
    def __getitem__(self, key):
        print('  getitem', key)
        return self.data[key]
    def __setitem__(self, key, value):
        print('  setitem', key, value)
        self.data[key] = value
lg = Logged()
lg['k'] += 41
print(lg.data)
class Attr:
    def __init__(self):
        self.__dict__['v'] = 1
    def __setattr__(self, name, value):
        print('  setattr', name, value)
        self.__dict__[name] = value
a = Attr()
a.v += 1
print(a.v)
s = 'str'
lst2 = [s]
lst2[0] += '!'
print(lst2, s)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print('TypeError:', e)
print(t)
try:
    undefined_name += 1
except NameError as e:
    print('NameError:', e)
