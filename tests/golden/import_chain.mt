# A module importing another module; each body runs exactly once.
import _helper_chain
import _helper_mod
print(_helper_chain.doubled(), _helper_chain._helper_mod is _helper_mod)
import _helper_chain
print('done')
