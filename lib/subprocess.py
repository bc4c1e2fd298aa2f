"""Subprocesses: start programs, talk to them through pipes, wait for them.

run() is the front door: it runs a command, waits for it and returns a
CompletedProcess (its arguments, return code and, if captured, its output).
Popen is the class underneath, for everything run() does not cover; call,
check_call, check_output, getoutput and getstatusoutput are the older
shortcuts. PIPE, STDOUT and DEVNULL are the special values of stdin, stdout
and stderr.

Children are started by _posixsubprocess.fork_exec; a failure to start one is
the OSError of the failing system call (FileNotFoundError for a program that
does not exist), raised in the parent.
"""

import builtins
import contextlib
import errno
import fcntl
import io
import locale
import os
import select
import selectors
import signal
import sys
import threading
import time
import types
import warnings

import _posixsubprocess

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
           "SubprocessError", "TimeoutExpired", "CompletedProcess"]

# This is the POSIX implementation; the names below are what CPython's tests
# and other modules look at.
_mswindows = False
_can_fork_exec = True
_fork_exec = _posixsubprocess.fork_exec
# Children are not started by posix_spawn here, and vfork is fork_exec's affair.
_USE_POSIX_SPAWN = False
_HAVE_POSIX_SPAWN_CLOSEFROM = False
_USE_VFORK = True
# How much input communicate() writes at once: a write this small to a pipe
# never blocks halfway.
_PIPE_BUF = getattr(select, 'PIPE_BUF', 512)
_PopenSelector = selectors.PollSelector if hasattr(selectors, 'PollSelector') else selectors.SelectSelector
_clock = time.monotonic


def _use_posix_spawn():
    """Whether Popen could use os.posix_spawn: never here."""
    return False


class SubprocessError(Exception):
    pass


class _SameAs:
    # A second name for an attribute: both exceptions call their output
    # stdout too, as run() does.
    def __init__(self, target):
        self.target = target

    def __get__(self, obj, owner=None):
        return self if obj is None else getattr(obj, self.target)

    def __set__(self, obj, value):
        setattr(obj, self.target, value)


class CalledProcessError(SubprocessError):
    """Raised when run() with check=True, check_call() or check_output() sees
    a non-zero exit status: returncode, cmd, output (also stdout) and stderr
    tell what happened."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode, self.cmd = returncode, cmd
        self.output, self.stderr = output, stderr

    def __str__(self):
        code = self.returncode
        if not code or code > 0:
            return f"Command '{self.cmd}' returned non-zero exit status {code}."
        try:
            return f"Command '{self.cmd}' died with {signal.Signals(-code)!r}."
        except ValueError:
            return f"Command '{self.cmd}' died with unknown signal {-code}."

    stdout = _SameAs('output')


class TimeoutExpired(SubprocessError):
    """Raised when a child is waited for longer than the timeout: cmd, timeout,
    and the output (stdout) and stderr gathered until then."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd, self.timeout = cmd, timeout
        self.output, self.stderr = output, stderr

    def __str__(self):
        return f"Command '{self.cmd}' timed out after {self.timeout} seconds"

    stdout = _SameAs('output')


PIPE = -1
STDOUT = -2
DEVNULL = -3

# Children that were still running when their Popen was collected, reaped by
# _cleanup when the next Popen is made.
_active = []


def _cleanup():
    for proc in list(_active or ()):
        if proc._internal_poll(_deadstate=sys.maxsize) is None:
            continue
        # (Another thread may have taken it out meanwhile.)
        with contextlib.suppress(ValueError):
            _active.remove(proc)


# What Popen.__del__ needs, kept apart from the module's globals, which may be
# gone at shutdown.
_del_safe = types.SimpleNamespace(
    waitpid=os.waitpid, WNOHANG=os.WNOHANG, ECHILD=errno.ECHILD,
    WIFSTOPPED=os.WIFSTOPPED, WSTOPSIG=os.WSTOPSIG,
    waitstatus_to_exitcode=os.waitstatus_to_exitcode,
)


def _optim_args_from_interpreter_flags():
    """The -O options that reproduce this interpreter's optimization level."""
    level = sys.flags.optimize
    return ['-' + 'O' * level] if level > 0 else []


