# print with sep, end, file and flush.
import sys
print()
print('a', 'b', 'c')
print('a', 'b', 'c', sep='')
print('a', 'b', 'c', sep=', ')
print('no newline', end='')
print(' <- continued')
print('x', 'y', sep='-', end='!\n')
print(1, 2.5, None, True, [1], (2,), {'k': 3}, sep=' | ')
print(*range(5))
print(*range(5), sep='')
print(*[], sep='never shown')
print('to stderr', file=sys.stderr)
print('to stdout', file=sys.stdout)
print('flushed', flush=True)
print('multi\nline')
print('', end='')
print('sep None', 'uses space', sep=None)
print('end None', end=None)
print('tab', 'separated', sep='\t')
print('a', end='')
print('b', end='')
print()
class R:
    def __str__(self):
        return 'str of R'
print(R(), [R()] if False else 'list skipped')
try:
    print('x', sep=5)
except TypeError as e:
    print('TypeError:', e)
print('unicode: é 日本 😀')
sys.stdout.write('written directly\n')
n = sys.stdout.write('abc\n')
print(n)
