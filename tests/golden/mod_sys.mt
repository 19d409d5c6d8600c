# sys module basics.
import sys
print(type(sys.argv).__name__, len(sys.argv) >= 1)
print(sys.argv[0].endswith('.mt') or sys.argv[0].endswith('.py'))
print(sys.argv[0].endswith('mod_sys.mt') or sys.argv[0].endswith('mod_sys.py'))
sys.stdout.write('written with sys.stdout.write\n')
sys.stdout.write('no newline, ')
sys.stdout.write('then newline\n')
print(sys.stdout.write('') == 0)
sys.stdout.flush()
sys.stderr.write('stderr is not compared\n')
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
print(type(sys.maxsize).__name__, sys.maxsize == 2**63 - 1)
print(sys.version_info[0], sys.version_info.major >= 3)
print(type(sys.path).__name__, type(sys.modules).__name__)
print('sys' in sys.modules)
print(sys.platform.startswith('linux'))
print(sys.byteorder in ('little', 'big'))
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
sys.setrecursionlimit(3000)
print(deep(2500))
sys.setrecursionlimit(1000)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print('ValueError:', e)
try:
    sys.exit(0)
except SystemExit as e:
    print('SystemExit caught, code', e.code)
try:
    sys.exit()
except SystemExit as e:
    print('SystemExit caught, code', e.code)
try:
    sys.exit('message')
except SystemExit as e:
    print('SystemExit caught, code', repr(e.code))
print('end')