# sys.flags given by repeating a letter, and those given by a switch that
# -I (isolated) implies.
_COUNTED_FLAGS = (('debug', 'd'), ('dont_write_bytecode', 'B'), ('no_site', 'S'),
                  ('verbose', 'v'), ('bytes_warning', 'b'), ('quiet', 'q'))
_ISOLATION_FLAGS = (('ignore_environment', '-E'), ('no_user_site', '-s'), ('safe_path', '-P'))
# The -X options passed on to a child, when set.
_INHERITED_X = ('faulthandler', 'tracemalloc', 'importtime', 'frozen_modules',
                'showrefcount', 'utf8')


def _args_from_interpreter_flags():
    """The command-line options that reproduce this interpreter's flags,
    warning options and -X options in a child Python."""
    flags = sys.flags
    options = _optim_args_from_interpreter_flags()
    options += ['-' + letter * getattr(flags, name)
                for name, letter in _COUNTED_FLAGS if getattr(flags, name) > 0]
    options += ['-I'] if flags.isolated else [
        switch for name, switch in _ISOLATION_FLAGS if getattr(flags, name)]

    # The filters that -b and -X dev add by themselves are not repeated as -W.
    implied = []
    if flags.bytes_warning:
        implied.append("error::BytesWarning" if flags.bytes_warning > 1 else "default::BytesWarning")
    if flags.dev_mode:
        implied.append('default')
    warnoptions = list(sys.warnoptions)
    for option in implied:
        warnoptions.remove(option)
    options += ['-W' + option for option in warnoptions]

    if flags.dev_mode:
        options += ['-X', 'dev']
    given = vars(sys).get('_xoptions') or {}
    for name in _INHERITED_X:
        if name in given:
            value = given[name]
            options += ['-X', name if value is True else f'{name}={value}']
    return options


def _text_encoding():
    # The encoding of text-mode pipes with no encoding given: the locale's,
    # or UTF-8 in UTF-8 mode (with -X warn_default_encoding, a warning too).
    flags = sys.flags
    if flags.warn_default_encoding:
        warnings.warn("'encoding' argument not specified.", EncodingWarning, stacklevel=3)
    return "utf-8" if flags.utf8_mode else locale.getencoding()


def call(*popenargs, timeout=None, **kwargs):
    """Run a command, wait for it and return its return code. The arguments
    are Popen's, with a timeout in seconds."""
    with Popen(*popenargs, **kwargs) as proc:
        try:
            return proc.wait(timeout=timeout)
        except:
            proc.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Run a command and wait for it; a non-zero return code raises
    CalledProcessError, else return 0. The arguments are call()'s."""
    code = call(*popenargs, **kwargs)
    if not code:
        return 0
    named = kwargs.get("args")
    raise CalledProcessError(code, popenargs[0] if named is None else named)


_TEXT_ARGUMENTS = ('universal_newlines', 'text', 'encoding', 'errors')


