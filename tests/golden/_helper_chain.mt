# Helper module that itself imports another helper.
import _helper_mod
from _helper_mod import VALUE
print('_helper_chain: loaded; sees VALUE =', VALUE)
def doubled():
    return _helper_mod.VALUE * 2
