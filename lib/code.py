"""Read-eval-print loops for programs that want to offer one:
InteractiveInterpreter runs source in a namespace and reports errors as the
interactive interpreter does; InteractiveConsole adds prompting and
buffering of continuation lines; interact() runs a console."""

import builtins
import sys
import traceback
from codeop import CommandCompiler, compile_command

__all__ = ["InteractiveInterpreter", "InteractiveConsole",
           "interact", "compile_command"]

# What the console prints (as the interactive interpreter does).
_HINT = 'Type "help", "copyright", "credits" or "license" for more information.'
_INTERRUPTED = "\nKeyboardInterrupt\n"


class InteractiveInterpreter:
    """Compiles and runs source in a namespace, the user's, and shows the
    errors. Input, buffering and prompts are InteractiveConsole's; the
    filename of the source is always passed in.
    """

    def __init__(self, locals=None):
        """locals is the namespace the code runs in: by default a new dict
        with __name__ '__console__' and __doc__ None."""
        fresh = {"__name__": "__console__", "__doc__": None}
        self.locals = fresh if locals is None else locals
        self.compile = CommandCompiler()

    def runsource(self, source, filename="<input>", symbol="single"):
        """Compile source (as compile_command() does) and run it.

        Returns True when the source is incomplete and more lines are
        needed, False otherwise: after running it (runcode(), which shows
        errors other than SystemExit), or after showing its syntax error
        (showsyntaxerror()). The result tells the caller whether to prompt
        with sys.ps2 or sys.ps1 next.
        """
        try:
            compiled = self.compile(source, filename, symbol)
        except (OverflowError, SyntaxError, ValueError):
            self.showsyntaxerror(filename, source=source)
            return False
        incomplete = compiled is None
        if not incomplete:
            self.runcode(compiled)
        return incomplete

    def runcode(self, code):
        """Run a code object in self.locals, showing any exception with
        showtraceback() except SystemExit, which propagates (as may a
        KeyboardInterrupt arriving outside the code)."""
        try:
            exec(code, self.locals)
        except BaseException as problem:
            if isinstance(problem, SystemExit):
                raise
            self.showtraceback()

    def showsyntaxerror(self, filename=None, **kwargs):
        """Show the syntax error being handled, without a stack trace. A
        given filename replaces the one in the exception. Written with
        self.write()."""
        kind, error, _ = sys.exc_info()
        try:
            if filename and issubclass(kind, SyntaxError):
                error.filename = filename
            self._showtraceback(kind, error, None, kwargs.pop('source', ""))
        finally:
            # No reference cycle through this frame.
            del kind, error

    def showtraceback(self):
        """Show the exception being handled, less the traceback entry of
        runcode() itself. Written with self.write()."""
        kind, error, trace = sys.exc_info()
        try:
            self._showtraceback(kind, error, trace.tb_next, '')
        finally:
            del kind, error, trace

    def _showtraceback(self, typ, value, tb, source):
        sys.last_type, sys.last_traceback = typ, tb
        error = value.with_traceback(tb)
        # A SyntaxError from compiling a string has no text: take it from
        # the source.
        if source and typ is SyntaxError and not error.text:
            source_lines = source.splitlines()
            if len(source_lines) >= error.lineno:
                error.text = source_lines[error.lineno - 1]
        sys.last_exc = sys.last_value = error
        hook = sys.excepthook
        if hook is sys.__excepthook__:
            self._excepthook(typ, error, tb)
            return
        # A replaced excepthook takes over; if it fails, both tracebacks
        # are shown.
        try:
            hook(typ, error, tb)
        except SystemExit:
            raise
        except BaseException as failure:
            _report_hook_failure(failure, typ, error, tb)

    def _excepthook(self, typ, value, tb):
        # Overridden by consoles that color their tracebacks.
        self.write(''.join(traceback.format_exception(typ, value, tb)))

    def write(self, data):
        """Write data to sys.stderr; subclasses may send it elsewhere."""
        sys.stderr.write(data)


def _report_hook_failure(failure, typ, value, tb):
    # The hook's own exception (without its frame in the hook call), then
    # the one it was given, both through the default hook.
    failure.__context__ = None
    failure = failure.with_traceback(failure.__traceback__.tb_next)
    out, default_hook = sys.stderr, sys.__excepthook__
    print('Error in sys.excepthook:', file=out)
    default_hook(type(failure), failure, failure.__traceback__)
    print('\nOriginal exception was:', file=out)
    default_hook(typ, value, tb)


