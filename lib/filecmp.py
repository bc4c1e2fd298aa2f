"""Comparing files (cmp, cmpfiles) and whole directory trees (dircmp).

cmp() and cmpfiles() remember what they found; clear_cache() forgets it.
"""

import os
import stat
from itertools import filterfalse
from types import GenericAlias

__all__ = ['clear_cache', 'cmp', 'dircmp', 'cmpfiles', 'DEFAULT_IGNORES']

# (f1, f2, signature of f1, signature of f2) -> whether the contents agree.
_cache = {}
BUFSIZE = 8 * 1024

DEFAULT_IGNORES = [
    'RCS', 'CVS', 'tags', '.git', '.hg', '.bzr', '_darcs', '__pycache__']


def clear_cache():
    """Forget the results of earlier comparisons."""
    _cache.clear()


def _signature(path):
    # What a shallow comparison looks at: file type, size and mtime.
    info = os.stat(path)
    return stat.S_IFMT(info.st_mode), info.st_size, info.st_mtime


def cmp(f1, f2, shallow=True):
    """Whether the files f1 and f2 have the same contents.

    Only regular files can be the same. With shallow true (the default)
    files of the same type, size and modification time count as equal
    without being read. Comparisons of contents are cached, per pair of
    names and their stat signatures; clear_cache() empties the cache.
    """
    first, second = _signature(f1), _signature(f2)
    (kind1, size1, _), (kind2, size2, _) = first, second
    if not kind1 == kind2 == stat.S_IFREG:
        return False
    if shallow and first == second:
        return True
    if size1 != size2:
        return False
    key = (f1, f2, first, second)
    if key not in _cache:
        outcome = _same_bytes(f1, f2)
        # A small cache: emptied rather than allowed to grow.
        if len(_cache) > 100:
            clear_cache()
        _cache[key] = outcome
    return _cache[key]


def _same_bytes(f1, f2):
    # Read both files block by block until they differ or both end.
    with open(f1, 'rb') as one, open(f2, 'rb') as two:
        for block in iter(lambda: one.read(BUFSIZE), b''):
            if block != two.read(BUFSIZE):
                return False
        return not two.read(1)


