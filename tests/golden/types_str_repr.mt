# str repr: quote choice, escapes and unicode.
samples = ['plain', "it's", 'say "hi"', 'both \' and "', '', ' ', 'tab\there', 'new\nline',
           'back\\slash', '\x00\x1f\x7f', 'caf\u00e9', '日本語', '\u00a0nbsp', 'emoji 😀',
           '\r\n', 'bell\a', '\x1b[0m', 'mixed \'"\\', "'", '"', '\'"']
for s in samples:
    print(repr(s), len(s))
print(str('x'), str(''), str(None), str(3), str(3.0), str([1, 'a']), str(('a',)))
print(repr(repr('x')), repr(str(5)))
print(['a\nb', "c'd"], ('e"f',), {'k\t': 'v\\'})
print('%r' % 'q', '{!r}'.format("it's"), f'{"x"!r}')
