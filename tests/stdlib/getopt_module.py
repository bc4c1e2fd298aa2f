# getopt and gnu_getopt: short clusters and values, long options with '=' and
# abbreviations, '--' and '-', POSIXLY_CORRECT and '+', and every error message.
import getopt, os

def run(f, args, short, longs=[]):
    try:
        print(f.__name__, args, '->', f(args, short, longs))
    except getopt.GetoptError as e:
        print(f.__name__, args, 'GetoptError', repr(e.msg), repr(e.opt), str(e), e.args)

cases = [
    (['-a', '-b', 'x', 'rest'], 'ab:'),
    (['-abx', 'rest'], 'ab:'),
    (['-ab', 'x'], 'ab:'),
    (['-a', '--', '-b', 'x'], 'ab:'),
    (['-', '-a'], 'a'),
    ([], 'a'),
    (['file', '-a'], 'a'),
    (['-a', 'file', '-b', 'v', 'more'], 'ab:'),
    (['-c'], 'ab:'),
    (['-b'], 'ab:'),
    (['-a:'], 'a:'),
    (['-:'], 'a:'),
]
for args, short in cases:
    run(getopt.getopt, args, short)
    run(getopt.gnu_getopt, args, short)

longs = ['alpha', 'beta=', 'gamma', 'gamut=', 'verbose']
lcases = [
    ['--alpha', '--beta', 'b1', 'x'],
    ['--beta=b2', '--verb', 'x'],
    ['--al'],
    ['--ga'],
    ['--gam'],
    ['--gamu', 'v'],
    ['--gamma=1'],
    ['--beta'],
    ['--delta'],
    ['--beta='],
    ['x', '--alpha', 'y', '--', '--beta', 'z'],
    ['--=x'],
]
for args in lcases:
    run(getopt.getopt, args, 'ab:', longs)
    run(getopt.gnu_getopt, args, 'ab:', longs)

run(getopt.getopt, ['--only', 'x'], '', 'only')
run(getopt.gnu_getopt, ['--only=1'], '', 'only=')
run(getopt.getopt, ('-a', 'x'), 'a')
run(getopt.getopt, ('x', '-a'), 'a')
run(getopt.gnu_getopt, ['x', '-a', 'y'], '+a')
os.environ['POSIXLY_CORRECT'] = '1'
run(getopt.gnu_getopt, ['x', '-a', 'y'], 'a')
del os.environ['POSIXLY_CORRECT']
run(getopt.gnu_getopt, ['x', '-a', 'y'], 'a')

print(getopt.short_has_arg('b', 'ab:'), getopt.short_has_arg('a', 'ab:'))
print(getopt.long_has_args('be', longs), getopt.long_has_args('alpha', longs))
print(getopt.do_shorts([], 'ab', 'ab:', ['v', 'w']))
print(getopt.do_longs([], 'beta', longs, ['v', 'w']))
print(getopt.error is getopt.GetoptError, getopt.GetoptError.__mro__[1:])
e = getopt.GetoptError('message')
print(repr(e.opt), e.args, str(e), repr(e))
print(getopt.GetoptError.opt, getopt.GetoptError.msg)
print(getopt.__all__)
try:
    raise getopt.error('bad', 'x')
except getopt.GetoptError as e:
    print('caught', e, e.opt)
