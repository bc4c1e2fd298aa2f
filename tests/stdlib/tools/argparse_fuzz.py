"""Random parsers through python3.13's argparse and Kaa's lib/argparse.py (run under
python3.13), compared: format_help and format_usage, then parse_known_args, parse_args
and parse_intermixed_args on random argument lists (the namespace, the exit status or
exception, and what went to stdout and stderr). Parsers mix prefix characters, every
action and nargs, types, choices, defaults, metavars, argument groups, mutually
exclusive groups, sub-commands, the help formatters and widths, and both
exit_on_error settings.

Usage: python3.13 tests/stdlib/tools/argparse_fuzz.py [FILE] [COUNT] [SEED]
(defaults lib/argparse.py, 2000, 1). Prints the first differences and a count.
"""
import argparse as ref
import contextlib
import importlib.util
import io
import os
import random
import re
import sys
import warnings

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, 'lib', 'argparse.py')
N = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
SEED = int(sys.argv[3]) if len(sys.argv) > 3 else 1
spec = importlib.util.spec_from_file_location('kargparse', path)
ours = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ours)

WORDS = ['alpha', 'beta', 'gamma', 'x', 'y', 'zed', 'foo', 'bar', 'baz', 'long-name',
         'quite-a-long-option-name-here', 'a', 'b', 'c', 'v', 'q']
HELPS = [None, 'help text', 'the default is %(default)s', 'a rather long help text that '
         'will need to wrap over more than one line of the output, surely',
         'choose %(choices)s', 'prog %(prog)s', '', 'SUPPRESS', 'type %(type)s  x\n\ny']


def spec_parser(rng):
    prefix = rng.choice(['-', '-', '-', '-+', '+', '-/'])
    p = {'prog': rng.choice(['prog', 'p', 'a-very-long-program-name-that-takes-space-' * rng.randint(1, 2)]),
         'prefix_chars': prefix,
         'allow_abbrev': rng.random() < 0.8,
         'add_help': rng.random() < 0.8,
         'exit_on_error': rng.random() < 0.5,
         'description': rng.choice([None, 'A description.', 'desc ' * 30]),
         'epilog': rng.choice([None, 'Epilog %(prog)s.']),
         'argument_default': rng.choice([None, None, None, 'ad']),
         'formatter': rng.choice(['HelpFormatter', 'HelpFormatter', 'RawDescriptionHelpFormatter',
                                  'RawTextHelpFormatter', 'ArgumentDefaultsHelpFormatter']),
         'width': rng.choice([30, 50, 80, 120]),
         'args': [], 'groups': [], 'mutex': [], 'sub': None, 'usage': rng.choice([None] * 8 + ['%(prog)s custom'])}
    used = set()
    ngroups = rng.randint(0, 2)
    for g in range(ngroups):
        p['groups'].append({'title': rng.choice([None, 'group %d' % g]), 'description': rng.choice([None, 'gdesc'])})
    nmutex = rng.randint(0, 2)
    for g in range(nmutex):
        p['mutex'].append({'required': rng.random() < 0.3})
    for i in range(rng.randint(0, 7)):
        a = {}
        positional = rng.random() < 0.35
        if positional:
            name = rng.choice(WORDS).replace('-', '_') + str(i)
            a['names'] = [name]
        else:
            names = []
            ch = rng.choice(prefix)
            if rng.random() < 0.7:
                names.append(ch + rng.choice('abcdefvxyzq1'))
            if rng.random() < 0.7 or not names:
                names.append(ch * 2 + rng.choice(WORDS) + rng.choice(['', '', str(i)]))
            if rng.random() < 0.1:
                names = [ch + '1']
            names = [n for n in names if n not in used]
            if not names:
                continue
            used.update(names)
            a['names'] = names
        kw = {}
        action = rng.choice(['store'] * 6 + ['store_const', 'store_true', 'store_false', 'append',
                                             'append_const', 'count', 'extend', 'bool'])
        if positional and action in ('store_const', 'store_true', 'store_false', 'append_const', 'count', 'bool'):
            action = 'store'
        if action != 'store' or rng.random() < 0.3:
            kw['action'] = action
        if action in ('store', 'append', 'extend'):
            nargs = rng.choice([None, None, None, '?', '*', '+', 1, 2, 3, '...'] if action != 'extend' else ['*', '+', 2])
            if nargs is not None:
                kw['nargs'] = nargs
            if nargs == '?' and rng.random() < 0.5:
                kw['const'] = rng.choice(['C', '3'])
            if rng.random() < 0.3:
                kw['type'] = rng.choice(['int', 'float', 'str'])
            if rng.random() < 0.2:
                kw['choices'] = rng.choice([['1', '2', '3'], ['x', 'yy'], 'range'])
            if rng.random() < 0.15 and nargs not in ('?', '*', '+', '...', 2, 3):
                kw['metavar'] = rng.choice(['M', 'META_VAR'])
            if rng.random() < 0.1 and nargs == 2:
                kw['metavar'] = ('A', 'B')
        if action in ('store_const', 'append_const'):
            kw['const'] = rng.choice([1, 'k', None])
        if rng.random() < 0.3:
            kw['default'] = rng.choice(['d', '5', 7, None, 'SUPPRESS', []])
        if not positional and rng.random() < 0.15:
            kw['required'] = True
        h = rng.choice(HELPS)
        if h is not None:
            kw['help'] = h
        if not positional and rng.random() < 0.1:
            kw['dest'] = 'dd%d' % i
        a['kw'] = kw
        r = rng.random()
        if r < 0.25 and p['mutex'] and (not positional or kw.get('nargs') in ('?', '*')):
            a['where'] = ('mutex', rng.randrange(len(p['mutex'])))
        elif r < 0.5 and p['groups']:
            a['where'] = ('group', rng.randrange(len(p['groups'])))
        else:
            a['where'] = ('parser', 0)
        p['args'].append(a)
    if rng.random() < 0.2:
        p['sub'] = {'names': rng.sample(['run', 'stop', 'status', 'go'], rng.randint(1, 3)),
                    'required': rng.random() < 0.5, 'title': rng.choice([None, 'cmds']),
                    'dest': rng.choice([None, 'cmd'])}
    return p


