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
from time import monotonic as _time

import _posixsubprocess

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
           "SubprocessError", "TimeoutExpired", "CompletedProcess"]

_mswindows = False
_can_fork_exec = True
_fork_exec = _posixsubprocess.fork_exec
# Children are not started by posix_spawn here, and vfork is fork_exec's affair.
_USE_POSIX_SPAWN = False
_HAVE_POSIX_SPAWN_CLOSEFROM = False
_USE_VFORK = True
_PIPE_BUF = getattr(select, 'PIPE_BUF', 512)
_PopenSelector = selectors.PollSelector if hasattr(selectors, 'PollSelector') else selectors.SelectSelector


def _use_posix_spawn():
    """Whether Popen could use os.posix_spawn: never here."""
    return False


class SubprocessError(Exception):
    pass


def _get_output(self):
    return self.output


def _set_output(self, value):
    self.output = value


# Both exceptions call their output stdout too, as run() does.
_output_alias = property(_get_output, _set_output, doc="The output, under the name run() gives it.")


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

    stdout = _output_alias


class TimeoutExpired(SubprocessError):
    """Raised when a child is waited for longer than the timeout: cmd, timeout,
    and the output (stdout) and stderr gathered until then."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd, self.timeout = cmd, timeout
        self.output, self.stderr = output, stderr

    def __str__(self):
        return f"Command '{self.cmd}' timed out after {self.timeout} seconds"

    stdout = _output_alias


del _get_output, _set_output, _output_alias

PIPE = -1
STDOUT = -2
DEVNULL = -3

# Children that were still running when their Popen was collected, reaped by
# _cleanup when the next Popen is made.
_active = []


def _cleanup():
    if _active is None:
        return
    for proc in _active[:]:
        if proc._internal_poll(_deadstate=sys.maxsize) is not None:
            try:
                _active.remove(proc)
            except ValueError:
                pass


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


def _args_from_interpreter_flags():
    """The command-line options that reproduce this interpreter's flags,
    warning options and -X options in a child Python."""
    args = _optim_args_from_interpreter_flags()
    for flag, letter in (('debug', 'd'), ('dont_write_bytecode', 'B'), ('no_site', 'S'),
                         ('verbose', 'v'), ('bytes_warning', 'b'), ('quiet', 'q')):
        count = getattr(sys.flags, flag)
        if count > 0:
            args.append('-' + letter * count)
    if sys.flags.isolated:
        args.append('-I')
    else:
        for flag, opt in (('ignore_environment', '-E'), ('no_user_site', '-s'), ('safe_path', '-P')):
            if getattr(sys.flags, flag):
                args.append(opt)

    warnoptions = list(sys.warnoptions)
    # The filters -b and -X dev add themselves are not given again as -W.
    if sys.flags.bytes_warning > 1:
        warnoptions.remove("error::BytesWarning")
    elif sys.flags.bytes_warning:
        warnoptions.remove("default::BytesWarning")
    if sys.flags.dev_mode:
        warnoptions.remove('default')
    args.extend('-W' + opt for opt in warnoptions)

    if sys.flags.dev_mode:
        args += ['-X', 'dev']
    xoptions = getattr(sys, '_xoptions', {})
    for name in ('faulthandler', 'tracemalloc', 'importtime', 'frozen_modules', 'showrefcount', 'utf8'):
        if name in xoptions:
            value = xoptions[name]
            args += ['-X', name if value is True else f'{name}={value}']
    return args


def _text_encoding():
    # The encoding of text-mode pipes with no encoding given: the locale's,
    # or UTF-8 in UTF-8 mode.
    if sys.flags.warn_default_encoding:
        warnings.warn("'encoding' argument not specified.", EncodingWarning, stacklevel=3)
    return "utf-8" if sys.flags.utf8_mode else locale.getencoding()


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
    if code:
        cmd = kwargs.get("args")
        raise CalledProcessError(code, popenargs[0] if cmd is None else cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run a command and return its standard output (bytes, or str in text
    mode); a non-zero return code raises CalledProcessError. The arguments
    are run()'s but stdout and check."""
    for name in ('stdout', 'check'):
        if name in kwargs:
            raise ValueError(f'{name} argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        # input=None means "no input", not "inherit standard input".
        textual = any(kwargs.get(k) for k in ('universal_newlines', 'text', 'encoding', 'errors'))
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
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run a command, wait for it, and return a CompletedProcess.

    input is sent to its standard input; capture_output=True captures both
    outputs; past timeout seconds the child is killed and TimeoutExpired
    raised; check=True raises CalledProcessError for a non-zero return code.
    The other arguments are Popen's."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs['stdout'] = kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as proc:
        try:
            out, err = proc.communicate(input, timeout=timeout)
        except TimeoutExpired:
            proc.kill()
            proc.wait()
            raise
        except:
            proc.kill()
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
    out = []
    for arg in map(os.fsdecode, seq):
        quote = not arg or ' ' in arg or '\t' in arg
        piece = []
        backslashes = 0
        for ch in arg:
            if ch == '\\':
                backslashes += 1
                continue
            if ch == '"':
                piece.append('\\' * (backslashes * 2 + 1) + '"')
            else:
                piece.append('\\' * backslashes + ch)
            backslashes = 0
        if quote:
            piece.append('\\' * (backslashes * 2) + '"')
            piece.insert(0, '"')
        else:
            piece.append('\\' * backslashes)
        out.append(''.join(piece))
    return ' '.join(out)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Run cmd in the shell; return (exitcode, output), the output being
    standard output and error together as text, without its final newline."""
    try:
        text = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding, errors=errors)
        code = 0
    except CalledProcessError as failure:
        text, code = failure.output, failure.returncode
    if text.endswith('\n'):
        text = text[:-1]
    return code, text


def getoutput(cmd, *, encoding=None, errors=None):
    """Run cmd in the shell and return its output, as getstatusoutput()."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


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
        self.encoding, self.errors = encoding, errors
        self.pipesize = -1 if pipesize is None else pipesize

        if text is not None and universal_newlines is not None and bool(universal_newlines) != bool(text):
            raise SubprocessError('Cannot disambiguate when both text and universal_newlines are '
                                  'supplied but different. Pass one or the other.')
        self.text_mode = encoding or errors or text or universal_newlines
        if self.text_mode and encoding is None:
            self.encoding = encoding = _text_encoding()
        # How long wait() and communicate() wait for the child after Ctrl-C.
        self._sigint_wait_secs = 0.25
        self._closed_child_pipe_fds = False

        process_group = -1 if process_group is None else process_group
        gid = None
        if group is not None:
            import grp
            gid = _owner_id(group, lambda name: grp.getgrnam(name).gr_gid, 'Group', 'Group')
        gids = None
        if extra_groups is not None:
            import grp
            gids = [_owner_id(g, lambda name: grp.getgrnam(name).gr_gid, 'Items in extra_groups', 'Group')
                    for g in extra_groups]
        uid = None
        if user is not None:
            import pwd
            uid = _owner_id(user, lambda name: pwd.getpwnam(name).pw_uid, 'User', 'User')

        handles = self._get_handles(stdin, stdout, stderr)
        p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite = handles

        line_buffering = False
        if bufsize == 1:
            if self.text_mode:
                line_buffering, bufsize = True, -1
            else:
                warnings.warn("line buffering (buffering=1) isn't supported in binary mode, "
                              "the default buffer size will be used", RuntimeWarning)

        try:
            if p2cwrite != -1:
                self.stdin = io.open(p2cwrite, 'wb', bufsize)
                if self.text_mode:
                    self.stdin = io.TextIOWrapper(self.stdin, write_through=True, line_buffering=line_buffering,
                                                  encoding=encoding, errors=errors)
            for fd, name in ((c2pread, 'stdout'), (errread, 'stderr')):
                if fd != -1:
                    stream = io.open(fd, 'rb', bufsize)
                    if self.text_mode:
                        stream = io.TextIOWrapper(stream, encoding=encoding, errors=errors)
                    setattr(self, name, stream)
            self._execute_child(args, executable, preexec_fn, close_fds, pass_fds, cwd, env,
                                startupinfo, creationflags, shell, p2cread, p2cwrite, c2pread,
                                c2pwrite, errread, errwrite, restore_signals, gid, gids, uid,
                                umask, start_new_session, process_group)
        except:
            # Close what was opened: the streams, and the descriptors no
            # stream owns.
            for stream in (self.stdin, self.stdout, self.stderr):
                if stream is not None:
                    try:
                        stream.close()
                    except OSError:
                        pass
            owned = {s.fileno() for s in (self.stdin, self.stdout, self.stderr) if s is not None and not s.closed}
            leftovers = [p2cwrite, c2pread, errread]
            if not self._closed_child_pipe_fds:
                leftovers += [p2cread, c2pwrite, errwrite]
                devnull = getattr(self, '_devnull', None)
                if devnull is not None:
                    leftovers.append(devnull)
            for fd in leftovers:
                if fd != -1 and fd not in owned and fd not in (stdin, stdout, stderr):
                    try:
                        os.close(fd)
                    except OSError:
                        pass
            raise

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
            if self.stdin:
                self.stdin.close()
        finally:
            if exc_type == KeyboardInterrupt:
                # Give the child, which got the Ctrl-C too, a moment to end;
                # do not hang on it.
                if self._sigint_wait_secs > 0:
                    try:
                        self._wait(timeout=self._sigint_wait_secs)
                    except TimeoutExpired:
                        pass
                self._sigint_wait_secs = 0
            else:
                self.wait()

    def __del__(self, _maxsize=sys.maxsize, _warn=warnings.warn):
        if not self._child_created:
            return
        self._internal_poll(_deadstate=_maxsize)
        if self.returncode is None:
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
        # Write input (if any) and close standard input, taking a child that
        # no longer reads (EPIPE, or EINVAL on some systems) as done.
        def quietly(action, *args):
            try:
                action(*args)
            except BrokenPipeError:
                pass
            except OSError as exc:
                if exc.errno != errno.EINVAL:
                    raise
        if input:
            quietly(self.stdin.write, input)
        quietly(self.stdin.close)

    def communicate(self, input=None, timeout=None):
        """Send input to the child, read its outputs to their end, wait for it
        to exit, and return (stdout_data, stderr_data); an output that is not
        a pipe gives None. TimeoutExpired after timeout seconds leaves the
        child running: communicate() may be called again."""
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")

        pipes = sum(stream is not None for stream in (self.stdin, self.stdout, self.stderr))
        if timeout is None and not self._communication_started and pipes <= 1:
            # One pipe at most: use it directly, no selector.
            results = [None, None]
            if self.stdin:
                self._stdin_write(input)
            for i, stream in enumerate((self.stdout, self.stderr)):
                if stream:
                    results[i] = stream.read()
                    stream.close()
            self.wait()
            return tuple(results)

        endtime = None if timeout is None else _time() + timeout
        try:
            out, err = self._communicate(input, endtime, timeout)
        except KeyboardInterrupt:
            self._after_interrupt(endtime)
            raise
        finally:
            self._communication_started = True
        self.wait(timeout=self._remaining_time(endtime))
        return out, err

    def _after_interrupt(self, endtime):
        # Ctrl-C reached the child too: wait a moment for it, once.
        grace = self._sigint_wait_secs
        if endtime is not None:
            grace = min(grace, self._remaining_time(endtime))
        self._sigint_wait_secs = 0
        try:
            self._wait(timeout=grace)
        except TimeoutExpired:
            pass

    def poll(self):
        """Return the return code if the child has exited, else None."""
        return self._internal_poll(None)

    def _remaining_time(self, endtime):
        return None if endtime is None else endtime - _time()

    def _check_timeout(self, endtime, orig_timeout, stdout_seq, stderr_seq, skip_check_and_raise=False):
        if endtime is None:
            return
        if skip_check_and_raise or _time() > endtime:
            raise TimeoutExpired(self.args, orig_timeout,
                                 output=b''.join(stdout_seq) if stdout_seq else None,
                                 stderr=b''.join(stderr_seq) if stderr_seq else None)

    def wait(self, timeout=None):
        """Wait for the child to exit and return its return code;
        TimeoutExpired after timeout seconds."""
        endtime = None if timeout is None else _time() + timeout
        try:
            return self._wait(timeout=timeout)
        except KeyboardInterrupt:
            self._after_interrupt(endtime)
            raise

    def _get_handles(self, stdin, stdout, stderr):
        """The six descriptors of the child's standard streams:
        p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite (-1: none)."""

        def pipe():
            r, w = os.pipe()
            if self.pipesize > 0 and hasattr(fcntl, "F_SETPIPE_SZ"):
                fcntl.fcntl(w, fcntl.F_SETPIPE_SZ, self.pipesize)
            return r, w

        def child_end(spec, parent_reads):
            # (parent's end, child's end) for one stream.
            if spec is None:
                return -1, -1
            if spec == PIPE:
                r, w = pipe()
                return (r, w) if parent_reads else (w, r)
            if spec == DEVNULL:
                return -1, self._get_devnull()
            if isinstance(spec, int):
                return -1, spec
            return -1, spec.fileno()

        p2cwrite, p2cread = child_end(stdin, False)
        c2pread, c2pwrite = child_end(stdout, True)
        if stderr == STDOUT:
            errread = -1
            errwrite = c2pwrite if c2pwrite != -1 else sys.__stdout__.fileno()
        else:
            errread, errwrite = child_end(stderr, True)
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

        program = executable
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
                    raise type(failure)(failure.errno, os.strerror(failure.errno), program) from None
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
        if self.returncode is None and self._waitpid_lock.acquire(False):
            try:
                if self.returncode is None:
                    done, status = _del_safe.waitpid(self.pid, _del_safe.WNOHANG)
                    if done == self.pid:
                        self._handle_exitstatus(status)
            except OSError as exc:
                if _deadstate is not None or exc.errno == _del_safe.ECHILD:
                    # Reaped by someone else (SIGCHLD ignored): the status is
                    # lost, success is assumed (or _deadstate).
                    self.returncode = 0 if _deadstate is None else _deadstate
            finally:
                self._waitpid_lock.release()
        return self.returncode

    def _try_wait(self, wait_flags):
        try:
            return os.waitpid(self.pid, wait_flags)
        except ChildProcessError:
            # Reaped elsewhere (SIGCHLD ignored): count it as a success.
            return self.pid, 0

    def _reap(self, wait_flags):
        # One waitpid under the lock (held by the caller); whether it is over.
        if self.returncode is None:
            done, status = self._try_wait(wait_flags)
            if done == self.pid:
                self._handle_exitstatus(status)
        return self.returncode is not None

    def _wait(self, timeout):
        if timeout is None:
            while self.returncode is None:
                with self._waitpid_lock:
                    self._reap(0)
            return self.returncode

        deadline = _time() + timeout
        try:
            # A pidfd becomes readable when the child exits: wait on it rather
            # than poll waitpid in a loop.
            pidfd = os.pidfd_open(self.pid)
        except (AttributeError, OSError):
            pidfd = None
        nap = 0.0005
        try:
            while self.returncode is None:
                if self._waitpid_lock.acquire(False):
                    try:
                        if self._reap(os.WNOHANG):
                            break
                    finally:
                        self._waitpid_lock.release()
                left = deadline - _time()
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

    def _save_input(self, input):
        # The bytes communicate() is to send, kept across its calls.
        if not self.stdin or self._input is not None:
            return
        if input is not None and self.text_mode:
            input = input.encode(self.stdin.encoding, self.stdin.errors)
        self._input, self._input_offset = input, 0

    def _communicate(self, input, endtime, orig_timeout):
        first = not self._communication_started
        if self.stdin and first:
            # Whatever the caller wrote before goes first; no input: EOF now.
            with contextlib.suppress(BrokenPipeError):
                self.stdin.flush()
            if not input:
                with contextlib.suppress(BrokenPipeError):
                    self.stdin.close()
        if first:
            # What was read so far, kept for a call after a timeout.
            self._fileobj2output = {stream: [] for stream in (self.stdout, self.stderr) if stream}
        chunks = self._fileobj2output
        out = chunks[self.stdout] if self.stdout else None
        err = chunks[self.stderr] if self.stderr else None

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

        with _PopenSelector() as selector:
            if self.stdin and input:
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
                    if stream is self.stdin:
                        finished = feed(key.fd)
                    else:
                        data = os.read(key.fd, 32768)
                        chunks[stream].append(data)
                        finished = not data
                    if finished:
                        selector.unregister(stream)
                        stream.close()

        self.wait(timeout=self._remaining_time(endtime))
        results = []
        for stream, pieces in ((self.stdout, out), (self.stderr, err)):
            if pieces is not None:
                pieces = b''.join(pieces)
                if self.text_mode:
                    pieces = self._translate_newlines(pieces, stream.encoding, stream.errors)
            results.append(pieces)
        return tuple(results)

    def send_signal(self, sig):
        """Send the signal sig to the child, unless it has exited."""
        # Reap first: a pid already waited for may belong to another process.
        if self.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, sig)

    def terminate(self):
        """Ask the child to end: SIGTERM."""
        return self.send_signal(signal.SIGTERM)

    def kill(self):
        """Kill the child: SIGKILL."""
        return self.send_signal(signal.SIGKILL)
