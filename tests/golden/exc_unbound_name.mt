# NameError and UnboundLocalError in their various forms.
try:
    print(missing_global)
except NameError as e:
    print(type(e).__name__, e)
def local_before_assign():
    value = value + 1
try:
    local_before_assign()
except UnboundLocalError as e:
    print(type(e).__name__, e)
counter = 0
def forgot_global():
    counter += 1
try:
    forgot_global()
except UnboundLocalError as e:
    print(type(e).__name__, e, isinstance(e, NameError))
def deleted_local():
    a = 1
    del a
    print(a)
try:
    deleted_local()
except NameError as e:
    print(type(e).__name__, e)
def free_var():
    def inner():
        return later
    r = None
    try:
        r = inner()
    except NameError as e:
        print(type(e).__name__, e)
    later = 'defined'
    return inner()
print(free_var())
class K:
    def m(self):
        return undefined_in_method
try:
    K().m()
except NameError as e:
    print(type(e).__name__, e)
try:
    del never_existed
except NameError as e:
    print(type(e).__name__, e)
