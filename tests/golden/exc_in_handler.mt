# Exceptions raised inside except, else and finally blocks.
def in_except():
    try:
        raise ValueError('original')
    except ValueError:
        raise RuntimeError('raised while handling')
try:
    in_except()
except RuntimeError as e:
    print(e, '| context:', e.__context__)
def in_else():
    try:
        pass
    except ValueError:
        print('not here')
    else:
        raise KeyError('from else')
    finally:
        print('  finally still runs')
try:
    in_else()
except KeyError as e:
    print('KeyError', e)
def nested_handlers():
    try:
        raise TypeError('t1')
    except TypeError:
        try:
            raise ValueError('v1')
        except ValueError as inner:
            print('  inner handled', inner)
        print('  still in outer handler')
        return 'done'
print(nested_handlers())
def handler_error_not_caught_by_sibling():
    try:
        raise ValueError('first')
    except ValueError:
        raise IndexError('second')
    except IndexError:
        print('sibling handler does NOT catch it')
try:
    handler_error_not_caught_by_sibling()
except IndexError as e:
    print('caught outside:', e)
def exc_var_scope():
    err = None
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e
    return repr(err)
print(exc_var_scope())
try:
    try:
        raise ValueError('x')
    except ValueError as e:
        print('handling', e)
        raise
    finally:
        print('finally during propagation')
except ValueError as e:
    print('outer', e)
for i in range(3):
    try:
        try:
            raise KeyError(i)
        except KeyError as e:
            if i == 1:
                continue
            print('handled', e)
    finally:
        print('  loop finally', i)
