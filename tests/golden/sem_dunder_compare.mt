# Rich comparisons: __eq__ __ne__ __lt__ __le__ __gt__ __ge__ and reflection.
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print(f'  eq {self.v} {getattr(other, "v", other)}')
        if not isinstance(other, V):
            return NotImplemented
        return self.v == other.v
    def __lt__(self, other):
        print(f'  lt {self.v} {other.v}')
        return self.v < other.v
    def __le__(self, other):
        return self.v <= other.v
    def __repr__(self):
        return f'V({self.v})'
a, b = V(1), V(2)
print(a == b, a == V(1))
print(a != b, a != V(1))
print(a < b, b < a)
print(a > b)
print(b >= a, a <= b)
print(a == 1)
print(a != 'x')
print(sorted([V(3), V(1), V(2)]))
print(max([V(3), V(5), V(4)], key=lambda x: x.v))
class Eq:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Eq) and self.k == other.k
    def __hash__(self):
        return hash(self.k)
print(Eq(1) == Eq(1), Eq(1) != Eq(1), Eq(1) != Eq(2))
print(Eq(1) in [Eq(0), Eq(1)], [Eq(1)].index(Eq(1)), [Eq(1), Eq(1)].count(Eq(1)))
print(len({Eq(1), Eq(1), Eq(2)}))
class NoEq:
    pass
n = NoEq()
print(n == n, n == NoEq(), n != NoEq())
try:
    NoEq() < NoEq()
except TypeError as e:
    print('TypeError:', e)
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
print(OnlyLt(2) > OnlyLt(1), OnlyLt(1) > OnlyLt(2))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print('TypeError:', e)
class Always:
    def __eq__(self, other):
        return True
print(Always() == 5, 5 == Always(), None == Always(), [Always()] == [1])
class Weird:
    def __eq__(self, other):
        return 'truthy string'
print(Weird() == 1)
print(Weird() != 1)
print([1, 2] == [1, 2.0], (V(1),) == (V(1),))
