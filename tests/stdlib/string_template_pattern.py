# string.Template's pattern and flags are re objects (made on first use),
# per subclass; custom delimiters, idpatterns, flags and whole patterns.
import re
import string

T = string.Template
print(type(T.pattern).__name__, T.flags, T.pattern.flags & re.IGNORECASE != 0, sorted(T.pattern.groupindex))
t = T('$who likes ${what} $$ and $100')
print(t.safe_substitute(who='tim'), t.get_identifiers(), t.is_valid(), t.pattern is T.pattern)
try:
    t.substitute(who='x', what='y')
except ValueError as e:
    print('ValueError', e)


class Percent(T):
    delimiter = '%'


print(Percent('%x %% %{y}').substitute(x=1, y=2), Percent.pattern is not T.pattern, Percent.pattern.match('%abc').group('named'))


class Upper(T):
    idpattern = r'[A-Z]+'
    flags = 0


print(Upper('$ABC $abc').safe_substitute(ABC=1, abc=2), Upper.flags)


class Braced(T):
    braceidpattern = r'[a-z.]+'


print(Braced('${a.b} $c').substitute({'a.b': 1, 'c': 2}))


class Whole(T):
    pattern = r'''
    \#(?:
      (?P<escaped>\#) |
      (?P<named>[a-z]+) |
      \{(?P<braced>[a-z]+)\} |
      (?P<invalid>)
    )'''


print(Whole('#a ## #{b}').substitute(a=1, b=2), Whole.pattern.flags & re.VERBOSE != 0)


class Broken(T):
    pattern = r'\$(?P<named>[a-z]+)|(?P<other>@)'


for f in (Broken('$a @').substitute, Broken('$a @').is_valid):
    try:
        f(a=1) if f.__name__ == 'substitute' else f()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e.args[0])
