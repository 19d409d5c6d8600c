# Arithmetic dunders, reflected forms, in-place forms, and NotImplemented fallback.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Vec({self.x}, {self.y})'
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented
    def __rmul__(self, k):
        print('  __rmul__')
        return self * k
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, b - a, a * 3, 3 * a, b / 2, b // 2, b % 2, a ** 2, -a, abs(b))
print(a @ b)
print(a == Vec(1, 2), a != b)
try:
    a + 1
except TypeError as e:
    print('TypeError:', e)
try:
    1 + a
except TypeError as e:
    print('TypeError:', e)
try:
    a * 'x'
except TypeError as e:
    print('TypeError:', e)
class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'Num({self.v})'
    def __add__(self, o):
        print('  __add__')
        return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o):
        print('  __radd__')
        return Num(o + self.v)
    def __iadd__(self, o):
        print('  __iadd__')
        self.v += o.v if isinstance(o, Num) else o
        return self
    def __rsub__(self, o):
        return Num(o - self.v)
    def __rtruediv__(self, o):
        return Num(o / self.v)
    def __rpow__(self, o):
        return Num(o ** self.v)
    def __and__(self, o):
        return Num(self.v & o)
    def __or__(self, o):
        return Num(self.v | o)
    def __xor__(self, o):
        return Num(self.v ^ o)
    def __lshift__(self, o):
        return Num(self.v << o)
    def __rshift__(self, o):
        return Num(self.v >> o)
    def __invert__(self):
        return Num(~self.v)
    def __rfloordiv__(self, o):
        return Num(o // self.v)
    def __rmod__(self, o):
        return Num(o % self.v)
n = Num(10)
print(n + 1, 1 + n, n + Num(5))
m = n
n += 5
print(n, m is n)
print(100 - n, 30 / Num(4), 2 ** Num(3), 7 // Num(2), 7 % Num(4))
print(Num(12) & 10, Num(12) | 3, Num(12) ^ 5, Num(1) << 4, Num(64) >> 3, ~Num(0))
print(sum([Num(1), Num(2)], Num(0)).v)
print(sum([Num(1), Num(2)]).v)
class NoIadd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return NoIadd(self.v + o)
x = NoIadd(1)
y = x
x += 1
print(x.v, y.v, x is y)
class Left:
    def __add__(self, o):
        return NotImplemented
class Right:
    def __radd__(self, o):
        return 'Right.__radd__ used'
print(Left() + Right())
class Sub(Vec):
    def __rmul__(self, k):
        return 'Sub.__rmul__ first'
    def __radd__(self, o):
        return 'Sub.__radd__ takes priority'
print(Vec(1, 1) + Sub(2, 2))
class Str:
    def __radd__(self, o):
        return o + '!'
print('hi' + Str())
