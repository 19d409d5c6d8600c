# Adjacent string literal concatenation.
print('a' 'b' 'c')
print('a' "b" '''c''' """d""")
print(r'\n' '\n' 'x')
s = ('first line\n'
     'second line')
print(s)
x = 5
print('value: ' f'{x}' ' units')
print(f'{x}' f'{x + 1}')
print('' '' == '')
print(len('ab' 'cd'))
print(['a' 'b', 'c'])
print('abc' 'def'.upper())
print(('abc' 'def').upper())
