# A class may not list one base twice.
class A:
    pass
class B(A, A):
    pass
