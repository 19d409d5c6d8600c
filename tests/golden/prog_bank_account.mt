# A small bank: classes, properties, custom exceptions, class methods and a transaction log.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f'{account.owner} cannot withdraw {amount:.2f} (balance {account.balance:.2f})')
        self.amount = amount
class Account:
    _next_id = 1000
    interest_rate = 0.02
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.log = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self._balance += amount
        self.log.append(('deposit', amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.log.append(('withdraw', amount))
        return self
    def apply_interest(self):
        gained = round(self._balance * self.interest_rate, 2)
        self._balance += gained
        self.log.append(('interest', gained))
    @classmethod
    def with_bonus(cls, owner):
        return cls(owner, 50.0)
    def __repr__(self):
        return f'{type(self).__name__}({self.owner!r}, {self._balance:.2f})'
class Savings(Account):
    interest_rate = 0.05
    def withdraw(self, amount):
        if len([e for e in self.log if e[0] == 'withdraw']) >= 2:
            raise RuntimeError('savings allow two withdrawals')
        return super().withdraw(amount)
def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        print('  transfer failed:', e)
        return False
    else:
        dst.deposit(amount)
        return True
    finally:
        print(f'  transfer of {amount} attempted')
alice = Account('alice', 100.0)
bob = Savings.with_bonus('bob')
print(alice, bob, alice.id, bob.id, type(bob).__name__)
alice.deposit(25).deposit(5.5)
print(transfer(alice, bob, 30))
print(transfer(alice, bob, 1000))
for a in (alice, bob):
    a.apply_interest()
print(alice, bob)
try:
    bob.withdraw(1)
    bob.withdraw(1)
    bob.withdraw(1)
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    alice.deposit(-5)
except ValueError as e:
    print('ValueError:', e)
try:
    alice.balance = 10
except AttributeError:
    print('balance is read-only')
for acct in sorted([alice, bob], key=lambda a: a.balance, reverse=True):
    print(f'{acct.owner:<6}{acct.balance:>10.2f}  {len(acct.log)} entries')
    for kind, amount in acct.log:
        print(f'    {kind:<9}{amount:>8.2f}')
total = sum(a.balance for a in (alice, bob))
print(f'total {total:,.2f}')
