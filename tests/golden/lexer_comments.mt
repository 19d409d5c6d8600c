# A comment on the first line
#no space after hash
print('one')  # trailing comment
    # an indented comment line at top level is fine
print('two')
def f():
    # comment as first line of body
    x = 1
# comment at column 0 inside a function body
    return x  # comment after return
print(f())
s = "# not a comment"
print(s)
t = '''# also not
a comment'''
print(t)
if True:
    pass
        # deeper-indented comment
    print('three')
l = [1,  # one
     2,  # two
     # standalone inside brackets
     3]
print(l)
print('hash in f-string', f"{'#'}")
#
##
### end
