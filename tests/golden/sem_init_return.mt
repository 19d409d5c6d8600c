# __init__ calls in every position a result can land in: inside displays and argument lists
# (other values already on the caller's stack), as a dropped statement, in a loop, when
# __init__ raises (caught by the caller, stack intact), returns non-None, or recurses too deep.
class P:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"P({self.x}, {self.y})"


class Bad:
    def __init__(self):
        return 5


class Raises:
    def __init__(self, n):
        if n % 2:
            raise ValueError(f"odd {n}")
        self.n = n


class Deep:
    def __init__(self, n):
        self.child = Deep(n + 1) if n < 10 ** 6 else None


def pair(a, b):
    return (a, b)


print([P(1), P(2, 3), (P(4), P(5))])
print(pair(P(6), pair(P(7), 8)))
print({"k": P(9)}, {P(10).x, P(11).x})
P(12)
made = []
for i in range(5):
    try:
        made.append(Raises(i).n)
    except ValueError as e:
        made.append(str(e))
print(made)
print([1, 2, pair(3, P(13)), 4])
try:
    print("before", Bad(), "after")
except TypeError as e:
    print("TypeError:", e)
try:
    Deep(0)
except RecursionError as e:
    print("RecursionError:", e)
print(sum(P(i).x for i in range(10)), [P(i).y for i in range(3)])
