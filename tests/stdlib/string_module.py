# string: the constants, capwords, Template (substitute, safe_substitute,
# errors, is_valid, get_identifiers, custom delimiters) and Formatter, with
# the _string parser under it.
import string
import _string
from string import Template, Formatter


def t(f, *a, **k):
    try:
        print(" ", repr(f(*a, **k)))
    except Exception as e:
        print(" ", type(e).__name__, e)


for name in ("whitespace", "ascii_lowercase", "ascii_uppercase", "ascii_letters", "digits", "hexdigits", "octdigits", "punctuation", "printable"):
    print(name, repr(getattr(string, name)))
print(sorted(string.__all__))
print(string.capwords("  hello   wORLD  again "), string.capwords("a-b-c", "-"), string.capwords(""), string.capwords("x,y", ","))

print("Template")
s = Template("$who likes $what; ${who}s pay $$10")
print(s.substitute(who="tim", what="kung pao"), s.substitute({"who": "a", "what": "b"}, what="c"))
print(s.safe_substitute(who="x"), s.get_identifiers(), s.is_valid(), s.template)
t(s.substitute, who="x")
t(Template("$who $").substitute, who=1)
t(Template("line one\nand $ two").substitute)
t(Template("${bad").substitute)
t(Template("$1").substitute)
print(Template("$ and ${ and $1 and ${x}").safe_substitute(x=5), Template("$a$b$c").substitute(a=1, b=2, c=3))
print(Template("$$ $x $$x").substitute(x="y"), Template("no placeholders").substitute(), Template("$x").substitute({"x": [1]}))
print(Template("${x}y $_a1 $a_B").substitute(x="X", _a1="U", a_B="Z"), Template("$é").safe_substitute(), Template("trailing $").is_valid())
print(Template("$a $b $a ${c}").get_identifiers(), Template("$").is_valid())


class Percent(Template):
    delimiter = "%"


print(Percent("%x is %{y} and %%").substitute(x=1, y=2), Percent("$x %x").safe_substitute(x="!"))


class Ats(Template):
    delimiter = "@@"


print(Ats("@@name and @@@@ and @@{name}!").substitute(name="N"))
t(Template("$x").substitute, {})

print("Formatter")
f = Formatter()
print(f.format("{0} {1} {0}", "a", "b"), f.format("{} {}", 1, 2), f.format("{x!r:>6}|{y:{w}}|", x="q", y=3, w=4))
print(f.format("{0[1]} {0[k]} {1.real}", {1: "one", "k": "kay"}, 3), f.format("{:%}", 0.5), f.format("{{literal}} {0}", 7))
print(f.vformat("{a}-{b}", (), {"a": 1, "b": 2}), list(f.parse("a{b!s:c}d{{")), f.get_field("0.real", [5], {}))
t(f.format, "{} {0}", 1)
t(f.format, "{0} {}", 1)
t(f.format, "{0:{1:{2}}}", 1, 2, 3)
t(f.format, "{x}")
t(f.format, "{0}")
t(f.format, "{!x}", 1)
t(f.format, "{")
t(f.format, "{0:{}}", 1, 2)
print(f.convert_field(1, None), f.convert_field("x", "r"), f.convert_field("é", "a"), f.format_field(3.14159, ".2f"), f.get_value(0, [9], {}), f.get_value("k", [], {"k": 8}))


class Checked(Formatter):
    def check_unused_args(self, used, args, kwargs):
        unused = set(range(len(args))) - used
        if unused:
            raise ValueError("unused: %s" % sorted(unused))

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<" + key + ">"
        return super().get_value(key, args, kwargs)


t(Checked().format, "{0}", 1, 2)
print(Checked().format("{0} {missing}", 1))

print("_string")
for s in ["", "abc", "a{0}b", "{x!r:>{w}}", "{{}}", "a{{b", "}}x", "{0[x]}", "{a[:]}", "{a:{b:{c}}}", "x{}y{}z", "{0.b[1].c}", "{a!r}", "{:d}", "{٣}"]:
    print(repr(s), list(_string.formatter_parser(s)))
for s in ["{", "}", "a}b", "{a!}", "{!r", "{a!rx}", "{a:{", "{a{b}", "{a[}"]:
    t(lambda s: list(_string.formatter_parser(s)), s)
for s in ["", "a", "0", "12.x[3][k]", "a.b.c", "٣.x", "a[0x]"]:
    first, rest = _string.formatter_field_name_split(s)
    print(repr(s), repr(first), list(rest))
for s in ["a.", "a[", "a[]", "a]x", "9" * 30]:
    t(lambda s: (lambda r: (r[0], list(r[1])))(_string.formatter_field_name_split(s)), s)
t(_string.formatter_parser, 1)
t(_string.formatter_field_name_split, None)

print("str.removeprefix/removesuffix argument checks")
for a in (5, None, range(3), "ab", ""):
    t(lambda a: ("abc".removeprefix(a), "abc".removesuffix(a)), a)
