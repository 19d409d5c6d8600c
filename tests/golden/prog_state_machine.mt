# A vending machine state machine driven by a list of events.
class VendingMachine:
    PRICES = {'cola': 150, 'chips': 100, 'candy': 65}
    def __init__(self):
        self.state = 'idle'
        self.credit = 0
        self.stock = {'cola': 2, 'chips': 1, 'candy': 0}
        self.sales = []
    def handle(self, event, arg=None):
        method = getattr(self, f'on_{event}', None)
        if method is None:
            return f'unknown event {event!r}'
        return method(arg)
    def on_coin(self, amount):
        if amount not in (5, 10, 25, 100):
            return f'rejected coin {amount}'
        self.credit += amount
        self.state = 'has_credit'
        return f'credit {self.credit}'
    def on_select(self, item):
        if self.state != 'has_credit':
            return 'insert coins first'
        if item not in self.PRICES:
            return f'no such item {item}'
        if self.stock[item] == 0:
            return f'{item} sold out'
        price = self.PRICES[item]
        if self.credit < price:
            return f'need {price - self.credit} more for {item}'
        self.stock[item] -= 1
        self.credit -= price
        self.sales.append(item)
        change = self.make_change(self.credit)
        self.credit = 0
        self.state = 'idle'
        return f'vend {item}, change {change}'
    def on_refund(self, _):
        if self.credit == 0:
            return 'nothing to refund'
        change = self.make_change(self.credit)
        self.credit = 0
        self.state = 'idle'
        return f'refund {change}'
    @staticmethod
    def make_change(amount):
        coins = []
        for c in (100, 25, 10, 5):
            n, amount = divmod(amount, c)
            coins.extend([c] * n)
        return coins
vm = VendingMachine()
events = [('select', 'cola'), ('coin', 100), ('coin', 3), ('select', 'cola'), ('coin', 25),
          ('coin', 25), ('select', 'cola'), ('coin', 100), ('coin', 100), ('select', 'candy'),
          ('select', 'chips'), ('coin', 100), ('select', 'chips'), ('select', 'gum'), ('refund', None),
          ('refund', None), ('dance', None), ('coin', 100), ('coin', 100), ('select', 'cola')]
for ev, arg in events:
    print(f'{ev:>7} {str(arg):<6} -> {vm.handle(ev, arg):<28} [{vm.state}]')
print(vm.sales, vm.stock)
