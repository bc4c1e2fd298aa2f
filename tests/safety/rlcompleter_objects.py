# rlcompleter with hostile namespaces and objects: __dir__ that raises or returns
# non-strings, __getattr__ that raises other exceptions, properties, huge and
# odd texts, non-dict namespaces and non-int states. Any exception may come but
# SystemError (a Go panic in Kaa). Run by safety_test.go.
import rlcompleter


class BadDir:
    def __dir__(self):
        raise ValueError("no dir")


class OddDir:
    def __dir__(self):
        return [1, None, b'x', 'ok', '']


class Angry:
    def __getattr__(self, name):
        raise KeyError(name)

    @property
    def boom(self):
        raise RuntimeError


class NoBases(type):
    def __getattribute__(cls, name):
        if name == '__bases__':
            raise TypeError('hidden bases')
        return super().__getattribute__(name)


class Hidden(metaclass=NoBases):
    pass


ns = {'bad': BadDir(), 'odd': OddDir(), 'angry': Angry(), 'hidden': Hidden, 'hidden_obj': Hidden(),
      1: 'not a str key', 'deep': [[[[]]]], 'none': None}
texts = ['', ' ', '\t', 'b', 'bad.', 'odd.', 'odd.o', 'angry.', 'angry.b', 'hidden.', 'hidden_obj.',
         'deep.', 'none.', '.', '..', 'a..b', '1.x', 'x' * 100000, 'a.' * 10000 + 'b', '\udcff', '\x00.',
         'd' + '.__class__' * 500 + '.', 'é.', 'ángry.']
bad = count = 0
for namespace in [ns, {}, None]:
    c = rlcompleter.Completer(namespace)
    for text in texts + [None, 5, b'bad.']:
        for state in [0, 1, -1, 10**30, 'x', None]:
            count += 1
            try:
                c.complete(text, state)
            except SystemError as e:
                bad += 1
                print('SYSTEMERROR', repr(text)[:40], state, e)
            except BaseException:
                pass
for arg in [[], (), 5, 'x', {1: 2}, set()]:
    count += 1
    try:
        rlcompleter.Completer(arg)
    except SystemError as e:
        bad += 1
        print('SYSTEMERROR', arg, e)
    except BaseException:
        pass
for klass in [Hidden, NoBases, int, type, object, 5, None]:
    count += 1
    try:
        rlcompleter.get_class_members(klass)
    except SystemError as e:
        bad += 1
        print('SYSTEMERROR', klass, e)
    except BaseException:
        pass
print('calls', count, 'system errors', bad)
