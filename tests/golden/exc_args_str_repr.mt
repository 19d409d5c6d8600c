# Exception args, str and repr for built-in exception types.
for exc in [ValueError(), ValueError('msg'), ValueError('a', 'b'), ValueError(1),
            KeyError('k'), KeyError(1), KeyError(), KeyError('a', 'b'),
            IndexError('i'), TypeError('t'), RuntimeError(), ZeroDivisionError('z'),
            StopIteration(), StopIteration(7), SystemExit(2), SystemExit(),
            OSError('os'), NotImplementedError(), AttributeError('attr'),
            Exception('it\'s'), Exception('"quoted"'), Exception(''), Exception(None),
            AssertionError('a'), NameError('n')]:
    print(f'{type(exc).__name__:<20} str={str(exc)!r:<14} repr={exc!r:<30} args={exc.args}')
e = ValueError('x')
e.args = ('changed', 1)
print(e, repr(e))
print(SystemExit(3).code, SystemExit().code, SystemExit('m').code)
print(StopIteration(5).value, StopIteration().value)
print(KeyError('a') == KeyError('a'))
print(str(KeyError("it's")), str(KeyError('')))
print(BaseException('base'))
print(OSError(2, 'No such file').args)
