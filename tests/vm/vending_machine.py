class VendingError(Exception):
    pass
class Machine:
    COINS = {'nickel': 5, 'dime': 10, 'quarter': 25, 'dollar': 100}
    def __init__(self, stock):
        self.stock = dict(stock)
        self.credit = 0
        self.bank = {c: 2 for c in self.COINS}
    def insert(self, coin):
        if coin not in self.COINS:
            raise VendingError(f'rejected {coin!r}')
        self.credit += self.COINS[coin]
        self.bank[coin] += 1
        return self.credit
    def change(self, amount):
        out = []
        for coin, value in sorted(self.COINS.items(), key=lambda kv: -kv[1]):
            while amount >= value and self.bank[coin]:
                amount -= value
                self.bank[coin] -= 1
                out.append(coin)
        if amount:
            raise VendingError(f'cannot make change, {amount} short')
        return out
    def buy(self, item):
        if item not in self.stock:
            raise VendingError(f'no such item {item!r}')
        price, count = self.stock[item]
        if count == 0:
            raise VendingError(f'{item} sold out')
        if self.credit < price:
            raise VendingError(f'insert {price - self.credit} more')
        self.stock[item] = (price, count - 1)
        change = self.change(self.credit - price)
        self.credit = 0
        return item, change
m = Machine({'cola': (125, 1), 'chips': (65, 5)})
script = [('insert', 'dollar'), ('buy', 'cola'), ('insert', 'quarter'), ('buy', 'cola'), ('insert', 'peso'), ('insert', 'dollar'), ('buy', 'cola'), ('buy', 'chips'), ('insert', 'quarter'), ('insert', 'quarter'), ('insert', 'quarter'), ('buy', 'chips'), ('buy', 'gum')]
for op, arg in script:
    try:
        print(op, arg, '->', getattr(m, op)(arg))
    except VendingError as e:
        print(op, arg, '!', e)
print(m.stock, m.credit, m.bank)