def convert(mod, value):
    if value == 'SUPPRESS':
        return mod.SUPPRESS
    if value == 'range':
        return range(1, 4)
    if value in ('int', 'float', 'str'):
        return {'int': int, 'float': float, 'str': str}[value]
    if value == 'bool':
        return mod.BooleanOptionalAction
    if value == '...':
        return mod.REMAINDER
    if isinstance(value, list):
        return list(value)
    return value


def build(mod, p):
    fmt = getattr(mod, p['formatter'])
    width = p['width']

    class F(fmt):
        def __init__(self, prog, **kw):
            kw['width'] = width
            super().__init__(prog, **kw)
    parser = mod.ArgumentParser(prog=p['prog'], prefix_chars=p['prefix_chars'], allow_abbrev=p['allow_abbrev'],
                                add_help=p['add_help'], exit_on_error=p['exit_on_error'],
                                description=p['description'], epilog=p['epilog'],
                                argument_default=p['argument_default'], formatter_class=F, usage=p['usage'])
    groups = [parser.add_argument_group(g['title'], g['description']) for g in p['groups']]
    usedm = {a['where'][1] for a in p['args'] if a['where'][0] == 'mutex'}
    mutex = [parser.add_mutually_exclusive_group(required=m['required']) if i in usedm else None
             for i, m in enumerate(p['mutex'])]
    for a in p['args']:
        kw = {k: convert(mod, v) for k, v in a['kw'].items()}
        where, i = a['where']
        target = parser if where == 'parser' else (groups[i] if where == 'group' else mutex[i])
        target.add_argument(*a['names'], **kw)
    if p['sub']:
        s = p['sub']
        kw = {}
        if s['title']:
            kw['title'] = s['title']
        if s['dest']:
            kw['dest'] = s['dest']
        sp = parser.add_subparsers(required=s['required'], **kw)
        for n in s['names']:
            sub = sp.add_parser(n, help='cmd ' + n, formatter_class=F)
            sub.add_argument('--flag', action='store_true')
            sub.add_argument('item', nargs='?')
    return parser


def run(mod, p, argvs):
    out = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            parser = build(mod, p)
    except Exception as e:
        return [('build', type(e).__name__, str(e))]
    for fn in ('format_help', 'format_usage'):
        try:
            out.append((fn, getattr(parser, fn)()))
        except Exception as e:
            out.append((fn, 'exc', type(e).__name__, str(e)))
    for argv in argvs:
        for method in ('parse_known_args', 'parse_args', 'parse_intermixed_args'):
            err = io.StringIO()
            so = io.StringIO()
            try:
                with contextlib.redirect_stderr(err), contextlib.redirect_stdout(so), warnings.catch_warnings():
                    warnings.simplefilter('ignore')
                    r = getattr(parser, method)(list(argv))
                if isinstance(r, tuple):
                    r = (sorted(vars(r[0]).items(), key=str), r[1])
                else:
                    r = sorted(vars(r).items(), key=str)
                res = ('ok', repr(r))
            except SystemExit as e:
                res = ('exit', e.code)
            except Exception as e:
                res = ('exc', type(e).__name__, str(e).replace('kargparse', 'argparse'))
            out.append((method, argv, res, err.getvalue(), so.getvalue()))
    return out


def tokens(rng, p):
    pool = ['--', '-', 'val', '1', '2', '-1', '-2.5', 'x', 'yy', 'run', 'stop', 'go', 'a b', '--=x', '-=']
    for a in p['args']:
        for n in a['names']:
            pool.append(n)
            if n[:2] == n[0] * 2:
                pool.append(n[:4])
                pool.append(n + '=3')
                pool.append(n[:5] + '=v')
                pool.append(n[:2] + 'no-' + n[2:])
            else:
                pool.append(n + '5')
                pool.append(n + 'x')
                pool.append(n + '=q')
    for c in p['prefix_chars']:
        pool += [c + 'h', c * 2 + 'help', c + 'vx', c + 'bad', c * 2 + 'unknown', c + 'ab']
    return pool



def norm(out):
    return [re.sub(r' at 0x[0-9a-f]+', '', repr(x)).replace('kargparse', 'argparse') for x in out]


def main():
    rng = random.Random(SEED)
    diffs = 0
    for case in range(N):
        p = spec_parser(rng)
        pool = tokens(rng, p)
        argvs = [[rng.choice(pool) for _ in range(rng.randint(0, 6))] for _ in range(6)]
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
