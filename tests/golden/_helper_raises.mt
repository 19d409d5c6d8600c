# Helper module whose body raises after defining a name.
defined_before = 1
raise ValueError('module body failed')
