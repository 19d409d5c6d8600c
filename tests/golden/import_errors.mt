# Failing imports.
try:
    import _no_such_helper_module
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e, e.name)
try:
    import _helper_raises
except ValueError as e:
    print('ValueError while importing:', e)
import sys
print('_helper_raises' in sys.modules)
