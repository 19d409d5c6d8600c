# is* predicates.
samples = ['', 'abc', 'ABC', 'Abc', 'Abc Def', 'abc def', '123', '12.3', '-1', ' ', '\t\n', 'a1',
           '١٢٣', '½', '²', 'éà', 'Hello World', 'hello_world', '_x', '2x', 'class', 'A B', 'ABC1']
for s in samples:
    print(f'{s!r:>14}', s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(),
          s.islower(), s.istitle(), s.isnumeric(), s.isdecimal(), s.isidentifier())
