"""Byte-compile the .py files of folder trees (or of sys.path) to .pyc files.

`kaa -m compileall [DIR|FILE ...]` compiles the trees given (sys.path's
folders, without recursion, when none is); py_compile writes each file.
"""
import os
import sys
import importlib.util
import py_compile
import struct
import filecmp

from functools import partial
from pathlib import Path

__all__ = ["compile_dir", "compile_file", "compile_path"]


def _walk_dir(dir, maxlevels, quiet=0):
    """The files of dir, sorted, and those of its subfolders down to maxlevels."""
    if quiet < 2 and isinstance(dir, os.PathLike):
        dir = os.fspath(dir)
    if not quiet:
        print('Listing {!r}...'.format(dir))
    try:
        names = sorted(os.listdir(dir))
    except OSError:
        if quiet < 2:
            print("Can't list {!r}".format(dir))
        names = []
    for name in names:
        if name == '__pycache__':
            continue
        path = os.path.join(dir, name)
        if not os.path.isdir(path):
            yield path
            continue
        descend = (maxlevels > 0 and name not in (os.curdir, os.pardir)
                   and not os.path.islink(path))
        if descend:
            yield from _walk_dir(path, maxlevels=maxlevels - 1, quiet=quiet)


def compile_dir(dir, maxlevels=None, ddir=None, force=False,
                rx=None, quiet=0, legacy=False, optimize=-1, workers=1,
                invalidation_mode=None, *, stripdir=None,
                prependdir=None, limit_sl_dest=None, hardlink_dupes=False):
    """Byte-compile every module in the tree at dir; True if all compiled.

    The keyword arguments are compile_file()'s, plus maxlevels (how deep to
    recurse, sys.getrecursionlimit() by default) and workers (processes to
    use; Kaa compiles in this process whatever the number). ddir stands for
    stripdir=dir, prependdir=ddir and cannot be combined with them.
    """
    if ddir is not None:
        if stripdir is not None or prependdir is not None:
            raise ValueError(("Destination dir (ddir) cannot be used "
                              "in combination with stripdir or prependdir"))
        stripdir, prependdir, ddir = dir, ddir, None
    if workers < 0:
        raise ValueError('workers must be greater or equal to 0')
    if maxlevels is None:
        maxlevels = sys.getrecursionlimit()
    one = partial(compile_file, ddir=ddir, force=force, rx=rx, quiet=quiet,
                  legacy=legacy, optimize=optimize,
                  invalidation_mode=invalidation_mode, stripdir=stripdir,
                  prependdir=prependdir, limit_sl_dest=limit_sl_dest,
                  hardlink_dupes=hardlink_dupes)
    results = [one(path) for path in _walk_dir(dir, quiet=quiet, maxlevels=maxlevels)]
    return all(results)


def _display_name(fullname, stripdir, prependdir, quiet):
    # The file name compiled code reports (dfile), from -s and -p.
    shown = None
    if stripdir is not None:
        full = fullname.split(os.path.sep)
        strip = stripdir.split(os.path.sep)
        if full[:len(strip)] == strip:
            shown = os.path.join(*full[len(strip):])
        elif quiet < 2:
            print("The stripdir path {!r} is not a valid prefix for "
                  "source path {!r}; ignoring".format(stripdir, fullname))
    if prependdir is not None:
        shown = os.path.join(prependdir, fullname if shown is None else shown)
    return shown


def _targets(fullname, levels, legacy):
    # {optimization level: pyc path}
    out = {}
    for level in levels:
        if legacy:
            out[level] = fullname + 'c'
        elif level < 0:
            out[level] = importlib.util.cache_from_source(fullname)
        else:
            out[level] = importlib.util.cache_from_source(fullname, optimization=level or '')
    return out


def _up_to_date(fullname, targets):
    # Every pyc starts with the magic number and the source's current mtime.
    try:
        stamp = int(os.stat(fullname).st_mtime) & 0xFFFF_FFFF
        wanted = struct.pack('<4sLL', importlib.util.MAGIC_NUMBER, 0, stamp)
        for path in targets.values():
            with open(path, 'rb') as f:
                if f.read(12) != wanted:
                    return False
    except OSError:
        return False
    return True


