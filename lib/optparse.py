"""A command-line option parser (superseded by argparse, kept for the programs
that use it).

    parser = OptionParser(usage="%prog [options] INPUT")
    parser.add_option("-f", "--file", dest="filename", help="write to FILE")
    options, args = parser.parse_args()

options.filename is then the value given with -f or --file (or None), and
args the positional arguments.
"""

# Kaa's optparse. The parts: the exceptions; the help formatters, which
# measure every option's strings to place the help column; the Option
# class, whose CHECK_METHODS validate a declaration and whose take_action
# performs one; Values, the result; and the containers, OptionParser and
# its OptionGroups, which share one index of option strings.  Parsing
# consumes the argument list from the front (rargs), setting positional
# arguments aside (largs).

__version__ = "1.5.3"

# The interface is Optik's, by Gregory P. Ward; this is Kaa's own text of it.
__copyright__ = """
optparse's interface: Copyright (c) 2001-2006 Gregory P. Ward and
Copyright (c) 2002-2006 Python Software Foundation (BSD-style licence).
"""

__all__ = [
    # options and their values
    'Option', 'make_option', 'SUPPRESS_HELP', 'SUPPRESS_USAGE', 'Values',
    # parsers and the groups of their options
    'OptionContainer', 'OptionGroup', 'OptionParser',
    # help layout
    'HelpFormatter', 'IndentedHelpFormatter', 'TitledHelpFormatter',
    # errors
    'OptParseError', 'OptionError', 'OptionConflictError', 'OptionValueError',
    'BadOptionError', 'check_choice',
]

import os
import sys
import textwrap
from gettext import gettext, ngettext

_ = gettext


def _repr(self):
    # The repr of options and Values: class name, address, then str().
    return f"<{type(self).__name__} at {id(self):#x}: {self}>"


# ---------------------------------------------------------------------------
# Exceptions
# ---------------------------------------------------------------------------

class OptParseError(Exception):
    # The message is kept as .msg, and is also the exception's str().

    def __init__(self, msg):
        self.msg = msg

    def __str__(self):
        return self.msg


class OptionError(OptParseError):
    """An Option was declared with bad or inconsistent attributes."""

    def __init__(self, msg, option):
        OptParseError.__init__(self, msg)
        self.option_id = str(option)

    def __str__(self):
        # The option's strings first, when it has any yet.
        return f"option {self.option_id}: {self.msg}" if self.option_id else self.msg


class OptionConflictError(OptionError):
    """Two options claim the same option string."""


class OptionValueError(OptParseError):
    """An option's argument could not be converted or is not allowed."""


class BadOptionError(OptParseError):
    """The command line names an option the parser does not know."""

    def __init__(self, opt_str):
        self.opt_str = opt_str

    def __str__(self):
        return _("no such option: %s") % self.opt_str


class AmbiguousOptionError(BadOptionError):
    """An abbreviated long option fits several options."""

    def __init__(self, opt_str, possibilities):
        super().__init__(opt_str)
        self.possibilities = possibilities

    def __str__(self):
        listing = ", ".join(self.possibilities)
        return _("ambiguous option: %s (%s?)") % (self.opt_str, listing)


# ---------------------------------------------------------------------------
# Help formatting
# ---------------------------------------------------------------------------

class _Nested:
    # `with _Nested(formatter):` lays the block out one level further in.

    def __init__(self, formatter):
        self.formatter = formatter

    def __enter__(self):
        self.formatter.indent()

    def __exit__(self, *exc_info):
        self.formatter.dedent()


def _terminal_width():
    # $COLUMNS when it holds a number, else 80; less 2 for the margin.
    try:
        columns = int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 80
    return columns - 2


