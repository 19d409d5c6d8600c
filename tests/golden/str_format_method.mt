# str.format: positional, keyword, indexed, attribute, conversions and specs.
print('{} {}'.format('a', 'b'), '{1} {0}'.format('a', 'b'), '{0}{0}'.format('x'))
print('{name} is {age}'.format(name='Ann', age=30))
print('{0[1]} {0[0]}'.format(['x', 'y']), '{d[key]}'.format(d={'key': 'v'}))
class P:
    x = 3
    y = [4, 5]
print('{p.x} {p.y[1]}'.format(p=P()))
print('{0!r:>10}|{0!s:<6}|'.format('hi'))
print('{:>8.2f}|{:<8}|{:^8}|'.format(3.14159, 'left', 'mid'))
print('{:,} {:_} {:08.3f} {:+d} {: d}'.format(1234567, 1234567, 3.14159, 5, 5))
print('{:x} {:X} {:o} {:b} {:#x} {:#o} {:#b}'.format(255, 255, 8, 5, 255, 8, 5))
print('{:e} {:.2e} {:g} {:%} {:.1%}'.format(12345.678, 0.000123, 0.00001234, 0.5, 0.123))
print('{{literal}} {}'.format('x'), '{:*^11}'.format('mid'), '{:0>5}'.format(42))
print('{0:{1}}|'.format('w', 5), '{:{}.{}f}'.format(2.71828, 8, 3))
print('{:c}'.format(97), '{!r}'.format(1.0), '{:s}'.format('s'))
print('{:10.3}|'.format('truncate me'), '{:.2}'.format('abc'))
print('{:=+8.2f}'.format(-3.5), '{:<+6d}|'.format(7))
print('{} {} {}'.format(None, True, [1, 2]))
print('{0} {1} {0}'.format('a', 'b'))
fmt = '{:>6}' * 3
print(fmt.format(1, 22, 333))
print(format(42, '05d'), format(3.5, '.3f'), format('s', '>3'), format(255, 'x'), format(0.5, '%'))
print(format(1234.5), format(10), format('plain'))
try:
    '{0} {}'.format(1, 2)
except ValueError as e:
    print('ValueError:', e)
try:
    '{:d}'.format('x')
except ValueError as e:
    print('ValueError:', e)
try:
    '{:d}'.format(1.5)
except ValueError as e:
    print('ValueError:', e)
