# optparse: every action and type, defaults (%default in help), nargs,
# callbacks, choices, abbreviations, clustered short options, interspersed
# arguments, conflicts, groups, both help formatters, and the error exits
# (their messages on stderr are captured).
import io
import optparse
import sys
from optparse import OptionParser, Option, OptionGroup, make_option


def run(parser, args):
    err = io.StringIO()
    out = io.StringIO()
    old = sys.stderr, sys.stdout
    sys.stderr, sys.stdout = err, out
    try:
        opts, rest = parser.parse_args(args)
        result = (sorted(vars(opts).items()), rest)
    except SystemExit as e:
        result = ('exit', e.code)
    finally:
        sys.stderr, sys.stdout = old
    print(args, result, repr(err.getvalue()), repr(out.getvalue()[:300]))


def collect(option, opt, value, parser, *args, **kwargs):
    parser.values.ensure_value('seen', []).append((str(option), opt, value, args, sorted(kwargs.items())))


p = OptionParser(prog='prog', usage='%prog [options] files', version='%prog 1.0',
                 formatter=optparse.IndentedHelpFormatter(width=78),
                 description='A test program whose description is long enough to be wrapped over more than one '
                             'line by the help formatter.', epilog='That is all.')
p.add_option('-f', '--file', dest='filename', metavar='FILE', help='read from FILE [default: %default]',
             default='in.txt')
p.add_option('-q', '--quiet', action='store_false', dest='verbose', default=True, help="don't print")
p.add_option('-v', action='store_true', dest='verbose')
p.add_option('-n', '--num', type='int', default=3, help='a number (default %default)')
p.add_option('--ratio', type='float')
p.add_option('--cplx', type='complex')
p.add_option('-l', '--long-name', type='long')
p.add_option('-c', '--count', action='count')
p.add_option('-a', '--append', action='append')
p.add_option('--const', action='store_const', const=42)
p.add_option('--aconst', action='append_const', const='x', dest='consts')
p.add_option('--pair', nargs=2, type='int')
p.add_option('--mode', choices=['fast', 'slow'], help=optparse.SUPPRESS_HELP)
p.add_option('--cb', action='callback', callback=collect, type='string', callback_args=(1,),
             callback_kwargs={'k': 2})
p.add_option('--flagcb', action='callback', callback=collect)
group = OptionGroup(p, 'Extra options', 'These are grouped.')
group.add_option('--extra', help='an extra option with a rather long help text that has to wrap around')
p.add_option_group(group)
p.add_option_group('Empty group')

for args in [[], ['-f', 'x', 'a', 'b'], ['-fx'], ['--file=y'], ['--fi', 'z'], ['-vqc', '-cc'], ['-n', '0x1f'],
             ['-n', '010'], ['-n', '0b101'], ['-n', 'abc'], ['--ratio', '2.5'], ['--ratio', 'x'], ['--cplx', '1+2j'],
             ['-l', '12'], ['-a', '1', '-a2', '--append=3'], ['--const', '--aconst', '--aconst'],
             ['--pair', '1', '2'], ['--pair', '1'], ['--pair=1', '2'], ['--mode', 'fast'], ['--mode', 'medium'],
             ['--cb', 'v', '--flagcb'], ['--nope'], ['-z'], ['--e', 'e'], ['--c'], ['--quiet=1'], ['a', '--', '-v'],
             ['-', '-v'], ['--num'], ['--version'], ['--help'], ['-h']]:
    run(p, args)
print(p.format_help())
p.disable_interspersed_args()
run(p, ['a', '-v'])
p.enable_interspersed_args()
print(p.get_usage(), p.get_version(), p.get_prog_name(), p.has_option('-f'), p.has_option('--zzz'))
print(p.get_option('-f'), p.get_option_group('--extra').title, p.get_option_group('-f'), p.get_default_values())
p.set_defaults(num='7')
print(p.get_default_values().num)
p.set_process_default_values(False)
print(p.get_default_values().num)
p.remove_option('--ratio')
print(p.has_option('--ratio'))
try:
    p.remove_option('--ratio')
except ValueError as e:
    print(e)