class HelpFormatter:
    """Lays out a parser's help: usage, description, the options with their
    help text in a column, and the epilog.

    indent_increment: the indentation added per nesting level
    max_help_position: the furthest right the help column may start
    width: the total width (default: $COLUMNS, else 80, less 2)
    short_first: list short options before long ones
    """

    NO_DEFAULT_VALUE = "none"

    def __init__(self, indent_increment, max_help_position, width, short_first):
        self.parser = None      # set_parser() tells which parser to describe
        width = _terminal_width() if width is None else width
        self.width, self.indent_increment = width, indent_increment
        # The help column: as far right as asked, but leaving 20 columns of
        # help text (and at least two indents of room).
        column = min(max_help_position, max(2 * indent_increment, width - 20))
        self.max_help_position = self.help_position = column
        self.help_width = None          # known once the options are measured
        self.current_indent = self.level = 0
        self.short_first, self.default_tag = short_first, "%default"
        self.option_strings = {}        # option -> its text in the listing
        self._short_opt_fmt, self._long_opt_fmt = "%s %s", "%s=%s"

    def set_parser(self, parser):
        """Tell the formatter whose defaults %default shows."""
        self.parser = parser

    def set_short_opt_delimiter(self, delim):
        """What goes between a short option and its metavar: '' or ' '."""
        self._set_delimiter("short", delim, ("", " "))

    def set_long_opt_delimiter(self, delim):
        """What goes between a long option and its metavar: '=' or ' '."""
        self._set_delimiter("long", delim, ("=", " "))

    def _set_delimiter(self, kind, delim, allowed):
        if delim in allowed:
            setattr(self, f"_{kind}_opt_fmt", f"%s{delim}%s")
        else:
            raise ValueError(f"invalid metavar delimiter for {kind} options: {delim!r}")

    def _step(self, levels):
        self.level += levels
        self.current_indent += levels * self.indent_increment
        if self.current_indent < 0:
            raise AssertionError("Indent decreased below 0.")

    def indent(self):
        """One level further in (the level counts for TitledHelpFormatter)."""
        self._step(1)

    def dedent(self):
        """One level back out."""
        self._step(-1)

    def format_usage(self, usage):
        """The usage section: "usage" is the text after the heading."""
        raise NotImplementedError("subclasses must implement")

    def format_heading(self, heading):
        """A section heading, as this style writes it."""
        raise NotImplementedError("subclasses must implement")

    def _format_text(self, text):
        """Fill text to the width left at the current indentation."""
        margin = " " * self.current_indent
        room = max(11, self.width - self.current_indent)
        return textwrap.fill(text, room, initial_indent=margin, subsequent_indent=margin)

    def format_description(self, description):
        """The description filled to the width left, or "" if there is none."""
        return self._format_text(description) + "\n" if description else ""

    def format_epilog(self, epilog):
        # Set off from the options by a blank line.
        """The epilog filled like the description, after a blank line."""
        return "\n" + self._format_text(epilog) + "\n" if epilog else ""

    def expand_default(self, option):
        """The option's help with %default replaced by its default value."""
        if not self.default_tag or self.parser is None:
            return option.help
        shown = self.parser.defaults.get(option.dest)
        if shown is None or shown is NO_DEFAULT:
            shown = self.NO_DEFAULT_VALUE
        return option.help.replace(self.default_tag, str(shown))

    def format_option(self, option):
        """One option's entry: its strings, then its help in the help column
        (on the next line when the strings are too wide)."""
        label = self.option_strings[option]
        margin = " " * self.current_indent
        room = self.help_position - self.current_indent - 2
        beside = len(label) <= room
        if beside:
            entry = [margin + label.ljust(room) + "  "]
        else:
            entry = [margin + label + "\n"]
        lines = textwrap.wrap(self.expand_default(option), self.help_width) if option.help else None
        if lines is not None:
            lead = "" if beside else " " * self.help_position
            entry.append(lead + lines[0] + "\n")
            entry.extend(" " * self.help_position + line + "\n" for line in lines[1:])
        elif beside:
            entry.append("\n")
        return "".join(entry)

    def store_option_strings(self, parser):
        """Work out every option's strings and where the help column goes."""
        widest = 0

        def measure(options):
            nonlocal widest
            for each in options:
                text = self.format_option_strings(each)
                self.option_strings[each] = text
                widest = max(widest, self.current_indent + len(text))
        # The parser's own options sit one level in, group members two.
        with _Nested(self):
            measure(parser.option_list)
            with _Nested(self):
                measure([each for group in parser.option_groups for each in group.option_list])
        self.help_position = min(self.max_help_position, widest + 2)
        self.help_width = max(11, self.width - self.help_position)

    def format_option_strings(self, option):
        """'-f FILE, --file=FILE' and the like."""
        shorts, longs = option._short_opts, option._long_opts
        if option.takes_value():
            name = option.metavar or option.dest.upper()
            shorts = [self._short_opt_fmt % (each, name) for each in shorts]
            longs = [self._long_opt_fmt % (each, name) for each in longs]
        ordered = shorts + longs if self.short_first else longs + shorts
        return ", ".join(ordered)


class IndentedHelpFormatter(HelpFormatter):
    """Headings followed by a colon, sections indented."""

    def __init__(self, indent_increment=2, max_help_position=24, width=None, short_first=1):
        super().__init__(indent_increment, max_help_position, width, short_first)

    def format_usage(self, usage):
        """"Usage: " and the usage text."""
        return _("Usage: %s\n") % usage

    def format_heading(self, heading):
        """The heading and a colon, at the current indentation."""
        return f"{' ' * self.current_indent}{heading}:\n"


