# OSError(errno, strerror) makes the errno's subclass; open() failures carry errno and filename.
for n in [1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 108, 110, 111, 114, 115, 999]:
    e = OSError(n, 'msg')
    print(n, type(e).__name__, e.errno, e.strerror, e, repr(e), isinstance(e, OSError))
print(type(OSError(2)).__name__, type(OSError('2', 'x')).__name__, type(OSError(2, 'x', 'f')).__name__)
print(OSError(2, 'x', 'f'))
class MyErr(OSError): pass
print(type(MyErr(2, 'x')).__name__)
print(type(IOError(2, 'x')).__name__, type(EnvironmentError(13, 'x')).__name__)
try:
    open('/nonexistent/file')
except FileNotFoundError as e:
    print('FNF', e.errno, e.filename, e)
try:
    raise OSError(17, 'exists')
except FileExistsError as e:
    print('caught', e)
