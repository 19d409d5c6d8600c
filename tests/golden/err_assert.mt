# Uncaught AssertionError with a message.
def check(v):
    assert v > 0, 'msg'
check(1)
print('first check ok')
check(-1)
