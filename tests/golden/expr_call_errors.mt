# Errors raised by bad calls (messages must match CPython).
def f(a, b):
    return a + b
def g(a, *, k):
    return a
def h(a, b=1, /):
    return a
class C:
    def m(self, x):
        return x
five = 5
text = 'abc'
nothing = None
tests = [
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(),
    lambda: f(1, b=2, a=3),
    lambda: f(1, 2, c=3),
    lambda: g(1),
    lambda: g(1, 2, k=3),
    lambda: g(1, k=2, j=3),
    lambda: h(a=1),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: C.m(1),
    lambda: f(*5),
    lambda: f(**[1]),
    lambda: five(),
    lambda: text(),
    lambda: nothing(),
    lambda: len(),
    lambda: len(1, 2),
    lambda: len(5),
    lambda: abs('x'),
    lambda: int(1, 2, 3),
    lambda: (lambda x: x)(),
    lambda: f(1, **{'a': 2}),
]
for t in tests:
    try:
        t()
        print('no error')
    except TypeError as e:
        print('TypeError:', e)
