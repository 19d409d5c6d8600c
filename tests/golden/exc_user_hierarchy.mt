# Catching by user-defined base classes, handler order, and exception attributes in handlers.
class AppError(Exception):
    code = 1
class NetworkError(AppError):
    code = 2
class TimeoutErr(NetworkError):
    code = 3
class DiskError(AppError, OSError):
    code = 4
def fail(kind):
    raise {'app': AppError, 'net': NetworkError, 'timeout': TimeoutErr, 'disk': DiskError,
           'value': ValueError}[kind](f'{kind} failure')
for kind in ['app', 'net', 'timeout', 'disk', 'value']:
    try:
        fail(kind)
    except TimeoutErr as e:
        print('timeout handler', e.code, e)
    except NetworkError as e:
        print('network handler', e.code, e)
    except OSError as e:
        print('os handler', type(e).__name__, isinstance(e, AppError))
    except AppError as e:
        print('app handler', e.code, e)
    except Exception as e:
        print('generic handler', type(e).__name__, e)
print([c.__name__ for c in DiskError.__mro__])
errors = (NetworkError, DiskError)
for kind in ['net', 'disk', 'app']:
    try:
        fail(kind)
    except errors as e:
        print('tuple variable caught', type(e).__name__)
    except AppError:
        print('fell through to AppError for', kind)
def retry(times):
    attempts = []
    for i in range(times):
        try:
            if i < 2:
                raise TimeoutErr(f'attempt {i}')
            attempts.append(f'success on {i}')
            break
        except NetworkError as e:
            attempts.append(str(e))
    else:
        attempts.append('gave up')
    return attempts
print(retry(5))
print(retry(2))
