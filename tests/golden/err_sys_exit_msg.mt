# sys.exit('bye'): exit status 1 and the message on stderr.
import sys
print('exiting with a message')
sys.exit('bye')
