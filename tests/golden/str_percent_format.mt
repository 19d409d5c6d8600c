# printf-style % formatting.
print('%s %d %i' % ('str', 42, -7))
print('%5.2f|%-8.3f|%08.2f|%+.1f' % (3.14159, 2.5, -1.5, 2.0))
print('%r %s' % ('quoted', 'plain'), '%r' % [1, 'a'])
print('%x %X %o %#x %#o %#X' % (255, 255, 8, 255, 8, 255))
print('%e %.2e %E %g %G %g %g' % (12345.678, 0.000123, 1e10, 0.00001234, 1e-10, 100000.0, 1000000.0))
print('%c%c %c' % (72, 105, 'x'))
print('100%% sure', '%d%%' % 50)
print('[%-5s] [%5s] [%05d] [%+d] [% d] [%-6d]' % ('ab', 'ab', 42, 42, 42, 42))
print('%(name)s is %(age)d years' % {'name': 'Ann', 'age': 30})
print('%(x)s %(x)r' % {'x': 'twice'})
print('%s' % (1, ) , '%s' % [1, 2], '%s' % ((1, 2),))
print('%d' % 3.99, '%i' % -3.99, '%s' % 3.0, '%f' % 1, '%.0f' % 2.5, '%.0f' % 3.5)
print('%*d|%-*d|' % (5, 42, 4, 7), '%.*f' % (2, 3.14159))
print('%s %s' % (None, True), '%d' % True, '%.3s' % 'abcdef')
print('%10.4f|' % 3.14159265, '%-10s|' % 'left', '%3d|' % 12345)
print('%x' % -255, '%o' % -8, '%d' % (2**70), '%x' % (2**70))
print('%5.1e' % 123456.0, '%.3g' % 0.0001234, '%g' % 123456789.0)
try:
    '%d %d' % (1,)
except TypeError as e:
    print('TypeError:', e)
try:
    '%d' % (1, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    '%(missing)s' % {}
except KeyError as e:
    print('KeyError:', e)
try:
    '%z' % 1
except ValueError as e:
    print('ValueError:', e)
