# Helper module imported by the import_* tests (not a test itself).
print('_helper_mod: module body runs, __name__ =', __name__)
VALUE = 42
items = []
def greet(name):
    return f'hello {name} from _helper_mod'
def add_item(x):
    items.append(x)
    return len(items)
class Widget:
    def __init__(self, label):
        self.label = label
    def __repr__(self):
        return f'Widget({self.label!r})'
_private = 'underscore names are skipped by import *'
if __name__ == '__main__':
    print('never printed when imported')
