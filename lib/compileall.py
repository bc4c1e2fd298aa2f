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

# How chatty each kind of output is: it is printed while `quiet` is at most
# this much (quiet 0 shows everything, 1 only failures, 2 nothing).
_PROGRESS = 0
_TROUBLE = 1


def _say(quiet, kind, *text, **print_options):
    if quiet <= kind:
        print(*text, **print_options)


def _walk_dir(dir, maxlevels, quiet=0):
    """The files of dir, sorted, and those of its subfolders down to maxlevels."""
    if quiet < 2 and isinstance(dir, os.PathLike):
        dir = os.fspath(dir)
    _say(quiet, _PROGRESS, f'Listing {dir!r}...')
    try:
        entries = os.listdir(dir)
    except OSError:
        _say(quiet, _TROUBLE, f"Can't list {dir!r}")
        entries = []
    for entry in sorted(entries):
        if entry == '__pycache__':
            continue
        path = os.path.join(dir, entry)
        if not os.path.isdir(path):
            yield path
        elif (maxlevels > 0 and entry not in (os.curdir, os.pardir)
              and not os.path.islink(path)):
            yield from _walk_dir(path, maxlevels=maxlevels - 1, quiet=quiet)


def _refuse_ddir_with(ddir, stripdir, prependdir):
    # ddir is shorthand for stripdir+prependdir, so it cannot join them.
    if ddir is not None and (stripdir, prependdir) != (None, None):
        raise ValueError(("Destination dir (ddir) cannot be used "
                          "in combination with stripdir or prependdir"))


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
    _refuse_ddir_with(ddir, stripdir, prependdir)
    if ddir is not None:
        stripdir, prependdir, ddir = dir, ddir, None
    if workers < 0:
        raise ValueError('workers must be greater or equal to 0')
    depth = sys.getrecursionlimit() if maxlevels is None else maxlevels
    compile_one = partial(compile_file, ddir=ddir, force=force, rx=rx, quiet=quiet,
                          legacy=legacy, optimize=optimize,
                          invalidation_mode=invalidation_mode, stripdir=stripdir,
                          prependdir=prependdir, limit_sl_dest=limit_sl_dest,
                          hardlink_dupes=hardlink_dupes)
    files = _walk_dir(dir, quiet=quiet, maxlevels=depth)
    pool = _process_pool(workers)
    if pool is None:
        # Every file is compiled, failures or not; the list keeps that so.
        return all([compile_one(path) for path in files])
    with pool:
        return min(pool.map(compile_one, files, chunksize=4), default=True)


def _process_pool(workers):
    # A ProcessPoolExecutor for workers != 1 (0: as many as there are CPUs)
    # where the platform can run one; None means compile in this process,
    # which is always the case on Kaa (no multiprocessing).
    if workers == 1:
        return None
    from concurrent.futures.process import _check_system_limits
    try:
        _check_system_limits()
    except NotImplementedError:
        return None
    from concurrent.futures import ProcessPoolExecutor
    if ProcessPoolExecutor is None:     # (as tests simulate a missing one)
        return None
    import multiprocessing
    # Forking a process that may hold threads is unsafe: use a forkserver.
    context = None
    if multiprocessing.get_start_method() == 'fork':
        context = multiprocessing.get_context('forkserver')
    return ProcessPoolExecutor(max_workers=workers or None, mp_context=context)


def _display_name(source, ddir, stripdir, prependdir, quiet):
    # The file name the compiled code will report (py_compile's dfile):
    # ddir/NAME, or the source path with stripdir cut off its front and
    # prependdir put there instead.  None keeps the source path.
    shown = None if ddir is None else os.path.join(ddir, os.path.basename(source))
    if stripdir is not None:
        steps = source.split(os.path.sep)
        cut = stripdir.split(os.path.sep)
        if steps[:len(cut)] != cut:
            _say(quiet, _TROUBLE,
                 "The stripdir path {!r} is not a valid prefix for "
                 "source path {!r}; ignoring".format(stripdir, source))
        else:
            shown = os.path.join(*steps[len(cut):])
    if prependdir is None:
        return shown
    return os.path.join(prependdir, source if shown is None else shown)


def _pyc_paths(source, levels, legacy):
    # Where each optimization level's pyc goes.
    if legacy:
        return {level: source + 'c' for level in levels}
    paths = {}
    for level in levels:
        if level < 0:
            paths[level] = importlib.util.cache_from_source(source)
        else:
            paths[level] = importlib.util.cache_from_source(source, optimization=level or '')
    return paths


