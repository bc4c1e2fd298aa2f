class Item:
    __slots__ = ('sku', 'name', 'price', 'qty')
    def __init__(self, sku, name, price, qty=0):
        self.sku, self.name, self.price, self.qty = sku, name, price, qty
    def value(self):
        return round(self.price * self.qty, 2)
    def __repr__(self):
        return f'{self.sku}:{self.name}x{self.qty}'
class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []
    def add(self, item):
        if item.sku in self.items:
            raise KeyError(f'duplicate sku {item.sku}')
        self.items[item.sku] = item
    def restock(self, sku, n):
        self.items[sku].qty += n
        self.log.append(('restock', sku, n))
    def sell(self, sku, n):
        it = self.items.get(sku)
        if it is None:
            raise LookupError(f'unknown sku {sku}')
        if it.qty < n:
            raise ValueError(f'only {it.qty} of {it.name} left')
        it.qty -= n
        self.log.append(('sell', sku, n))
        return round(it.price * n, 2)
    def report(self):
        rows = sorted(self.items.values(), key=lambda i: (-i.value(), i.sku))
        return [(i.sku, i.name, i.qty, f'{i.value():.2f}') for i in rows]
    def total(self):
        return round(sum(i.value() for i in self.items.values()), 2)
inv = Inventory()
for sku, name, price in [('A1', 'widget', 2.5), ('B2', 'gadget', 10.0), ('C3', 'doohickey', 0.99)]:
    inv.add(Item(sku, name, price))
inv.restock('A1', 100); inv.restock('B2', 5); inv.restock('C3', 1000)
revenue = 0
for sku, n in [('A1', 30), ('B2', 6), ('C3', 250), ('Z9', 1), ('B2', 5), ('A1', 70)]:
    try:
        revenue += inv.sell(sku, n)
    except (ValueError, LookupError) as e:
        print('error:', type(e).__name__, e)
print(round(revenue, 2), inv.total(), inv.report(), len(inv.log))
try:
    inv.add(Item('A1', 'dup', 1))
except KeyError as e:
    print(e)
print([i for i in inv.items.values() if i.qty == 0], sorted(inv.items), max(inv.items.values(), key=Item.value))
