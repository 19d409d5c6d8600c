# assert with and without a message.
assert True
assert 1 == 1, 'never shown'
print('passing asserts are silent')
try:
    assert False
except AssertionError as e:
    print('AssertionError args:', e.args, repr(str(e)))
try:
    assert 1 > 2, 'one is not greater than two'
except AssertionError as e:
    print('AssertionError:', e)
try:
    x = 5
    assert x < 0, f'x was {x}'
except AssertionError as e:
    print('AssertionError:', e, e.args)
try:
    assert [], ['list', 'message']
except AssertionError as e:
    print('AssertionError:', e.args[0])
calls = []
def msg():
    calls.append('msg evaluated')
    return 'm'
assert True, msg()
print('message not evaluated on success:', calls)
try:
    assert 0, msg()
except AssertionError:
    print('message evaluated on failure:', calls)
def check_positive(n):
    assert n > 0, 'n must be positive'
    return n
print(check_positive(3))
try:
    check_positive(-3)
except AssertionError as e:
    print('caught:', e)
print(isinstance(AssertionError(), Exception))
