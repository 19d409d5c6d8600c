# strip/lstrip/rstrip (with chars) and replace (with count).
s = '  \t hello world \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), 'xxhixx'.lstrip('x'), 'xxhixx'.rstrip('x'))
print('www.example.com'.strip('cmowz.'), '<<a>>'.strip('<>'), 'abcba'.strip('ab'))
print(repr(''.strip()), repr('   '.strip()), repr('abc'.strip('')), 'abc'.strip(None))
print('hello'.replace('l', 'L'), 'hello'.replace('l', 'L', 1), 'hello'.replace('x', 'y'))
print('aaa'.replace('a', 'bb'), 'aaa'.replace('aa', 'b'), 'abc'.replace('', '-'), ''.replace('', 'x'))
print('abc'.replace('', '-', 2), 'a.b.c'.replace('.', ''), 'ababab'.replace('ab', 'X', 0))
print('ababab'.replace('ab', 'X', -1), 'Mississippi'.replace('ss', 'SS'))
print('1,000,000'.replace(',', '_'), 'tab\tsep'.replace('\t', '    '))
print('  multiple   spaces  '.split(), ' '.join('  multiple   spaces  '.split()))
