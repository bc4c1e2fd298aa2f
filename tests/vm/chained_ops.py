class Query:
    def __init__(self, data):
        self._data = list(data)
        self._ops = []
    def where(self, pred):
        q = Query(self._data)
        q._ops = self._ops + [('where', pred)]
        return q
    def select(self, fn):
        q = Query(self._data)
        q._ops = self._ops + [('select', fn)]
        return q
    def order_by(self, key, reverse=False):
        q = Query(self._data)
        q._ops = self._ops + [('order', (key, reverse))]
        return q
    def limit(self, n):
        q = Query(self._data)
        q._ops = self._ops + [('limit', n)]
        return q
    def __iter__(self):
        items = self._data
        for op, arg in self._ops:
            if op == 'where':
                items = [x for x in items if arg(x)]
            elif op == 'select':
                items = [arg(x) for x in items]
            elif op == 'order':
                items = sorted(items, key=arg[0], reverse=arg[1])
            elif op == 'limit':
                items = items[:arg]
        return iter(items)
    def __len__(self):
        return sum(1 for _ in self)
people = [{'name': n, 'age': a, 'city': c} for n, a, c in [('ann', 31, 'oslo'), ('bob', 25, 'rome'), ('cy', 42, 'oslo'), ('di', 19, 'lima'), ('ed', 35, 'rome')]]
q = Query(people)
print(list(q.where(lambda p: p['age'] > 24).order_by(lambda p: p['age'], reverse=True).select(lambda p: p['name']).limit(3)))
print(len(q.where(lambda p: p['city'] == 'oslo')), list(q.select(lambda p: p['city']).order_by(str)), len(q))
base = q.where(lambda p: p['age'] < 40)
print(list(base.select(lambda p: p['name'])), list(base.order_by(lambda p: p['name'], True).select(lambda p: p['name'])))
class Builder:
    def __init__(self):
        self.parts = []
    def __getattr__(self, tag):
        def add(text=''):
            self.parts.append(f'<{tag}>{text}</{tag}>')
            return self
        return add
    def __str__(self):
        return ''.join(self.parts)
print(Builder().h1('Title').p('para').br().em('x'))
