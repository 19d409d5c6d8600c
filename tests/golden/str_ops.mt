# String operators, indexing, slicing, iteration, comparison, unicode length.
s = 'héllo'
print(len(s), s[1], s[-1], s[1:3], s[::-1], s * 2, 'ab' + 'cd', 3 * 'x')
print(len('日本語テキスト'), '日本語'[1], len('😀😀'), '😀a'[1])
print([c for c in 'abc'], list('hi!'), tuple('ok'))
for i, ch in enumerate('xyz'):
    print(i, ch, ord(ch))
print('abc' < 'abd', 'abc' < 'ab', 'B' < 'a', 'é' > 'z', 'apple' == 'apple', 'a' != 'A')
print('ell' in s, 'éll' in s, 'x' not in s, '' in s)
print(min('hello'), max('hello'), sorted('hello'), ''.join(sorted('hello')))
print('a' * 0, 'a' * -1, repr('' * 5))
s2 = 'immutable'
try:
    s2[0] = 'I'
except TypeError as e:
    print('TypeError:', e)
print(s2.upper(), s2)
print(str(123) + '4', int('12') + 4, 'num: ' + str(3.5))
try:
    'a' + 5
except TypeError as e:
    print('TypeError:', e)
acc = ''
for word in ['a', 'b', 'c']:
    acc += word
print(acc)
print('%s' % 'café', len('café'), 'café'.upper(), 'CAFÉ'.lower())
print('abc'[5:], 'abc'[-10:2], 'abc'[1:1] == '')
print(chr(233) == 'é', ord('é'), '\u00e9' == 'é', 'e\u0301' == 'é', len('e\u0301'))
print(hash('same') == hash('same'), 'x'.__len__(), 'ab'.__contains__('b'))
multi = """first
second"""
print(len(multi), multi.count('\n'), multi.split('\n'))