def check_output(*popenargs, timeout=None, **kwargs):
    """Run a command and return its standard output (bytes, or str in text
    mode); a non-zero return code raises CalledProcessError. The arguments
    are run()'s but stdout and check."""
    for name in ('stdout', 'check'):
        if name in kwargs:
            raise ValueError(f'{name} argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        # input=None means "no input", not "inherit standard input".
        textual = any(kwargs.get(k) for k in _TEXT_ARGUMENTS)
        kwargs['input'] = '' if textual else b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


class CompletedProcess:
    """What run() returns: args, returncode, and stdout and stderr when they
    were captured (else None)."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args, self.returncode = args, returncode
        self.stdout, self.stderr = stdout, stderr

    def __repr__(self):
        parts = [f'args={self.args!r}', f'returncode={self.returncode!r}']
        for name in ('stdout', 'stderr'):
            value = getattr(self, name)
            if value is not None:
                parts.append(f'{name}={value!r}')
        return f"{type(self).__name__}({', '.join(parts)})"

    __class_getitem__ = classmethod(types.GenericAlias)

    def check_returncode(self):
        """Raise CalledProcessError if the return code is not 0."""
        code = self.returncode
        if code:
            raise CalledProcessError(code, self.args, self.stdout, self.stderr)


def _implied_pipes(kwargs, input, capture_output):
    # run()'s input and capture_output stand for pipes; the stream arguments
    # they replace must not be given as well.
    wanted = []
    if input is not None:
        wanted.append((('stdin',), 'stdin and input arguments may not both be used.'))
    if capture_output:
        wanted.append((('stdout', 'stderr'),
                       'stdout and stderr arguments may not be used with capture_output.'))
    for names, complaint in wanted:
        if any(kwargs.get(name) is not None for name in names):
            raise ValueError(complaint)
        kwargs.update(dict.fromkeys(names, PIPE))


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run a command, wait for it, and return a CompletedProcess.

    input is sent to its standard input; capture_output=True captures both
    outputs; past timeout seconds the child is killed and TimeoutExpired
    raised; check=True raises CalledProcessError for a non-zero return code.
    The other arguments are Popen's."""
    _implied_pipes(kwargs, input, capture_output)
    with Popen(*popenargs, **kwargs) as proc:
        try:
            out, err = proc.communicate(input, timeout=timeout)
        except BaseException as failure:
            proc.kill()
            if isinstance(failure, TimeoutExpired):
                proc.wait()     # reap it before the caller hears
            raise
        code = proc.poll()
        if check and code:
            raise CalledProcessError(code, proc.args, output=out, stderr=err)
    return CompletedProcess(proc.args, code, out, err)


def list2cmdline(seq):
    """Join a sequence of arguments into one command line quoted the way the
    Microsoft C runtime splits it again: arguments with a space or tab, and
    empty ones, are double-quoted; double quotes are backslash-escaped, and
    the backslashes before one are doubled."""
    return ' '.join(_ms_quote(os.fsdecode(arg)) for arg in seq)


def _ms_quote(arg):
    # Scan backwards, so that a run of backslashes is known to stand before
    # a quote (or before the closing quote) when it is met.
    quoted = not arg or ' ' in arg or '\t' in arg
    pieces = ['"'] if quoted else []
    doubling = quoted       # do the backslashes met now precede a quote?
    for ch in reversed(arg):
        if ch == '"':
            pieces.append('\\"')
            doubling = True
        elif ch == '\\':
            pieces.append('\\\\' if doubling else '\\')
        else:
            pieces.append(ch)
            doubling = False
    if quoted:
        pieces.append('"')
    return ''.join(reversed(pieces))


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Run cmd in the shell; return (exitcode, output), the output being
    standard output and error together as text, without its final newline."""
    try:
        text = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding, errors=errors)
        code = 0
    except CalledProcessError as failure:
        text, code = failure.output, failure.returncode
    return code, text[:-1] if text.endswith('\n') else text


def getoutput(cmd, *, encoding=None, errors=None):
    """Run cmd in the shell and return its output, as getstatusoutput()."""
    _, text = getstatusoutput(cmd, encoding=encoding, errors=errors)
    return text


def _env_entry(key, value):
    # One b"KEY=VALUE" of a child's environment.
    key = os.fsencode(key)
    if b'=' in key:
        raise ValueError("illegal environment variable name")
    return b'%s=%s' % (key, os.fsencode(value))


def _owner_id(value, lookup, what, kind):
    # A user or group given by name or number, as a number.
    if isinstance(value, str):
        return lookup(value)
    if isinstance(value, int):
        if value < 0:
            raise ValueError(f"{kind} ID cannot be negative, got {value}")
        return value
    raise TypeError(f"{what} must be a string or an integer, not {type(value)}")


def _gid_of(name):
    import grp
    return grp.getgrnam(name).gr_gid


def _uid_of(name):
    import pwd
    return pwd.getpwnam(name).pw_uid


def _child_ids(user, group, extra_groups):
    # (uid, gid, extra gids) for fork_exec; None where unchanged.
    uid = gid = gids = None
    if group is not None:
        gid = _owner_id(group, _gid_of, 'Group', 'Group')
    if extra_groups is not None:
        gids = [_owner_id(g, _gid_of, 'Items in extra_groups', 'Group') for g in extra_groups]
    if user is not None:
        uid = _owner_id(user, _uid_of, 'User', 'User')
    return uid, gid, gids


def _quietly(action, *args):
    # action(*args), a child that no longer reads (EPIPE, or EINVAL on some
    # systems) being no error.
    try:
        action(*args)
    except OSError as failure:
        if not isinstance(failure, BrokenPipeError) and failure.errno != errno.EINVAL:
            raise


class Popen:
    """A child process running args (a sequence of arguments, or one string
    run by the shell when shell=True).

    stdin, stdout and stderr are None (inherit), PIPE, DEVNULL, a descriptor
    or a file object; stderr may be STDOUT. With text=True (or encoding,
    errors, universal_newlines) the pipes are text streams. The attributes
    are args, pid, returncode (None while running) and the pipes stdin,
    stdout and stderr."""

    _child_created = False  # __del__ may run on a half-made object

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None,
                 universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *,
                 user=None, group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None):
        _cleanup()
        # Only one thread at a time reaps the child.
        self._waitpid_lock = threading.Lock()
        self._input, self._communication_started = None, False
        bufsize = -1 if bufsize is None else bufsize
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        for name, value, unset in (('startupinfo', startupinfo, None), ('creationflags', creationflags, 0)):
            if value != unset:
                raise ValueError(f"{name} is only supported on Windows platforms")

        self.args = args
        self.stdin = self.stdout = self.stderr = None
        self.pid = self.returncode = None
        self.pipesize = -1 if pipesize is None else pipesize

        if text is not None and universal_newlines is not None and bool(universal_newlines) != bool(text):
            raise SubprocessError('Cannot disambiguate when both text and universal_newlines are '
                                  'supplied but different. Pass one or the other.')
        self.text_mode = encoding or errors or text or universal_newlines
        if self.text_mode and encoding is None:
            encoding = _text_encoding()
        self.encoding, self.errors = encoding, errors
        # How long wait() and communicate() wait for the child after Ctrl-C.
        self._sigint_wait_secs = 0.25
        self._closed_child_pipe_fds = False
        uid, gid, gids = _child_ids(user, group, extra_groups)

        fds = self._get_handles(stdin, stdout, stderr)
        try:
            self._open_pipes(fds, bufsize)
            self._execute_child(args, executable, preexec_fn, close_fds, pass_fds, cwd, env,
                                startupinfo, creationflags, shell, *fds,
                                restore_signals, gid, gids, uid, umask, start_new_session,
                                -1 if process_group is None else process_group)
        except:
            self._abandon(fds, (stdin, stdout, stderr))
            raise

    def _open_pipes(self, fds, bufsize):
        # The parent's ends of the pipes, as the file objects self.stdin,
        # self.stdout and self.stderr.
        p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite = fds
        line_buffering = bufsize == 1 and bool(self.text_mode)
        if bufsize == 1:
            if line_buffering:
                bufsize = -1
            else:
                warnings.warn("line buffering (buffering=1) isn't supported in binary mode, "
                              "the default buffer size will be used", RuntimeWarning)
        for fd, name, mode in ((p2cwrite, 'stdin', 'wb'), (c2pread, 'stdout', 'rb'),
                               (errread, 'stderr', 'rb')):
            if fd == -1:
                continue
            # Set before wrapping, so that a failing wrapper leaves it to close.
            setattr(self, name, io.open(fd, mode, bufsize))
            if not self.text_mode:
                continue
            extra = {}
            if name == 'stdin':
                extra = {'write_through': True, 'line_buffering': line_buffering}
            setattr(self, name, io.TextIOWrapper(getattr(self, name), encoding=self.encoding,
                                                 errors=self.errors, **extra))

    def _abandon(self, fds, given):
        # Starting failed: close the streams opened, and the descriptors no
        # stream owns that were made here (not those the caller passed in).
        streams = [s for s in (self.stdin, self.stdout, self.stderr) if s is not None]
        for stream in streams:
            with contextlib.suppress(OSError):
                stream.close()
        owned = {s.fileno() for s in streams if not s.closed}
        p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite = fds
        leftovers = [p2cwrite, c2pread, errread]
        if not self._closed_child_pipe_fds:
            leftovers += [p2cread, c2pwrite, errwrite, getattr(self, '_devnull', -1)]
        for fd in leftovers:
            if fd != -1 and fd not in owned and fd not in given:
                with contextlib.suppress(OSError):
                    os.close(fd)

    def __repr__(self):
        text = f"<{type(self).__name__}: returncode: {self.returncode} args: {self.args!r}>"
        return text if len(text) <= 80 else text[:76] + "...>"

    def _set_text_mode(self, value):
        self.text_mode = bool(value)

    # The old name of text_mode.
    universal_newlines = property(lambda self: self.text_mode, _set_text_mode)

    def _translate_newlines(self, data, encoding, errors):
        return data.decode(encoding, errors).replace("\r\n", "\n").replace("\r", "\n")

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        for stream in (self.stdout, self.stderr):
            if stream:
                stream.close()
        try:
            # (Flushing what is left of the input may fail.)
            if self.stdin:
                self.stdin.close()
        finally:
            if exc_type != KeyboardInterrupt:
                self.wait()
            elif self._sigint_wait_secs > 0:
                # The child got the Ctrl-C too: give it a moment to end,
                # without hanging on it.
                self._after_interrupt(None)
            else:
                self._sigint_wait_secs = 0

    def __del__(self, _maxsize=sys.maxsize, _warn=warnings.warn):
        if self._child_created and self._internal_poll(_deadstate=_maxsize) is None:
            _warn(f"subprocess {self.pid} is still running", ResourceWarning, source=self)
            if _active is not None:
                _active.append(self)

    def _get_devnull(self):
        # One descriptor of /dev/null serves every stream that asks for it.
        fd = getattr(self, '_devnull', None)
        if fd is None:
            fd = self._devnull = os.open(os.devnull, os.O_RDWR)
        return fd

    def _stdin_write(self, input):
        # Write input (if any) and close standard input.
        if input:
            _quietly(self.stdin.write, input)
        _quietly(self.stdin.close)

    def communicate(self, input=None, timeout=None):
        """Send input to the child, read its outputs to their end, wait for it
        to exit, and return (stdout_data, stderr_data); an output that is not
        a pipe gives None. TimeoutExpired after timeout seconds leaves the
        child running: communicate() may be called again."""
        started = self._communication_started
        if started and input:
            raise ValueError("Cannot send input after starting communication")

        pipes = [s for s in (self.stdin, self.stdout, self.stderr) if s is not None]
        if timeout is None and not started and len(pipes) <= 1:
            return self._communicate_simply(input)

        deadline = None if timeout is None else _clock() + timeout
        try:
            out, err = self._communicate(input, deadline, timeout)
        except KeyboardInterrupt:
            self._after_interrupt(deadline)
            raise
        finally:
            self._communication_started = True
        self.wait(timeout=self._remaining_time(deadline))
        return out, err

    def _communicate_simply(self, input):
        # communicate() with one pipe at most and no timeout: use it
        # directly, no selector.
        if self.stdin:
            self._stdin_write(input)
        results = []
        for stream in (self.stdout, self.stderr):
            data = None
            if stream:
                data = stream.read()
                stream.close()
            results.append(data)
        self.wait()
        return tuple(results)

    def _after_interrupt(self, deadline):
        # Ctrl-C reached the child too: wait a moment for it, once.
        grace = self._sigint_wait_secs
        if deadline is not None:
            grace = min(grace, self._remaining_time(deadline))
        self._sigint_wait_secs = 0
        with contextlib.suppress(TimeoutExpired):
            self._wait(timeout=grace)

    def poll(self):
        """Return the return code if the child has exited, else None."""
        return self._internal_poll(None)

    def _remaining_time(self, endtime):
        return None if endtime is None else endtime - _clock()

    def _check_timeout(self, endtime, orig_timeout, stdout_seq, stderr_seq, skip_check_and_raise=False):
        if endtime is not None and (skip_check_and_raise or _clock() > endtime):
            gathered = [b''.join(seq) if seq else None for seq in (stdout_seq, stderr_seq)]
            raise TimeoutExpired(self.args, orig_timeout, *gathered)

    def wait(self, timeout=None):
        """Wait for the child to exit and return its return code;
        TimeoutExpired after timeout seconds."""
        deadline = None if timeout is None else _clock() + timeout
        try:
            return self._wait(timeout)
        except KeyboardInterrupt:
            self._after_interrupt(deadline)
            raise

    def _get_handles(self, stdin, stdout, stderr):
        """The six descriptors of the child's standard streams:
        p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite (-1: none)."""

        def ends(spec, parent_reads):
            # (parent's end, child's end) for one stream.
            if spec is None:
                return -1, -1
            if spec == PIPE:
                r, w = os.pipe()
                if self.pipesize > 0 and hasattr(fcntl, 'F_SETPIPE_SZ'):
                    fcntl.fcntl(w, fcntl.F_SETPIPE_SZ, self.pipesize)
                return (r, w) if parent_reads else (w, r)
            if spec == DEVNULL:
                return -1, self._get_devnull()
            return -1, spec if isinstance(spec, int) else spec.fileno()

        p2cwrite, p2cread = ends(stdin, False)
        c2pread, c2pwrite = ends(stdout, True)
        if stderr == STDOUT:
            errread = -1
            errwrite = c2pwrite if c2pwrite != -1 else sys.__stdout__.fileno()
        else:
            errread, errwrite = ends(stderr, True)
        return p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite

    def _close_pipe_fds(self, p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite):
        # The child's ends of the pipes we made, and /dev/null, are the
        # child's business once it runs.
        devnull = getattr(self, '_devnull', None)
        with contextlib.ExitStack() as closer:
            for child_fd, parent_fd in ((p2cread, p2cwrite), (c2pwrite, c2pread), (errwrite, errread)):
                if child_fd != -1 and parent_fd != -1 and child_fd != devnull:
                    closer.callback(os.close, child_fd)
            if devnull is not None:
                closer.callback(os.close, devnull)
        self._closed_child_pipe_fds = True

    def _execute_child(self, args, executable, preexec_fn, close_fds, pass_fds, cwd, env,
                       startupinfo, creationflags, shell, p2cread, p2cwrite, c2pread, c2pwrite,
                       errread, errwrite, restore_signals, gid, gids, uid, umask,
                       start_new_session, process_group):
        """Start the child (POSIX)."""
        if isinstance(args, os.PathLike) and shell:
            raise TypeError('path-like args is not allowed when shell is true')
        # One string (or path) is the whole command; else a sequence of arguments.
        args = [args] if isinstance(args, (str, bytes, os.PathLike)) else list(args)
        if shell:
            args = [executable or '/bin/sh', '-c', *args]
        executable = args[0] if executable is None else executable
        sys.audit("subprocess.Popen", executable, args, cwd, env)

        try:
            env_list = None if env is None else [_env_entry(k, v) for k, v in env.items()]
            name = os.fsencode(executable)
            if os.path.dirname(name):
                candidates = (name,)
            else:
                # Each directory of PATH (the child's PATH if env gives one).
                candidates = tuple(os.path.join(os.fsencode(d), name) for d in os.get_exec_path(env))
            keep = tuple(sorted(set(map(int, pass_fds))))
            try:
                self.pid = _fork_exec(args, candidates, close_fds, keep, cwd, env_list,
                                      p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite,
                                      -1, -1, restore_signals, start_new_session, process_group,
                                      gid, gids, uid, umask, preexec_fn, _USE_VFORK)
            except OSError as failure:
                if failure.filename is None and failure.errno:
                    # exec's failure: name the program, as CPython's child does.
                    raise type(failure)(failure.errno, os.strerror(failure.errno), executable) from None
                raise
            self._child_created = True
        finally:
            self._close_pipe_fds(p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite)

    def _handle_exitstatus(self, sts, _del_safe=_del_safe):
        """Set returncode from a wait status: -signal for a killed (or
        stopped) child, else its exit status."""
        stopped = _del_safe.WIFSTOPPED(sts)
        self.returncode = -_del_safe.WSTOPSIG(sts) if stopped else _del_safe.waitstatus_to_exitcode(sts)

    def _internal_poll(self, _deadstate=None, _del_safe=_del_safe):
        """poll(), also for __del__ and _cleanup: _deadstate is the return
        code to assume when the child cannot be waited for."""
        # Without the lock another thread is reaping it: not known yet.
        lock = self._waitpid_lock
        if self.returncode is not None or not lock.acquire(False):
            return self.returncode
        try:
            if self.returncode is None:
                done, status = _del_safe.waitpid(self.pid, _del_safe.WNOHANG)
                if done == self.pid:
                    self._handle_exitstatus(status)
        except OSError as failure:
            if _deadstate is not None or failure.errno == _del_safe.ECHILD:
                # Reaped by someone else (SIGCHLD ignored): the status is
                # lost, success is assumed (or _deadstate).
                self.returncode = 0 if _deadstate is None else _deadstate
        finally:
            lock.release()
        return self.returncode

    def _reap(self, wait_flags):
        # One waitpid under the lock (held by the caller); whether it is over.
        if self.returncode is None:
            try:
                done, status = os.waitpid(self.pid, wait_flags)
            except ChildProcessError:
                # Reaped elsewhere (SIGCHLD ignored): count it as a success.
                done, status = self.pid, 0
            if done == self.pid:
                self._handle_exitstatus(status)
        return self.returncode is not None

    def _reap_now(self):
        # A waitpid without blocking, unless another thread is at it.
        lock = self._waitpid_lock
        if not lock.acquire(False):
            return False
        try:
            return self._reap(os.WNOHANG)
        finally:
            lock.release()

    def _wait(self, timeout):
        if timeout is None:
            while not self._reap_blocking():
                pass
            return self.returncode

        deadline = _clock() + timeout
        try:
            # A pidfd becomes readable when the child exits: wait on it rather
            # than poll waitpid in a loop.
            pidfd = os.pidfd_open(self.pid)
        except (AttributeError, OSError):
            pidfd = None
        nap = 0.0005
        try:
            while self.returncode is None and not self._reap_now():
                left = deadline - _clock()
                if left <= 0:
                    raise TimeoutExpired(self.args, timeout)
                if pidfd is None:
                    nap = min(2 * nap, left, 0.05)
                    time.sleep(nap)
                else:
                    select.select([pidfd], [], [], min(left, 0.05))
        finally:
            if pidfd is not None:
                os.close(pidfd)
        return self.returncode

    def _reap_blocking(self):
        with self._waitpid_lock:
            return self._reap(0)

    def _save_input(self, input):
        # The bytes communicate() is to send, kept across its calls.
        if not self.stdin or self._input is not None:
            return
        if input is not None and self.text_mode:
            input = input.encode(self.stdin.encoding, self.stdin.errors)
        self._input, self._input_offset = input, 0

    def _communicate(self, input, endtime, orig_timeout):
        if not self._communication_started:
            if self.stdin:
                # Whatever the caller wrote before goes first; no input: EOF now.
                with contextlib.suppress(BrokenPipeError):
                    self.stdin.flush()
                if not input:
                    with contextlib.suppress(BrokenPipeError):
                        self.stdin.close()
            # What was read so far, kept for a call after a timeout.
            self._fileobj2output = {stream: [] for stream in (self.stdout, self.stderr) if stream}
        chunks = self._fileobj2output
        out, err = (chunks[s] if s else None for s in (self.stdout, self.stderr))

        self._save_input(input)
        view = memoryview(self._input) if self._input else None

        def feed(fd):
            # Write the next piece of input; True once nothing is left to write.
            start = self._input_offset
            try:
                self._input_offset += os.write(fd, view[start:start + _PIPE_BUF])
            except BrokenPipeError:
                return True
            return self._input_offset >= len(self._input)

        def drain(fd, stream):
            # Read what the child wrote; True at the end of its output.
            data = os.read(fd, 32768)
            chunks[stream].append(data)
            return not data

        with _PopenSelector() as selector:
            if input and self.stdin:
                selector.register(self.stdin, selectors.EVENT_WRITE)
            for stream in (self.stdout, self.stderr):
                if stream and not stream.closed:
                    selector.register(stream, selectors.EVENT_READ)
            while selector.get_map():
                left = self._remaining_time(endtime)
                if left is not None and left < 0:
                    self._check_timeout(endtime, orig_timeout, out, err, skip_check_and_raise=True)
                events = selector.select(left)
                self._check_timeout(endtime, orig_timeout, out, err)
                for key, _ in events:
                    stream = key.fileobj
                    finished = feed(key.fd) if stream is self.stdin else drain(key.fd, stream)
                    if finished:
                        selector.unregister(stream)
                        stream.close()

        self.wait(self._remaining_time(endtime))
        return self._decoded(self.stdout, out), self._decoded(self.stderr, err)

    def _decoded(self, stream, pieces):
        # What communicate() returns for one output: None if it is not a
        # pipe, else its bytes, as text in text mode.
        if pieces is None:
            return None
        data = b''.join(pieces)
        if not self.text_mode:
            return data
        return self._translate_newlines(data, stream.encoding, stream.errors)

    def send_signal(self, sig):
        """Send the signal sig to the child, unless it has exited."""
        # Reap first: a pid already waited for may belong to another process.
        if self.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, sig)

    def terminate(self):
        """Ask the child to end: SIGTERM."""
        return self.send_signal(signal.SIGTERM)

    def kill(self):
        """Kill the child: SIGKILL."""
        return self.send_signal(signal.SIGKILL)