class TitledHelpFormatter(HelpFormatter):
    """Headings underlined, like reStructuredText titles."""

    def __init__(self, indent_increment=0, max_help_position=24, width=None, short_first=0):
        super().__init__(indent_increment, max_help_position, width, short_first)

    def format_usage(self, usage):
        """A "Usage" title, then the usage text."""
        return f"{self.format_heading(_('Usage'))}  {usage}\n"

    def format_heading(self, heading):
        """The heading underlined with "=" (top level) or "-" (nested)."""
        underline = "=-"[self.level] * len(heading)
        return f"{heading}\n{underline}\n"


# ---------------------------------------------------------------------------
# Value conversion
# ---------------------------------------------------------------------------

def _parse_num(val, type):
    """val as a number of type with C's prefixes: 0x hexadecimal, 0b binary,
    a leading 0 octal."""
    head = val[:2].lower()
    if head == "0b":
        return type(val[2:] or "0", 2)
    if head == "0x":
        return type(val, 16)
    return type(val, 8 if val.startswith("0") else 10)


def _parse_int(val):
    return _parse_num(val, int)


# type name -> (converter, how the error message names the type)
_builtin_cvt = {"int": (_parse_int, _("integer")),
                "long": (_parse_int, _("integer")),
                "float": (float, _("floating-point")),
                "complex": (complex, _("complex"))}


def check_builtin(option, opt, value):
    convert, kind = _builtin_cvt[option.type]
    try:
        return convert(value)
    except ValueError:
        raise OptionValueError(_("option %s: invalid %s value: %r") % (opt, kind, value))


def check_choice(option, opt, value):
    allowed = option.choices
    if value not in allowed:
        listing = ", ".join(repr(each) for each in allowed)
        raise OptionValueError(_("option %s: invalid choice: %r (choose from %s)")
                               % (opt, value, listing))
    return value


# The default of an option that was given none (None is a real default).
NO_DEFAULT = ("NO", "DEFAULT")


# ---------------------------------------------------------------------------
# Options
# ---------------------------------------------------------------------------

# How the standard actions act.  Those that set dest: what they set it to
# (given the option, the converted value, the Values and dest).
_SETTING_ACTIONS = {
    "store": lambda option, value, values, dest: value,
    "store_const": lambda option, value, values, dest: option.const,
    "store_true": lambda option, value, values, dest: True,
    "store_false": lambda option, value, values, dest: False,
    "count": lambda option, value, values, dest: values.ensure_value(dest, 0) + 1,
}
# Those that add to a list in dest: what they add.
_LISTING_ACTIONS = {
    "append": lambda option, value: value,
    "append_const": lambda option, value: option.const,
}
# Those that print something from the parser, then exit.
_REPORTING_ACTIONS = {"help": "print_help", "version": "print_version"}


