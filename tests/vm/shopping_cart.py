from_catalog = {'apple': 0.5, 'bread': 2.25, 'milk': 1.99, 'cheese': 7.5, 'wine': 12.0}
class Cart:
    def __init__(self):
        self.lines = {}
        self.coupons = []
    def add(self, item, qty=1):
        if item not in from_catalog:
            raise KeyError(item)
        if qty <= 0:
            raise ValueError('quantity must be positive')
        self.lines[item] = self.lines.get(item, 0) + qty
        return self
    def remove(self, item, qty=None):
        if qty is None or qty >= self.lines.get(item, 0):
            self.lines.pop(item, None)
        else:
            self.lines[item] -= qty
        return self
    def coupon(self, code):
        self.coupons.append(code)
        return self
    def subtotal(self):
        return round(sum(from_catalog[i] * q for i, q in self.lines.items()), 2)
    def discount(self):
        d = 0.0
        for code in self.coupons:
            match code.split(':'):
                case ['PCT', pct]:
                    d += self.subtotal() * int(pct) / 100
                case ['BOGO', item] if self.lines.get(item, 0) >= 2:
                    d += from_catalog[item] * (self.lines[item] // 2)
                case ['OFF', amount]:
                    d += float(amount)
                case _:
                    pass
        return round(min(d, self.subtotal()), 2)
    def total(self):
        return round(self.subtotal() - self.discount(), 2)
    def receipt(self):
        lines = [f'{i:<8}{q:>3} x {from_catalog[i]:>6.2f} = {from_catalog[i] * q:>7.2f}' for i, q in sorted(self.lines.items())]
        lines += [f'{"subtotal":<24}{self.subtotal():>7.2f}', f'{"discount":<24}{-self.discount():>7.2f}', f'{"TOTAL":<24}{self.total():>7.2f}']
        return '\n'.join(lines)
c = Cart().add('apple', 6).add('bread').add('wine', 2).add('milk', 3).remove('milk', 1).coupon('PCT:10').coupon('BOGO:apple').coupon('BAD')
print(c.receipt())
for bad in [lambda: c.add('caviar'), lambda: c.add('apple', 0)]:
    try:
        bad()
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(Cart().coupon('OFF:100').add('bread').total())
