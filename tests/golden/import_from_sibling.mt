# from sibling import names; name binding semantics.
from _helper_mod import greet, VALUE, Widget as W
print(greet('bob'), VALUE, W('x'))
from _helper_mod import items, add_item
add_item(1)
print(items)
import _helper_mod
_helper_mod.VALUE = 7
print(VALUE, _helper_mod.VALUE)
from _helper_mod import VALUE
print(VALUE)
try:
    from _helper_mod import missing_name
except ImportError as e:
    print('ImportError:', str(e).split(' (')[0])
