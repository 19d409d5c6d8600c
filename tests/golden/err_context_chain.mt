# Exception raised while handling another: the last line is the newest exception.
try:
    1 / 0
except ZeroDivisionError:
    raise RuntimeError('handler failed')
