"""Random OptionParsers through python3.13's optparse and Kaa's lib/optparse.py (run
under python3.13), compared: format_help, then parse_args on random argument lists
(the values and positional arguments, the exit status or exception, and what went to
stdout and stderr). Parsers mix every action and type, nargs, choices, defaults with
%default, callbacks, groups, both conflict handlers, both formatters with their
delimiters, widths, usage and version strings, and malformed declarations.

Usage: python3.13 tests/stdlib/tools/optparse_fuzz.py [FILE] [COUNT] [SEED]
(defaults lib/optparse.py, 1000, 1). Prints the first differences and a count.
"""
import contextlib
import importlib.util
import io
import optparse as ref
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, 'lib', 'optparse.py')
N = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
SEED = int(sys.argv[3]) if len(sys.argv) > 3 else 1
spec = importlib.util.spec_from_file_location('koptparse', path)
ours = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ours)

WORDS = ['alpha', 'beta', 'gamma', 'file', 'verbose', 'quiet', 'long-name', 'x', 'count', 'value']
HELPS = [None, 'help text', 'default %default here', 'a rather long help text that will '
         'need to wrap over more than one line of the output, surely', '', 'SUPPRESS']


def spec_parser(rng):
    p = {'usage': rng.choice([None, None, '%prog [opts] file', 'usage: %prog x', 'SUPPRESS']),
         'prog': rng.choice([None, 'prog', 'a-long-program-name']),
         'version': rng.choice([None, None, '%prog 1.0']),
         'description': rng.choice([None, 'Some description of %prog. ' * rng.randint(1, 5)]),
         'epilog': rng.choice([None, 'Epilog.']),
         'add_help': rng.random() < 0.8,
         'conflict': rng.choice(['error', 'resolve']),
         'formatter': rng.choice(['I', 'I', 'T']),
         'width': rng.choice([40, 60, 80, 100]),
         'interspersed': rng.random() < 0.8,
         'process_defaults': rng.random() < 0.9,
         'groups': [], 'opts': [], 'short_first': rng.random() < 0.5,
         'delims': (rng.choice(['', ' ', None]), rng.choice(['=', ' ', None]))}
    for g in range(rng.randint(0, 2)):
        p['groups'].append({'title': 'Group %d' % g, 'description': rng.choice([None, 'gdesc'])})
    for i in range(rng.randint(0, 7)):
        names = []
        if rng.random() < 0.7:
            names.append('-' + rng.choice('abcdefvqxz'))
        if rng.random() < 0.7 or not names:
            names.append('--' + rng.choice(WORDS) + rng.choice(['', '', str(i)]))
        if rng.random() < 0.05:
            names.append(rng.choice(['x', '-', '---a', '-ab']))
        kw = {}
        action = rng.choice(['store'] * 5 + ['store_const', 'store_true', 'store_false', 'append',
                                             'append_const', 'count', 'callback', None])
        if action:
            kw['action'] = action
        if action in ('store', 'append', None, 'callback'):
            if rng.random() < 0.4:
                kw['type'] = rng.choice(['int', 'float', 'string', 'choice', 'complex', 'long', 'bogus'])
            if kw.get('type') == 'choice' or rng.random() < 0.1:
                kw['choices'] = rng.choice([['a', 'b'], ('x', 'yy'), 'ab'])
            if rng.random() < 0.2:
                kw['nargs'] = rng.choice([1, 2, 3])
        if action in ('store_const', 'append_const') or rng.random() < 0.05:
            kw['const'] = rng.choice([1, 'k'])
        if rng.random() < 0.3:
            kw['default'] = rng.choice(['d', '5', 7, None, '0x1f', '010', '0b11'])
        if rng.random() < 0.1:
            kw['dest'] = 'dd%d' % i
        if rng.random() < 0.15:
            kw['metavar'] = 'META'
        h = rng.choice(HELPS)
        if h is not None:
            kw['help'] = h
        if action == 'callback':
            kw['callback_args'] = rng.choice([None, (1,), [1]])
        where = rng.randrange(len(p['groups']) + 1)
        p['opts'].append((names, kw, where))
    return p


