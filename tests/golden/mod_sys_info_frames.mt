# sys.float_info, int_info, flags, maxunicode, hexversion, getsizeof, _getframe and code objects.
import sys
print(sys.maxunicode, sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
print(sys.float_info.mant_dig, sys.float_info.min, sys.float_info.radix, sys.float_info[0] == sys.float_info.max)
print(type(sys.float_info).__name__, len(sys.float_info), sys.int_info.default_max_str_digits)
print(sys.flags.optimize, sys.flags.debug, sys.flags.dev_mode, sys.flags.int_max_str_digits, len(sys.flags))
print(sys.hexversion >> 24, sys.float_repr_style, hasattr(sys.implementation, "name"))
print(sys.getsizeof([]) < sys.getsizeof(list(range(1000))), sys.getsizeof(x for x in range(10)) < sys.getsizeof(list(range(1000))))
print(sys.getsizeof("abc") > 0, sys.getsizeof(1, 5) > 0)
class Sized:
    def __sizeof__(self):
        return 100
print(sys.getsizeof(Sized()) >= 100)
class Bad:
    def __sizeof__(self):
        return -1
try:
    sys.getsizeof(Bad())
except ValueError as e:
    print(e)
try:
    sys.getsizeof(1, 2, 3)
except TypeError as e:
    print(e)

def f(a, b=2, *c, d, **e):
    x = 1
    fr = sys._getframe()
    print(fr.f_code.co_name, fr.f_back.f_code.co_name, fr.f_back.f_lineno)
    print(sys._getframe(1).f_code.co_name)
    return fr
def g():
    return f(1, d=3)
fr = g()
print(fr.f_back.f_back.f_code.co_name, fr.f_back.f_back.f_back)
c = f.__code__
print(c.co_name, c.co_argcount, c.co_kwonlyargcount, c.co_varnames, c.co_firstlineno)
try:
    sys._getframe(50)
except ValueError as e:
    print(e)
def outer():
    y = 5
    def inner():
        return y
    return inner
print(outer().__code__.co_freevars, outer.__code__.co_cellvars, outer().__code__.co_qualname)
print(sys._getframe().f_globals is globals(), sys._getframe().f_code.co_name)
