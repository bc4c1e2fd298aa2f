# configparser: reading (strings, dicts, files, iterables), DEFAULT, multi-line
# values, comments, no-value options, custom delimiters and comment prefixes,
# strict mode, unnamed sections, both interpolations and their errors, the
# converters, section proxies as mappings, write(), and every error's message.
import configparser
import io

SOURCE = """\
[DEFAULT]
home = /home/user
Greeting: hello

[paths]
data = %(home)s/data
cache=%(data)s/cache   ; inline? no: not an inline prefix here
percent = 100%%
multi = first line
    second line

    after blank
# a comment
; another
[numbers]
int = 42
float = 3.5
yes = yes
off = off
bad = maybe
"""

cp = configparser.ConfigParser()
cp.read_string(SOURCE)
print(cp.sections(), cp.defaults(), len(cp), list(cp))
print(cp.options('paths'), cp.has_section('paths'), cp.has_section('DEFAULT'))
print(repr(cp.get('paths', 'data')), repr(cp.get('paths', 'cache')), repr(cp.get('paths', 'percent')))
print(repr(cp.get('paths', 'multi')), repr(cp.get('paths', 'MULTI', raw=True)))
print(cp.getint('numbers', 'int'), cp.getfloat('numbers', 'float'), cp.getboolean('numbers', 'yes'),
      cp.getboolean('numbers', 'off'))
print(cp.get('paths', 'data', vars={'home': '/elsewhere'}), cp.get('nope', 'x', fallback='fb'),
      cp.get('paths', 'nope', fallback=None), cp.getint('paths', 'missing', fallback=7))
print(cp.items('paths'))
print(cp.items('paths', raw=True))
print(cp.items('DEFAULT'), [k for k, v in cp.items()])
print(cp['paths']['greeting'], cp['paths'].get('nope'), cp['paths'].get('nope', 'dflt'), 'data' in cp['paths'],
      len(cp['paths']), list(cp['paths']), repr(cp['paths']), cp['paths'].name, cp['paths'].parser is cp)
print(cp['numbers'].getint('int'), cp['numbers'].getboolean('nope', True), cp['DEFAULT']['home'])
for call in [lambda: cp.getboolean('numbers', 'bad'), lambda: cp.getint('numbers', 'float'),
             lambda: cp.get('nosection', 'x'), lambda: cp.get('paths', 'nooption'), lambda: cp['nosection'],
             lambda: cp['paths']['nooption'], lambda: cp.options('nosection'), lambda: cp.items('nosection'),
             lambda: cp.add_section('paths'), lambda: cp.add_section('DEFAULT'), lambda: cp.add_section(5),
             lambda: cp.set('paths', 'x', 5), lambda: cp.set('nosection', 'x', 'y'), lambda: cp.set('paths', 'x', 'a%b'),
             lambda: cp.set('paths', 5, 'y'), lambda: cp.remove_option('nosection', 'x'),
             lambda: cp.__delitem__('DEFAULT'), lambda: cp.__delitem__('nosection')]:
    try:
        print(call())
    except (configparser.Error, ValueError, TypeError, KeyError) as e:
        print(type(e).__name__, str(e), e.args)

# interpolation errors
bad = configparser.ConfigParser()
bad.read_string("[s]\nmissing = %(nothere)s\nsyntax = %(x\nlone = 50% off\ndeep = %(deep)s\nok = fine\n")
for opt in ['missing', 'syntax', 'lone', 'deep', 'ok']:
    try:
        print(opt, bad.get('s', opt))
    except configparser.InterpolationError as e:
        print(opt, type(e).__name__, e, e.args, e.option, e.section)

ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("""
[common]
base = /opt
bin = ${base}/bin
[app]
path = ${common:bin}/app
cost = $$5
bad = ${a:b:c}
missing = ${nope}
other = ${nosect:x}
syntax = $x
""")
for opt in ['path', 'cost', 'bad', 'missing', 'other', 'syntax']:
    try:
        print(opt, ext.get('app', opt))
    except configparser.Error as e:
        print(opt, type(e).__name__, e)
try:
    ext.set('app', 'x', '$oops')
except ValueError as e:
    print('ValueError', e)

# raw parser keeps anything
raw = configparser.RawConfigParser()
raw.add_section('r')
raw.set('r', 'n', 5)
raw.set('r', 'p', '%(nothing)s')
print(raw.get('r', 'n'), raw.get('r', 'p'), raw.items('r'))

