"""Time small pieces of Python code, avoiding the usual measuring traps.

From a program, build a Timer and call its timeit(), repeat() or
autorange() method, or use the timeit() and repeat() shortcuts.

From the command line:
    python -m timeit [-n N] [-r N] [-s S] [-p] [-v] [-u U] [-h] [--] [statement]

Options:
  -n/--number N: run 'statement' N times per measurement (default: chosen
                 automatically, see below)
  -r/--repeat N: take N measurements (default 5)
  -s/--setup S: run S once before timing (default 'pass'); its time is
                not counted
  -p/--process: time with time.process_time() instead of time.perf_counter()
  -v/--verbose: also print the raw timings; give it twice for more digits
  -u/--unit: print times in this unit: nsec, usec, msec or sec
  -h/--help: print this text and exit
  --: end of options, for a statement that begins with -
  statement: the code to time (default 'pass')

Each argument after the options is one line of the statement, so several
arguments make a multi-line statement; quote an argument and begin it with
spaces to indent a line. Several -s options build the setup the same way.

Without -n, the loop count is the first of 1, 2, 5, 10, 20, 50, ... whose
total time reaches 0.2 seconds.

Even 'pass' costs something per loop, and that cost varies between
versions; run with no statement to see it.

What it offers: the Timer class; timeit(stmt, setup, ...) and
repeat(stmt, setup, ...), which make a Timer and return its time (a float)
or its list of times; default_timer(), the clock used.

"""

import gc
import itertools
import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_globals = globals

# The function every Timer compiles: {setup} and {stmt} are the reindented
# sources (or calls of the given callables), {init} binds those callables
# as default arguments.  Its text is public (Timer.src shows it), so it is
# kept exactly as CPython's.
template = """
def inner(_it, _timer{init}):
    {setup}
    _t0 = _timer()
    for _i in _it:
        {stmt}
        pass
    _t1 = _timer()
    return _t1 - _t0
"""


def reindent(src, indent):
    """src with every line after the first indented by indent spaces."""
    return src.replace("\n", "\n" + " " * indent)


def _piece(what, value, indent, names, prefix=""):
    # One of Timer's two pieces of code as template text: a string is checked
    # to compile (after the prefix, so setup's names count) and reindented;
    # a callable is passed in as a default argument and called.
    if isinstance(value, str):
        compile(prefix + value, dummy_src_name, "exec")
        return reindent(value, indent)
    if callable(value):
        names["_" + what] = value
        return "_%s()" % what
    raise ValueError("%s is neither a string nor callable" % what)


