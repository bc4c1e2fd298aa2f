class FIFOInventory:
    def __init__(self):
        self.lots = []
    def buy(self, qty, price):
        self.lots.append([qty, price])
    def sell(self, qty, price):
        if qty > sum(q for q, _ in self.lots):
            raise ValueError(f'cannot sell {qty}: only {sum(q for q, _ in self.lots)} on hand')
        cost, remaining = 0, qty
        while remaining:
            lot = self.lots[0]
            take = min(lot[0], remaining)
            cost += take * lot[1]
            lot[0] -= take
            remaining -= take
            if lot[0] == 0:
                self.lots.pop(0)
        return round(qty * price - cost, 2)
inv = FIFOInventory()
ops = [('buy', 10, 5.0), ('buy', 5, 6.5), ('sell', 8, 7.0), ('buy', 20, 4.25), ('sell', 15, 8.0), ('sell', 50, 9.0), ('sell', 12, 3.0)]
profit = 0
for op, q, p in ops:
    try:
        r = getattr(inv, op)(q, p)
        if op == 'sell':
            profit += r
            print(f'sold {q}@{p}: profit {r:+.2f}')
    except ValueError as e:
        print(e)
print(round(profit, 2), inv.lots)
