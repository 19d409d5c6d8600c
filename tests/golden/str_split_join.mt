# split, rsplit, join.
s = '  the quick  brown\tfox\njumps  '
print(s.split())
print(s.split(' '))
print('a,b,,c,'.split(','))
print('a,b,,c,'.split(',', 1), 'a,b,,c,'.split(',', maxsplit=2))
print('a,b,c'.rsplit(',', 1), 'a,b,c'.rsplit(',', maxsplit=0), 'a b c'.rsplit(None, 1))
print('  a  b  c  '.split(None, 1), '  a  b  c  '.rsplit(None, 1))
print(''.split(), ''.split(','), '   '.split(), ' '.split(' '))
print('abc'.split('abc'), 'aXbXc'.split('X'), 'a--b--c'.split('--'))
print('one'.split(','), '1 2 3'.split(' ', -1))
print('a\nb\r\nc'.split(), 'x  y'.split(' '))
print('k=v=w'.split('=', 1), 'k=v=w'.rsplit('=', 1))
print(','.join(['a', 'b', 'c']), ''.join(['x', 'y']), ' - '.join('abc'), ','.join([]))
print('\n'.join(['line1', 'line2']))
print(', '.join(str(i) for i in range(5)))
print('.'.join(('1', '2')), ''.join(reversed('hello')), '+'.join({'k': 1}))
try:
    ','.join(['a', 1])
except TypeError as e:
    print('TypeError:', e)
try:
    'a'.split('')
except ValueError as e:
    print('ValueError:', e)
words = 'It was the best of times it was the worst of times'.lower().split()
print(len(words), words.count('was'), sorted(set(words)))