def _report(fullname, quiet, text):
    if quiet:
        print('*** Error compiling {!r}...'.format(fullname))
    else:
        print('*** ', end='')
    print(text)


def compile_file(fullname, ddir=None, force=False, rx=None, quiet=0,
                 legacy=False, optimize=-1,
                 invalidation_mode=None, *, stripdir=None, prependdir=None,
                 limit_sl_dest=None, hardlink_dupes=False):
    """Byte-compile one .py file; True unless it failed to compile.

    ddir: folder prepended to the name shown in tracebacks (as
    prependdir, with stripdir=dirname); force: recompile fresh files; rx: a
    regex whose match skips the file; quiet: 0 lists, 1 errors only, 2
    nothing; legacy: write NAME.pyc beside the source; optimize: a level or
    levels (-1 is this interpreter's); limit_sl_dest: skip symlinks leading
    outside it; hardlink_dupes: hard-link identical pycs of several levels.
    """
    if ddir is not None and (stripdir is not None or prependdir is not None):
        raise ValueError(("Destination dir (ddir) cannot be used "
                          "in combination with stripdir or prependdir"))
    if quiet < 2 and isinstance(fullname, os.PathLike):
        fullname = os.fspath(fullname)
    if stripdir is not None:
        stripdir = os.fspath(stripdir)
    name = os.path.basename(fullname)
    if ddir is not None:
        dfile = os.path.join(ddir, name)
    else:
        dfile = _display_name(fullname, stripdir, prependdir, quiet)
    levels = sorted({optimize} if isinstance(optimize, int) else set(optimize))
    if hardlink_dupes and len(levels) < 2:
        raise ValueError("Hardlinking of duplicated bytecode makes sense "
                         "only for more than one optimization level")
    if rx is not None and rx.search(fullname):
        return True
    if limit_sl_dest is not None and os.path.islink(fullname):
        if Path(limit_sl_dest).resolve() not in Path(fullname).resolve().parents:
            return True
    if not os.path.isfile(fullname) or not name.endswith('.py'):
        return True
    targets = _targets(fullname, levels, legacy)
    if not force and _up_to_date(fullname, targets):
        return True
    if not quiet:
        print('Compiling {!r}...'.format(fullname))
    try:
        previous = None
        for level in levels:
            target = targets[level]
            if not py_compile.compile(fullname, target, dfile, True, optimize=level,
                                      invalidation_mode=invalidation_mode):
                return False
            if hardlink_dupes and previous is not None and filecmp.cmp(target, previous, shallow=False):
                os.unlink(target)
                os.link(previous, target)
            previous = target
    except py_compile.PyCompileError as err:
        if quiet < 2:
            encoding = sys.stdout.encoding or sys.getdefaultencoding()
            _report(fullname, quiet, err.msg.encode(encoding, errors='backslashreplace').decode(encoding))
        return False
    except (SyntaxError, UnicodeError, OSError) as e:
        if quiet < 2:
            _report(fullname, quiet, e.__class__.__name__ + ': ' + str(e))
        return False
    return True


def compile_path(skip_curdir=1, maxlevels=0, force=False, quiet=0,
                 legacy=False, optimize=-1,
                 invalidation_mode=None):
    """Byte-compile the modules of every sys.path folder (the current one skipped by default)."""
    ok = True
    for entry in sys.path:
        if skip_curdir and entry in ('', os.curdir):
            if quiet < 2:
                print('Skipping current directory')
            continue
        ok = ok and compile_dir(entry, maxlevels, None, force, quiet=quiet, legacy=legacy,
                                optimize=optimize, invalidation_mode=invalidation_mode)
    return ok


