# filecmp: cmp (shallow and deep, the cache), cmpfiles, and dircmp's
# attributes and reports over two temporary trees.
import contextlib
import filecmp
import io
import os
import tempfile


def write(path, data, mtime=None):
    with open(path, 'wb') as f:
        f.write(data)
    if mtime is not None:
        os.utime(path, (mtime, mtime))


with tempfile.TemporaryDirectory() as top:
    a, b = os.path.join(top, 'a'), os.path.join(top, 'b')
    for d in (a, b):
        os.makedirs(os.path.join(d, 'sub', 'deep'))
        os.makedirs(os.path.join(d, '.git'))
        write(os.path.join(d, 'same.txt'), b'same', 1000)
        write(os.path.join(d, 'sub', 'deep', 'x'), b'x', 1000)
    write(os.path.join(a, 'diff.txt'), b'left', 1000)
    write(os.path.join(b, 'diff.txt'), b'rite', 1000)
    write(os.path.join(a, 'size.txt'), b'short', 1000)
    write(os.path.join(b, 'size.txt'), b'longer', 1000)
    write(os.path.join(a, 'only_a'), b'')
    write(os.path.join(b, 'only_b'), b'')
    write(os.path.join(a, 'funny'), b'')
    os.makedirs(os.path.join(b, 'funny'))
    write(os.path.join(a, 'sub', 'in_sub'), b'1', 2000)
    write(os.path.join(b, 'sub', 'in_sub'), b'2', 3000)
    os.symlink('/nonexistent/target', os.path.join(a, 'broken'))
    os.symlink('/nonexistent/target', os.path.join(b, 'broken'))
    print(filecmp.cmp(os.path.join(a, 'same.txt'), os.path.join(b, 'same.txt')),
          filecmp.cmp(os.path.join(a, 'diff.txt'), os.path.join(b, 'diff.txt')),
          filecmp.cmp(os.path.join(a, 'diff.txt'), os.path.join(b, 'diff.txt'), shallow=False),
          filecmp.cmp(os.path.join(a, 'size.txt'), os.path.join(b, 'size.txt')),
          filecmp.cmp(a, b), filecmp.cmp(os.path.join(a, 'same.txt'), os.path.join(a, 'same.txt'), False))
    print(len(filecmp._cache) > 0)
    filecmp.clear_cache()
    print(len(filecmp._cache))
    print(filecmp.cmpfiles(a, b, ['same.txt', 'diff.txt', 'size.txt', 'missing', 'funny', 'broken']))
    print(filecmp.cmpfiles(a, b, ['same.txt', 'diff.txt'], shallow=False))
    d = filecmp.dircmp(a, b)
    for attr in ['left_list', 'right_list', 'common', 'left_only', 'right_only', 'common_dirs', 'common_files',
                 'common_funny', 'same_files', 'diff_files', 'funny_files']:
        print(attr, getattr(d, attr))
    print(sorted(d.subdirs), type(d.subdirs['sub']).__name__, d.subdirs['sub'].diff_files)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        d.report()
        d.report_partial_closure()
        d.report_full_closure()
    print(out.getvalue().replace(top, '<top>'))
    print(filecmp.dircmp(a, b, ignore=[], hide=[]).left_list, filecmp.dircmp(a, b, shallow=False).same_files)
    try:
        d.bogus
    except AttributeError as e:
        print('AttributeError', e)
    try:
        filecmp.cmp(os.path.join(a, 'nope'), a)
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
print(filecmp.DEFAULT_IGNORES, filecmp.BUFSIZE, filecmp.__all__, filecmp.dircmp[int])