# options, delimiters, prefixes
odd = configparser.ConfigParser(allow_no_value=True, delimiters=('->', '::'), comment_prefixes=('//',),
                                inline_comment_prefixes=('#',), empty_lines_in_values=False,
                                default_section='common', strict=False)
odd.read_string("""
[common]
shared -> yes
[s]
flag
key -> value # comment
url :: http://x#frag
// full comment
key -> again
long -> one

  two
[s]
more -> x
""")
print(odd.sections(), odd.items('s'), odd.get('s', 'flag'), odd.has_option('s', 'shared'), odd.has_option(None, 'shared'))
out = io.StringIO()
odd.write(out)
print(out.getvalue())
out = io.StringIO()
cp.write(out, space_around_delimiters=False)
print(out.getvalue())

# parsing errors
for text, kw in [("x = 1\n", {}), ("[a]\nnovalue\n=empty\n", {}), ("[a]\nk=1\n[a]\n", {}), ("[a]\nk=1\nk=2\n", {}),
                 ("[a]\nk=1\n[a]\nk=2\n", {'strict': False}), ("[a]\nk\n  cont\n", {'allow_no_value': True}),
                 ("top = 1\n[a]\nk = 2\n", {'allow_unnamed_section': True}), ("[a]\n  = x\nbad line\n", {})]:
    p = configparser.ConfigParser(**kw)
    try:
        p.read_string(text, source='<text>')
        print('ok', p.sections(), [p.items(s) for s in p.sections()])
    except configparser.Error as e:
        print(type(e).__name__, repr(str(e)), e.args, getattr(e, 'errors', None))

# unnamed section
un = configparser.ConfigParser(allow_unnamed_section=True)
un.read_string("a = 1\nb = 2\n[sec]\nc = 3\n")
print(un.sections(), un.get(configparser.UNNAMED_SECTION, 'a'), configparser.UNNAMED_SECTION)
out = io.StringIO()
un.write(out)
print(repr(out.getvalue()))

# read_dict, mapping protocol, converters
md = configparser.ConfigParser(defaults={'d': 1}, allow_no_value=True, converters={'list': lambda v: v.split(',')})
md.read_dict({'one': {'a': 'x,y', 'n': 3, 'none': None}, 2: {'k': 'v'}})
print(md.sections(), md.getlist('one', 'a'), md['one'].getlist('a'), md.get('one', 'n'), md.get('one', 'none'))
print(sorted(md.converters), md.converters['list'] is not None, md.converters['int'])
md.converters['upper'] = str.upper
print(md.getupper('one', 'a'), md['2'].getupper('k'))
del md.converters['upper']
print(hasattr(md, 'getupper'), 'upper' in md.converters)
md['new'] = {'x': 'y'}
md['one']['added'] = 'z'
del md['one']['a']
print(md.sections(), dict(md['one']), md.popitem()[0], md.remove_section('new'), md.remove_section('new'))
try:
    md.read_dict({'s': {'k': 1, 'K': 2}})
except configparser.DuplicateOptionError as e:
    print(e)
try:
    md.add_section('again')
    md['again']['x'] = 5
except TypeError as e:
    print(e)
try:
    configparser.ConfigParser(interpolation=5)
except TypeError as e:
    print(e)
for key in ['', 5]:
    try:
        md.converters[key] = int
    except ValueError as e:
        print(e)

# read() of files that do not exist, read_file with names
print(cp.read(['/nonexistent/file.ini']), cp.read('/nonexistent/also.ini'))
f = io.StringIO("[fromfile]\nk = v\n")
cp.read_file(f)
cp.read_file(["[fromlist]\n", "k = w\n"], source='list')
print(cp.get('fromfile', 'k'), cp.get('fromlist', 'k'))

# errors built by hand
print(configparser.DuplicateSectionError('s'), configparser.DuplicateSectionError('s', 'src', 3))
print(configparser.DuplicateOptionError('s', 'o', 'src'), configparser.DuplicateOptionError('s', 'o'))
e = configparser.ParsingError('src', 4, 'line')
e.append(12, 'other')
print(repr(e), e.errors)
print(configparser.MissingSectionHeaderError('f', 1, 'x'), configparser.MultilineContinuationError('f', 2, 'y'))
print(configparser.DEFAULTSECT, configparser.MAX_INTERPOLATION_DEPTH,
      [c.__name__ for c in configparser.ParsingError.__mro__])
print(sorted(configparser.__all__))
