# zfill, center, ljust, rjust, expandtabs.
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5), 'abc'.zfill(2), ''.zfill(3), '3.14'.zfill(7))
print('[' + 'hi'.center(6) + ']', '[' + 'hi'.center(7) + ']', '[' + 'hi'.center(7, '*') + ']')
print('[' + 'odd'.center(6, '-') + ']', '[' + 'x'.center(4) + ']', '[' + 'toolong'.center(3) + ']')
print('[' + 'hi'.ljust(5) + ']', '[' + 'hi'.ljust(5, '.') + ']', '[' + 'hi'.rjust(5) + ']', '[' + 'hi'.rjust(5, '0') + ']')
print('[' + 'abc'.ljust(2) + ']', '[' + 'abc'.rjust(0) + ']')
print(repr('a\tb\tc'.expandtabs()), repr('a\tb'.expandtabs(4)), repr('ab\tc'.expandtabs(2)))
print(repr('\t'.expandtabs(3)), repr('x\n\ty'.expandtabs(4)), repr('1234\t5'.expandtabs(4)))
for row in [('name', 'qty'), ('apple', 3), ('kiwi', 12)]:
    print(str(row[0]).ljust(8) + str(row[1]).rjust(5))
try:
    'x'.center(5, '--')
except TypeError as e:
    print('TypeError:', e)
