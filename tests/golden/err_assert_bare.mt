# Uncaught AssertionError without a message.
assert 1 == 2