def _fresh(source, pycs):
    # Whether every pyc already holds this source: a timestamp pyc's header is
    # the magic number, zero flags and the source's mtime (32 bits).
    try:
        mtime = int(os.stat(source).st_mtime) & 0xFFFF_FFFF
        header = struct.pack('<4sLL', importlib.util.MAGIC_NUMBER, 0, mtime)
        for pyc in pycs:
            with open(pyc, 'rb') as stream:
                if stream.read(12) != header:
                    return False
    except OSError:
        return False
    return True


def _outside_limit(source, limit):
    # A symlink whose target lies outside the folder `limit` is not compiled.
    if limit is None or not os.path.islink(source):
        return False
    return Path(limit).resolve() not in Path(source).resolve().parents


def _report_failure(source, quiet, text):
    # Quiet 1 names the file first; quiet 0 has already printed
    # 'Compiling ...', so it only marks the error.
    if quiet >= 2:
        return
    if quiet:
        print(f'*** Error compiling {source!r}...')
    else:
        print('*** ', end='')
    print(text)


def _write_pycs(source, pycs, levels, dfile, invalidation_mode, hardlink_dupes):
    # Compile once per level; with hardlink_dupes, a pyc identical to the
    # previous level's becomes a hard link to it.
    earlier = None
    for level in levels:
        pyc = pycs[level]
        py_compile.compile(source, pyc, dfile, True, optimize=level,
                           invalidation_mode=invalidation_mode)
        if hardlink_dupes and earlier is not None and filecmp.cmp(pyc, earlier, shallow=False):
            os.unlink(pyc)
            os.link(earlier, pyc)
        earlier = pyc


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
    _refuse_ddir_with(ddir, stripdir, prependdir)
    fullname = os.fspath(fullname)
    if stripdir is not None:
        stripdir = os.fspath(stripdir)
    dfile = _display_name(fullname, ddir, stripdir, prependdir, quiet)
    levels = sorted({optimize} if isinstance(optimize, int) else set(optimize))
    if hardlink_dupes and len(levels) < 2:
        raise ValueError("Hardlinking of duplicated bytecode makes sense "
                         "only for more than one optimization level")
    # Skipped files count as success.
    skipped = ((rx is not None and rx.search(fullname))
               or _outside_limit(fullname, limit_sl_dest)
               or not os.path.isfile(fullname)
               or not os.path.basename(fullname).endswith('.py'))
    if skipped:
        return True
    pycs = _pyc_paths(fullname, levels, legacy)
    if not force and _fresh(fullname, pycs.values()):
        return True
    _say(quiet, _PROGRESS, f'Compiling {fullname!r}...')
    try:
        _write_pycs(fullname, pycs, levels, dfile, invalidation_mode, hardlink_dupes)
    except py_compile.PyCompileError as failure:
        # The message may hold characters the console cannot show.
        charset = sys.stdout.encoding or sys.getdefaultencoding()
        text = failure.msg.encode(charset, errors='backslashreplace').decode(charset)
        _report_failure(fullname, quiet, text)
        return False
    except (SyntaxError, UnicodeError, OSError) as failure:
        _report_failure(fullname, quiet, f'{type(failure).__name__}: {failure}')
        return False
    return True


def compile_path(skip_curdir=1, maxlevels=0, force=False, quiet=0,
                 legacy=False, optimize=-1,
                 invalidation_mode=None):
    """Byte-compile the modules of every sys.path folder (the current one skipped by default)."""
    ok = True
    for entry in sys.path:
        if skip_curdir and entry in ('', os.curdir):
            _say(quiet, _TROUBLE, 'Skipping current directory')
        else:
            # (Once one folder fails, the rest are not compiled.)
            ok = ok and compile_dir(entry, maxlevels, None, force, quiet=quiet, legacy=legacy,
                                    optimize=optimize, invalidation_mode=invalidation_mode)
    return ok


