# raise: classes, instances, re-raise, raise from, and raise from None.
try:
    raise ValueError
except ValueError as e:
    print('class raised:', repr(e), e.args)
try:
    raise ValueError('msg')
except ValueError as e:
    print('instance raised:', repr(e))
def reraiser():
    try:
        raise KeyError('orig')
    except KeyError:
        print('  handling, re-raising')
        raise
try:
    reraiser()
except KeyError as e:
    print('re-raised', repr(e))
try:
    try:
        raise ValueError('first')
    except ValueError as e:
        raise RuntimeError('second') from e
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    try:
        raise ValueError('first')
    except ValueError:
        raise RuntimeError('second') from None
except RuntimeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise TypeError('a') from KeyError('b')
except TypeError as e:
    print(repr(e.__cause__), e.__context__)
err = IndexError('reused')
for i in range(2):
    try:
        raise err
    except IndexError as e:
        print('caught', e is err)
try:
    raise 42
except TypeError as e:
    print('TypeError:', e)
try:
    raise
except RuntimeError as e:
    print('RuntimeError:', e)
class MyErr(Exception):
    pass
try:
    raise MyErr
except MyErr as e:
    print(type(e).__name__, e.args)
def check(x):
    if x < 0:
        raise ValueError(f'negative value: {x}')
    return x
for v in (1, -1):
    try:
        print(check(v))
    except ValueError as e:
        print('error:', e)
try:
    raise StopIteration(5)
except StopIteration as e:
    print('StopIteration value', e.value)
try:
    raise ValueError('x') from 5
except TypeError as e:
    print('TypeError:', e)