class Timer:
    """Times the repeated execution of a statement.

    Timer(stmt, setup, timer, globals): stmt is what is timed, setup runs
    once before each measurement; both are source strings or callables and
    default to 'pass'. timer is the clock (time.perf_counter by default).
    The code runs in the namespace globals, or in timeit's own when that is
    None.

    timeit(number) measures one run of number loops; repeat() collects
    several such measurements; autorange() picks a loop count.

    Source statements may span lines but not hold multi-line strings.
    """

    def __init__(self, stmt="pass", setup="pass", timer=default_timer,
                 globals=None):
        """Compile stmt and setup into the timing function (see the class
        documentation for the arguments)."""
        self.timer = timer
        names = {}
        setup_src = _piece("setup", setup, 4, names)
        prefix = setup + "\n" if isinstance(setup, str) else ""
        stmt_src = _piece("stmt", stmt, 8, names, prefix)
        init = "".join(", %s=%s" % (n, n) for n in ("_setup", "_stmt") if n in names)
        self.src = template.format(stmt=stmt_src, setup=setup_src, init=init)
        namespace = _globals() if globals is None else globals
        exec(compile(self.src, dummy_src_name, "exec"), namespace, names)
        self.inner = names["inner"]

    def print_exc(self, file=None):
        """Print the traceback of an exception raised by the timed code.

        Call it in the except clause around timeit() or repeat(); unlike
        a plain traceback it shows the lines of the generated code. file
        defaults to sys.stderr.
        """
        import linecache
        import traceback
        if self.src is not None:
            lines = self.src.split("\n")
            linecache.cache[dummy_src_name] = (len(self.src), None, lines, dummy_src_name)
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Run the setup once and the statement number times; return the
        time the loop took (seconds, with the default timer). Garbage
        collection is off while it runs."""
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return self.inner(itertools.repeat(None, number), self.timer)
        finally:
            if was_enabled:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """Return a list of repeat measurements, each timeit(number).

        The smallest is the useful one: it bounds how fast the code can
        run, and larger values mostly measure other processes.
        """
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """Find a loop count that takes at least 0.2 seconds in all.

        Tries 1, 2, 5, 10, 20, 50, ... loops until one run takes at least
        0.2 seconds and returns (number, time_taken). callback, when not
        None, is called as callback(number, time_taken) after every try.
        """
        scale = 1
        while True:
            for step in (1, 2, 5):
                number = scale * step
                taken = self.timeit(number)
                if callback:
                    callback(number, taken)
                if taken >= 0.2:
                    return (number, taken)
            scale *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer,
           number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).timeit(number): the time of
    number runs of stmt."""
    measuring = Timer(stmt, setup, timer, globals)
    return measuring.timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer,
           repeat=default_repeat, number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).repeat(repeat, number): a list of
    repeat such times."""
    measuring = Timer(stmt, setup, timer, globals)
    return measuring.repeat(repeat, number)


_UNITS = {"nsec": 1e-9, "usec": 1e-6, "msec": 1e-3, "sec": 1.0}


def _show(seconds, unit, digits):
    # A time with `digits` significant digits, in the given unit or else the
    # largest unit not above it.
    if unit is None:
        unit = "nsec"
        for name, size in sorted(_UNITS.items(), key=lambda kv: -kv[1]):
            unit = name
            if seconds >= size:
                break
    return "%.*g %s" % (digits, seconds / _UNITS[unit], unit)


def main(args=None, *, _wrap_timer=None):
    """The command line (python -m timeit): args defaults to sys.argv[1:].

    Returns the exit status for sys.exit(): None on success, 1 when the
    timed code raised (its traceback goes to stderr), 2 for bad options.
    Errors outside the timing itself propagate. _wrap_timer, for tests,
    wraps the timer function.
    """
    import getopt
    try:
        opts, statement = getopt.getopt(
            sys.argv[1:] if args is None else args, "n:u:s:r:pvh",
            ["number=", "setup=", "repeat=", "process", "verbose", "unit=", "help"])
    except getopt.error as err:
        print(err)
        print("use -h/--help for command line help")
        return 2
    settings = dict(timer=default_timer, number=0, repeats=default_repeat,
                    verbose=0, unit=None, digits=3)
    setup_lines = []
    for opt, value in opts:
        name = _OPTION_NAMES.get(opt)
        if name == "number":
            settings["number"] = int(value)
        elif name == "setup":
            setup_lines.append(value)
        elif name == "unit":
            if value not in _UNITS:
                print("Unrecognized unit. Please select nsec, usec, msec, or sec.",
                      file=sys.stderr)
                return 2
            settings["unit"] = value
        elif name == "repeat":
            settings["repeats"] = max(int(value), 1)
        elif name == "process":
            settings["timer"] = time.process_time
        elif name == "verbose":
            # A second -v shows one more digit.
            if settings["verbose"]:
                settings["digits"] += 1
            settings["verbose"] += 1
        elif name == "help":
            print(__doc__, end=" ")
            return 0
    return _run(statement, setup_lines, _wrap_timer, **settings)


# The long name of each option.
_OPTION_NAMES = {'-' + n[0]: n for n in
                 ("number", "setup", "unit", "repeat", "process", "verbose", "help")}
_OPTION_NAMES.update({'--' + n: n for n in _OPTION_NAMES.values()})


def _run(statement, setup_lines, wrap, *, timer, number, repeats, verbose, unit,
         digits):
    # main() once the options are read.
    # Modules in the current folder can be imported by the setup.
    import os
    sys.path.insert(0, os.curdir)
    if wrap is not None:
        timer = wrap(timer)
    t = Timer("\n".join(statement) or "pass", "\n".join(setup_lines) or "pass", timer)

    def report(n, taken):
        print("{num} loop{s} -> {secs:.{prec}g} secs".format(
            num=n, s="" if n == 1 else "s", secs=taken, prec=digits))

    try:
        if not number:
            number, _ = t.autorange(report if verbose else None)
            if verbose:
                print()
        raw = t.repeat(repeats, number)
    except BaseException:
        # The traceback, with the lines of the generated function.
        t.print_exc()
        return 1
    if verbose:
        print("raw times: %s" % ", ".join(_show(dt, unit, digits) for dt in raw))
        print()
    per_loop = [dt / number for dt in raw]
    best, worst = min(per_loop), max(per_loop)
    print("%d loop%s, best of %d: %s per loop"
          % (number, "" if number == 1 else "s", repeats, _show(best, unit, digits)))
    if worst >= 4 * best:
        from warnings import warn_explicit
        warn_explicit("The test results are likely unreliable. The worst time "
                      f"({_show(worst, unit, digits)}) was more than four times "
                      f"slower than the best time ({_show(best, unit, digits)}).",
                      UserWarning, "", 0)
    return None


if __name__ == "__main__":
    sys.exit(main())
