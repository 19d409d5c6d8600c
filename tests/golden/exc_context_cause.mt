# __context__ and __cause__ chaining, and __suppress_context__.
try:
    try:
        raise ValueError('first')
    except ValueError:
        raise TypeError('second')
except TypeError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise ValueError('first')
    except ValueError as v:
        raise TypeError('second') from v
except TypeError as e:
    print(repr(e), repr(e.__context__), repr(e.__cause__), e.__suppress_context__)
    print(e.__cause__ is e.__context__)
try:
    try:
        raise ValueError('first')
    except ValueError:
        raise TypeError('second') from None
except TypeError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    raise KeyError('lonely')
except KeyError as e:
    print(repr(e), e.__context__, e.__cause__)
def three_levels():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            [][0]
    except IndexError:
        {}['k']
try:
    three_levels()
except KeyError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(type(cur).__name__)
        cur = cur.__context__
    print(' <- '.join(chain))
try:
    try:
        raise ValueError('inner')
    finally:
        print('finally runs; context is set on exceptions raised here')
except ValueError as e:
    print(repr(e), e.__context__)
try:
    try:
        raise ValueError('a')
    finally:
        raise KeyError('b')
except KeyError as e:
    print(repr(e), repr(e.__context__))
e1 = RuntimeError('manual')
e1.__cause__ = ValueError('manual cause')
print(repr(e1.__cause__), e1.__suppress_context__)
try:
    raise e1
except RuntimeError as e:
    print(repr(e.__cause__))
try:
    try:
        raise ValueError('v')
    except ValueError as err:
        raise err
except ValueError as e:
    print('re-raised same object, context:', e.__context__)
def handler_raises():
    try:
        raise OSError('io')
    except OSError:
        raise
try:
    handler_raises()
except OSError as e:
    print('bare raise keeps context', e.__context__)
