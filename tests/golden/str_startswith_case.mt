# startswith/endswith (with tuples) and case methods.
s = 'Hello, World'
print(s.startswith('Hello'), s.startswith('hello'), s.startswith(('x', 'He')), s.startswith('World', 7))
print(s.endswith('World'), s.endswith(('!', 'ld')), s.endswith('Hello', 0, 5), s.startswith(''))
print('file.py'.endswith(('.py', '.mt')), 'file.txt'.endswith(('.py', '.mt')))
print(s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize())
print('hELLO wORLD'.capitalize(), "they're bill's friends".title(), 'ALL CAPS'.title())
print('hello   world'.title(), '3rd place'.title(), 'a1b2c3'.title(), 'x-ray o\'neil'.title())
print('ß'.upper(), 'İ'.lower() == 'i̇', 'Straße'.lower())
print('éÉ'.upper(), 'ÀÉÎ'.lower(), 'ÿ'.upper())
print(''.upper(), '123'.upper(), 'MiXeD'.lower())
