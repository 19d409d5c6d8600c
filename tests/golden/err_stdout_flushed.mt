# Output printed without a newline before an uncaught error is still flushed.
import sys
print('partial line', end='')
sys.stdout.write(' more')
int('not a number')
