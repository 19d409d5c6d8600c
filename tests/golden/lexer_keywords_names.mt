# Identifiers that look like keywords, unicode identifiers, and soft keywords.
match = 1
case = 2
type = 3
_ = 4
print(match, case, type, _)
del type
print(type(1).__name__)
Print = 'capital'
print(Print)
café = 'unicode name'
print(café)
π = 3.14
print(π)
_private = 1
__dunder_like = 2
x1y2 = 3
print(_private, __dunder_like, x1y2)
True_ = True
print(True_)
None_ = 'n'
print(None_)
def print_(x):
    return 'print_ ' + str(x)
print(print_(5))
class match_:
    pass
print(match_.__name__)
