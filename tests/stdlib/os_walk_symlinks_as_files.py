# os.walk with shutil's sentinel os._walk_symlinks_as_files: a symlink to a
# folder is listed among the files and not walked into; shutil.rmtree's
# unsafe walk removes the link, not its target.
import os
import shutil
import tempfile

root = tempfile.mkdtemp()
try:
    os.makedirs(os.path.join(root, 'top', 'sub'))
    os.makedirs(os.path.join(root, 'target', 'inner'))
    open(os.path.join(root, 'target', 'kept.txt'), 'w').close()
    open(os.path.join(root, 'top', 'sub', 'f.txt'), 'w').close()
    os.symlink(os.path.join(root, 'target'), os.path.join(root, 'top', 'link'))
    top = os.path.join(root, 'top')
    for topdown in (True, False):
        for follow in (False, True, os._walk_symlinks_as_files):
            rows = [(os.path.relpath(d, root), sorted(ds), sorted(fs))
                    for d, ds, fs in os.walk(top, topdown=topdown, followlinks=follow)]
            print(topdown, follow is os._walk_symlinks_as_files or follow, sorted(rows))
    shutil._rmtree_unsafe(top, None)
    print(os.path.exists(top), sorted(os.listdir(os.path.join(root, 'target'))))
finally:
    shutil.rmtree(root)
print(os.path.exists(root))
