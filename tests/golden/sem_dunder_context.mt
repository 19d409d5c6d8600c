# __enter__/__exit__ protocol details: arguments, return value, and exceptions in __exit__.
class Tracer:
    def __init__(self, tag, swallow=()):
        self.tag = tag
        self.swallow = swallow
    def __enter__(self):
        print(f'  enter {self.tag}')
        return self
    def __exit__(self, et, ev, tb):
        print(f'  exit {self.tag}: type={et.__name__ if et else None} value={ev!r} tb_is_none={tb is None}')
        return et is not None and issubclass(et, self.swallow)
with Tracer('clean') as t:
    print('inside', t.tag)
with Tracer('swallow', swallow=(KeyError,)):
    {}['missing']
print('continued after swallowed KeyError')
try:
    with Tracer('not-swallowed', swallow=(KeyError,)):
        [][0]
except IndexError as e:
    print('IndexError escaped:', e)
class ExitRaises:
    def __enter__(self):
        return 'value'
    def __exit__(self, *a):
        raise RuntimeError('from __exit__')
try:
    with ExitRaises() as v:
        print('got', v)
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    with ExitRaises():
        raise ValueError('original')
except RuntimeError as e:
    print('RuntimeError:', e, '| context:', repr(e.__context__))
class EnterRaises:
    def __enter__(self):
        raise OSError('cannot enter')
    def __exit__(self, *a):
        print('  never called')
try:
    with EnterRaises():
        print('never')
except OSError as e:
    print('OSError:', e)
class Truthy:
    def __enter__(self):
        return None
    def __exit__(self, *a):
        return 'non-empty string is truthy'
with Truthy() as nothing:
    raise ZeroDivisionError
print('suppressed by truthy return; as-target was', nothing)
class Timer:
    def __init__(self):
        self.entered = 0
    def __enter__(self):
        self.entered += 1
        return self
    def __exit__(self, *a):
        pass
timer = Timer()
for _ in range(3):
    with timer:
        pass
print('entered', timer.entered)
def gen_in_with():
    with Tracer('in generator'):
        yield 1
        yield 2
for x in gen_in_with():
    print('yielded', x)
