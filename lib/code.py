"""Read-eval-print loops for programs that want to offer one:
InteractiveInterpreter runs source in a namespace and reports errors as the
interactive interpreter does; InteractiveConsole adds prompting and
buffering of continuation lines; interact() runs a console."""

import builtins
import sys
import traceback
from codeop import CommandCompiler, compile_command

__all__ = ["InteractiveInterpreter", "InteractiveConsole", "interact",
           "compile_command"]


class InteractiveInterpreter:
    """Compiles and runs source in a namespace, the user's, and shows the
    errors. Input, buffering and prompts are InteractiveConsole's; the
    filename of the source is always passed in.
    """

    def __init__(self, locals=None):
        """locals is the namespace the code runs in: by default a new dict
        with __name__ '__console__' and __doc__ None."""
        if locals is None:
            locals = {"__name__": "__console__", "__doc__": None}
        self.locals = locals
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
            code = self.compile(source, filename, symbol)
        except (OverflowError, SyntaxError, ValueError):
            self.showsyntaxerror(filename, source=source)
            return False
        if code is None:
            return True
        self.runcode(code)
        return False

    def runcode(self, code):
        """Run a code object in self.locals, showing any exception with
        showtraceback() except SystemExit, which propagates (as may a
        KeyboardInterrupt arriving outside the code)."""
        try:
            exec(code, self.locals)
        except SystemExit:
            raise
        except:
            self.showtraceback()

    def showsyntaxerror(self, filename=None, **kwargs):
        """Show the syntax error being handled, without a stack trace. A
        given filename replaces the one in the exception. Written with
        self.write()."""
        try:
            typ, value, tb = sys.exc_info()
            if filename and issubclass(typ, SyntaxError):
                value.filename = filename
            self._showtraceback(typ, value, None, kwargs.pop('source', ""))
        finally:
            typ = value = tb = None

    def showtraceback(self):
        """Show the exception being handled, less the traceback entry of
        runcode() itself. Written with self.write()."""
        try:
            typ, value, tb = sys.exc_info()
            self._showtraceback(typ, value, tb.tb_next, '')
        finally:
            typ = value = tb = None

    def _showtraceback(self, typ, value, tb, source):
        sys.last_type = typ
        sys.last_traceback = tb
        value = value.with_traceback(tb)
        # A SyntaxError from compiling a string has no text: take it from
        # the source.
        lines = source.splitlines()
        if source and typ is SyntaxError and not value.text and len(lines) >= value.lineno:
            value.text = lines[value.lineno - 1]
        sys.last_exc = sys.last_value = value = value.with_traceback(tb)
        if sys.excepthook is sys.__excepthook__:
            self._excepthook(typ, value, tb)
            return
        # A replaced excepthook; if it fails, both tracebacks are shown.
        try:
            sys.excepthook(typ, value, tb)
        except SystemExit:
            raise
        except BaseException as e:
            e.__context__ = None
            e = e.with_traceback(e.__traceback__.tb_next)
            print('Error in sys.excepthook:', file=sys.stderr)
            sys.__excepthook__(type(e), e, e.__traceback__)
            print(file=sys.stderr)
            print('Original exception was:', file=sys.stderr)
            sys.__excepthook__(typ, value, tb)

    def _excepthook(self, typ, value, tb):
        self.write(''.join(traceback.format_exception(typ, value, tb)))

    def write(self, data):
        """Write data to sys.stderr; subclasses may send it elsewhere."""
        sys.stderr.write(data)


class InteractiveConsole(InteractiveInterpreter):
    """The interactive interpreter's loop: prompts with sys.ps1 and
    sys.ps2 and collects the lines of a statement until it is complete.
    """

    def __init__(self, locals=None, filename="<console>", *, local_exit=False):
        """locals goes to InteractiveInterpreter; filename names the input
        in tracebacks. With local_exit, exit() and quit() end interact()
        instead of the program."""
        InteractiveInterpreter.__init__(self, locals)
        self.filename = filename
        self.local_exit = local_exit
        self.resetbuffer()

    def resetbuffer(self):
        """Reset the input buffer."""
        self.buffer = []

    def _swap_quitters(self):
        # With local_exit, builtins.exit and quit raise SystemExit that
        # interact() catches; returns what to put back.
        saved = {}
        if self.local_exit:
            for name in ("exit", "quit"):
                if hasattr(builtins, name):
                    saved[name] = getattr(builtins, name)
                    setattr(builtins, name, Quitter(name))
        return saved

    def interact(self, banner=None, exitmsg=None):
        """Run the loop until end of input (or exit() with local_exit).

        banner is written first; by default the interpreter's own banner
        with this class's name after it. exitmsg is written at the end; by
        default 'now exiting ...', nothing when it is ''.
        """
        for name, default in (("ps1", ">>> "), ("ps2", "... ")):
            if not hasattr(sys, name):
                setattr(sys, name, default)
        if banner is None:
            cprt = 'Type "help", "copyright", "credits" or "license" for more information.'
            self.write("Python %s on %s\n%s\n(%s)\n" %
                       (sys.version, sys.platform, cprt, self.__class__.__name__))
        elif banner:
            self.write("%s\n" % str(banner))
        saved = self._swap_quitters()
        more = 0
        try:
            while True:
                try:
                    try:
                        line = self.raw_input(sys.ps2 if more else sys.ps1)
                    except EOFError:
                        self.write("\n")
                        break
                    more = self.push(line)
                except KeyboardInterrupt:
                    self.write("\nKeyboardInterrupt\n")
                    self.resetbuffer()
                    more = 0
                except SystemExit as e:
                    if not self.local_exit:
                        raise e
                    self.write("\n")
                    break
        finally:
            for name, value in saved.items():
                setattr(builtins, name, value)
            if exitmsg is None:
                self.write('now exiting %s...\n' % self.__class__.__name__)
            elif exitmsg != '':
                self.write('%s\n' % exitmsg)

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
        self.eof = 'Ctrl-Z plus Return' if sys.platform == "win32" else 'Ctrl-D (i.e. EOF)'

    def __repr__(self):
        return f'Use {self.name} or {self.eof} to exit'

    def __call__(self, code=None):
        raise SystemExit(code)


def interact(banner=None, readfunc=None, local=None, exitmsg=None, local_exit=False):
    """Run an InteractiveConsole.

    banner and exitmsg go to interact(), local and local_exit to the
    console. readfunc replaces the console's raw_input(); without it the
    readline module is imported, if there is one, for line editing.
    """
    console = InteractiveConsole(local, local_exit=local_exit)
    if readfunc is not None:
        console.raw_input = readfunc
    else:
        try:
            import readline
        except ImportError:
            pass
    console.interact(banner, exitmsg)


def _main():
    # python -m code [-q]: a console, quiet with -q or -q given to Python.
    import argparse
    options = argparse.ArgumentParser()
    options.add_argument('-q', action='store_true',
                         help="don't print version and copyright messages")
    quiet = options.parse_args().q or sys.flags.quiet
    interact('' if quiet else None)


if __name__ == "__main__":
    _main()