# The command line's options: (flags, settings).
_OPTIONS = [
    (('-l',), dict(action='store_const', const=0, default=None, dest='maxlevels',
                   help="don't recurse into subdirectories")),
    (('-r',), dict(type=int, dest='recursion',
                   help='control the maximum recursion level. if `-l` and `-r` '
                        'options are specified, then `-r` takes precedence.')),
    (('-f',), dict(action='store_true', dest='force',
                   help='force rebuild even if timestamps are up to date')),
    (('-q',), dict(action='count', dest='quiet', default=0,
                   help='output only error messages; -qq will suppress the '
                        'error messages as well.')),
    (('-b',), dict(action='store_true', dest='legacy',
                   help='use legacy (pre-PEP3147) compiled file locations')),
    (('-d',), dict(metavar='DESTDIR', dest='ddir', default=None,
                   help='directory to prepend to file paths for use in compile-time '
                        'tracebacks and in runtime tracebacks in cases where the '
                        'source file is unavailable')),
    (('-s',), dict(metavar='STRIPDIR', dest='stripdir', default=None,
                   help='part of path to left-strip from path to source file - for '
                        'example buildroot. `-d` and `-s` options cannot be '
                        'specified together.')),
    (('-p',), dict(metavar='PREPENDDIR', dest='prependdir', default=None,
                   help='path to add as prefix to path to source file - for example '
                        '/ to make it absolute when some part is removed by `-s` '
                        'option. `-d` and `-p` options cannot be specified together.')),
    (('-x',), dict(metavar='REGEXP', dest='rx', default=None,
                   help='skip files matching the regular expression; the regexp is '
                        'searched for in the full path of each file considered for '
                        'compilation')),
    (('-i',), dict(metavar='FILE', dest='flist',
                   help='add all the files and directories listed in FILE to the '
                        'list considered for compilation; if "-", names are read '
                        'from stdin')),
    (('compile_dest',), dict(metavar='FILE|DIR', nargs='*',
                             help='zero or more file and directory names to compile; '
                                  'if no arguments given, defaults to the equivalent '
                                  'of -l sys.path')),
    (('-j', '--workers'), dict(default=1, type=int, help='Run compileall concurrently')),
    (('--invalidation-mode',), dict(
        help='set .pyc invalidation mode; defaults to "checked-hash" if the '
             'SOURCE_DATE_EPOCH environment variable is set, and "timestamp" '
             'otherwise.')),
    (('-o',), dict(action='append', type=int, dest='opt_levels',
                   help='Optimization levels to run compilation with. Default is -1 '
                        'which uses the optimization level of the Python '
                        'interpreter itself (see -O).')),
    (('-e',), dict(metavar='DIR', dest='limit_sl_dest',
                   help='Ignore symlinks pointing outsite of the DIR')),
    (('--hardlink-dupes',), dict(action='store_true', dest='hardlink_dupes',
                                 help='Hardlink duplicated pyc files')),
]


def _mode_option(name):
    # 'checked-hash' -> PycInvalidationMode.CHECKED_HASH
    return py_compile.PycInvalidationMode[name.replace('-', '_').upper()]


def _parser():
    import argparse
    parser = argparse.ArgumentParser(
        description='Utilities to support installing Python libraries.')
    modes = sorted(mode.name.lower().replace('_', '-')
                   for mode in py_compile.PycInvalidationMode)
    for flags, settings in _OPTIONS:
        if flags == ('--invalidation-mode',):
            settings = dict(settings, choices=modes)
        parser.add_argument(*flags, **settings)
    return parser


def _read_list(name):
    # The names a -i file (or stdin, for '-') lists, one a line.
    stream = sys.stdin if name == '-' else open(name, encoding="utf-8")
    with stream:
        return [line.strip() for line in stream]


def main():
    """The command line: True if everything compiled."""
    parser = _parser()
    options = parser.parse_args()
    if options.rx:
        import re
        options.rx = re.compile(options.rx)
    levels = options.opt_levels or [-1]
    if options.hardlink_dupes and len(levels) == 1:
        parser.error(("Hardlinking of duplicated bytecode makes sense "
                      "only for more than one optimization level."))
    if options.ddir is not None and (options.stripdir, options.prependdir) != (None, None):
        parser.error("-d cannot be used in combination with -s or -p")
    targets = options.compile_dest
    if options.flist:
        try:
            targets += _read_list(options.flist)
        except OSError:
            _say(options.quiet, _TROUBLE, f"Error reading file list {options.flist}")
            return False
    mode = _mode_option(options.invalidation_mode) if options.invalidation_mode else None
    shared = dict(invalidation_mode=mode, stripdir=options.stripdir,
                  prependdir=options.prependdir, optimize=levels,
                  limit_sl_dest=options.limit_sl_dest or None,
                  hardlink_dupes=options.hardlink_dupes)
    depth = options.maxlevels if options.recursion is None else options.recursion
    try:
        if not targets:
            return compile_path(legacy=options.legacy, force=options.force,
                                quiet=options.quiet, invalidation_mode=mode)
        results = []
        for target in targets:
            if os.path.isfile(target):
                results.append(compile_file(
                    target, options.ddir, options.force, options.rx, options.quiet,
                    options.legacy, **shared))
            else:
                results.append(compile_dir(
                    target, depth, options.ddir, options.force, options.rx,
                    options.quiet, options.legacy, workers=options.workers, **shared))
        return all(results)
    except KeyboardInterrupt:
        _say(options.quiet, _TROUBLE, "\n[interrupted]")
        return False


if __name__ == '__main__':
    sys.exit(int(not main()))