class dircmp:
    """Compares two directories; its attributes are computed on first use.

    dircmp(a, b, ignore=None, hide=None, *, shallow=True)
      a and b are the directories. ignore lists names to leave out
      (DEFAULT_IGNORES by default), hide names never to show
      ([os.curdir, os.pardir] by default). shallow is passed to cmp().

    report() prints the differences; report_partial_closure() adds the
    common subdirectories', report_full_closure() recurses all the way.

    Attributes:
     left_list, right_list: the names in a and b, less hide and ignore.
     common, left_only, right_only: names in both, only in a, only in b.
     common_dirs, common_files: common names that are directories, files.
     common_funny: common names of different types on the two sides, or
        that stat() fails on.
     same_files, diff_files, funny_files: common files that are equal,
        that differ, and that could not be compared.
     subdirs: a dircmp (of the same class as this one) for each name in
        common_dirs.
    """

    def __init__(self, a, b, ignore=None, hide=None, *, shallow=True):
        self.left, self.right, self.shallow = a, b, shallow
        self.hide = [os.curdir, os.pardir] if hide is None else hide
        self.ignore = DEFAULT_IGNORES if ignore is None else ignore

    def phase0(self):
        # The listings, less hidden and ignored names, sorted.
        skip = self.hide + self.ignore
        self.left_list, self.right_list = (
            sorted(name for name in os.listdir(side) if name not in skip)
            for side in (self.left, self.right))

    def phase1(self):
        # Names matched up to the case rules of the system.
        left = {os.path.normcase(n): n for n in self.left_list}
        right = {os.path.normcase(n): n for n in self.right_list}
        self.common = [left[k] for k in left if k in right]
        self.left_only = [left[k] for k in left if k not in right]
        self.right_only = [right[k] for k in right if k not in left]

    def phase2(self):
        # The common names by what they are on both sides.
        sorted_out = {'dirs': [], 'files': [], 'funny': []}
        for name in self.common:
            left_kind, right_kind = (_kind_of(os.path.join(side, name))
                                     for side in (self.left, self.right))
            if left_kind is None or left_kind != right_kind:
                bucket = 'funny'
            elif stat.S_ISDIR(left_kind):
                bucket = 'dirs'
            elif stat.S_ISREG(left_kind):
                bucket = 'files'
            else:
                bucket = 'funny'
            sorted_out[bucket].append(name)
        self.common_dirs = sorted_out['dirs']
        self.common_files = sorted_out['files']
        self.common_funny = sorted_out['funny']

    def phase3(self):
        self.same_files, self.diff_files, self.funny_files = cmpfiles(
            self.left, self.right, self.common_files, self.shallow)

    def phase4(self):
        self.subdirs = {
            name: self.__class__(os.path.join(self.left, name), os.path.join(self.right, name),
                                 self.ignore, self.hide, shallow=self.shallow)
            for name in self.common_dirs}

    def phase4_closure(self):
        self.phase4()
        for sub in self.subdirs.values():
            sub.phase4_closure()

    def report(self):
        # What differs, as 'diff a b' and lists of names.
        print('diff', self.left, self.right)
        for attr, label in (('left_only', ('Only in', self.left, ':')),
                            ('right_only', ('Only in', self.right, ':')),
                            ('same_files', ('Identical files :',)),
                            ('diff_files', ('Differing files :',)),
                            ('funny_files', ('Trouble with common files :',)),
                            ('common_dirs', ('Common subdirectories :',)),
                            ('common_funny', ('Common funny cases :',))):
            names = getattr(self, attr)
            if names:
                names.sort()
                print(*label, names)

    def _report_below(self, how):
        self.report()
        for sub in self.subdirs.values():
            print()
            getattr(sub, how)()

    def report_partial_closure(self):
        # This directory and its immediate subdirectories.
        self._report_below('report')

    def report_full_closure(self):
        # This directory and all below it.
        self._report_below('report_full_closure')

    # Which phase computes each attribute.
    methodmap = dict(subdirs=phase4,
                     same_files=phase3, diff_files=phase3, funny_files=phase3,
                     common_dirs=phase2, common_files=phase2, common_funny=phase2,
                     common=phase1, left_only=phase1, right_only=phase1,
                     left_list=phase0, right_list=phase0)

    def __getattr__(self, attr):
        # Only called for attributes not computed yet.
        phase = self.methodmap.get(attr)
        if phase is None:
            raise AttributeError(attr)
        phase(self)
        return getattr(self, attr)

    __class_getitem__ = classmethod(GenericAlias)


def cmpfiles(a, b, common, shallow=True):
    """Compare the files named in common in the directories a and b.

    Returns three lists of names: files that are equal, files that differ,
    and files that could not be compared (not regular files, or an error).
    shallow is passed to cmp().
    """
    same, different, trouble = outcome = ([], [], [])
    for name in common:
        try:
            equal = cmp(os.path.join(a, name), os.path.join(b, name), shallow)
        except (OSError, ValueError):
            trouble.append(name)
            continue
        (same if equal else different).append(name)
    return outcome


def _kind_of(path):
    # The file type bits of path, None when it cannot be stat()ed.
    try:
        return stat.S_IFMT(os.stat(path).st_mode)
    except (OSError, ValueError):
        return None


def demo():
    # python -m filecmp [-r] dir1 dir2
    import sys
    from getopt import getopt, GetoptError
    flags, folders = getopt(sys.argv[1:], 'r')
    if len(folders) != 2:
        raise GetoptError('need exactly two args', None)
    compared = dircmp(*folders)
    recursive = ('-r', '') in flags
    (compared.report_full_closure if recursive else compared.report)()


if __name__ == '__main__':
    demo()
