# eval, exec and compile: namespaces, modes, errors, and SyntaxError's attributes.

# The caller's namespaces by default.
x = 5
print(eval('x * 2'), eval('  x + 1'), eval('\tx'))
exec('y = x + 1')
print(y)


def in_function():
    q = 7
    print(eval('q + x'))
    exec('q = 99')
    print(q)            # a function's locals() is a snapshot
    scratch = {}
    exec('q = 5', globals(), scratch)
    print(scratch)


in_function()


class K:
    exec('z = 4')
    w = eval('z + 1')


print(K.z, K.w)

# Explicit globals get __builtins__; top-level names go to the locals mapping.
d = {}
exec('a = 3\nb = a * 2', d)
print(d['b'], sorted(d), type(d['__builtins__']).__name__)
print(eval('a + b', d))
print(eval('z', {'z': 9}, {'z': 10}))
g2 = {'q': 1}
l2 = {'q': 2}
exec('def h(): return q\nprint(q, h())', g2, l2)
print(sorted(l2))
print(eval('[v * k for v in range(3)]', {'k': 2}))
print(eval('__name__'), eval('__name__', {}))
exec('import math\nprint(math.floor(2.5))', {})
ns = {}
exec('"""the doc"""\ndef f(n):\n    return n + 1\n', ns)
print(ns['__doc__'], ns['f'](1), ns['f'].__name__)
exec('global gx\ngx = 11', {}, {})
print(eval('1\n\n'), eval('(1 +\n 2)'))

# compile() and code objects.
c = compile('a = 1', 'myfile', 'exec')
print(c.co_filename, c.co_name, type(c).__name__)
e = compile('40 + 2', '<calc>', 'eval')
print(eval(e), exec(e), eval(c))
exec(compile('42', 's', 'single'))
exec(compile('42', 's', 'exec'))
exec(compile('print("single")', 's', 'single'))
print(repr(compile('1', 'f', 'eval')).startswith('<code object <module> at 0x'))
print(repr(compile('1', 'f', 'eval')).endswith(', file "f", line 1>'))
print(compile(source='1', filename='f', mode='eval').co_filename)

# Errors, with CPython's messages.
tests = [
    "eval(1)", "exec(1)", "compile(1, 'f', 'exec')", "eval('1', 5)", "exec('1', 5)",
    "eval('1', {}, 5)", "exec('1', {}, 5)", "compile('1', 'f', 'bad')",
    "eval('x = 1')", "eval('1; 2')", "eval('if x: pass')", "exec('  x=1')",
    "eval('1 +\\n 2')", "compile('1\\n2', 'f', 'single')", "eval(source='1')",
    "eval('1', globals={})", "exec('x=1', locals={})", "exec('1/0')",
    "exec('undefined_name', {})", "eval('x +* 1')", "exec('print(a b)')",
]
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as err:
        print(t, '->', type(err).__name__, err)

# SyntaxError's attributes.
try:
    compile('x = = 1', 'zz', 'exec')
except SyntaxError as err:
    print(err.args)
    print(err.msg, err.filename, err.lineno, err.offset, repr(err.text), err.end_lineno)
try:
    exec('if 1:\n    pass\n  else_')
except IndentationError as err:
    print(type(err).__name__, err.msg, err.lineno, repr(err.text))
print(repr(str(SyntaxError())))
err = SyntaxError('m', ('dir/f.py', None, 4, 'abc\n'))
print(err, err.lineno, err.end_lineno, err.offset)
print(SyntaxError('m', ('f', 1, 2, 't')), SyntaxError(None, (None, 1, 2, 't')))
for bad in [('m', (1, 2)), ('m', 5), ('m', (1, 2, 3, 4, 5, 6, 7)), ('m', (1, 2, 3, 4, 5))]:
    try:
        SyntaxError(*bad)
        print('ok', bad)
    except Exception as x:
        print(type(x).__name__, x)
print(SyntaxError('a', 'b', 'c').msg, SyntaxError('a', 'b', 'c').lineno)
err = IndentationError('m', ('f', 1, 2, 't'))
print(err, err.msg, isinstance(err, SyntaxError))
err.lineno = 40
err.msg = 'changed'
print(err, err.args)


class S(SyntaxError):
    def __init__(self):
        pass


print(S().msg, S().lineno)
import builtins
print(builtins.len('abc'), builtins is __builtins__)

# An uncaught SyntaxError shows its location, as a compile error does.
raise SyntaxError('bad thing', ('data.txt', 3, 5, '  abc def\n', 3, 8))
