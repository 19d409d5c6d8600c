# __del__ runs when an instance's last reference goes (del, a function's locals, rebinding,
# removal from a list, a temporary), before the next statement's output, and at exit for
# what the main module still holds, as CPython finalizes its names. An exception in
# __del__ is reported on stderr and ignored.
class A:
    def __init__(self, name): self.name = name
    def __del__(self): print('del', self.name)
a = A('a'); del a; print('after del a')
def f():
    x = A('local')
    print('in f')
f(); print('after f')
b = A('b'); b = A('b2'); print('after rebind')
lst = [A('l1'), A('l2')]
lst.pop(); print("after pop"); lst.pop()
class B(A):
    pass
B('sub'); print('after temp')
class Bad:
    def __del__(self): raise ValueError('oops')
Bad(); print('after bad')
class Holder:
    def __init__(self): self.child = A('child')
    def __del__(self): print('holder del')
h = Holder(); del h; print('after holder')
print('end')
import threading


def worker():
    t = A("in thread")
    print("thread body")


th = threading.Thread(target=worker)
th.start()
th.join()
print("after thread")


def g(tag):
    try:
        yield 1
    finally:
        print("generator finally", tag)


kept = g("at exit")
next(kept)
_private = A("private first")
last = A("last")


# Replacing a class attribute drops the old value while the class dict is being written.
class Base:
    pass


class WithDel(Base):
    def __del__(self):
        print("del class attribute value")


Base.slot = WithDel()
Base.slot = 2
print("class attribute replaced")
