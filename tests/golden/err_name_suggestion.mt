# NameError for a misspelled builtin: CPython suggests the right name.
print('start')
prnt(1)
