# optparse with ill-typed and hostile input: Option with wrong kinds of every
# attribute, parsers fed non-string arguments, huge counts and nargs, callbacks
# that raise, formatters with odd widths. Any exception may come but
# SystemError (a Go panic in Kaa). Run by safety_test.go.
import io
import optparse
import sys

values = [None, '', 'x', '-', '--', '-x', '--x=', 5, -1, 2**70, 1.5, [], {}, (), b'-x', 'store', 'int', ['a'],
          len, '\udcff']
attrs = optparse.Option.ATTRS
bad = count = 0


def attempt(f, *a, **k):
    global bad, count
    count += 1
    old = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = io.StringIO()
    try:
        f(*a, **k)
    except SystemError as e:
        sys.stdout, sys.stderr = old
        bad += 1
        print('SYSTEMERROR', f, a, k, e)
    except BaseException:
        pass
    finally:
        sys.stdout, sys.stderr = old


for v in values:
    attempt(optparse.Option, v)
    attempt(optparse.Option, '-x', v)
    for attr in attrs:
        attempt(optparse.Option, '-x', '--xx', **{attr: v})
        if attr not in ('action', 'callback'):
            attempt(optparse.Option, '-x', action='callback', callback=len, **{attr: v})

parser = optparse.OptionParser(version='1')
parser.add_option('-i', type='int', nargs=3)
parser.add_option('--c', type='choice', choices=['a'])
parser.add_option('--cb', action='callback', callback=lambda *a: 1 / 0)
parser.add_option('--cnt', action='count')
for v in values:
    attempt(parser.parse_args, [v])
    attempt(parser.parse_args, ['-i', v, v, v])
    attempt(parser.parse_args, ['--c', v])
    attempt(parser.parse_args, v)
    attempt(parser.add_option, v)
    attempt(parser.add_option_group, v)
    attempt(parser.remove_option, v)
    attempt(parser.get_option_group, v)
    attempt(parser.set_usage, v)
    attempt(optparse._parse_num, v, int)
    attempt(optparse._match_abbrev, v, {'--a': 1})
attempt(parser.parse_args, ['--cb'])
attempt(parser.parse_args, ['--cnt'] * 10000)
for width in [None, -5, 0, 1, 10, 10**6]:
    for pos in [-3, 0, 1, 100]:
        attempt(lambda: optparse.OptionParser(formatter=optparse.IndentedHelpFormatter(width=width,
                                                                                       max_help_position=pos),
                                              description='d ' * 50).format_help())
        attempt(lambda: optparse.OptionParser(formatter=optparse.TitledHelpFormatter(width=width,
                                                                                     max_help_position=pos)).format_help())
print('calls', count, 'system errors', bad)
