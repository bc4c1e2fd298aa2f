# rlcompleter.Completer over a namespace: keywords, names, builtins, attributes,
# callables' "(" or "()", properties not evaluated, private names hidden until asked.
# (Builtins' "()" needs their __text_signature__: not covered here.)
import rlcompleter


class Thing:
    count = 3

    def __init__(self):
        self.name = "n"
        self._hidden = 1
        self.__mangled = 2

    def method(self):
        return 1

    def takes(self, x):
        return x

    @property
    def prop(self):
        raise RuntimeError("a property must not be evaluated")


class WithInit:
    def __init__(self, v):
        self.v = v


class NoArgInit:
    def __init__(self):
        pass


class Sub(list):
    pass


def xfunc():
    return 1


def xargs(a, b=2):
    return a


def xstar(*a):
    return a


class Loud:
    def __getattr__(self, name):
        raise KeyError(name)


ns = {
    "xval": 1, "xfunc": xfunc, "xargs": xargs, "xstar": xstar, "Thing": Thing,
    "WithInit": WithInit, "NoArgInit": NoArgInit, "Sub": Sub, "obj": Thing(),
    "loud": Loud(), "nothing": None,
}
ns["nested"] = Thing()
ns["nested"].inner = Thing()

c = rlcompleter.Completer(ns)


def words(text):
    out = []
    state = 0
    while True:
        w = c.complete(text, state)
        if w is None:
            break
        out.append(w)
        state += 1
    return sorted(out)


for text in ["xv", "xf", "xa", "xs", "Wi", "NoA", "Sub", "Th", "nes", "wh", "fin", "Tr",
             "Non", "el", "tr", "ma", "ca", "__bu", "obj.", "obj._", "obj.__cl", "obj.me",
             "obj.ta", "obj.pr", "obj.co", "obj.na", "nested.inner.m", "nested.inner.",
             "xval.real", "Thing.me", "nope.x", "1.x", "obj.(",
             "len", "print", "abs", "zzz"]:
    print(repr(text), words(text))

print(repr(c.complete("", 1)), repr(c.complete("   ", 1)))
try:
    rlcompleter.Completer([1])
except TypeError as e:
    print("TypeError:", e)
print(rlcompleter.Completer({}).use_main_ns, rlcompleter.Completer().use_main_ns)
print(sorted(set(rlcompleter.get_class_members(Sub)) - set(dir(list))))
print(rlcompleter.__all__)

# Over __main__ by default: names defined later are seen.
main_c = rlcompleter.Completer()
late_name_for_completion = 5
print(main_c.complete("late_name_fo", 0), main_c.complete("late_name_fo", 1))