class Option:
    """One command-line option: its strings (-f, --file) and what to do when
    it is met (action, type, dest, default, nargs, const, choices, callback,
    callback_args, callback_kwargs, help, metavar)."""

    ATTRS = ['action', 'type', 'dest', 'default', 'nargs', 'const', 'choices',
             'callback', 'callback_args', 'callback_kwargs', 'help', 'metavar']

    ACTIONS = ("store", "store_const", "store_true", "store_false", "append", "append_const",
               "count", "callback", "help", "version")
    # actions that put something in the Values (so need a dest)
    STORE_ACTIONS = ("store", "store_const", "store_true", "store_false", "append", "append_const", "count")
    # actions that may take a typed argument, and those that always do
    TYPED_ACTIONS = ("store", "append", "callback")
    ALWAYS_TYPED_ACTIONS = ("store", "append")
    CONST_ACTIONS = ("store_const", "append_const")

    TYPES = ("string", "int", "long", "float", "complex", "choice")

    # type -> function(option, opt_string, value) checking and converting
    TYPE_CHECKER = {"int": check_builtin, "long": check_builtin,
                    "float": check_builtin, "complex": check_builtin,
                    "choice": check_choice}

    CHECK_METHODS = None

    def __init__(self, *opts, **attrs):
        self._short_opts, self._long_opts = [], []
        self._set_opt_strings(self._check_opt_strings(opts))
        self._set_attrs(attrs)
        # Each check may fill in a derived attribute or refuse the option.
        for check in self.CHECK_METHODS:
            check(self)

    def _check_opt_strings(self, opts):
        """The non-empty option strings given (at least one is needed)."""
        given = list(filter(None, opts))
        if given:
            return given
        raise TypeError("at least one option string must be supplied")

    def _set_opt_strings(self, opts):
        """Sort the option strings into _short_opts (-x) and _long_opts
        (--name), refusing malformed ones."""
        for name in opts:
            if len(name) < 2:
                raise OptionError("invalid option string %r: "
                                  "must be at least two characters long" % name, self)
            if len(name) > 2:
                if not name.startswith("--") or name[2] == "-":
                    raise OptionError("invalid long option string %r: "
                                      "must start with --, followed by non-dash" % name, self)
                self._long_opts.append(name)
            elif name[0] == "-" and name[1] != "-":
                self._short_opts.append(name)
            else:
                raise OptionError("invalid short option string %r: "
                                  "must be of the form -x, (x any non-dash char)" % name, self)

    def _set_attrs(self, attrs):
        """Each of ATTRS from the keywords (None when absent; default is
        NO_DEFAULT); an unknown keyword is an error."""
        unknown = set(attrs) - set(self.ATTRS)
        for name in self.ATTRS:
            setattr(self, name, attrs.get(name, NO_DEFAULT if name == "default" else None))
        if unknown:
            raise OptionError("invalid keyword arguments: %s" % ", ".join(sorted(unknown)), self)

    # The checks, run in CHECK_METHODS order when an Option is made.

    def _check_action(self):
        chosen = self.action
        if chosen is None:
            self.action = "store"
        elif chosen not in self.ACTIONS:
            raise OptionError("invalid action: %r" % chosen, self)

    def _check_type(self):
        kind, action = self.type, self.action
        if kind is None:
            # Value-taking actions default to strings, or to a choice
            # among the given choices.
            if action in self.ALWAYS_TYPED_ACTIONS:
                self.type = "choice" if self.choices is not None else "string"
            return
        if isinstance(kind, type):
            kind = kind.__name__        # int -> "int", str -> "str"
        kind = self.type = "string" if kind == "str" else kind
        if kind not in self.TYPES:
            raise OptionError("invalid option type: %r" % kind, self)
        if action not in self.TYPED_ACTIONS:
            raise OptionError("must not supply a type for action %r" % action, self)

    def _check_choice(self):
        choices = self.choices
        if self.type != "choice":
            if choices is not None:
                raise OptionError("must not supply choices for type %r" % self.type, self)
        elif choices is None:
            raise OptionError("must supply a list of choices for type 'choice'", self)
        elif not isinstance(choices, (tuple, list)):
            kind = str(type(choices)).split("'")[1]
            raise OptionError("choices must be a list of strings ('%s' supplied)" % kind, self)

    def _check_dest(self):
        # Something stored (or a value taken) needs a place: named after
        # the first long option, else the first short one.
        needs_one = self.action in self.STORE_ACTIONS or self.type is not None
        if self.dest is None and needs_one:
            source = (self._long_opts or self._short_opts)[0]
            if source.startswith("--"):
                self.dest = source[2:].replace("-", "_")
            else:
                self.dest = source[1]

    def _check_const(self):
        if self.const is None or self.action in self.CONST_ACTIONS:
            return
        raise OptionError("'const' must not be supplied for action %r" % self.action, self)

    def _check_nargs(self):
        typed = self.action in self.TYPED_ACTIONS
        if typed and self.nargs is None:
            self.nargs = 1              # one value unless told otherwise
        elif not typed and self.nargs is not None:
            raise OptionError("'nargs' must not be supplied for action %r" % self.action, self)

    def _check_callback(self):
        function = self.callback
        if self.action != "callback":
            # The callback attributes belong to callback options only.
            if function is not None:
                raise OptionError("callback supplied (%r) for non-callback option"
                                  % (function,), self)
            for name in ("callback_args", "callback_kwargs"):
                if getattr(self, name) is not None:
                    raise OptionError(name + " supplied for non-callback option", self)
            return
        if not callable(function):
            raise OptionError("callback not callable: %r" % function, self)
        for name, kind, kind_name in (("callback_args", tuple, "tuple"),
                                      ("callback_kwargs", dict, "dict")):
            value = getattr(self, name)
            if value is not None and not isinstance(value, kind):
                raise OptionError("%s, if supplied, must be a %s: not %r"
                                  % (name, kind_name, value), self)

    CHECK_METHODS = [_check_action, _check_type, _check_choice, _check_dest,
                     _check_const, _check_nargs, _check_callback]

    def __str__(self):
        return "/".join([*self._short_opts, *self._long_opts])

    __repr__ = _repr

    def takes_value(self):
        """Whether the option reads a value (it has a type)."""
        return self.type is not None

    def get_opt_string(self):
        """The name messages use: the first long option, else the first short."""
        return (self._long_opts or self._short_opts)[0]

    def check_value(self, opt, value):
        """value converted (and checked) by the TYPE_CHECKER of the option's type."""
        checker = self.TYPE_CHECKER.get(self.type)
        return value if checker is None else checker(self, opt, value)

    def convert_value(self, opt, value):
        """The string value, or the tuple of them for nargs > 1, converted."""
        if value is None:
            return None
        if self.nargs != 1:
            return tuple(self.check_value(opt, item) for item in value)
        return self.check_value(opt, value)

    def process(self, opt, value, values, parser):
        """Convert the value(s) met for opt, then act on them."""
        converted = self.convert_value(opt, value)
        return self.take_action(self.action, self.dest, opt, converted, values, parser)

    def take_action(self, action, dest, opt, value, values, parser):
        """Do what action says, for the standard actions; subclasses add
        their own. Returns 1."""
        if action in _SETTING_ACTIONS:
            setattr(values, dest, _SETTING_ACTIONS[action](self, value, values, dest))
        elif action in _LISTING_ACTIONS:
            values.ensure_value(dest, []).append(_LISTING_ACTIONS[action](self, value))
        elif action == "callback":
            extra = self.callback_args or ()
            named = self.callback_kwargs or {}
            self.callback(self, opt, value, parser, *extra, **named)
        elif action in _REPORTING_ACTIONS:
            getattr(parser, _REPORTING_ACTIONS[action])()
            parser.exit()
        else:
            raise ValueError("unknown action %r" % self.action)
        return 1


