class Record:
    def __init__(self, **fields):
        self.__dict__.update(fields)
    def __repr__(self):
        return 'Record(' + ', '.join(f'{k}={v!r}' for k, v in sorted(vars(self).items())) + ')'
    def __eq__(self, other):
        return isinstance(other, Record) and vars(self) == vars(other)
    def __iter__(self):
        return iter(sorted(vars(self).items()))
    def replace(self, **changes):
        return Record(**{**vars(self), **changes})
r = Record(name='ann', age=30)
r2 = r.replace(age=31, city='oslo')
print(r, r2, r == Record(age=30, name='ann'), dict(r2), hasattr(r2, 'city'))
class Namespace:
    def __init__(self, data):
        for k, v in data.items():
            setattr(self, k, Namespace(v) if isinstance(v, dict) else v)
    def __getattr__(self, name):
        return None
ns = Namespace({'db': {'host': 'localhost', 'port': 5432, 'opts': {'ssl': True}}, 'debug': False})
print(ns.db.host, ns.db.port, ns.db.opts.ssl, ns.debug, ns.missing, ns.db.opts.nope)
class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, k, v):
        raise AttributeError(f'cannot set {k}: frozen')
    def __delattr__(self, k):
        raise AttributeError(f'cannot delete {k}: frozen')
f = Frozen(x=1)
for action in (lambda: setattr(f, 'x', 2), lambda: delattr(f, 'x'), lambda: setattr(f, 'y', 3)):
    try:
        action()
    except AttributeError as e:
        print(e)
print(f.x, vars(f))
