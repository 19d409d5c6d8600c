# from sibling import * skips underscore names.
from _helper_mod import *
print(VALUE, greet('star'), Widget(1))
try:
    print(_private)
except NameError as e:
    print('NameError:', e)