SUPPRESS_HELP = "SUPPRESS" + "HELP"
SUPPRESS_USAGE = "SUPPRESS" + "USAGE"


class Values:
    """The parsed options, as attributes."""

    def __init__(self, defaults=None):
        for key, value in (defaults or {}).items():
            setattr(self, key, value)

    def __str__(self):
        return str(vars(self))

    __repr__ = _repr

    def __eq__(self, other):
        # Equal to a Values or a dict with the same attributes.
        if isinstance(other, (Values, dict)):
            theirs = vars(other) if isinstance(other, Values) else other
            return vars(self) == theirs
        return NotImplemented

    def _update_careful(self, dict):
        """Take from dict only the attributes we already have, and only the
        values that are not None."""
        known = set(dir(self))
        for key in sorted(known & set(dict)):
            if dict[key] is not None:
                setattr(self, key, dict[key])

    def _update_loose(self, dict):
        vars(self).update(dict)

    def _update(self, dict, mode):
        method = {"careful": self._update_careful, "loose": self._update_loose}.get(mode)
        if method is None:
            raise ValueError("invalid update mode: %r" % mode)
        method(dict)

    def read_module(self, modname, mode="careful"):
        """Update from the global names of the module modname."""
        from importlib import import_module
        self._update(vars(import_module(modname)), mode)

    def read_file(self, filename, mode="careful"):
        """Update from the names a Python source file defines."""
        found = {}
        with open(filename) as source:
            code = source.read()
        exec(code, found)
        self._update(found, mode)

    def ensure_value(self, attr, value):
        """Set attr to value if it is missing or None; return attr's value."""
        if getattr(self, attr, None) is None:
            setattr(self, attr, value)
        return getattr(self, attr)


# ---------------------------------------------------------------------------
# Containers of options: parsers and groups
# ---------------------------------------------------------------------------

# The tables an OptionGroup shares with its parser.
_SHARED_TABLES = ("_short_opt", "_long_opt", "defaults")


