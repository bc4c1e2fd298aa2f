"""Iterate over the lines of several files, or of standard input, as one
stream.

    import fileinput
    with fileinput.input(encoding="utf-8") as lines:
        for text in lines:
            handle(text)

The files are the command line's arguments (sys.argv[1:]), or standard
input when there are none; '-' also names standard input. Pass a list of
names (or one name) to input() to choose them. Lines keep their line
endings; an empty file adds no lines.

While the iteration runs, filename(), lineno() (counted over all files),
filelineno(), isfirstline(), isstdin() and fileno() describe the line just
read; nextfile() skips the rest of the current file and close() ends the
iteration. The FileInput class is the same without module-level state.

With inplace=True each file is renamed to a backup (name + backup, or
'.bak') and standard output is redirected into a new file of the original
name while its lines are read, so that what is printed replaces the file;
the backup is removed at the end unless backup was given.

mode is 'r' or 'rb'; openhook(filename, mode) opens each file instead of
open() (hook_compressed and hook_encoded are two such hooks).
"""

import io
import sys
import os
from types import GenericAlias

__all__ = ["input", "close", "nextfile", "filename", "lineno", "filelineno",
           "fileno", "isfirstline", "isstdin", "FileInput", "hook_compressed",
           "hook_encoded"]

# The FileInput that input() made and the module's functions describe.
_state = None


def input(files=None, inplace=False, backup="", *, mode="r", openhook=None,
          encoding=None, errors=None):
    """Return a FileInput made with these arguments, which the module's
    functions then describe. RuntimeError while another is still reading.
    """
    global _state
    if _state and _state._file:
        raise RuntimeError("input() already active")
    made = FileInput(files, inplace, backup, mode=mode,
                     openhook=openhook, encoding=encoding, errors=errors)
    _state = made
    return made


def close():
    """End the iteration input() started, closing its current file."""
    global _state
    current, _state = _state, None
    if current:
        current.close()


def _current():
    if _state:
        return _state
    raise RuntimeError("no active input()")


def _describing(method):
    # A module-level function answering from the active FileInput.
    def function():
        return getattr(_current(), method)()
    function.__name__ = function.__qualname__ = method
    return function


nextfile = _describing('nextfile')
nextfile.__doc__ = """Close the current file, so that the next line read is
the first of the next file. The lines skipped do not count in lineno();
filename() changes only when that next line is read. Before the first line
and after the last it does nothing."""
filename = _describing('filename')
filename.__doc__ = "The name of the file being read; None before the first line."
lineno = _describing('lineno')
lineno.__doc__ = """The line number of the last line read, counted over all
the files so far; 0 before the first line."""
filelineno = _describing('filelineno')
filelineno.__doc__ = """The line number of the last line read within its
file; 0 before the first line."""
fileno = _describing('fileno')
fileno.__doc__ = "The file descriptor of the current file, or -1 when none is open."
isfirstline = _describing('isfirstline')
isfirstline.__doc__ = "Whether the last line read was the first of its file."
isstdin = _describing('isstdin')
isstdin.__doc__ = "Whether the last line read came from sys.stdin."


def _file_list(files):
    # The names to read, as a tuple; none means the command line's, and an
    # empty list standard input ('-').
    if isinstance(files, (str, os.PathLike)):
        return (os.fspath(files),)
    names = sys.argv[1:] if files is None else files
    return tuple(names) if names else ('-',)


def _quietly(action, *args):
    # action(*args), where failing (a file not there, say) does not matter.
    try:
        action(*args)
    except OSError:
        pass


def _run_in_turn(steps):
    # Each step runs even when one before it failed, as nested try/finally
    # blocks would.
    if steps:
        try:
            steps[0]()
        finally:
            _run_in_turn(steps[1:])


