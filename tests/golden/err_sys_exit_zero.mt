# sys.exit(0) and raise SystemExit run finally blocks and exit cleanly.
import sys
try:
    print('in try')
    sys.exit(0)
finally:
    print('finally runs before exit')
print('never')
