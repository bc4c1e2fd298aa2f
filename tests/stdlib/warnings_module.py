# The warnings module: every action, the registries, filters, the display
# hooks, catch_warnings and deprecated. Warnings shown on sys.stderr go to
# standard output here.
import sys
import warnings
import _warnings



class _Out:
    # Standard error onto standard output, without this checkout's directory.
    def write(self, text):
        sys.stdout.write(text.replace(__file__.rpartition("/")[0] + "/", ""))

    def flush(self):
        pass


sys.stderr = _Out()

print(warnings.filters is _warnings.filters)
print(warnings.defaultaction, warnings.onceregistry is _warnings._onceregistry)
print(warnings.filters)


def emit(msg="spam", cat=UserWarning):
    warnings.warn(msg, cat)


def emit_other():
    warnings.warn("spam", UserWarning)


print("-- default: once per location")
warnings.simplefilter("default")
for _ in range(3):
    emit()
emit_other()
emit("eggs")
print("-- always")
warnings.simplefilter("always")
for _ in range(2):
    emit("always")
print("-- once: once per text")
warnings.simplefilter("once")
emit("one"); emit("one"); emit_other(); emit("two")
print("-- module")
warnings.simplefilter("module")
emit("mod"); emit("mod"); emit_other()
print("-- ignore")
warnings.simplefilter("ignore")
emit("ignored")
print("-- error")
warnings.simplefilter("error")
try:
    emit("boom", RuntimeWarning)
except RuntimeWarning as e:
    print("raised", repr(e))
warnings.resetwarnings()
print(warnings.filters)

print("-- catch_warnings(record=True)")
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    emit("a")
    warnings.warn(DeprecationWarning("an instance"))
    warnings.warn("deeper", stacklevel=2)
    warnings.warn_explicit("explicit", SyntaxWarning, "fake.py", 42, module="fake")
for m in log:
    print(m.category.__name__, m.message, type(m.message).__name__, m.filename.rpartition("/")[2], m.lineno, m.line)
    print(str(m).replace(__file__, "FILE"))

print("-- catch_warnings(action=...)")
with warnings.catch_warnings(action="error", category=UserWarning):
    try:
        emit("in block")
    except UserWarning as e:
        print("error in block:", e)
    emit("dep", DeprecationWarning)
print(repr(warnings.catch_warnings()), repr(warnings.catch_warnings(record=True)))
cw = warnings.catch_warnings()
with cw:
    try:
        with cw:
            pass
    except RuntimeError as e:
        print(e)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print(e)

print("-- showwarning and formatwarning hooks")
def show(message, category, filename, lineno, file=None, line=None):
    print("SHOW:", category.__name__, message, filename.rpartition("/")[2], lineno, line)
old = warnings.showwarning
warnings.showwarning = show
warnings.simplefilter("always")
emit("hooked")
warnings.showwarning = old
def fmt(message, category, filename, lineno, line=None):
    return "FMT %s %s %s\n" % (category.__name__, message, lineno)
warnings.formatwarning = fmt
emit("formatted")
warnings.formatwarning = warnings._formatwarning_orig
print(repr(warnings.formatwarning("msg", UserWarning, "file.py", 3, "  source  ")))
print(repr(warnings.formatwarning("msg", UserWarning, "file.py", 3, "")))
warnings.showwarning("shown", FutureWarning, "f.py", 7, sys.stdout, "the line")
emit("with source line")

print("-- filterwarnings")
warnings.resetwarnings()
warnings.filterwarnings("error", category=DeprecationWarning)
warnings.filterwarnings("ignore", category=UserWarning, append=True)
warnings.simplefilter("always", FutureWarning, lineno=5)
print([(f[0], f[2].__name__, f[4]) for f in warnings.filters])
warnings.simplefilter("always", FutureWarning, lineno=5)
print(len(warnings.filters))
emit("quiet")
try:
    emit("loud", DeprecationWarning)
except DeprecationWarning as e:
    print("error:", e)
for bad in [lambda: warnings.filterwarnings("bogus"),
            lambda: warnings.filterwarnings("error", message=3),
            lambda: warnings.filterwarnings("error", category=int),
            lambda: warnings.filterwarnings("error", module=None),
            lambda: warnings.filterwarnings("error", lineno=-1),
            lambda: warnings.simplefilter("error", lineno="x"),
            lambda: warnings.warn("x", int),
            lambda: warnings.warn("x", 3),
            lambda: warnings.warn("x", skip_file_prefixes=["a"]),
            lambda: warnings.warn_explicit("x", UserWarning, 3, 1),
            lambda: warnings.warn_explicit("x", UserWarning, "f", 1, registry=[])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print("-- registries")
warnings.resetwarnings()
warnings.simplefilter("default")
reg = {}
warnings.warn_explicit("r1", UserWarning, "reg.py", 10, registry=reg)
warnings.warn_explicit("r1", UserWarning, "reg.py", 10, registry=reg)
print(sorted((k if isinstance(k, str) else (k[0], k[1].__name__, k[2])) for k in reg if k != "version"))
warnings.simplefilter("default")   # mutating the filters resets registries
warnings.warn_explicit("r1", UserWarning, "reg.py", 10, registry=reg)
warnings.warn_explicit("none module", UserWarning, "x.py", 1, module=None)

print("-- options")
for opt in ["error::DeprecationWarning", "i", "x", "a:b:c:d:e:f", "::Nope", "::int",
            "::os.nope", ":::mod:-1"]:
    try:
        warnings._setoption(opt)
        f = warnings.filters[0]
        print(opt, "->", f[0], f[2].__name__, f[4])
    except warnings._OptionError as e:
        print(opt, "->", "_OptionError", e)
warnings._processoptions(["zz"])
print(warnings._getaction("a"), warnings._getaction(""), warnings._getcategory("").__name__)

print("-- deprecated")
warnings.resetwarnings()
warnings.simplefilter("always")

@warnings.deprecated("use g")
def old_f(x):
    return x * 2

print(old_f(21), old_f.__deprecated__, old_f.__name__)

@warnings.deprecated("use New")
class Old:
    def __init__(self, v):
        self.v = v

print(Old(5).v, Old.__deprecated__)

class Sub(Old):
    pass

print(Sub(1).v)

@warnings.deprecated("no runtime", category=None)
def quiet():
    return "quiet"
print(quiet(), quiet.__deprecated__)

try:
    warnings.deprecated(3)
except TypeError as e:
    print(e)
try:
    warnings.deprecated("x")(3)
except TypeError as e:
    print(e)

@warnings.deprecated("plain")
class Plain:
    pass
Plain()
try:
    Plain(1)
except TypeError as e:
    print(e)

warnings._deprecated("thing", remove=(3, 15))
try:
    warnings._deprecated("thing", remove=(3, 12))
except RuntimeError as e:
    print(e)

print("-- stacklevel and skip_file_prefixes")
def inner():
    warnings.warn("lvl2", stacklevel=2)
def outer():
    inner()
outer()
warnings.warn("far", stacklevel=50)
warnings.warn("skip", skip_file_prefixes=(__file__[:3],))
print("-- interpreter warnings share the filters")
warnings.simplefilter("error", DeprecationWarning)
try:
    bool(NotImplemented)
except DeprecationWarning as e:
    print("error:", e)
warnings.simplefilter("default", DeprecationWarning)
for _ in range(2):
    bool(NotImplemented)
print(sorted(n for n in dir(warnings) if not n.startswith("_")))
