# def with defaults, *args, keyword-only parameters and **kwargs.
def greet(name, greeting='Hello', punct='!'):
    return f'{greeting}, {name}{punct}'
print(greet('Ann'))
print(greet('Bob', 'Hi'))
print(greet('Cy', punct='?'))
print(greet(greeting='Yo', name='Di'))
def total(*nums):
    return sum(nums), len(nums), type(nums).__name__
print(total(), total(1), total(1, 2, 3))
def config(**opts):
    return sorted(opts.items()), type(opts).__name__
print(config(), config(b=2, a=1))
def kwonly(a, *, b, c=3):
    return a, b, c
print(kwonly(1, b=2), kwonly(1, c=0, b=2))
def mixed(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(mixed(1, c=3))
print(mixed(1, 2, 3, 4, c=5, e=6))
def posonly(a, b, /, c, *, d):
    return a + b + c + d
print(posonly(1, 2, 3, d=4), posonly(1, 2, c=3, d=4))
def only_star(*, x=1, y=2):
    return x * y
print(only_star(), only_star(y=10))
def defaults_expr(x=1 + 2, y=[1, 2][0], z=len('abc')):
    return x, y, z
print(defaults_expr())
base = 10
def default_captures_value(v=base):
    return v
base = 20
print(default_captures_value())
def none_default(items=None):
    if items is None:
        items = []
    items.append('x')
    return items
print(none_default(), none_default(), none_default(['y']))
def kw_named_like_builtin(list=None, dict=None, type=None):
    return list, dict, type
print(kw_named_like_builtin(type='t'))
def returns_many():
    return 1, 'two', [3]
a, b, c = returns_many()
print(a, b, c, returns_many())
def no_return():
    x = 1
print(no_return())
def early(n):
    if n > 0:
        return 'positive'
    return
print(early(1), early(-1))
def func_attrs():
    'a docstring'
    return func_attrs.__name__
print(func_attrs(), func_attrs.__doc__)
def recursive(n):
    return 0 if n == 0 else n + recursive(n - 1)
print(recursive(100))
def outer():
    def inner():
        return 'inner result'
    return inner
print(outer()())
print(outer().__name__, outer().__qualname__)