def _parser():
    import argparse
    p = argparse.ArgumentParser(description='Utilities to support installing Python libraries.')
    add = p.add_argument
    add('-l', action='store_const', const=0, default=None, dest='maxlevels',
        help="don't recurse into subdirectories")
    add('-r', type=int, dest='recursion',
        help=('control the maximum recursion level. if `-l` and `-r` options '
              'are specified, then `-r` takes precedence.'))
    add('-f', action='store_true', dest='force',
        help='force rebuild even if timestamps are up to date')
    add('-q', action='count', dest='quiet', default=0,
        help='output only error messages; -qq will suppress the error messages as well.')
    add('-b', action='store_true', dest='legacy',
        help='use legacy (pre-PEP3147) compiled file locations')
    add('-d', metavar='DESTDIR', dest='ddir', default=None,
        help=('directory to prepend to file paths for use in compile-time tracebacks '
              'and in runtime tracebacks in cases where the source file is unavailable'))
    add('-s', metavar='STRIPDIR', dest='stripdir', default=None,
        help=('part of path to left-strip from path to source file - for example '
              'buildroot. `-d` and `-s` options cannot be specified together.'))
    add('-p', metavar='PREPENDDIR', dest='prependdir', default=None,
        help=('path to add as prefix to path to source file - for example / to make '
              'it absolute when some part is removed by `-s` option. `-d` and `-p` '
              'options cannot be specified together.'))
    add('-x', metavar='REGEXP', dest='rx', default=None,
        help=('skip files matching the regular expression; the regexp is searched '
              'for in the full path of each file considered for compilation'))
    add('-i', metavar='FILE', dest='flist',
        help=('add all the files and directories listed in FILE to the list '
              'considered for compilation; if "-", names are read from stdin'))
    add('compile_dest', metavar='FILE|DIR', nargs='*',
        help=('zero or more file and directory names to compile; if no arguments '
              'given, defaults to the equivalent of -l sys.path'))
    add('-j', '--workers', default=1, type=int, help='Run compileall concurrently')
    modes = sorted(m.name.lower().replace('_', '-') for m in py_compile.PycInvalidationMode)
    add('--invalidation-mode', choices=modes,
        help=('set .pyc invalidation mode; defaults to "checked-hash" if the '
              'SOURCE_DATE_EPOCH environment variable is set, and "timestamp" otherwise.'))
    add('-o', action='append', type=int, dest='opt_levels',
        help=('Optimization levels to run compilation with. Default is -1 which uses '
              'the optimization level of the Python interpreter itself (see -O).'))
    add('-e', metavar='DIR', dest='limit_sl_dest',
        help='Ignore symlinks pointing outsite of the DIR')
    add('--hardlink-dupes', action='store_true', dest='hardlink_dupes',
        help='Hardlink duplicated pyc files')
    return p


def main():
    """The command line: True if everything compiled."""
    parser = _parser()
    args = parser.parse_args()
    dests = args.compile_dest
    if args.rx:
        import re
        args.rx = re.compile(args.rx)
    limit = args.limit_sl_dest or None
    maxlevels = args.recursion if args.recursion is not None else args.maxlevels
    levels = args.opt_levels or [-1]
    if len(levels) == 1 and args.hardlink_dupes:
        parser.error(("Hardlinking of duplicated bytecode makes sense "
                      "only for more than one optimization level."))
    if args.ddir is not None and (args.stripdir is not None or args.prependdir is not None):
        parser.error("-d cannot be used in combination with -s or -p")
    if args.flist:
        try:
            source = sys.stdin if args.flist == '-' else open(args.flist, encoding="utf-8")
            with source as f:
                dests.extend(line.strip() for line in f)
        except OSError:
            if args.quiet < 2:
                print("Error reading file list {}".format(args.flist))
            return False
    mode = None
    if args.invalidation_mode:
        mode = py_compile.PycInvalidationMode[args.invalidation_mode.replace('-', '_').upper()]
    common = dict(invalidation_mode=mode, stripdir=args.stripdir,
                  prependdir=args.prependdir, optimize=levels,
                  limit_sl_dest=limit, hardlink_dupes=args.hardlink_dupes)
    try:
        if not dests:
            return compile_path(legacy=args.legacy, force=args.force, quiet=args.quiet,
                                invalidation_mode=mode)
        ok = True
        for dest in dests:
            if os.path.isfile(dest):
                done = compile_file(dest, args.ddir, args.force, args.rx, args.quiet,
                                    args.legacy, **common)
            else:
                done = compile_dir(dest, maxlevels, args.ddir, args.force, args.rx,
                                   args.quiet, args.legacy, workers=args.workers, **common)
            ok = ok and done
        return ok
    except KeyboardInterrupt:
        if args.quiet < 2:
            print("\n[interrupted]")
        return False


if __name__ == '__main__':
    exit_status = int(not main())
    sys.exit(exit_status)
