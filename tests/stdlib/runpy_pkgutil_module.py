# runpy and pkgutil over a package tree built in a temporary folder; names
# and paths printed relative to it.
import os
import pkgutil
import runpy
import sys
import tempfile
import zipfile

tmp = tempfile.mkdtemp()


def rel(p):
    return None if p is None else os.path.relpath(p, tmp)


def write(path, text):
    full = os.path.join(tmp, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, 'w') as f:
        f.write(text)
    return full


write('top/__init__.py', 'VALUE = "top"\n')
write('top/__main__.py', 'RAN = "top main"\nNAME = __name__\n')
write('top/leaf.py', 'import sys\nRAN = __name__\nARGV0 = sys.argv[0]\nPKG = __package__\n')
write('top/data/info.txt', 'some data\n')
write('top/sub/__init__.py', '')
write('top/sub/deep.py', 'X = 42\n')
write('top/notes.txt', 'not a module\n')
write('ns/only.py', 'Y = 1\n')
write('single.py', 'Z = 3\n')
script = write('script.py', 'import sys\nOUT = (__name__, __package__, sys.argv[0] == __file__)\n')
write('app/__main__.py', 'MAIN = __name__\nFILE = __file__\n')
with zipfile.ZipFile(os.path.join(tmp, 'bundle.zip'), 'w') as z:
    z.writestr('__main__.py', 'ZIPPED = __name__\n')
    z.writestr('zmod.py', '')
    z.writestr('zpkg/__init__.py', '')
sys.path.insert(0, tmp)

print(sorted((m.name, m.ispkg) for m in pkgutil.iter_modules([tmp])))
print(sorted((m.name, m.ispkg) for m in pkgutil.iter_modules([os.path.join(tmp, 'top')], 'top.')))
print(sorted((m.name, m.ispkg) for m in pkgutil.walk_packages([tmp])))
print(sorted((m.name, m.ispkg) for m in pkgutil.iter_modules([os.path.join(tmp, 'bundle.zip')])))
print(pkgutil.get_data('top', 'data/info.txt'), pkgutil.get_data('nosuch', 'x'))
print(pkgutil.resolve_name('top.sub.deep:X'), pkgutil.resolve_name('top.sub.deep.X'),
      pkgutil.resolve_name('os.path:join').__name__)
for bad in ('', '1abc', 'a:b:c'):
    try:
        pkgutil.resolve_name(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    pkgutil.resolve_name('top.nosuch:attr')
except ImportError as e:
    print(type(e).__name__)
try:
    list(pkgutil.iter_modules('str path'))
except ValueError as e:
    print(e)
print(type(pkgutil.get_importer(tmp)).__name__, pkgutil.get_importer(tmp) is pkgutil.get_importer(tmp))
print(pkgutil.ModuleInfo.__doc__, pkgutil.ModuleInfo._fields)
print([rel(p) for p in pkgutil.extend_path([os.path.join(tmp, 'top')], 'top')])

g = runpy.run_module('top.leaf')
print(g['RAN'], g['PKG'], rel(g['__file__']), g['__spec__'].name)
g = runpy.run_module('top.leaf', run_name='renamed', alter_sys=True, init_globals={'EXTRA': 1})
print(g['RAN'], rel(g['ARGV0']), g['EXTRA'], 'renamed' in sys.modules)
g = runpy.run_module('top')
print(g['RAN'], g['NAME'])
g = runpy.run_path(script)
print(g['OUT'], rel(g['__file__']))
g = runpy.run_path(script, run_name='pkg.mod')
print(g['OUT'])
g = runpy.run_path(os.path.join(tmp, 'app'))
print(g['MAIN'], rel(g['FILE']))
g = runpy.run_path(os.path.join(tmp, 'bundle.zip'))
print(g['ZIPPED'])
for name in ('.rel', 'nosuch', 'top.sub', 'ns', 'sys', 'single.py'):
    try:
        runpy.run_module(name)
    except ImportError as e:
        print(type(e).__name__, str(e).replace(tmp, 'TMP'))
