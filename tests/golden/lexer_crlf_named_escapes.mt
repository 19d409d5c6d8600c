# A source file with CRLF line ends (and one lone CR) reads as CPython reads it:
# universal newlines, so multi-line strings hold \n and a backslash continues a line.
# Also \N{...} named escapes, in plain strings and f-strings.
s = """a
b"""
print(repr(s))
t = "x\
y"
print(repr(t), 1 + \      2)
print("\N{EM DASH}", "\N{LATIN SMALL LETTER A WITH ACUTE}x", "\N{em dash}", len("\N{BOM}"))
print(r"\N{EM DASH}", '\N{SNOWMAN}\N{GREEK SMALL LETTER ALPHA}', ascii('\N{SNOWMAN}'))
print(f"\N{EM DASH} {1}", f"{2}\N{BULLET}", f"{3:\N{EM DASH}^7}")
print(f"a\\{1}", "\\N{EM DASH}")
