# import a sibling module: the body runs once, attributes are shared.
print('before import')
import _helper_mod
print('after first import')
import _helper_mod
print('after second import (no body output)')
import _helper_mod as hm
print(hm is _helper_mod)
print(_helper_mod.VALUE, _helper_mod.greet('ann'), _helper_mod.Widget('w'))
print(_helper_mod.__name__)
_helper_mod.add_item('a')
hm.add_item('b')
print(_helper_mod.items)
_helper_mod.VALUE = 100
print(hm.VALUE)
def use_in_function():
    import _helper_mod
    return _helper_mod.VALUE
print(use_in_function())
import sys
print('_helper_mod' in sys.modules)
print(hasattr(_helper_mod, 'greet'), hasattr(_helper_mod, 'nope'))
try:
    _helper_mod.nope
except AttributeError as e:
    print('AttributeError:', e)
