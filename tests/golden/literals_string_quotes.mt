# Single, double and triple quoted strings, and how repr chooses quotes.
a = 'single'
b = "double"
c = '''triple
single'''
d = """triple
double"""
print(a, b)
print(c)
print(d)
print(repr(a), repr(b))
print(repr("it's"))
print(repr('say "hi"'))
print(repr('both \' and "'))
print(repr("both ' and \""))
print(repr(''), repr(""))
print('' == "", len(''))
print("a 'quoted' word", 'a "quoted" word')
print(repr(c))
print("""a "b" 'c'""")
print('''one "" two '' three''')
e = """\
no leading newline"""
print(e)
print(repr("""line1
line2
"""))
print(len("""
"""))
print(['x', "y", 'it\'s'])
print(('a',), ("b", 'c'))
