# argparse: help and usage text (wrapping, groups, mutually exclusive
# groups, sub-commands, formatter classes), parsing results (nargs, actions,
# types, choices, defaults, abbreviations, negative numbers, '--', joined
# short options, fromfile, intermixed), and every error message.
import argparse
import contextlib
import io
import os
import sys
import tempfile


def run(parser, argv):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            result = parser.parse_args(argv)
        except SystemExit as e:
            result = 'exit %s' % e.code
        except argparse.ArgumentError as e:
            result = 'ArgumentError: %s' % e
    print(repr(argv), '->', result)
    for label, stream in (('stdout', out), ('stderr', err)):
        if stream.getvalue():
            print('  %s:' % label)
            for line in stream.getvalue().splitlines():
                print('   |' + line)


os.environ['COLUMNS'] = '80'

p = argparse.ArgumentParser(prog='demo', description='A demo program that does things with files and numbers, '
                            'and has a rather long description to show how text is wrapped.', epilog='The end. See %(prog)s.')
p.add_argument('files', nargs='+', help='input files')
p.add_argument('-v', '--verbose', action='count', default=0, help='more output')
p.add_argument('-o', '--output', metavar='FILE', help='where to write (default: %(default)s)', default='out.txt')
p.add_argument('-n', '--number', type=int, choices=[1, 2, 3], help='a number from %(choices)s')
p.add_argument('--flag', action='store_true')
p.add_argument('--no-color', dest='color', action='store_false', help='no colour')
p.add_argument('--const', action='store_const', const=42)
p.add_argument('-a', '--append', action='append', type=float)
p.add_argument('--ext', action='extend', nargs='+')
p.add_argument('--pair', nargs=2, metavar=('KEY', 'VALUE'))
p.add_argument('--opt', nargs='?', const='C', default='D')
p.add_argument('--star', nargs='*')
p.add_argument('--version', action='version', version='%(prog)s 1.0')
p.add_argument('--hidden', help=argparse.SUPPRESS)
p.add_argument('--bool', action=argparse.BooleanOptionalAction, default=True, help='a boolean')
g = p.add_argument_group('extra', 'Extra options in a group.')
g.add_argument('--extra', type=str.upper)
m = p.add_mutually_exclusive_group()
m.add_argument('--fast', action='store_true')
m.add_argument('--slow', action='store_true')
print(p.format_usage(), end='')
print(p.format_help())
for argv in [['a'], ['a', 'b', '-vvv'], ['-o', 'x', 'f'], ['--output=y', 'f'], ['-oz', 'f'], ['f', '-n', '2'], ['f', '-n', '5'], ['f', '-n', 'x'],
             ['f', '--flag', '--no-color', '--const'], ['f', '-a', '1.5', '-a', '2'], ['f', '--ext', 'a', 'b', '--ext', 'c'],
             ['f', '--pair', 'k', 'v'], ['f', '--pair', 'k'], ['f', '--opt'], ['f', '--opt', 'x'], ['f', '--star'], ['f', '--star', 'a', 'b'],
             ['--version'], ['-h'], [], ['f', '--unknown'], ['f', '--ver'], ['f', '--fl'], ['f', '--fast', '--slow'], ['f', '--no-bool'],
             ['f', '--bool'], ['f', '--extra', 'low'], ['--', '-f'], ['f', '--', '--flag'], ['f', '-vvo', 'x'], ['f', '-v=x'], ['f', '--flag=1'],
             ['f', '-x'], ['f', '--hidden', 'h'], ['f', '-n'], ['f', '--output'], ['-'], ['f', '-1']]:
    run(p, argv)

# Positionals of every nargs, and defaults.
q = argparse.ArgumentParser(prog='pos', exit_on_error=False)
q.add_argument('one')
q.add_argument('opt', nargs='?', default='dflt')
q.add_argument('two', nargs=2, type=int)
q.add_argument('rest', nargs='*', default=['x'])
q.add_argument('--x', type=int, default='7')
print(q.format_help())
for argv in [['a', '1', '2'], ['a', 'b', '1', '2', 'r1', 'r2'], ['a'], ['a', '1', 'z'], ['a', 'b', '1', '2', '--x', '3']]:
    run(q, argv)

# Sub-commands.
s = argparse.ArgumentParser(prog='git')
s.add_argument('--debug', action='store_true')
sub = s.add_subparsers(dest='cmd', title='commands', description='the commands', help='what to do', required=True)
c1 = sub.add_parser('commit', help='record changes', aliases=['ci'])
c1.add_argument('-m', '--message', required=True)
c2 = sub.add_parser('push', help='upload')
c2.add_argument('remote', nargs='?', default='origin')
c2.set_defaults(func='push-func')
sub.add_parser('old', deprecated=True)
print(s.format_help())
print(c1.format_help())
for argv in [['commit', '-m', 'msg'], ['ci', '-m', 'x'], ['push'], ['push', 'up'], ['--debug', 'push', 'x'], ['pull'], [], ['commit'],
             ['old'], ['push', 'a', 'b']]:
    run(s, argv)