class OptionContainer:
    """What parsers and option groups share: a list of options and the maps
    from option strings to them (shared by a parser with its groups)."""

    def __init__(self, option_class, conflict_handler, description):
        self._create_option_list()
        self.option_class = option_class
        self.set_conflict_handler(conflict_handler)
        self.set_description(description)

    def _create_option_mappings(self):
        for table in _SHARED_TABLES:
            setattr(self, table, {})

    def _share_option_mappings(self, parser):
        for table in _SHARED_TABLES:
            setattr(self, table, getattr(parser, table))

    def set_conflict_handler(self, handler):
        """"error" (the default) refuses an option string already taken;
        "resolve" takes it away from the older option."""
        if handler in ("error", "resolve"):
            self.conflict_handler = handler
        else:
            raise ValueError("invalid conflict_resolution value %r" % handler)

    def set_description(self, description):
        """The text shown before the options in the help."""
        self.description = description

    def get_description(self):
        """The description as given."""
        return self.description

    def destroy(self):
        """Drop the references that make cycles."""
        for table in _SHARED_TABLES:
            delattr(self, table)

    def _index_for(self, opt):
        # The table an option string lives in.
        return self._long_opt if opt[:2] == "--" else self._short_opt

    def _check_conflict(self, option):
        clashes = []
        for opt in option._short_opts + option._long_opts:
            table = self._index_for(opt)
            if opt in table:
                clashes.append((opt, table[opt]))
        if not clashes:
            return
        if self.conflict_handler == "error":
            taken = ", ".join(opt for opt, _older in clashes)
            raise OptionConflictError("conflicting option string(s): %s" % taken, option)
        # "resolve": the older option loses the strings; with none left it goes
        for opt, older in clashes:
            del self._index_for(opt)[opt]
            mine = older._long_opts if opt[:2] == "--" else older._short_opts
            mine.remove(opt)
            if not older._short_opts and not older._long_opts:
                older.container.option_list.remove(older)

    def _option_from(self, args, kwargs):
        # add_option()'s argument: an Option, or what to make one from.
        first = args[0]
        if isinstance(first, str):
            return self.option_class(*args, **kwargs)
        if len(args) != 1 or kwargs:
            raise TypeError("invalid arguments")
        if not isinstance(first, Option):
            raise TypeError("not an Option instance: %r" % first)
        return first

    def add_option(self, *args, **kwargs):
        """add_option(Option) or add_option(opt_str, ..., kwarg=val, ...)"""
        made = self._option_from(args, kwargs)
        self._check_conflict(made)
        self.option_list.append(made)
        made.container = self
        for opt in made._short_opts + made._long_opts:
            self._index_for(opt)[opt] = made
        dest = made.dest
        if dest is not None:
            # Every dest gets a default: the option's own, else None unless
            # another option already gave one.
            if made.default is NO_DEFAULT:
                self.defaults.setdefault(dest, None)
            else:
                self.defaults[dest] = made.default
        return made

    def add_options(self, option_list):
        """add_option() for each Option of the list."""
        for each in option_list:
            self.add_option(each)

    def get_option(self, opt_str):
        """The Option for an option string (exact, no abbreviations), or None."""
        return self._short_opt.get(opt_str) or self._long_opt.get(opt_str)

    def has_option(self, opt_str):
        """Whether some option has exactly this option string."""
        return opt_str in self._short_opt or opt_str in self._long_opt

    def remove_option(self, opt_str):
        """Remove the option that has this option string, with all its
        other strings."""
        found = self._short_opt.get(opt_str, self._long_opt.get(opt_str))
        if found is None:
            raise ValueError("no such option %r" % opt_str)
        for opt in found._short_opts + found._long_opts:
            del self._index_for(opt)[opt]
        found.container.option_list.remove(found)

    def format_option_help(self, formatter):
        """One entry per option, those with SUPPRESS_HELP left out."""
        shown = [each for each in self.option_list if each.help is not SUPPRESS_HELP]
        return "".join(map(formatter.format_option, shown))

    def format_description(self, formatter):
        """The description, formatted (OptionParser expands %prog in it)."""
        return formatter.format_description(self.get_description())

    def format_help(self, formatter):
        # The description and the options, a blank line between them.
        """The description, then the options."""
        pieces = [(self.description, self.format_description),
                  (self.option_list, self.format_option_help)]
        return "\n".join(render(formatter) for present, render in pieces if present)


class OptionGroup(OptionContainer):
    """A titled group of a parser's options (for the help only)."""

    def __init__(self, parser, title, description=None):
        self.parser = parser
        super().__init__(parser.option_class, parser.conflict_handler, description)
        self.set_title(title)

    def _create_option_list(self):
        self.option_list = []
        self._share_option_mappings(self.parser)

    def set_title(self, title):
        """The heading the group's options appear under."""
        self.title = title

    def destroy(self):
        """Break the group's reference cycles (see OptionParser.destroy)."""
        super().destroy()
        del self.option_list

    def format_help(self, formatter):
        """The title, then the description and options one level in."""
        heading = formatter.format_heading(self.title)
        with _Nested(formatter):
            body = super().format_help(formatter)
        return heading + body


