# importlib.resources over packages built in a temporary folder and a zip
# archive; names printed relative to the package.
import importlib.resources as resources
import importlib.resources.abc as rabc
import os
import sys
import tempfile
import zipfile

sys.dont_write_bytecode = True  # no __pycache__ in the listed folders
tmp = tempfile.mkdtemp()


def write(path, data):
    full = os.path.join(tmp, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, 'wb') as f:
        f.write(data)


write('respkg/__init__.py', b'')
write('respkg/data/hello.txt', b'hello\nworld\n')
write('respkg/data/bin.dat', bytes(range(8)))
write('respkg/sub/__init__.py', b'')
write('respkg/sub/inner.txt', 'caf\xe9\n'.encode('latin-1'))
with zipfile.ZipFile(os.path.join(tmp, 'z.zip'), 'w') as z:
    z.writestr('zres/__init__.py', '')
    z.writestr('zres/a.txt', 'zipped text\n')
sys.path[:0] = [tmp, os.path.join(tmp, 'z.zip')]

root = resources.files('respkg')
print(isinstance(root, rabc.Traversable), root.is_dir(), root.name)
print(sorted(e.name for e in root.iterdir()))
print((root / 'data' / 'hello.txt').read_text())
print(root.joinpath('data', 'bin.dat').read_bytes())
print(resources.read_text('respkg', 'data', 'hello.txt', encoding='utf-8').splitlines())
print(resources.read_binary('respkg', 'data/bin.dat'))
print(resources.read_text('respkg.sub', 'inner.txt', encoding='latin-1'))
print(resources.read_text('respkg.sub', 'inner.txt', encoding='ascii', errors='replace'))
with resources.open_text('respkg', 'data/hello.txt') as f:
    print(f.readline())
with resources.open_binary('respkg', 'data/bin.dat') as f:
    print(f.read(3))
print(resources.is_resource('respkg', 'data/hello.txt'), resources.is_resource('respkg', 'data'),
      resources.is_resource('respkg', 'nosuch'))
with resources.as_file(root / 'data' / 'hello.txt') as p:
    print(p.name, p.read_text() == 'hello\nworld\n')
with resources.path('respkg', 'data/hello.txt') as p:
    print(p.name)
import respkg.sub
print(resources.files(respkg.sub).name)
try:
    resources.read_text('respkg', 'a', 'b')
except TypeError as e:
    print('TypeError', e)
try:
    resources.read_text('respkg', 'nosuch.txt')
except FileNotFoundError:
    print('FileNotFoundError')
z = resources.files('zres')
print(z.is_dir(), sorted(e.name for e in z.iterdir()), (z / 'a.txt').read_text())
with resources.as_file(z / 'a.txt') as p:
    print(p.name.endswith('a.txt'), p.read_text())
print(resources.read_text('zres', 'a.txt'))
print(sorted(rabc.TraversableResources.__abstractmethods__), sorted(rabc.ResourceReader.__abstractmethods__))
