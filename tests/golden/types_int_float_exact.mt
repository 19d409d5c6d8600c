# Ints of any size against floats: exact comparisons, correctly rounded true division,
# the sign of zero, and numbers' own operators before a subclass's reflected ones.
big = 2**127
print(big > 1.0, big == float(big), big + 1 == float(big), big + 1 > float(big))
print(2**200 < 1e300, 2**1100 > 1e300, -(2**130) < -1e10, 2**1024 > float("inf"))
print(float(2**300) == 2**300, 2**300 - 1 < float(2**300), 1e308 < 10**308 + 1)
print(3.5 > 3, 3.5 < 4, -3.5 < -3, float("nan") == big, float("nan") < big)
print(sorted([2**70, 1e21, 1.5e21, 2**71, -1e30, -(2**100)]))

print(0 / -(2**63), 0 / -(2**70), -0 / 5, 0 / 7)
print((2**53 + 1) / 1, (2**54 + 3) / 2, 10**30 / 7, -(10**40) / 3)
print(1 / 2**1060, 2**1028 / 3**3, (2**1023) * 3 // 2 / 1)
print(10**50 / 10**49, 12345678901234567890123 / 1000, 1 / 3 == 10**40 / (3 * 10**40))
try:
    print(2**1030 / 3)
except OverflowError as e:
    print("OverflowError:", e)


class I(int):
    def __radd__(self, other):
        return "I.__radd__"

    def __rmul__(self, other):
        return "I.__rmul__"

    def __rsub__(self, other):
        return NotImplemented


print(1.5 + I(2), True + I(3), 2.0 * I(2), 1 + I(2), 4 - I(1), 2.5 - I(1))


class F(float):
    def __radd__(self, other):
        return "F.__radd__"


print(1 + F(2.0), 1.0 + F(2.0), I(1) + F(2.0))


class D:
    def __rdivmod__(self, other):
        return ("D.__rdivmod__", other)

    def __divmod__(self, other):
        return ("D.__divmod__", other)


print(divmod(3, D()), divmod(D(), 3), divmod(I(7), 2), divmod(7.5, I(2)))
try:
    divmod(3, object())
except TypeError as e:
    print("TypeError:", e)
try:
    divmod("a", 2)
except TypeError as e:
    print("TypeError:", e)
