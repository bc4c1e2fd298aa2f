"""Read a password without showing it, and find out who the user is.

getpass(prompt='Password: ', stream=None) prompts on the terminal (or on
stream) and reads a line with echo turned off.  Where echo cannot be
controlled it warns with GetPassWarning and reads the line anyway.

getuser() names the user from the environment (LOGNAME, USER, LNAME,
USERNAME, the first one set) or else from the password database.
"""

# Kaa's getpass.  Which reader getpass is depends on what the platform has:
# termios gives the terminal one (unix_getpass); without it, the warning
# fallback.  The names, messages and warnings are CPython 3.13's.

import contextlib, io, os, sys

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    pass


def _read_line(prompt='', stream=None, input=None):
    # Write the prompt to stream, read one line from input, drop its newline;
    # end of file is EOFError, as input() makes it.
    stream = stream or sys.stderr
    input = input or sys.stdin
    text = str(prompt)
    if text:
        try:
            stream.write(text)
        except UnicodeEncodeError:
            # A prompt the stream cannot encode goes out with '?' in its place.
            enc = stream.encoding
            stream.write(text.encode(enc, 'replace').decode(enc))
        stream.flush()
    got = input.readline()
    if got == '':
        raise EOFError
    return got.removesuffix('\n')


_DEFAULT_PROMPT = 'Password: '


def fallback_getpass(prompt=_DEFAULT_PROMPT, stream=None):
    """Prompt and read a line with echo left on, after warning about it."""
    from warnings import warn
    # stacklevel 2: the warning points at whoever asked for the password.
    warn('Can not control echo on the terminal.', GetPassWarning, 2)
    stream = stream or sys.stderr
    stream.write('Warning: Password input may be echoed.\n')
    return _read_line(prompt, stream)


def unix_getpass(prompt=_DEFAULT_PROMPT, stream=None):
    """Prompt and read a line from the terminal with echo turned off.

    The controlling terminal (/dev/tty) is used when it can be opened, else
    standard input with standard error for the prompt.  If echo cannot be
    turned off there, this falls back to fallback_getpass().
    """
    result = None
    with contextlib.ExitStack() as cleanup:
        try:
            fd = os.open('/dev/tty', os.O_RDWR | os.O_NOCTTY)
            raw = cleanup.enter_context(io.FileIO(fd, 'w+'))
            source = cleanup.enter_context(io.TextIOWrapper(raw))
            stream = stream or source
        except OSError:
            # No terminal of our own: standard input it is.
            cleanup.close()
            source = sys.stdin
            try:
                fd = source.fileno()
            except (AttributeError, ValueError):
                fd = -1
                result = fallback_getpass(prompt, stream)
            stream = stream or sys.stderr

        if fd >= 0:
            try:
                result = _quiet_read(fd, prompt, stream, source)
            except termios.error:
                if result is not None:
                    raise       # the read worked; restoring the modes did not
                if source is not stream:
                    cleanup.close()
                result = fallback_getpass(prompt, stream)

        stream.write('\n')
        return result


def _quiet_read(fd, prompt, stream, source):
    # Turn the terminal's echo off (the local-modes word of its attributes)
    # for one _read_line, then put the old modes back.
    before = termios.tcgetattr(fd)
    muted = list(before)
    muted[3] = muted[3] & ~termios.ECHO
    how = termios.TCSAFLUSH | getattr(termios, 'TCSASOFT', 0)
    try:
        termios.tcsetattr(fd, how, muted)
        return _read_line(prompt, stream, input=source)
    finally:
        termios.tcsetattr(fd, how, before)
        stream.flush()


def win_getpass(prompt=_DEFAULT_PROMPT, stream=None):
    """Windows' console reader; elsewhere, or off the console, the fallback."""
    if sys.__stdin__ is not sys.stdin:
        return fallback_getpass(prompt, stream)
    import msvcrt as console
    for ch in prompt:
        console.putwch(ch)
    typed = ''
    while (ch := console.getwch()) not in ('\r', '\n'):
        if ch == '\x03':
            raise KeyboardInterrupt
        typed = typed[:-1] if ch == '\b' else typed + ch
    for ch in '\r\n':
        console.putwch(ch)
    return typed


def getuser():
    """The user's login name: from the environment, else the password database.

    OSError when neither knows it.
    """
    for var in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        if found := os.environ.get(var):
            return found
    try:
        from pwd import getpwuid
        return getpwuid(os.getuid()).pw_name
    except (ImportError, KeyError) as exc:
        raise OSError('No username set in the environment') from exc


def _reader():
    # The best reader this platform has; termios, when it is there and
    # complete, stays bound in the module for unix_getpass.
    global termios
    try:
        import termios
        if termios.tcgetattr and termios.tcsetattr:
            return unix_getpass
    except (ImportError, AttributeError):
        pass
    try:
        __import__('msvcrt')
    except ImportError:
        return fallback_getpass
    return win_getpass


getpass = _reader()
