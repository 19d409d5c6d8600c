# threading.local: the docs' MyLocal example (a class attribute is only a default), the
# subclass __init__ re-run per thread with the creation arguments, plain locals, errors.
import threading

class MyLocal(threading.local):
    number = 2
    def __init__(self, /, **kw):
        self.__dict__.update(kw)
    def squared(self):
        return self.number ** 2

mydata = MyLocal(color='red')
print(mydata.number, mydata.color, sorted(mydata.__dict__.items()))
mydata.number = 7
print(mydata.number, mydata.squared())
log = []
def f():
    items = sorted(mydata.__dict__.items())
    log.append(items)
    mydata.number = 11
    log.append(mydata.number)
t = threading.Thread(target=f); t.start(); t.join()
print(log)
print(mydata.number)
plain = threading.local()
plain.x = 1
def g():
    log.append(hasattr(plain, 'x'))
    plain.x = 2
t = threading.Thread(target=g); t.start(); t.join()
print(log[-1], plain.x)
del plain.x
print(hasattr(plain, 'x'))
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
print(type(plain), threading.local)
