class contextmanager:
    def __init__(self, genfunc):
        self.genfunc = genfunc
    def __call__(self, *a, **k):
        return _GenCM(self.genfunc(*a, **k))
class _GenCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, et, ev, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(ev)
        except StopIteration:
            return True
        except BaseException as e:
            if e is ev:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")
log = []
@contextmanager
def tag(name):
    log.append(f'<{name}>')
    try:
        yield name.upper()
    finally:
        log.append(f'</{name}>')
with tag('a') as t:
    log.append(t)
    with tag('b'):
        log.append('inner')
print(log)
@contextmanager
def suppress(*types):
    try:
        yield
    except types:
        log.append('suppressed')
with suppress(KeyError):
    {}['x']
print(log[-1])
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print('not suppressed:', e)
@contextmanager
def transaction(db):
    snapshot = dict(db)
    try:
        yield db
    except Exception:
        db.clear()
        db.update(snapshot)
        raise
db = {'x': 1}
try:
    with transaction(db) as d:
        d['x'] = 2
        d['y'] = 3
        raise ValueError('abort')
except ValueError:
    pass
print(db)
with transaction(db) as d:
    d['z'] = 9
print(db)
class Timer:
    def __enter__(self):
        self.entered = True
        return self
    def __exit__(self, *exc):
        self.exited = exc
        return False
with Timer() as tm:
    pass
print(tm.entered, tm.exited)
