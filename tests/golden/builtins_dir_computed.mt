# dir() lists the attributes built-in values compute (int.real, range.start, a function's
# __name__), and AttributeError suggestions draw on them.
def f(a=1):
    return a
print([n for n in dir(5) if n in ('real', 'imag', 'numerator', 'denominator', 'bit_length')])
print([n for n in dir(2.5) if n in ('real', 'imag')], [n for n in dir(range(3)) if n in ('start', 'stop', 'step')])
print([n for n in dir(f) if n in ('__name__', '__qualname__', '__defaults__', '__doc__', '__module__')])
print([n for n in dir(slice(1)) if not n.startswith('_')])
class Count(int):
    pass
print('real' in dir(Count(3)), 'numerator' in dir(True))
try:
    (5).real2
except AttributeError as e:
    print(e)
