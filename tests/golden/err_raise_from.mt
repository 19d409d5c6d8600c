# raise ... from ...: the last stderr line is the outer exception.
print('chained')
raise ValueError('x') from KeyError('y')
