"""Compare files and directories.

Classes:
    dircmp

Functions:
    cmp(f1, f2, shallow=True) -> int
    cmpfiles(a, b, common) -> ([], [], [])
    clear_cache()

"""

import os
import stat
from itertools import filterfalse
from types import GenericAlias

__all__ = ['clear_cache', 'cmp', 'dircmp', 'cmpfiles', 'DEFAULT_IGNORES']

# (f1, f2, signature of f1, signature of f2) -> whether the contents agree.
_cache = {}
BUFSIZE = 8*1024

DEFAULT_IGNORES = [
    'RCS', 'CVS', 'tags', '.git', '.hg', '.bzr', '_darcs', '__pycache__']


def clear_cache():
    """Clear the filecmp cache."""
    _cache.clear()


def _sig(st):
    # What a shallow comparison looks at: file type, size and mtime.
    return (stat.S_IFMT(st.st_mode), st.st_size, st.st_mtime)


def cmp(f1, f2, shallow=True):
    """Whether the files f1 and f2 have the same contents.

    Only regular files can be the same. With shallow true (the default)
    files of the same type, size and modification time count as equal
    without being read. Comparisons of contents are cached, per pair of
    names and their stat signatures; clear_cache() empties the cache.
    """
    s1 = _sig(os.stat(f1))
    s2 = _sig(os.stat(f2))
    if s1[0] != stat.S_IFREG or s2[0] != stat.S_IFREG:
        return False
    if shallow and s1 == s2:
        return True
    if s1[1] != s2[1]:
        return False
    key = (f1, f2, s1, s2)
    same = _cache.get(key)
    if same is None:
        same = _do_cmp(f1, f2)
        if len(_cache) > 100:
            clear_cache()
        _cache[key] = same
    return same


def _do_cmp(f1, f2):
    with open(f1, 'rb') as a, open(f2, 'rb') as b:
        while True:
            block = a.read(BUFSIZE)
            if block != b.read(BUFSIZE):
                return False
            if not block:
                return True


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
        self.left = a
        self.right = b
        self.hide = [os.curdir, os.pardir] if hide is None else hide
        self.ignore = DEFAULT_IGNORES if ignore is None else ignore
        self.shallow = shallow

    def phase0(self):
        # The listings, less hidden and ignored names, sorted.
        skip = self.hide + self.ignore
        self.left_list = sorted(_filter(os.listdir(self.left), skip))
        self.right_list = sorted(_filter(os.listdir(self.right), skip))

    def phase1(self):
        # Names matched up to the case rules of the system.
        left = {os.path.normcase(n): n for n in self.left_list}
        right = {os.path.normcase(n): n for n in self.right_list}
        self.common = [left[k] for k in left if k in right]
        self.left_only = [left[k] for k in left if k not in right]
        self.right_only = [right[k] for k in right if k not in left]

    def phase2(self):
        # The common names by what they are on both sides.
        self.common_dirs = []
        self.common_files = []
        self.common_funny = []
        for name in self.common:
            kinds = []
            for side in (self.left, self.right):
                try:
                    kinds.append(stat.S_IFMT(os.stat(os.path.join(side, name)).st_mode))
                except (OSError, ValueError):
                    kinds.append(None)
            left_kind, right_kind = kinds
            if left_kind is None or right_kind is None or left_kind != right_kind:
                self.common_funny.append(name)
            elif stat.S_ISDIR(left_kind):
                self.common_dirs.append(name)
            elif stat.S_ISREG(left_kind):
                self.common_files.append(name)
            else:
                self.common_funny.append(name)

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

    def report_partial_closure(self):
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report()

    def report_full_closure(self):
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report_full_closure()

    # Which phase computes each attribute.
    methodmap = dict(subdirs=phase4,
                     same_files=phase3, diff_files=phase3, funny_files=phase3,
                     common_dirs=phase2, common_files=phase2, common_funny=phase2,
                     common=phase1, left_only=phase1, right_only=phase1,
                     left_list=phase0, right_list=phase0)

    def __getattr__(self, attr):
        if attr not in self.methodmap:
            raise AttributeError(attr)
        self.methodmap[attr](self)
        return getattr(self, attr)

    __class_getitem__ = classmethod(GenericAlias)


def cmpfiles(a, b, common, shallow=True):
    """Compare the files named in common in the directories a and b.

    Returns three lists of names: files that are equal, files that differ,
    and files that could not be compared (not regular files, or an error).
    shallow is passed to cmp().
    """
    result = ([], [], [])
    for name in common:
        result[_cmp(os.path.join(a, name), os.path.join(b, name), shallow)].append(name)
    return result


def _cmp(a, b, sh, abs=abs, cmp=cmp):
    # 0 equal, 1 different, 2 not comparable.
    try:
        return not abs(cmp(a, b, sh))
    except (OSError, ValueError):
        return 2


def _filter(flist, skip):
    return list(filterfalse(skip.__contains__, flist))


def demo():
    import sys
    import getopt
    options, args = getopt.getopt(sys.argv[1:], 'r')
    if len(args) != 2:
        raise getopt.GetoptError('need exactly two args', None)
    result = dircmp(args[0], args[1])
    if ('-r', '') in options:
        result.report_full_closure()
    else:
        result.report()


if __name__ == '__main__':
    demo()