def callback(option, opt, value, parser, *args, **kwargs):
    parser.values.cb = (opt, value, args)


def build(mod, p):
    if p['formatter'] == 'I':
        fmt = mod.IndentedHelpFormatter(width=p['width'], short_first=p['short_first'])
    else:
        fmt = mod.TitledHelpFormatter(width=p['width'], short_first=p['short_first'])
    if p['delims'][0] is not None:
        fmt.set_short_opt_delimiter(p['delims'][0])
    if p['delims'][1] is not None:
        fmt.set_long_opt_delimiter(p['delims'][1])
    usage = mod.SUPPRESS_USAGE if p['usage'] == 'SUPPRESS' else p['usage']
    parser = mod.OptionParser(usage=usage, prog=p['prog'], version=p['version'],
                              description=p['description'], epilog=p['epilog'],
                              add_help_option=p['add_help'], conflict_handler=p['conflict'],
                              formatter=fmt)
    if not p['interspersed']:
        parser.disable_interspersed_args()
    parser.set_process_default_values(p['process_defaults'])
    groups = [parser.add_option_group(g['title'], g['description']) for g in p['groups']]
    for names, kw, where in p['opts']:
        kw = dict(kw)
        if kw.get('help') == 'SUPPRESS':
            kw['help'] = mod.SUPPRESS_HELP
        if kw.get('action') == 'callback':
            kw['callback'] = callback
        target = parser if where == 0 else groups[where - 1]
        try:
            target.add_option(*names, **kw)
        except Exception as e:
            yield ('add', type(e).__name__, str(e))
    yield parser


def run(mod, p, argvs):
    out = []
    parser = None
    try:
        for item in build(mod, p):
            if isinstance(item, tuple):
                out.append(item)
            else:
                parser = item
    except Exception as e:
        out.append(('build', type(e).__name__, str(e)))
        return out
    try:
        out.append(('help', parser.format_help()))
    except Exception as e:
        out.append(('help', type(e).__name__, str(e)))
    for argv in argvs:
        err, so = io.StringIO(), io.StringIO()
        try:
            with contextlib.redirect_stderr(err), contextlib.redirect_stdout(so):
                values, args = parser.parse_args(list(argv))
            res = ('ok', sorted(vars(values).items(), key=str), args)
        except SystemExit as e:
            res = ('exit', e.code)
        except Exception as e:
            res = ('exc', type(e).__name__, str(e))
        out.append((argv, res, err.getvalue(), so.getvalue()))
    return out


def tokens(rng, p):
    pool = ['--', '-', 'val', '1', '2', '0x10', '3.5', 'a', 'b', 'yy', '-1', '--ver', '--help', '-h']
    for names, kw, where in p['opts']:
        for n in names:
            pool.append(n)
            if n.startswith('--'):
                pool += [n[:4], n + '=3', n + '=']
            else:
                pool += [n + '5', n + 'v', n + 'ab']
    return pool


def norm(out):
    return [re.sub(r' at 0x[0-9a-f]+', '', repr(x)).replace('koptparse', 'optparse') for x in out]


def main():
    rng = random.Random(SEED)
    diffs = 0
    for case in range(N):
        p = spec_parser(rng)
        pool = tokens(rng, p)
        argvs = [[rng.choice(pool) for _ in range(rng.randint(0, 6))] for _ in range(8)]
        a = norm(run(ref, p, argvs))
        b = norm(run(ours, p, argvs))
        if a != b:
            diffs += 1
            if diffs <= 3:
                print('DIFF case', case, p)
                for x, y in zip(a, b):
                    if x != y:
                        print(' cpython:', x)
                        print(' ours   :', y)
                        break
                else:
                    print(' lengths', len(a), len(b))
    print('cases', N, 'diffs', diffs)


main()
