# Class and instance introspection: __class__, __dict__, __name__, __doc__, __module__, __qualname__.
class Documented:
    """A class with a docstring."""
    kind = 'doc'
    def method(self):
        """Method docstring."""
        return 1
d = Documented()
print(Documented.__doc__, Documented.method.__doc__)
print(d.__class__ is Documented, d.__class__.__name__, Documented.__module__)
print(sorted(k for k in Documented.__dict__ if not k.startswith('__')))
d.x = 1
print(d.__dict__)
def free():
    """Function doc."""
print(free.__doc__, free.__name__, free.__qualname__, free.__module__)
class NoDoc:
    def m(self):
        pass
print(NoDoc.__doc__, NoDoc.m.__doc__)
class Outer:
    class Inner:
        def method(self):
            pass
print(Outer.Inner.__name__, Outer.Inner.__qualname__, Outer.Inner.method.__qualname__)
print(Documented.method.__name__, d.method.__name__, d.method.__qualname__)
print(type(d).kind, d.__class__.kind)
print(isinstance(Documented, type), type(Documented) is type)
lam = lambda: 0
print(lam.__name__, lam.__qualname__)
