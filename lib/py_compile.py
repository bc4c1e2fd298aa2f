"""Compile Python source files to .pyc bytecode files.

compile() writes the cache file the import system would (or one at a path of
your choice); main() is the command line, `kaa -m py_compile FILE...`.
"""

import enum
import importlib._bootstrap_external
import importlib.util
import os
import sys
import traceback

__all__ = ["compile", "main", "PyCompileError", "PycInvalidationMode"]


def _explain(exc_type, exc_value, file):
    # What a failed compilation shows: a syntax error as Python reports one
    # (under the source's name rather than "<string>"), anything else with
    # an apology.
    if exc_type is not SyntaxError:
        return f"Sorry: {exc_type.__name__}: {exc_value}"
    report = ''.join(traceback.format_exception_only(exc_type, exc_value))
    return report.replace('File "<string>"', f'File "{file}"')


class PyCompileError(Exception):
    """A source file failed to compile.

    Attributes: exc_type_name, exc_value, file and msg (the text shown).
    """

    def __init__(self, exc_type, exc_value, file, msg=''):
        text = msg or _explain(exc_type, exc_value, file)
        super().__init__(text, exc_type.__name__, exc_value, file)
        self.exc_type_name = exc_type.__name__
        self.exc_value = exc_value
        self.file = file
        self.msg = text

    def __str__(self):
        return self.msg


class PycInvalidationMode(enum.Enum):
    TIMESTAMP = 1
    CHECKED_HASH = 2
    UNCHECKED_HASH = 3


def _get_default_invalidation_mode():
    # Reproducible builds (SOURCE_DATE_EPOCH set) want pycs that carry a
    # source hash instead of an mtime.
    reproducible = bool(os.environ.get('SOURCE_DATE_EPOCH'))
    return PycInvalidationMode.CHECKED_HASH if reproducible else PycInvalidationMode.TIMESTAMP


def _cache_path(file, optimize):
    if optimize < 0:
        return importlib.util.cache_from_source(file)
    return importlib.util.cache_from_source(file, optimization=optimize or '')


# A pyc is written by replacing the file, so a target that is not a plain
# file would silently become one: such targets are refused with these words.
_REFUSED_TARGETS = (
    (os.path.islink,
     '{} is a symlink and will be changed into a regular file if '
     'import writes a byte-compiled file to it'),
    (lambda path: os.path.exists(path) and not os.path.isfile(path),
     '{} is a non-regular file and will be changed into a regular '
     'one if import writes a byte-compiled file to it'),
)


def _pyc_bytes(code, source, stats, mode):
    external = importlib._bootstrap_external
    if mode is PycInvalidationMode.TIMESTAMP:
        return external._code_to_timestamp_pyc(code, stats.st_mtime, stats.st_size)
    checked = mode is PycInvalidationMode.CHECKED_HASH
    return external._code_to_hash_pyc(code, importlib.util.source_hash(source), checked=checked)


# The built-in, before this module's compile() hides it.
_source_to_code = compile


def compile(file, cfile=None, dfile=None, doraise=False, optimize=-1,
            invalidation_mode=None, quiet=0):
    """Compile the source file `file` into a .pyc; return the path written.

    cfile is where the bytecode goes (the __pycache__ file by default), dfile
    the file name the code objects report (file by default), optimize the
    -O level (-1: this interpreter's), invalidation_mode a PycInvalidationMode.
    A source that does not compile raises PyCompileError when doraise is
    true and is reported on stderr otherwise (quiet=2 silences both); the
    result is then None.
    """
    mode = invalidation_mode or _get_default_invalidation_mode()
    target = cfile if cfile is not None else _cache_path(file, optimize)
    for refused, complaint in _REFUSED_TARGETS:
        if refused(target):
            raise FileExistsError(complaint.format(target))
    with open(file, 'rb') as stream:
        source = stream.read()
    shown_name = dfile or file
    try:
        code = _source_to_code(source, shown_name, 'exec', dont_inherit=True,
                               optimize=optimize)
    except Exception as exc:
        failure = PyCompileError(type(exc), exc, shown_name)
        if quiet >= 2:
            return None
        if doraise:
            raise failure
        sys.stderr.write(failure.msg + '\n')
        return None
    folder = os.path.dirname(target)
    if folder:
        try:
            os.makedirs(folder)
        except FileExistsError:
            pass
    data = _pyc_bytes(code, source, os.stat(file), mode)
    importlib._bootstrap_external._write_atomic(
        target, data, importlib._bootstrap_external._calc_mode(file))
    return target


def main():
    """`py_compile FILE...` (or `-` to read the names from stdin): compile
    each; the first failure ends the run with status 1 and its message."""
    import argparse
    parser = argparse.ArgumentParser(
        description='A simple command-line interface for py_compile module.')
    parser.add_argument('-q', '--quiet', action='store_true', help='Suppress error output')
    parser.add_argument('filenames', nargs='+', help='Files to compile')
    options = parser.parse_args()
    names = options.filenames
    if names == ['-']:
        names = [line.rstrip('\n') for line in sys.stdin.readlines()]
    for name in names:
        try:
            compile(name, doraise=True)
        except PyCompileError as failure:
            parser.exit(1, None if options.quiet else failure.msg)
        except OSError as failure:
            parser.exit(1, None if options.quiet else str(failure))


if __name__ == "__main__":
    main()
