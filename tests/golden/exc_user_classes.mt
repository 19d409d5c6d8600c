# User-defined exception classes with custom __init__ and __str__.
class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(field, message)
        self.field = field
        self.message = message
    def __str__(self):
        return f'{self.field}: {self.message}'
class NotFound(AppError):
    def __init__(self, key):
        self.key = key
class WithRepr(Exception):
    def __repr__(self):
        return 'WithRepr<custom>'
try:
    raise ValidationError('age', 'must be positive')
except AppError as e:
    print(type(e).__name__, str(e), e.args, e.field, repr(e))
try:
    raise NotFound('k1')
except AppError as e:
    print(type(e).__name__, repr(str(e)), e.args, e.key, repr(e))
print(str(AppError()), repr(AppError()), AppError().args)
print(str(AppError('one')), repr(AppError('one')), AppError('one').args)
print(str(AppError('a', 2)), repr(AppError('a', 2)))
print(str(AppError(42)), repr(AppError(None)), str(AppError([1, 2])))
print(repr(WithRepr('x')), str(WithRepr('x')))
print(issubclass(ValidationError, Exception), isinstance(NotFound(1), AppError))
class Base(Exception):
    def describe(self):
        return 'described: ' + type(self).__name__
class Child(Base):
    pass
try:
    raise Child('c')
except Base as e:
    print(e.describe())
class Code(Exception):
    def __init__(self, code, *rest):
        super().__init__(code, *rest)
        self.code = code
try:
    raise Code(404, 'not found')
except Code as e:
    print(e.code, e.args, e)
e = AppError('stored')
e.extra = 'attr'
print(e.extra, e.args)
class Chain(Exception):
    pass
def layer1():
    raise Chain('layer1 failed')
def layer2():
    try:
        layer1()
    except Chain as e:
        raise AppError('layer2 failed') from e
try:
    layer2()
except AppError as e:
    print(e, '<- caused by', e.__cause__)
class KeyErr(KeyError):
    pass
try:
    raise KeyErr('custom key')
except LookupError as e:
    print(type(e).__name__, str(e), repr(e))