# Formatter classes and wrapping.
for cls in [argparse.RawDescriptionHelpFormatter, argparse.RawTextHelpFormatter, argparse.ArgumentDefaultsHelpFormatter,
            argparse.MetavarTypeHelpFormatter]:
    f = argparse.ArgumentParser(prog='fmt', formatter_class=cls, description='Line one.\n  Indented line two.\n\nParagraph.')
    f.add_argument('--size', type=int, default=3, help='the size\nwith two lines')
    f.add_argument('name', type=str, help='a name')
    f.add_argument('--maybe', nargs='?', type=float, default=1.5)
    print(cls.__name__)
    print(f.format_help())
w = argparse.ArgumentParser(prog='a-program-with-a-rather-long-name-for-wrapping-tests')
for i in range(12):
    w.add_argument('--option-number-%d' % i, metavar='VALUE%d' % i)
w.add_argument('positional_one')
w.add_argument('positional_two', nargs='*')
print(w.format_usage())
w2 = argparse.ArgumentParser(prog='short')
for i in range(8):
    w2.add_argument('-%s' % 'abcdefgi'[i], '--long-option-%d' % i, help='help text number %d which is long enough to need wrapping in the help column' % i)
mg = w2.add_mutually_exclusive_group(required=True)
mg.add_argument('--this')
mg.add_argument('--that', action='store_true')
w2.add_argument('target', choices=['build', 'test', 'deploy'])
print(w2.format_help())
run(w2, ['build'])
run(w2, ['build', '--this', 'x', '--that'])
run(w2, ['nope', '--that'])

# Prefix characters, abbreviation, negative numbers, conflicts, parents.
pp = argparse.ArgumentParser(prog='plus', prefix_chars='+/', allow_abbrev=False)
pp.add_argument('+f', '++foo')
pp.add_argument('/b', action='store_true')
print(pp.format_help())
run(pp, ['+f', '1', '/b'])
run(pp, ['++fo', '1'])
neg = argparse.ArgumentParser(prog='neg')
neg.add_argument('-x', type=int)
neg.add_argument('num', nargs='?', type=int)
run(neg, ['-x', '-1', '-5'])
neg2 = argparse.ArgumentParser(prog='neg2')
neg2.add_argument('-1', dest='one', action='store_true')
neg2.add_argument('num', nargs='?')
run(neg2, ['-1'])
run(neg2, ['-5'])
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--shared', default='s')
child = argparse.ArgumentParser(prog='child', parents=[parent], conflict_handler='resolve')
child.add_argument('--shared', default='override')
run(child, [])
print(child.format_help())
try:
    argparse.ArgumentParser(prog='c').add_argument('-h')
except argparse.ArgumentError as e:
    print('ArgumentError', e)

# fromfile and intermixed.
here = os.getcwd()
with tempfile.TemporaryDirectory() as d:
    os.chdir(d)
    path = 'args.txt'
    with open(path, 'w') as fh:
        fh.write('--x\n5\nposarg\n')
    ff = argparse.ArgumentParser(prog='ff', fromfile_prefix_chars='@')
    ff.add_argument('--x', type=int)
    ff.add_argument('p')
    run(ff, ['@' + path])
    run(ff, ['@missing'])
    os.chdir(here)
im = argparse.ArgumentParser(prog='im')
im.add_argument('--foo')
im.add_argument('cmd')
im.add_argument('rest', nargs='*', type=int)
print(im.parse_intermixed_args('doit 1 --foo bar 2 3'.split()))
print(im.parse_known_args('doit 1 --foo bar 2 3 --zz'.split()))

# Errors when declaring arguments.
decl = argparse.ArgumentParser(prog='decl')
for args, kwargs in [(('x',), {'dest': 'y'}), (('x',), {'required': True}), (('--a',), {'nargs': 0}), (('--b',), {'action': 'append', 'nargs': 0}),
                     (('--c',), {'const': 1}), (('--d',), {'action': 'bogus'}), (('--e',), {'type': 'int'}), (('--f',), {'type': argparse.FileType}),
                     (('--g',), {'nargs': 2, 'metavar': ('A',)}), (('-',), {}), (('x-',), {'nargs': 'bad'}), (('y',), {'action': 'store_true'})]:
    try:
        decl.add_argument(*args, **kwargs)
        print(args, 'ok')
    except (ValueError, TypeError, argparse.ArgumentError) as e:
        print(args, type(e).__name__, e)
try:
    argparse.ArgumentParser(conflict_handler='nope')
except ValueError as e:
    print('ValueError', e)
try:
    decl.add_subparsers()
    decl.add_subparsers()
except argparse.ArgumentError as e:
    print('ArgumentError', e)

# Reprs and small classes.
ns = argparse.Namespace(a=1, b='x')
print(ns, ns == argparse.Namespace(b='x', a=1), 'a' in ns, vars(ns))
print(argparse.Namespace(**{'not valid': 1, 'ok': 2}))
print(argparse.FileType('w', encoding='utf-8'), argparse.FileType(), argparse.FileType('rb', 10, errors='strict'))
act = argparse.ArgumentParser(prog='r').add_argument('--zz', type=int, default=3, help='h')
print(repr(act))
print(repr(argparse.ArgumentParser(prog='r', description='d')))
print(argparse.ArgumentError(act, 'bad'), argparse.ArgumentError(None, 'plain'))
try:
    argparse.FileType('r')('/nonexistent/file')
except argparse.ArgumentTypeError as e:
    print('ArgumentTypeError', e)
print(argparse.FileType('r')('-') is sys.stdin, argparse.FileType('w')('-') is sys.stdout)
print(sorted(argparse.__all__), argparse.__version__)