class FileInput:
    """FileInput(files=None, inplace=False, backup="", *, mode="r",
    openhook=None, encoding=None, errors=None)

    The iterator behind input(): its methods filename(), lineno(),
    filelineno(), isfirstline(), isstdin(), fileno(), nextfile() and
    close() are the module's functions. readline() returns the next line
    ('' at the end). It is also a context manager that closes itself.
    """

    def __init__(self, files=None, inplace=False, backup="", *,
                 mode="r", openhook=None, encoding=None, errors=None):
        self._files = _file_list(files)
        self._inplace, self._backup = inplace, backup
        self._encoding, self._errors = encoding, errors
        # The file being read and where it stands; everything close() needs
        # is set before any argument can be refused.
        self._file = None
        self._name = None
        self._before = 0          # lines in the files already done
        self._count = 0           # lines read from the current file
        self._on_stdin = False
        self._pull = None         # the current file's readline
        # In-place editing: the real stdout, the new file, the backup.
        self._real_stdout = self._output = self._backup_name = None
        # Like io.text_encoding(), which cannot be used: an old-style hook
        # takes no encoding.
        if (sys.flags.warn_default_encoding and "b" not in mode
                and encoding is None and openhook is None):
            import warnings
            warnings.warn("'encoding' argument not specified.", EncodingWarning, 2)
        if mode not in {'r', 'rb'}:
            raise ValueError("FileInput opening mode must be 'r' or 'rb'")
        self._mode = mode
        if openhook:
            if inplace:
                raise ValueError("FileInput cannot use an opening hook in inplace mode")
            if not callable(openhook):
                raise ValueError("FileInput openhook must be callable")
        self._openhook = openhook

    def __del__(self):
        self.close()

    def close(self):
        # Nothing is left to read afterwards, even if closing failed.
        _run_in_turn([self.nextfile, self._forget_files])

    def _forget_files(self):
        self._files = ()

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def readline(self):
        # The next line, moving on through the files; empty after the last.
        while True:
            if not self._file:
                if not self._files:
                    return b'' if 'b' in self._mode else ''
                self._open_next()
            line = self._pull()
            if line:
                self._count += 1
                return line
            self.nextfile()

    def nextfile(self):
        # Undo what opening the current file set up, each step even when
        # one before failed: stdout, the in-place output, the file, the
        # backup.
        _run_in_turn([self._give_back_stdout, self._close_output,
                      self._close_input, self._drop_backup])

    def _give_back_stdout(self):
        real, self._real_stdout = self._real_stdout, None
        if real:
            sys.stdout = real

    def _close_output(self):
        output, self._output = self._output, None
        if output:
            output.close()

    def _close_input(self):
        current, self._file, self._pull = self._file, None, None
        if current and not self._on_stdin:
            current.close()

    def _drop_backup(self):
        backup, self._backup_name = self._backup_name, None
        if backup and not self._backup:
            _quietly(os.unlink, backup)
        self._on_stdin = False

    def _open_next(self):
        name, self._files = self._files[0], self._files[1:]
        self._before = self.lineno()
        self._count = 0
        self._name, self._on_stdin = name, False
        self._backup_name = 0
        # The text encoding (FileInput() has warned if it was left out).
        binary = 'b' in self._mode
        encoding = None if binary else (self._encoding or "locale")
        if name == '-':
            self._name, self._on_stdin = '<stdin>', True
            self._file = getattr(sys.stdin, 'buffer', sys.stdin) if binary else sys.stdin
        elif self._inplace:
            self._start_rewriting(name, encoding)
        elif self._openhook is None:
            self._file = open(name, self._mode, encoding=encoding, errors=self._errors)
        elif self._encoding is None:
            # Hooks written before 3.10 take no encoding.
            self._file = self._openhook(name, self._mode)
        else:
            self._file = self._openhook(name, self._mode, encoding=self._encoding,
                                        errors=self._errors)
        self._pull = self._file.readline

    def _start_rewriting(self, name, encoding):
        # Move the file to its backup and read that; a new file of the old
        # name (with the old permissions) becomes sys.stdout.
        moved = self._backup_name = os.fspath(name) + (self._backup or ".bak")
        _quietly(os.unlink, moved)
        os.rename(name, moved)
        writing = self._mode.replace('r', 'w')
        text_args = dict(encoding=encoding, errors=self._errors)
        self._file = open(moved, self._mode, **text_args)
        try:
            permissions = os.fstat(self._file.fileno()).st_mode
        except OSError:
            self._output = open(name, writing, **text_args)
        else:
            how = os.O_CREAT | os.O_WRONLY | os.O_TRUNC | getattr(os, 'O_BINARY', 0)
            self._output = os.fdopen(os.open(name, how, permissions), writing, **text_args)
            _quietly(os.chmod, name, permissions)
        self._real_stdout, sys.stdout = sys.stdout, self._output

    def filename(self):
        return self._name

    def lineno(self):
        return self._before + self._count

    def filelineno(self):
        return self._count

    def fileno(self):
        current = self._file
        if current:
            try:
                return current.fileno()
            except ValueError:
                pass
        return -1

    def isfirstline(self):
        return self._count == 1

    def isstdin(self):
        return self._on_stdin

    __class_getitem__ = classmethod(GenericAlias)


def hook_compressed(filename, mode, *, encoding=None, errors=None):
    """An openhook that opens .gz and .bz2 files through gzip and bz2 and
    other files with open()."""
    text = "b" not in mode
    if encoding is None and text:
        # FileInput() has already warned about the missing encoding.
        encoding = "locale"
    suffix = os.path.splitext(filename)[1]
    if suffix not in ('.gz', '.bz2'):
        return open(filename, mode, encoding=encoding, errors=errors)
    if suffix == '.gz':
        from gzip import open as opener
    else:
        from bz2 import BZ2File as opener
    raw = opener(filename, mode)
    return io.TextIOWrapper(raw, encoding=encoding, errors=errors) if text else raw


def hook_encoded(encoding, errors=None):
    """An openhook that opens files with this encoding and errors."""
    def openhook(filename, mode):
        # open() looked up when called, so that it can be replaced.
        return open(filename, mode, encoding=encoding, errors=errors)
    return openhook


def _test():
    # python -m fileinput [-i] [-b backup] files: number the lines.
    from getopt import getopt
    options, names = getopt(sys.argv[1:], "ib:")
    settings = dict(options)
    editing = input(names, inplace='-i' in settings, backup=settings.get('-b', False))
    for line in editing:
        text = line.removesuffix('\n').removesuffix('\r')
        star = "*" if isfirstline() else ""
        print(f"{lineno()}: {filename()}[{filelineno()}]{star} {text}")
    print(f"{lineno()}: {filename()}[{filelineno()}]")


if __name__ == '__main__':
    _test()
