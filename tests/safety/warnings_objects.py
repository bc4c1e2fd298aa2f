# The warnings machinery fed ill-typed arguments and broken state (filters
# that are not lists or hold bad entries, hooks that are not callable, odd
# registries). No SystemError may come out.
import sys
import warnings
import _warnings
import linecache


class Odd:
    def __str__(self):
        raise ValueError("no str")

    def match(self, text):
        raise KeyError(text)


values = [None, 0, -1, 2**70, "x", b"x", [], {}, (), (1,), Odd(), UserWarning, int,
          UserWarning("w"), 1.5, object()]
bad = count = 0
sys.stderr = open("/dev/null", "w")


def attempt(fn, *args, **kw):
    global bad, count
    count += 1
    try:
        fn(*args, **kw)
    except SystemError as e:
        bad += 1
        print("SYSTEMERROR", fn, args, kw, e)
    except BaseException:
        pass


for fn in [_warnings.warn, warnings.warn, _warnings.warn_explicit, warnings.showwarning,
           warnings.formatwarning, warnings.filterwarnings, warnings.simplefilter,
           warnings._setoption, warnings._getcategory, warnings._getaction,
           linecache.getline, linecache.getlines, linecache.checkcache, linecache.updatecache,
           linecache.lazycache, warnings.deprecated, warnings.WarningMessage, warnings._deprecated]:
    for a in values:
        attempt(fn, a)
        for b in values:
            attempt(fn, a, b)
            attempt(fn, "m", a, b)
            attempt(fn, "m", UserWarning, a, b)
    warnings.resetwarnings()
    warnings.simplefilter("always")

for a in values:
    for b in values:
        attempt(warnings.warn, "m", stacklevel=a, skip_file_prefixes=b)
        attempt(warnings.warn_explicit, "m", UserWarning, "f", 1, module=a, registry=b)
        attempt(warnings.warn_explicit, "m", UserWarning, "f", 1, module_globals=a, source=b)

saved = warnings.filters
for broken in [None, 3, [1], [(1, 2, 3, 4, 5)], [("error", Odd(), Warning, None, 0)],
               [("bogus", None, Warning, None, 0)], [("always", None, 3, None, 0)],
               [("always", None, Warning, Odd(), 0)], [("always", None, Warning, None, "x")],
               [("always", None, Warning, None, 2**70)]]:
    warnings.filters = broken
    attempt(warnings.warn, "m")
    attempt(warnings.warn, Odd())
    _warnings.filters[:] = broken if isinstance(broken, list) else []
    attempt(_warnings.warn, "m")
warnings.filters = saved
_warnings.filters[:] = [("always", None, Warning, None, 0)]
for hook in [None, 3, Odd(), lambda *a: 1 / 0]:
    warnings.showwarning = hook
    attempt(warnings.warn, "m")
    warnings._showwarnmsg = hook
    attempt(warnings.warn, "m")
    warnings.formatwarning = hook
    attempt(warnings.warn, "m")
for name, v in [("defaultaction", 3), ("onceregistry", []), ("WarningMessage", None)]:
    setattr(warnings, name, v)
    warnings.resetwarnings()
    attempt(warnings.warn, "m")
print("calls", count, "system errors", bad)
