# Calls with positional, keyword, *args and **kwargs.
def f(a, b, c=3, *args, d=4, e, **kwargs):
    return f'a={a} b={b} c={c} args={args} d={d} e={e} kwargs={kwargs}'
print(f(1, 2, e=5))
print(f(1, 2, 30, 40, 50, e=5, z=6))
print(f(b=2, a=1, e=0, d=9))
print(f(*[1, 2], e=1))
print(f(*(1, 2, 3, 4), **{'e': 5, 'y': 6}))
print(f(1, *[2, 3], *[4, 5], e=6, **{'k': 7}, **{'m': 8}))
print(f(1, 2, **{'c': 33, 'e': 55}))
def g(*args):
    return args
print(g(), g(1), g(*'abc'), g(*range(3), *[9]))
def h(**kw):
    return kw
print(h(), h(a=1), h(**{'x': 1}, y=2))
def pos(x, y, /, z):
    return (x, y, z)
print(pos(1, 2, 3), pos(1, 2, z=3))
args = (1,)
kwargs = {'b': 2}
def two(a, b):
    return a - b
print(two(*args, **kwargs))
print(print('inner') or 'outer')
print(max(*[3, 1, 4], 1, *(5, 9)))
print('{}-{}'.format(*'xy'))
print(dict(**{'a': 1}, b=2))
def defaults(x=[]):
    x.append(1)
    return len(x)
print(defaults(), defaults(), defaults([]))
print(sorted([3, 1, 2], reverse=True))
print(int('ff', base=16), int('11', 2))
print(str(object=5))
def order(*, first, second):
    return first + second
print(order(second='b', first='a'))
calls = []
def rec(tag):
    calls.append(tag)
    return tag
def three(a, b, c):
    return a + b + c
print(three(rec('x'), c=rec('z'), b=rec('y')), calls)
