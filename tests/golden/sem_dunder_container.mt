# Container protocol: __len__ __getitem__ __setitem__ __delitem__ __contains__ __bool__.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f'{pos} out of range')
        return self.cells.get(pos, '.')
    def __setitem__(self, pos, value):
        self.cells[pos] = value
    def __delitem__(self, pos):
        del self.cells[pos]
    def __contains__(self, value):
        return value in self.cells.values()
g = Grid(3, 2)
g[0, 0] = 'a'
g[2, 1] = 'b'
print(len(g), g[0, 0], g[1, 1], g[2, 1])
print('a' in g, 'z' in g, 'z' not in g)
del g[0, 0]
print(g[0, 0], 'a' in g)
try:
    g[5, 5]
except IndexError as e:
    print('IndexError:', e)
class Seq:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if i >= self.n or i < 0:
            raise IndexError('Seq index out of range')
        return i * i
    def __len__(self):
        return self.n
s = Seq(5)
print(s[2], s[-1], s[1:4], s[::-2])
print(list(s), 9 in s, 10 in s)
for v in s:
    print('iter via getitem', v)
print(sorted(s, reverse=True), sum(s), max(s))
a, b, *c = s
print(a, b, c)
class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
print(bool(Truthy(True)), bool(Truthy(False)), not Truthy(False))
class LenZero:
    def __len__(self):
        return 0
print(bool(LenZero()), 'yes' if LenZero() else 'no')
class BoolBeatsLen:
    def __len__(self):
        return 0
    def __bool__(self):
        return True
print(bool(BoolBeatsLen()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print('TypeError:', e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print('ValueError:', e)
class KeyLogger:
    def __getitem__(self, key):
        return f'got {key!r}'
k = KeyLogger()
print(k[1], k['a'], k[1:2], k[::3], k[1, 2], k[...])