class InteractiveConsole(InteractiveInterpreter):
    """The interactive interpreter's loop: prompts with sys.ps1 and
    sys.ps2 and collects the lines of a statement until it is complete.
    """

    def __init__(self, locals=None, filename="<console>", *, local_exit=False):
        """locals goes to InteractiveInterpreter; filename names the input
        in tracebacks. With local_exit, exit() and quit() end interact()
        instead of the program."""
        InteractiveInterpreter.__init__(self, locals)
        self.filename, self.local_exit = filename, local_exit
        self.resetbuffer()

    def resetbuffer(self):
        """Forget the lines of an unfinished statement."""
        self.buffer = []

    def _swap_quitters(self):
        # With local_exit, builtins.exit and quit raise SystemExit that
        # interact() catches; returns what to put back.
        saved = {}
        for name in ("exit", "quit") if self.local_exit else ():
            if hasattr(builtins, name):
                saved[name] = getattr(builtins, name)
                setattr(builtins, name, Quitter(name))
        return saved

    def _greet(self, banner):
        for name, default in (("ps1", ">>> "), ("ps2", "... ")):
            if not hasattr(sys, name):
                setattr(sys, name, default)
        standard = f"Python {sys.version} on {sys.platform}\n{_HINT}\n({type(self).__name__})"
        shown = standard if banner is None else banner
        if shown:
            self.write(f"{shown!s}\n")

    def _next_line(self, continuing):
        # The next input line, or None at the end of input.
        try:
            return self.raw_input(sys.ps2 if continuing else sys.ps1)
        except EOFError:
            return None

    def _loop(self):
        continuing = False
        while True:
            try:
                line = self._next_line(continuing)
                if line is None:
                    break
                continuing = self.push(line)
            except KeyboardInterrupt:
                self.write(_INTERRUPTED)
                self.resetbuffer()
                continuing = False
            except SystemExit as stop:
                # exit() with local_exit ends the loop only.
                if not self.local_exit:
                    raise stop
                break
        self.write("\n")

    def interact(self, banner=None, exitmsg=None):
        """Run the loop until end of input (or exit() with local_exit).

        banner is written first; by default the interpreter's own banner
        with this class's name after it. exitmsg is written at the end; by
        default 'now exiting ...', nothing when it is ''.
        """
        self._greet(banner)
        saved = self._swap_quitters()
        try:
            self._loop()
        finally:
            for name, value in saved.items():
                setattr(builtins, name, value)
            farewell = f'now exiting {type(self).__name__}...'
            exitmsg = farewell if exitmsg is None else exitmsg
            if exitmsg != '':
                self.write(f'{exitmsg!s}\n')

    def push(self, line, filename=None, _symbol="single"):
        """Add a line (without its newline) to the buffer and run the
        buffer's statement with runsource().

        Returns True while the statement is incomplete (the buffer is
        kept), False once it has run or failed (the buffer is emptied).
        """
        self.buffer.append(line)
        more = self.runsource("\n".join(self.buffer),
                              self.filename if filename is None else filename,
                              symbol=_symbol)
        if not more:
            self.resetbuffer()
        return more

    def raw_input(self, prompt=""):
        """Show prompt and read a line with input(), without its newline;
        EOFError at the end of input. Subclasses may read elsewhere."""
        return input(prompt)


class Quitter:
    # exit() and quit() for a console with local_exit.
    def __init__(self, name):
        self.name = name
        self.eof = {'win32': 'Ctrl-Z plus Return'}.get(sys.platform, 'Ctrl-D (i.e. EOF)')

    def __repr__(self):
        return f'Use {self.name} or {self.eof} to exit'

    def __call__(self, code=None):
        raise SystemExit(code)


def _offer_line_editing():
    # Importing readline, where there is one, gives input() line editing.
    try:
        import readline
    except ImportError:
        pass


def interact(banner=None, readfunc=None, local=None, exitmsg=None, local_exit=False):
    """Run an InteractiveConsole.

    banner and exitmsg go to interact(), local and local_exit to the
    console. readfunc replaces the console's raw_input(); without it the
    readline module is imported, if there is one, for line editing.
    """
    console = InteractiveConsole(locals=local, local_exit=local_exit)
    if readfunc is None:
        _offer_line_editing()
    else:
        console.raw_input = readfunc
    console.interact(banner=banner, exitmsg=exitmsg)


def _main():
    # python -m code [-q]: a console, quiet with -q or -q given to Python.
    from argparse import ArgumentParser
    options = ArgumentParser()
    options.add_argument('-q', action='store_true',
                         help="don't print version and copyright messages")
    quiet = options.parse_args().q or sys.flags.quiet
    interact('' if quiet else None)


if __name__ == "__main__":
    _main()
