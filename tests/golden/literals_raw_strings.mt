# Raw strings keep backslashes.
print(r'\n is not a newline')
print(R'\t')
print(r"C:\path\to\file")
print(len(r'\n'), len('\n'))
print(repr(r'\d+\.\d+'))
print(r'a\'b')
print(len(r'a\'b'))
print(r"""raw
triple \n""")
print(repr(r'\\'))
print(r'\x41' == '\\x41')
print(r'' == '')
print(f'{1}' + r'\{1}')
