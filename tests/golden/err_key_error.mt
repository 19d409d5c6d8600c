# KeyError message uses repr of the key.
d = {'a': 1}
print(d['a'])
print(d['it\'s missing'])
