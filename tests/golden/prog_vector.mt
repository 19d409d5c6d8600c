# A 2D vector class with full operator overloading, hashing and formatting.
import math
class Vec2:
    def __init__(self, x=0.0, y=0.0):
        self.x = x
        self.y = y
    def __repr__(self):
        return f'Vec2({self.x!r}, {self.y!r})'
    def __str__(self):
        return f'<{self.x}, {self.y}>'
    def __format__(self, spec):
        return f'<{format(self.x, spec)}, {format(self.y, spec)}>'
    def __eq__(self, other):
        if not isinstance(other, Vec2):
            return NotImplemented
        return self.x == other.x and self.y == other.y
    def __hash__(self):
        return hash((self.x, self.y))
    def __add__(self, other):
        return Vec2(self.x + other.x, self.y + other.y)
    def __sub__(self, other):
        return Vec2(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        if isinstance(k, Vec2):
            return self.x * k.x + self.y * k.y
        return Vec2(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Vec2(self.x / k, self.y / k)
    def __neg__(self):
        return Vec2(-self.x, -self.y)
    def __abs__(self):
        return math.hypot(self.x, self.y)
    def __bool__(self):
        return bool(self.x or self.y)
    def __iter__(self):
        yield self.x
        yield self.y
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __lt__(self, other):
        return abs(self) < abs(other)
    def normalized(self):
        return self / abs(self)
    def rotated(self, degrees):
        r = math.pi * degrees / 180
        c, s = math.cos(r), math.sin(r)
        return Vec2(round(self.x * c - self.y * s, 10), round(self.x * s + self.y * c, 10))
a = Vec2(3, 4)
b = Vec2(1, -2)
print(a, repr(b), a + b, a - b, a * 2, 2 * a, a * b, a / 2, -a, abs(a))
print(f'{a:.2f}', f'{b:+d}', format(Vec2(0.5, 1 / 3), '.3'))
print(a == Vec2(3, 4), a != b, a == (3, 4), bool(Vec2()), bool(a))
print(list(a), tuple(b), a[0], a[-1], dict(zip('xy', a)))
x, y = a
print(x, y)
print(sorted([a, b, Vec2(0, 1)]), max([a, b]), min([a, b], key=lambda v: v.y))
print(a.normalized(), Vec2(1, 0).rotated(90), Vec2(1, 1).rotated(180))
print(len({Vec2(1, 2), Vec2(1, 2), Vec2(2, 1)}), {a: 'a'}[Vec2(3, 4)])
total = Vec2()
for v in [Vec2(1, 1)] * 5:
    total += v
print(total, sum([a, b], Vec2()))
try:
    a + 1
except AttributeError as e:
    print('AttributeError:', e)
