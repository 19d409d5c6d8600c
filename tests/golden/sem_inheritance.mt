# Single and multiple inheritance, C3 MRO, method resolution and super().
class A:
    def who(self):
        return 'A'
    def chain(self):
        return ['A']
class B(A):
    def who(self):
        return 'B'
    def chain(self):
        return ['B'] + super().chain()
class C(A):
    def who(self):
        return 'C'
    def chain(self):
        return ['C'] + super().chain()
class D(B, C):
    def chain(self):
        return ['D'] + super().chain()
print([k.__name__ for k in D.__mro__])
print(D().who(), D().chain())
print([k.__name__ for k in B.__mro__])
print(isinstance(D(), C), issubclass(D, A), issubclass(A, D))
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print([k.__name__ for k in M.__mro__])
class Base:
    def __init__(self, name):
        self.name = name
        self.log = ['Base']
class Left(Base):
    def __init__(self, name):
        super().__init__(name)
        self.log.append('Left')
class Right(Base):
    def __init__(self, name):
        super().__init__(name)
        self.log.append('Right')
class Both(Left, Right):
    def __init__(self, name):
        super().__init__(name)
        self.log.append('Both')
b = Both('x')
print(b.name, b.log)
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print('TypeError:', e)
class Shape:
    sides = 0
    def describe(self):
        return f'{type(self).__name__} with {self.sides} sides'
class Triangle(Shape):
    sides = 3
class Square(Shape):
    sides = 4
print(Triangle().describe(), Square().describe(), Shape().describe())
class Parent:
    def template(self):
        return 'parent template calls ' + self.hook()
    def hook(self):
        return 'parent hook'
class Child(Parent):
    def hook(self):
        return 'child hook'
print(Child().template())
print(Parent().template())
print(type(D()).__mro__[0] is D, object in D.__mro__)
class WithObj(object):
    pass
print([k.__name__ for k in WithObj.__mro__])
print(D.__bases__ == (B, C))
print(D.mro() == list(D.__mro__))
