# Compile-time SyntaxWarnings (checked whole against CPython by tests/cli.rs): each is printed
# once, before the program runs, with its line; the program then runs normally.
x = 5
if x is 5:
    print("five")
if x is not "a":
    print("not a")
print(1 is 1, None is None, x is True, x is (), x is ..., x is -1, x is (1, 2))
print(x is [1], x is f"{x}", 1 < x is 2)
assert (x, "always true")
assert x
pairs = [[1, 2] [0], (1, 2) [1]]
try:
    [1, 2] [0, 1]
except TypeError as e:
    print(e)
try:
    print("%s" "x"(5))
except TypeError as e:
    print(e)


def inner(v):
    return (
        v
        is 10
    )


print(inner(10), 5[0] if 0 else 0, {1}[0] if 0 else 0, "ab"["a"] if 0 else 0)
calls = [(lambda: 1)(), [i for i in range(2)][1.5] if 0 else 1, (1, 2)[x] if 0 else 2]
print(calls, [1, 2][True], "abc"[1:], (x for x in [])[0] if 0 else 3)
print({}(1) if 0 else 4, [1](2) if 0 else 5, {1: 2}[1], ("a", "b")["c"] if 0 else 6)
assert ()
