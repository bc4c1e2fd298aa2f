class Observable:
    def __init__(self):
        self._observers = {}
    def subscribe(self, event, fn, *, once=False):
        self._observers.setdefault(event, []).append((fn, once))
        return lambda: self.unsubscribe(event, fn)
    def unsubscribe(self, event, fn):
        self._observers[event] = [(f, o) for f, o in self._observers.get(event, []) if f is not fn]
    def notify(self, event, **payload):
        results = []
        keep = []
        for fn, once in self._observers.get(event, []):
            results.append(fn(**payload))
            if not once:
                keep.append((fn, once))
        self._observers[event] = keep
        return results
class Stock(Observable):
    def __init__(self, symbol, price):
        super().__init__()
        self.symbol, self._price = symbol, price
    @property
    def price(self):
        return self._price
    @price.setter
    def price(self, value):
        old, self._price = self._price, value
        change = (value - old) / old
        self.notify('change', symbol=self.symbol, old=old, new=value, pct=change)
        if abs(change) > 0.1:
            self.notify('alert', symbol=self.symbol, pct=change)
log = []
s = Stock('KAA', 100.0)
unsub = s.subscribe('change', lambda **p: log.append(f"{p['symbol']} {p['old']}->{p['new']}") or 'logged')
s.subscribe('alert', lambda **p: f"ALERT {p['symbol']} {p['pct']:+.1%}")
s.subscribe('change', lambda **p: 'first only', once=True)
s.price = 105
s.price = 120
print(s.notify('alert', symbol='X', pct=0.5))
unsub()
s.price = 90
print(log, s.price, {k: len(v) for k, v in s._observers.items()})
