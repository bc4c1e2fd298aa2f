"""Iterate over the lines of several files, or of standard input, as one
stream.

    import fileinput
    for line in fileinput.input(encoding="utf-8"):
        process(line)

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

_state = None


def input(files=None, inplace=False, backup="", *, mode="r", openhook=None,
          encoding=None, errors=None):
    """Return a FileInput made with these arguments, which the module's
    functions then describe. RuntimeError while another is still reading.
    """
    global _state
    if _state and _state._file:
        raise RuntimeError("input() already active")
    _state = FileInput(files, inplace, backup, mode=mode, openhook=openhook,
                       encoding=encoding, errors=errors)
    return _state


def close():
    """Close the sequence."""
    global _state
    state, _state = _state, None
    if state:
        state.close()


def _active():
    if not _state:
        raise RuntimeError("no active input()")
    return _state


def nextfile():
    """Close the current file, so that the next line read is the first of the
    next file. The lines skipped do not count in lineno(); filename()
    changes only when that next line is read. Before the first line and
    after the last it does nothing.
    """
    return _active().nextfile()


def filename():
    """The name of the file being read; None before the first line."""
    return _active().filename()


def lineno():
    """The line number of the last line read, counted over all the files so
    far; 0 before the first line."""
    return _active().lineno()


def filelineno():
    """The line number of the last line read within its file; 0 before the
    first line."""
    return _active().filelineno()


def fileno():
    """The file descriptor of the current file, or -1 when none is open."""
    return _active().fileno()


def isfirstline():
    """Whether the last line read was the first of its file."""
    return _active().isfirstline()


def isstdin():
    """Whether the last line read came from sys.stdin."""
    return _active().isstdin()


class FileInput:
    """FileInput([files[, inplace[, backup]]], *, mode=None, openhook=None)

    The iterator behind input(): its methods filename(), lineno(),
    filelineno(), isfirstline(), isstdin(), fileno(), nextfile() and
    close() are the module's functions. readline() returns the next line
    ('' at the end). It is also a context manager that closes itself.
    """

    def __init__(self, files=None, inplace=False, backup="", *,
                 mode="r", openhook=None, encoding=None, errors=None):
        if isinstance(files, str):
            files = (files,)
        elif isinstance(files, os.PathLike):
            files = (os.fspath(files),)
        else:
            if files is None:
                files = sys.argv[1:]
            files = tuple(files) if files else ('-',)
        self._files = files
        self._inplace = inplace
        self._backup = backup
        self._savestdout = None
        self._output = None
        self._filename = None
        self._startlineno = 0
        self._filelineno = 0
        self._file = None
        self._isstdin = False
        self._backupfilename = None
        self._encoding = encoding
        self._errors = errors
        if (sys.flags.warn_default_encoding and "b" not in mode
                and encoding is None and openhook is None):
            import warnings
            warnings.warn("'encoding' argument not specified.", EncodingWarning, 2)
        if mode not in ('r', 'rb'):
            raise ValueError("FileInput opening mode must be 'r' or 'rb'")
        self._mode = mode
        self._write_mode = mode.replace('r', 'w')
        if openhook:
            if inplace:
                raise ValueError("FileInput cannot use an opening hook in inplace mode")
            if not callable(openhook):
                raise ValueError("FileInput openhook must be callable")
        self._openhook = openhook

    def __del__(self):
        self.close()

    def close(self):
        try:
            self.nextfile()
        finally:
            self._files = ()

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readline(self):
        # The next line of the current file, moving on through the files;
        # empty at the end of the last.
        while True:
            line = self._readline()
            if line:
                self._filelineno += 1
                return line
            if not self._file:
                return line
            self.nextfile()

    def nextfile(self):
        # Undo what _readline set up for the current file, even when a step
        # fails: stdout, the in-place output, the file, the backup.
        saved, self._savestdout = self._savestdout, None
        if saved:
            sys.stdout = saved
        output, self._output = self._output, None
        try:
            if output:
                output.close()
        finally:
            current, self._file = self._file, None
            # _readline is the current file's readline while one is open.
            self.__dict__.pop('_readline', None)
            try:
                if current and not self._isstdin:
                    current.close()
            finally:
                backup, self._backupfilename = self._backupfilename, None
                if backup and not self._backup:
                    try:
                        os.unlink(backup)
                    except OSError:
                        pass
                self._isstdin = False

    def _open_inplace(self, encoding):
        # Rename the file to its backup, read from that, and write a new file
        # of the old name (with the old permissions) as sys.stdout.
        name = self._filename
        self._backupfilename = os.fspath(name) + (self._backup or ".bak")
        try:
            os.unlink(self._backupfilename)
        except OSError:
            pass
        os.rename(name, self._backupfilename)
        self._file = open(self._backupfilename, self._mode, encoding=encoding, errors=self._errors)
        try:
            perm = os.fstat(self._file.fileno()).st_mode
        except OSError:
            self._output = open(name, self._write_mode, encoding=encoding, errors=self._errors)
        else:
            flags = os.O_CREAT | os.O_WRONLY | os.O_TRUNC | getattr(os, 'O_BINARY', 0)
            fd = os.open(name, flags, perm)
            self._output = os.fdopen(fd, self._write_mode, encoding=encoding, errors=self._errors)
            try:
                os.chmod(name, perm)
            except OSError:
                pass
        self._savestdout = sys.stdout
        sys.stdout = self._output

    def _readline(self):
        # Runs only with no file open (an open file's readline shadows it in
        # the instance): opens the next file and reads its first line.
        binary = 'b' in self._mode
        if not self._files:
            return b'' if binary else ''
        self._filename, self._files = self._files[0], self._files[1:]
        self._startlineno = self.lineno()
        self._filelineno = 0
        self._file = None
        self._isstdin = False
        self._backupfilename = 0
        encoding = None if binary else (self._encoding or "locale")
        if self._filename == '-':
            self._filename = '<stdin>'
            self._file = getattr(sys.stdin, 'buffer', sys.stdin) if binary else sys.stdin
            self._isstdin = True
        elif self._inplace:
            self._open_inplace(encoding)
        elif not self._openhook:
            self._file = open(self._filename, self._mode, encoding=encoding, errors=self._errors)
        elif self._encoding is None:
            self._file = self._openhook(self._filename, self._mode)
        else:
            self._file = self._openhook(self._filename, self._mode,
                                        encoding=self._encoding, errors=self._errors)
        self._readline = self._file.readline
        return self._readline()

    def filename(self):
        return self._filename

    def lineno(self):
        return self._startlineno + self._filelineno

    def filelineno(self):
        return self._filelineno

    def fileno(self):
        if not self._file:
            return -1
        try:
            return self._file.fileno()
        except ValueError:
            return -1

    def isfirstline(self):
        return self._filelineno == 1

    def isstdin(self):
        return self._isstdin

    __class_getitem__ = classmethod(GenericAlias)


def hook_compressed(filename, mode, *, encoding=None, errors=None):
    """An openhook that opens .gz and .bz2 files through gzip and bz2 and
    other files with open()."""
    if encoding is None and "b" not in mode:
        # FileInput() has already warned about the missing encoding.
        encoding = "locale"
    ext = os.path.splitext(filename)[1]
    if ext == '.gz':
        import gzip
        stream = gzip.open(filename, mode)
    elif ext == '.bz2':
        import bz2
        stream = bz2.BZ2File(filename, mode)
    else:
        return open(filename, mode, encoding=encoding, errors=errors)
    if "b" not in mode:
        stream = io.TextIOWrapper(stream, encoding=encoding, errors=errors)
    return stream


def hook_encoded(encoding, errors=None):
    """An openhook that opens files with this encoding and errors."""
    def openhook(filename, mode):
        return open(filename, mode, encoding=encoding, errors=errors)
    return openhook


def _test():
    import getopt
    inplace = False
    backup = False
    opts, args = getopt.getopt(sys.argv[1:], "ib:")
    for opt, value in opts:
        if opt == '-i':
            inplace = True
        if opt == '-b':
            backup = value
    for line in input(args, inplace=inplace, backup=backup):
        line = line.removesuffix('\n').removesuffix('\r')
        print("%d: %s[%d]%s %s" % (lineno(), filename(), filelineno(),
                                   isfirstline() and "*" or "", line))
    print("%d: %s[%d]" % (lineno(), filename(), filelineno()))


if __name__ == '__main__':
    _test()
