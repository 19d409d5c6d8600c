# Short-circuit and/or return operands; not returns bool.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print('' or 'default', 'value' or 'default', None or 0 or [] or 'last')
print([] and 'x', [1] and 'x', None and 1)
print(1 and 2 and 3, 1 and 0 and 3, 0 or 0 or 0, 0 or '' or None)
print(not 1, not 0, not (1 and 0), not 1 or 1)
def t(msg, val):
    print('  eval', msg)
    return val
print(t('a', 0) and t('b', 1))
print(t('a', 1) and t('b', 2))
print(t('a', 1) or t('b', 2))
print(t('a', 0) or t('b', 2))
print(t('a', 0) or t('b', 0) and t('c', 1))
print(t('a', 1) and t('b', 0) or t('c', 3))
x = 5
print(x > 3 and x < 10, x > 3 and 'big', x < 3 or 'small?')
print(True and False or True, True and (False or True))
print(not x == 5, not (x == 5), (not x) == 5)
print(not x > 10 and x > 1)
print(type(1 and 2).__name__, type(1 and 2.0).__name__, type(not 5).__name__)
print([] or {}, {} or [], 0.0 or 0, 0 or 0.0)
name = ''
print(name or 'anonymous')
values = [0, 1, 2]
print(values and values[0])
print(None is None and 'yes')
