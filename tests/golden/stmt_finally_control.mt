# finally runs on return, break and continue; a return in finally wins.
def ret():
    try:
        return 'from try'
    finally:
        print('  finally on return')
print(ret())
def ret_override():
    try:
        return 'try'
    finally:
        return 'finally'
print(ret_override())
def swallow():
    try:
        raise ValueError('lost')
    finally:
        return 'finally swallowed the exception'
print(swallow())
for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        print('body', i)
    finally:
        print('  finally', i)
i = 0
while True:
    try:
        i += 1
        if i == 3:
            break
    finally:
        print('  while finally', i)
def value_at_return():
    x = 1
    try:
        return x
    finally:
        x = 2
        print('  x set to', x)
print(value_at_return())
def nested_finally():
    try:
        try:
            return 'inner'
        finally:
            print('  inner finally')
    finally:
        print('  outer finally')
print(nested_finally())
def finally_in_loop():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append('f%d' % i)
    return out
print(finally_in_loop())
def exception_then_finally():
    try:
        1 / 0
    except ZeroDivisionError:
        return 'from except'
    finally:
        print('  finally after except')
print(exception_then_finally())
def gen():
    try:
        yield 1
        yield 2
    finally:
        print('  generator finally')
for v in gen():
    print('v', v)
    break
print('after break')
def finally_raises():
    try:
        return 1
    finally:
        raise KeyError('from finally')
try:
    finally_raises()
except KeyError as e:
    print('KeyError', e)
count = 0
for i in range(5):
    try:
        try:
            if i == 3:
                break
        finally:
            count += 1
    finally:
        count += 10
print('count', count)
