# Private name mangling: `__x` inside a class is `_Class__x`, so a subclass's private
# attributes do not collide with its base's, and outside code cannot reach them as `__x`.
class Account:
    __count = 0

    def __init__(self, owner, balance):
        self.owner = owner
        self.__balance = balance
        Account.__count += 1

    def __audit(self, amount):
        return f'{self.owner}: {amount:+}'

    def deposit(self, amount):
        self.__balance += amount
        return self.__audit(amount)

    @property
    def balance(self):
        return self.__balance

    @classmethod
    def count(cls):
        return cls.__count

    def __repr__(self):
        return f'Account({self.owner!r}, {self.__balance})'


a = Account('ann', 10)
print(a.deposit(5), a.balance, Account.count(), a, sorted(vars(a)))
print(a._Account__balance, hasattr(a, '__balance'), '_Account__audit' in Account.__dict__)
try:
    a.__balance
except AttributeError as e:
    print('AttributeError:', e)


class Base:
    def __init__(self):
        self.__x = 'base'

    def base_x(self):
        return self.__x


class Child(Base):
    def __init__(self):
        super().__init__()
        self.__x = 'child'

    def child_x(self):
        return self.__x


c = Child()
print(c.base_x(), c.child_x(), sorted(vars(c)))


class _Leading:
    def __init__(self, __value):
        self.__value = __value
        helper = lambda __y: __y * 2
        self.doubled = [helper(v) for v in [__value]]

    def get(self):
        def inner():
            return self.__value
        return inner()


l = _Leading(21)
print(l.get(), l.doubled, sorted(vars(l)), l.__class__.__name__)


class Outer:
    class __Inner:
        __secret = 'inner'

        def reveal(self):
            return self.__secret

    def make(self):
        return self.__Inner().reveal()


print(Outer().make(), hasattr(Outer, '_Outer__Inner'), '_Inner__secret' in vars(Outer._Outer__Inner))
print(__name__, [n for n in vars(Account) if 'count' in n])
