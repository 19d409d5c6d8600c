# find/index/rfind/rindex/count with start and end arguments.
s = 'abracadabra'
print(s.find('a'), s.find('bra'), s.find('z'), s.find(''), s.find('a', 1), s.find('a', 1, 3))
print(s.rfind('a'), s.rfind('bra'), s.rfind('z'), s.rfind(''), s.rfind('a', 0, 5), s.rfind('a', -4))
print(s.index('c'), s.rindex('a'), s.index('a', 4), s.rindex('b', 0, 6))
print(s.count('a'), s.count('bra'), s.count(''), s.count('a', 5), s.count('a', 0, 4), s.count('z'))
print('aaaa'.count('aa'), ''.count(''), 'abc'.count('', 1))
print(s.find('a', -3), s.find('a', 100), s.find('', 100), s.find('', 11))
print('héllo wörld'.find('ö'), 'héllo'.index('l'))
try:
    s.index('z')
except ValueError as e:
    print('ValueError:', e)
try:
    s.rindex('z')
except ValueError as e:
    print('ValueError:', e)
print('needle' in 'haystack with needle', 'hay'.find('haystack'))