titled = OptionParser(usage='usage: %prog x', formatter=optparse.TitledHelpFormatter(width=60), prog='t',
                      add_help_option=False)
titled.add_option('-x', '--xx', help='the x option', metavar='X', type='string')
titled.add_option('--flag', action='store_true', help='a flag')
g = titled.add_option_group('Group', 'Group text')
g.add_option('-y', help='why')
print(titled.format_help())
fmt = optparse.IndentedHelpFormatter(width=40, max_help_position=10)
fmt.set_short_opt_delimiter('')
fmt.set_long_opt_delimiter(' ')
nohelp = OptionParser(usage=optparse.SUPPRESS_USAGE, formatter=fmt, prog='n')
nohelp.add_option('-s', '--size', help='size')
print(repr(nohelp.format_help()))
for bad in [lambda: fmt.set_short_opt_delimiter('x'), lambda: fmt.set_long_opt_delimiter('')]:
    try:
        bad()
    except ValueError as e:
        print(e)

# conflicts
c = OptionParser(conflict_handler='resolve', add_help_option=False)
c.add_option('-a', '--aa', dest='first')
c.add_option('-a', dest='second')
c.add_option('--aa', dest='third')
print([str(o) for o in c.option_list])
try:
    OptionParser().add_option('-h')
except optparse.OptionConflictError as e:
    print(type(e).__name__, e)

# invalid options
for args, kw in [((), {}), (('x',), {}), (('-',), {}), (('--',), {}), (('-xy',), {}), (('---x',), {}),
                 (('-x',), {'action': 'bogus'}), (('-x',), {'type': 'bogus'}), (('-x',), {'type': int}),
                 (('-x',), {'type': str}), (('-x',), {'action': 'count', 'type': 'int'}),
                 (('-x',), {'type': 'choice'}), (('-x',), {'type': 'choice', 'choices': 'ab'}),
                 (('-x',), {'choices': ['a']}), (('-x',), {'action': 'store_true', 'choices': ['a']}),
                 (('-x',), {'const': 1}), (('-x',), {'action': 'count', 'nargs': 2}),
                 (('-x',), {'action': 'callback'}), (('-x',), {'action': 'callback', 'callback': len, 'callback_args': 1}),
                 (('-x',), {'action': 'callback', 'callback': len, 'callback_kwargs': 1}),
                 (('-x',), {'callback': len}), (('-x',), {'callback_args': ()}), (('-x',), {'callback_kwargs': {}}),
                 (('-x',), {'bogus': 1, 'other': 2}), (('-x', '--x-y'), {})]:
    try:
        o = Option(*args, **kw)
        print(args, kw, 'ok', o, o.dest, o.type, o.nargs, o.action, o.get_opt_string(), o.takes_value())
    except (optparse.OptionError, TypeError) as e:
        print(args, kw, type(e).__name__, e)
v = optparse.Values({'a': 1, 'b': None})
print(v, v == {'a': 1, 'b': None}, v == optparse.Values({'a': 1, 'b': None}), v.ensure_value('b', 5),
      v.ensure_value('a', 7), v.ensure_value('c', []))
v._update({'a': 2, 'zz': 3, 'b': None}, 'careful')
print(sorted(vars(v).items()))
v._update({'zz': 3}, 'loose')
print(sorted(vars(v).items()))
try:
    v._update({}, 'odd')
except ValueError as e:
    print(e)
print(str(optparse.BadOptionError('-q')), str(optparse.AmbiguousOptionError('--a', ['--ab', '--ac'])),
      str(optparse.OptionValueError('bad')), str(optparse.OptionError('m', None)),
      str(optparse.OptionError('m', Option('-k'))))
for s in ['--ab', '--a', '--x', '--abc']:
    try:
        print(optparse._match_abbrev(s, {'--abc': 1, '--abd': 2, '--ab': 3}))
    except optparse.BadOptionError as e:
        print(type(e).__name__, e)
print(optparse._parse_num('0x10', int), optparse._parse_num('0b', int), optparse._parse_num('017', int),
      optparse._parse_num('19', int), make_option is Option, optparse.NO_DEFAULT)
