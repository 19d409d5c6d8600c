# partition, rpartition, splitlines.
print('key=value=x'.partition('='), 'key=value=x'.rpartition('='))
print('novalue'.partition('='), 'novalue'.rpartition('='))
print('a::b::c'.partition('::'), ''.partition('x'))
text = 'line one\nline two\r\nline three\rfour\n\nsix'
print(text.splitlines())
print(text.splitlines(keepends=True))
print(text.splitlines(True) == text.splitlines(keepends=True))
print(''.splitlines(), '\n'.splitlines(), 'a\n'.splitlines(), 'a\n\n'.splitlines(), 'no newline'.splitlines())
print('x\x0by\x0cz\x1cw'.splitlines())
print('a\nb\n'.split('\n'), 'a\nb\n'.splitlines())
try:
    'x'.partition('')
except ValueError as e:
    print('ValueError:', e)