class OptionParser(OptionContainer):
    """Parses a command line into (Values, remaining arguments).

    usage: the usage line ("%prog" is the program's name); None for the
      default, SUPPRESS_USAGE for none
    option_list: options to add; option_class: the class add_option makes
    version: a version string, which adds --version
    conflict_handler: "error" or "resolve" for option strings given twice
    description, epilog: text before and after the options in the help
    formatter: a HelpFormatter (IndentedHelpFormatter by default)
    add_help_option: whether to add -h/--help; prog: the program's name
    """

    standard_option_list = []

    def __init__(self, usage=None, option_list=None, option_class=Option, version=None,
                 conflict_handler="error", description=None, formatter=None, add_help_option=True,
                 prog=None, epilog=None):
        super().__init__(option_class, conflict_handler, description)
        self.set_usage(usage)
        self.prog, self.version, self.epilog = prog, version, epilog
        self.allow_interspersed_args = self.process_default_values = True
        layout = IndentedHelpFormatter() if formatter is None else formatter
        layout.set_parser(self)
        self.formatter = layout
        self._populate_option_list(option_list, add_help=add_help_option)
        self._init_parsing_state()

    def destroy(self):
        """Break the reference cycles between the parser, its groups, its
        options and its formatter; the parser is unusable afterwards."""
        super().destroy()
        for group in self.option_groups:
            group.destroy()
        for name in ("option_list", "option_groups", "formatter"):
            delattr(self, name)

    def _create_option_list(self):
        self.option_list, self.option_groups = [], []
        self._create_option_mappings()

    def _add_help_option(self):
        """Add -h/--help (a subclass may add a different one)."""
        self.add_option("-h", "--help", action="help",
                        help=_("show this help message and exit"))

    def _add_version_option(self):
        """Add --version, for parsers given a version string."""
        self.add_option("--version", action="version",
                        help=_("show program's version number and exit"))

    def _populate_option_list(self, option_list, add_help=True):
        # The class's standard options, the given ones, then --version and
        # -h/--help.
        for source in (self.standard_option_list, option_list):
            if source:
                self.add_options(source)
        extras = ((self.version, self._add_version_option), (add_help, self._add_help_option))
        for wanted, add in extras:
            if wanted:
                add()

    def _init_parsing_state(self):
        # Set while parse_args runs: the strings still to read (rargs), the
        # positional ones set aside (largs), and the Values being filled.
        self.rargs = self.largs = self.values = None

    def set_usage(self, usage):
        """None gives "%prog [options]", SUPPRESS_USAGE no usage at all; a
        leading "usage: " is dropped."""
        if usage is SUPPRESS_USAGE:
            shown = None
        elif usage is None:
            shown = _("%prog [options]")
        elif usage[:7].lower() == "usage: ":
            shown = usage[7:]           # the formatter adds its own
        else:
            shown = usage
        self.usage = shown

    def enable_interspersed_args(self):
        """Let options and positional arguments mix (the default)."""
        self.allow_interspersed_args = True

    def disable_interspersed_args(self):
        """Stop at the first positional argument."""
        self.allow_interspersed_args = False

    def set_process_default_values(self, process):
        """Whether string defaults get converted by their option's type."""
        self.process_default_values = process

    def set_default(self, dest, value):
        """The default of dest, whichever option sets it."""
        self.defaults[dest] = value

    def set_defaults(self, **kwargs):
        """set_default() for each keyword."""
        self.defaults.update(kwargs)

    def _get_all_options(self):
        """The parser's options, then those of each group."""
        grouped = [each for group in self.option_groups for each in group.option_list]
        return self.option_list + grouped

    def get_default_values(self):
        """A Values of the defaults, string defaults converted by their
        option's type."""
        if self.process_default_values:
            settings = dict(self.defaults)
            for each in self._get_all_options():
                given = settings.get(each.dest)
                if isinstance(given, str):
                    settings[each.dest] = each.check_value(each.get_opt_string(), given)
        else:
            settings = self.defaults    # as they are (Optik before 1.5)
        return Values(settings)

    def add_option_group(self, *args, **kwargs):
        """add_option_group(title, description=None) or
        add_option_group(OptionGroup); returns the group."""
        first = args[0]
        if isinstance(first, str):
            made = OptionGroup(self, *args, **kwargs)
        elif len(args) != 1 or kwargs:
            raise TypeError("invalid arguments")
        elif not isinstance(first, OptionGroup):
            raise TypeError("not an OptionGroup instance: %r" % first)
        elif first.parser is not self:
            raise ValueError("invalid OptionGroup (wrong parser)")
        else:
            made = first
        self.option_groups.append(made)
        return made

    def get_option_group(self, opt_str):
        """The group holding the option with this string (None for the
        parser's own options)."""
        found = self.get_option(opt_str)
        if found and found.container is not self:
            return found.container
        return None

    # Parsing.

    def _get_args(self, args):
        """A copy of the arguments to parse (sys.argv[1:] by default)."""
        return sys.argv[1:] if args is None else args[:]

    def parse_args(self, args=None, values=None):
        """Parse args (default sys.argv[1:]) into values (default the
        defaults); return (values, positional arguments). Errors print the
        usage and exit with status 2."""
        pending = self._get_args(args)
        filled = self.get_default_values() if values is None else values
        self.rargs, self.largs, self.values = pending, [], filled
        leftover = self.largs
        try:
            self._process_args(leftover, pending, filled)
        except (BadOptionError, OptionValueError) as problem:
            self.error(str(problem))
        return self.check_values(filled, leftover + pending)

    def check_values(self, values, args):
        """A hook for subclasses to check or change the result."""
        return values, args

    def _process_args(self, largs, rargs, values):
        """Consume rargs: options are processed, positional arguments moved to
        largs; stop at '--' (dropped) or, without interspersed arguments, at
        the first positional one."""
        while rargs:
            word = rargs[0]
            if word == "--":
                rargs.pop(0)
                break
            if word.startswith("--"):
                handle = self._process_long_opt
            elif word.startswith("-") and word != "-":
                handle = self._process_short_opts
            elif not self.allow_interspersed_args:
                break
            else:
                largs.append(rargs.pop(0))      # a positional argument
                continue
            handle(rargs, values)

    def _match_long_opt(self, opt):
        """The long option opt names, abbreviations resolved (raises
        BadOptionError or AmbiguousOptionError)."""
        return _match_abbrev(opt, self._long_opt)

    def _take_values(self, option, opt, rargs):
        # The option's nargs strings from the front of rargs: one string,
        # or a tuple of several.
        wanted = option.nargs
        if len(rargs) < wanted:
            self.error(ngettext("%(option)s option requires %(number)d argument",
                                "%(option)s option requires %(number)d arguments",
                                wanted) % {"option": opt, "number": wanted})
        if wanted == 1:
            return rargs.pop(0)
        taken = tuple(rargs[:wanted])
        del rargs[:wanted]
        return taken

    def _process_long_opt(self, rargs, values):
        """Handle the long option at the front of rargs ("--name" or
        "--name=value"), taking its values from rargs."""
        word = rargs.pop(0)
        name, equals, inline = word.partition("=")
        if equals:
            rargs.insert(0, inline)     # --opt=value: the value comes next
        opt = self._match_long_opt(name)
        target = self._long_opt[opt]
        value = None
        if target.takes_value():
            value = self._take_values(target, opt, rargs)
        elif equals:
            self.error(_("%s option does not take a value") % opt)
        target.process(opt, value, values, self)

    def _process_short_opts(self, rargs, values):
        """Handle the cluster of short options at the front of rargs
        ("-a", "-abc", "-fFILE")."""
        word = rargs.pop(0)
        # -abc is -a -b -c, until one of them takes a value: the rest of
        # the word is then its (first) value.
        for at, letter in enumerate(word[1:], 2):
            opt = "-" + letter
            target = self._short_opt.get(opt)
            if not target:
                raise BadOptionError(opt)
            value, rest = None, word[at:]
            wants_value = target.takes_value()
            if wants_value:
                if rest:
                    rargs.insert(0, rest)
                value = self._take_values(target, opt, rargs)
            target.process(opt, value, values, self)
            if wants_value and rest:
                return

    # Names, messages and help.

    def get_prog_name(self):
        """prog, or else the base name of sys.argv[0]."""
        return os.path.basename(sys.argv[0]) if self.prog is None else self.prog

    def expand_prog_name(self, s):
        """Replace each "%prog" in s with the program's name."""
        return s.replace("%prog", self.get_prog_name())

    def get_description(self):
        """The description with %prog expanded."""
        return self.expand_prog_name(self.description)

    def exit(self, status=0, msg=None):
        """Write msg (if any) to stderr and exit with status."""
        if msg:
            sys.stderr.write(msg)
        sys.exit(status)

    def error(self, msg):
        """Print the usage and msg to stderr and exit with status 2."""
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.get_prog_name()}: error: {msg}\n")

    def get_usage(self):
        """The formatted usage ("" when suppressed)."""
        if not self.usage:
            return ""
        return self.formatter.format_usage(self.expand_prog_name(self.usage))

    def print_usage(self, file=None):
        """Write the usage to file (default stdout), if there is one."""
        text = self.get_usage() if self.usage else None
        if text is not None:
            print(text, file=file)

    def get_version(self):
        """The version string with %prog expanded, or ""."""
        return self.expand_prog_name(self.version) if self.version else ""

    def print_version(self, file=None):
        """Write the version to file (default stdout), if there is one."""
        text = self.get_version() if self.version else None
        if text is not None:
            print(text, file=file)

    def format_option_help(self, formatter=None):
        """The "Options:" section: the parser's options, then each group."""
        layout = self.formatter if formatter is None else formatter
        layout.store_option_strings(self)
        heading = layout.format_heading(_("Options"))
        with _Nested(layout):
            # The parser's own options (if any) first, then each group.
            sections = [OptionContainer.format_option_help(self, layout)] if self.option_list else []
            sections += [group.format_help(layout) for group in self.option_groups]
        # No options and no groups: no heading either.
        return heading + "\n".join(sections) if sections else ""

    def format_epilog(self, formatter):
        """The epilog as the formatter lays it out ("" if none)."""
        return formatter.format_epilog(self.epilog)

    def format_help(self, formatter=None):
        """The whole help: usage, description, options, epilog."""
        layout = self.formatter if formatter is None else formatter
        # Usage and description each followed by a blank line, then the
        # options and the epilog.
        text = self.get_usage() + "\n" if self.usage else ""
        text += self.format_description(layout) + "\n" if self.description else ""
        return text + self.format_option_help(layout) + self.format_epilog(layout)

    def print_help(self, file=None):
        """Write the help to file (default stdout)."""
        (sys.stdout if file is None else file).write(self.format_help())


def _match_abbrev(s, wordmap):
    """The key of wordmap that s is or uniquely abbreviates (BadOptionError or
    AmbiguousOptionError otherwise)."""
    if s in wordmap:
        return s
    candidates = sorted(word for word in wordmap if word.startswith(s))
    if not candidates:
        raise BadOptionError(s)
    if len(candidates) > 1:
        raise AmbiguousOptionError(s, candidates)
    return candidates[0]


make_option = Option
