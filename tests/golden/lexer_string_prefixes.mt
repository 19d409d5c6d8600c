# String prefixes: r, R, f, F, rf, fR, Rf and combinations with triple quotes.
x = 5
print(rf'raw \n {x}', fr'{x} \t raw', Rf'{x}\d', fR'\w{x}', RF'{x}', FR'{x}\n')
print(rf"""triple raw f {x}
\n stays""")
print(r'\'', r"\"", len(r'\''))
print(f'{x:>{x}}|', rf'{x!r:<3}|')
print(u'unicode prefix', U'also ok')
