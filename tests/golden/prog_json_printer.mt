# A recursive pretty printer and a minimal serializer for nested data.
def to_json(value, indent=0, step=2):
    pad = ' ' * indent
    if value is None:
        return 'null'
    if value is True:
        return 'true'
    if value is False:
        return 'false'
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        out = '"'
        for ch in value:
            if ch == '"':
                out += '\\"'
            elif ch == '\\':
                out += '\\\\'
            elif ch == '\n':
                out += '\\n'
            elif ord(ch) < 32:
                out += '\\u%04x' % ord(ch)
            else:
                out += ch
        return out + '"'
    if isinstance(value, (list, tuple)):
        if not value:
            return '[]'
        inner = [' ' * (indent + step) + to_json(v, indent + step, step) for v in value]
        return '[\n' + ',\n'.join(inner) + '\n' + pad + ']'
    if isinstance(value, dict):
        if not value:
            return '{}'
        inner = [' ' * (indent + step) + to_json(str(k)) + ': ' + to_json(v, indent + step, step)
                 for k, v in value.items()]
        return '{\n' + ',\n'.join(inner) + '\n' + pad + '}'
    raise TypeError(f'Object of type {type(value).__name__} is not JSON serializable')
doc = {
    'name': 'mt',
    'version': [0, 1, 0],
    'stable': False,
    'license': None,
    'ratio': 0.75,
    'tags': ['interpreter', 'rust', 'say "hi"'],
    'nested': {'empty_list': [], 'empty_dict': {}, 'deep': [{'a': 1}, [2, [3]]]},
    'text': 'line1\nline2\ttab\\',
    7: 'int key',
}
print(to_json(doc))
print(to_json([1, 2.5, 'x'], step=4))
print(to_json('plain'), to_json(10**20), to_json(-0.0))
try:
    to_json({'bad': {1, 2}})
except TypeError as e:
    print('TypeError:', e)
def depth(v):
    if isinstance(v, dict):
        return 1 + max((depth(x) for x in v.values()), default=0)
    if isinstance(v, list):
        return 1 + max((depth(x) for x in v), default=0)
    return 0
print('depth', depth(doc))
def paths(v, prefix=''):
    if isinstance(v, dict):
        for k, x in v.items():
            yield from paths(x, f'{prefix}.{k}')
    elif isinstance(v, list):
        for i, x in enumerate(v):
            yield from paths(x, f'{prefix}[{i}]')
    else:
        yield prefix, v
for p, v in paths(doc['nested']):
    print(p, '=', v)
