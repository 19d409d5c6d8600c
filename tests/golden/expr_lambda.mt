# Lambda expressions: defaults, closures, varargs, immediate calls.
sq = lambda x: x * x
print(sq(4), sq(1.5))
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=1))
va = lambda *args, **kw: (args, sorted(kw.items()))
print(va(1, 2, x=3, a=4))
kwonly = lambda a, *, b: a - b
print(kwonly(10, b=3))
print((lambda: 'no args')())
print((lambda x, y: x ** y)(2, 8))
def make_adder(n):
    return lambda x: x + n
add5 = make_adder(5)
add7 = make_adder(7)
print(add5(1), add7(1))
funcs = [lambda x: x + i for i in range(3)]
print([f(10) for f in funcs])
funcs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in funcs])
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(sq, lambda x: x + 1)
print(inc_then_sq(3))
print(sorted([(1, 'b'), (3, 'a'), (2, 'c')], key=lambda p: p[1]))
print(list(map(lambda x: x * 10, [1, 2, 3])))
print(list(filter(lambda x: x % 2, range(10))))
print((lambda x: (lambda y: x * y))(3)(4))
f = lambda: None
print(f())
print(f.__name__)
nested = lambda n: 1 if n <= 1 else n * nested(n - 1)
print(nested(10))
cond = lambda x: 'even' if x % 2 == 0 else 'odd'
print(cond(3), cond(4))
print((lambda *a: len(a))(*range(7)))
print((lambda **k: k)(one=1))
