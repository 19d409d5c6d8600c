# open: write then read back in several ways; append mode; iteration; with.
name = '_golden_tmp_builtins_open_rw.txt'
f = open(name, 'w')
n = f.write('first line\n')
f.write('second line\n')
f.write('third line without newline')
f.close()
print('wrote', n, f.closed)
f = open(name)
print(repr(f.read()))
f.close()
f = open(name, 'r')
print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
f.close()
with open(name) as f:
    print(f.readlines())
with open(name) as f:
    for line in f:
        print('iter:', line.rstrip('\n'))
with open(name, 'a') as f:
    f.write('\nappended line\n')
with open(name) as f:
    lines = f.read().splitlines()
print(len(lines), lines[-1])
with open(name, 'w') as f:
    print('via print', 42, file=f)
    print('second', end='', file=f)
with open(name) as f:
    print(repr(f.read()))
with open(name, 'w', encoding='utf-8') as f:
    f.write('héllo wörld ✓\n')
with open(name, encoding='utf-8') as f:
    data = f.read()
print(data, end='')
print(len(data))
with open(name, encoding='utf-8') as f:
    print(repr(f.read(3)), repr(f.read(2)), repr(f.read()))
with open(name, 'w') as f:
    f.writelines(['a\n', 'b\n', 'c\n'])
with open(name) as f:
    print([l.strip() for l in f])
try:
    open('_golden_definitely_missing_file.txt')
except FileNotFoundError as e:
    print('FileNotFoundError:', e.errno, e.strerror, e.filename)
except OSError as e:
    print('OSError', e)
with open(name, 'w') as f:
    pass
with open(name) as f:
    print(repr(f.read()), repr(f.readline()), f.readlines())
f = open(name)
f.close()
try:
    f.read()
except ValueError as e:
    print('ValueError:', e)
