# realpath(strict=True) through a regular file, and os.chmod(follow_symlinks=False)
# on a file, a link and a missing path (Linux: links cannot be changed).
import os
import tempfile

with tempfile.TemporaryDirectory() as top:
    os.chdir(top)
    open('f', 'w').close()
    os.symlink('f', 'lnk')
    for p in ['f/..', 'f/x', 'f/.', 'f/', 'f/x/..', 'nope/..', 'lnk/..']:
        try:
            print(repr(p), os.path.realpath(p, strict=True).replace(top, '<top>'))
        except OSError as e:
            print(repr(p), type(e).__name__, e.errno, e.filename.replace(top, '<top>'))
        print('  lax', os.path.realpath(p).replace(top, '<top>'))
    for p in ['f', 'lnk', 'nope', 'f/x']:
        try:
            print(p, os.chmod(p, 0o640, follow_symlinks=False), oct(os.stat(p).st_mode & 0o777))
        except Exception as e:
            print(p, type(e).__name__, e)
    os.chdir('/')
