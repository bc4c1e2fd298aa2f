"""Counts how many lines of Kaa lib/ files also occur, word for word, in the
same-path file of CPython's Lib (the python running this script, meant to be
python3.13).

A line counts when, stripped of surrounding blanks, it is longer than 12
characters and equals some stripped line of CPython's file.

Usage: python3.13 tests/stdlib/tools/verbatim.py [-v] lib/FILE.py ...
    -v   also print the shared lines
"""
import os
import sys
import sysconfig

CPYTHON_LIB = sysconfig.get_paths()["stdlib"]
MIN_LEN = 13


def _significant(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return [s for s in (raw.strip() for raw in f) if len(s) >= MIN_LEN]


def _relative(path):
    """lib/a/b.py (from any directory) -> a/b.py"""
    parts = os.path.normpath(os.path.abspath(path)).split(os.sep)
    if "lib" in parts:
        cut = len(parts) - 1 - parts[::-1].index("lib")
        return os.path.join(*parts[cut + 1:])
    return os.path.basename(path)


def measure(path):
    ours = _significant(path)
    theirs_path = os.path.join(CPYTHON_LIB, _relative(path))
    if not os.path.exists(theirs_path):
        return ours, [], None
    theirs = set(_significant(theirs_path))
    return ours, [s for s in ours if s in theirs], theirs_path


def main(argv):
    show = False
    if argv and argv[0] == "-v":
        show, argv = True, argv[1:]
    if not argv:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    for path in argv:
        ours, common, ref = measure(path)
        if ref is None:
            print(f"{path}: no CPython counterpart")
            continue
        pct = 100 * len(common) / len(ours) if ours else 0.0
        print(f"{path}: {len(common)}/{len(ours)} shared ({pct:.0f}%)")
        if show:
            for line in common:
                print("    " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
