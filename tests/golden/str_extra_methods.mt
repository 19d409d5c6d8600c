# Less common str methods: removeprefix/removesuffix, casefold, isascii, isprintable, maketrans/translate.
print('hello'.removeprefix('he'), 'hello'.removesuffix('lo'), 'hello'.removeprefix('x'), 'hello'.removesuffix(''))
print('MiXeD'.casefold(), 'Straße'.casefold(), 'ΣΑΣ'.casefold())
print('abc'.isascii(), 'é'.isascii(), ''.isascii())
print('hello'.isprintable(), 'a\nb'.isprintable(), ''.isprintable(), 'tab\t'.isprintable())
table = str.maketrans('abc', 'xyz')
print('aabbcc'.translate(table), 'abc'.translate({ord('a'): None, ord('b'): 'BB'}))
print(str.maketrans('ab', 'cd', 'e') == {97: 99, 98: 100, 101: None})
rot13 = str.maketrans('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
                      'NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm')
print('Hello, World!'.translate(rot13))
print('x'.join('abc'), 'a-b'.split('-'))
