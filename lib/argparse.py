"""Command-line parsing: declare the arguments a program takes, and
ArgumentParser reads sys.argv into a Namespace, writes the usage and help
text, and reports mistakes.

    parser = argparse.ArgumentParser(description='Sum some numbers.')
    parser.add_argument('numbers', type=int, nargs='+', help='the numbers')
    parser.add_argument('--max', action='store_const', const=max,
                        default=sum, help='take the largest instead')
    args = parser.parse_args()
    print(args.max(args.numbers))

Arguments are positional ('numbers') or options ('--max', '-v'); how many
strings each consumes (nargs), how they convert (type), where they go
(dest) and what happens to them (action: store, store_const, store_true,
store_false, append, append_const, extend, count, help, version, or an
Action subclass) are the keywords of add_argument().  Argument groups,
mutually exclusive groups, sub-commands (add_subparsers) and the help
formatter classes shape the rest.
"""

# Kaa's argparse. The parts: the help formatters (usage lines, sections,
# argument lists); the actions; the containers of actions (parsers and
# their groups); and the parse itself, which classifies every argument
# string as an option ('O'), a plain argument ('A') or the '--' marker
# ('-'), and lets each action's nargs, as a regular expression over that
# pattern, decide how many strings it takes.

__version__ = '1.1'
__all__ = [
    'ArgumentParser',
    'ArgumentError',
    'ArgumentTypeError',
    'BooleanOptionalAction',
    'FileType',
    'HelpFormatter',
    'ArgumentDefaultsHelpFormatter',
    'RawDescriptionHelpFormatter',
    'RawTextHelpFormatter',
    'MetavarTypeHelpFormatter',
    'Namespace',
    'Action',
    'ONE_OR_MORE',
    'OPTIONAL',
    'PARSER',
    'REMAINDER',
    'SUPPRESS',
    'ZERO_OR_MORE',
]

import os as _os
import re as _re
import sys as _sys

from gettext import gettext as _, ngettext

SUPPRESS = '==SUPPRESS=='

OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'
_UNRECOGNIZED_ARGS_ATTR = '_unrecognized_args'


class _AttributeHolder(object):
    """A repr listing the object's arguments: _get_args() positionally,
    then _get_kwargs() by name (those not identifiers in a ** dict)."""

    def __repr__(self):
        shown = [repr(arg) for arg in self._get_args()]
        odd = {}
        for name, value in self._get_kwargs():
            if name.isidentifier():
                shown.append('%s=%r' % (name, value))
            else:
                odd[name] = value
        if odd:
            shown.append('**%s' % repr(odd))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))

    def _get_kwargs(self):
        return list(self.__dict__.items())

    def _get_args(self):
        return []


def _copy_items(items):
    # A copy of an append action's list, so that defaults are not changed.
    if items is None:
        return []
    if type(items) is list:
        return items[:]
    import copy
    return copy.copy(items)


# ---------------------------------------------------------------------------
# Help formatting
# ---------------------------------------------------------------------------

class HelpFormatter(object):
    """Formats the usage and help of a parser.

    Only the name of this class and its constructor's signature are public;
    the other methods are an implementation detail.
    """

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            import shutil
            width = shutil.get_terminal_size().columns - 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position,
                                      max(width - 20, indent_increment * 2))
        self._width = width
        self._current_indent = 0
        self._level = 0
        self._action_max_length = 0
        self._root_section = self._Section(self, None)
        self._current_section = self._root_section
        self._whitespace_matcher = _re.compile(r'\s+', _re.ASCII)
        self._long_break_matcher = _re.compile(r'\n\n\n+')

    def _indent(self):
        self._current_indent += self._indent_increment
        self._level += 1

    def _dedent(self):
        self._current_indent -= self._indent_increment
        assert self._current_indent >= 0, 'Indent decreased below 0.'
        self._level -= 1

    class _Section(object):
        # A heading and the items (formatting calls) under it.

        def __init__(self, formatter, parent, heading=None):
            self.formatter = formatter
            self.parent = parent
            self.heading = heading
            self.items = []

        def format_help(self):
            fmt = self.formatter
            nested = self.parent is not None
            if nested:
                fmt._indent()
            body = fmt._join_parts([func(*args) for func, args in self.items])
            if nested:
                fmt._dedent()
            if not body:
                return ''   # nothing shown: no heading either
            title = ''
            if self.heading is not SUPPRESS and self.heading is not None:
                text = _('%(heading)s:') % dict(heading=self.heading)
                title = '%*s%s\n' % (fmt._current_indent, '', text)
            return fmt._join_parts(['\n', title, body, '\n'])

    def _add_item(self, func, args):
        self._current_section.items.append((func, args))

    # The public calls a parser makes.

    def start_section(self, heading):
        self._indent()
        section = self._Section(self, self._current_section, heading)
        self._add_item(section.format_help, [])
        self._current_section = section

    def end_section(self):
        self._current_section = self._current_section.parent
        self._dedent()

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            self._add_item(self._format_text, [text])

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._add_item(self._format_usage, (usage, actions, groups, prefix))

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        # The widest invocation decides where help texts start.
        invoke = self._format_action_invocation
        widths = [len(invoke(action)) + self._current_indent]
        for sub in self._iter_indented_subactions(action):
            widths.append(len(invoke(sub)) + self._current_indent)
        self._action_max_length = max(self._action_max_length, max(widths))
        self._add_item(self._format_action, [action])

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def format_help(self):
        text = self._root_section.format_help()
        if text:
            text = self._long_break_matcher.sub('\n\n', text)
            text = text.strip('\n') + '\n'
        return text

    def _join_parts(self, part_strings):
        return ''.join([part for part in part_strings
                        if part and part is not SUPPRESS])

    # Usage.

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = _('usage: ')
        if usage is not None:
            usage = usage % dict(prog=self._prog)
        elif not actions:
            usage = '%(prog)s' % dict(prog=self._prog)
        else:
            usage = self._build_usage(actions, groups, prefix)
        return '%s%s\n\n' % (prefix, usage)

    def _build_usage(self, actions, groups, prefix):
        # The usage from the actions: on one line if it fits, else wrapped
        # with the options before the positionals.
        prog = '%(prog)s' % dict(prog=self._prog)
        optionals = [a for a in actions if a.option_strings]
        positionals = [a for a in actions if not a.option_strings]
        whole = self._format_actions_usage(optionals + positionals, groups)
        usage = ' '.join([s for s in [prog, whole] if s])
        text_width = self._width - self._current_indent
        if len(prefix) + len(usage) <= text_width:
            return usage
        opt_parts = self._get_actions_usage_parts(optionals, groups)
        pos_parts = self._get_actions_usage_parts(positionals, groups)

        def wrap(parts, indent, prefix=None):
            # Lines of parts, each starting with indent; the first line's
            # indent is left out when the prefix stands before it.
            lines, line = [], []
            used = (len(prefix) if prefix is not None else len(indent)) - 1
            for part in parts:
                if line and used + 1 + len(part) > text_width:
                    lines.append(indent + ' '.join(line))
                    line = []
                    used = len(indent) - 1
                line.append(part)
                used += len(part) + 1
            if line:
                lines.append(indent + ' '.join(line))
            if prefix is not None:
                lines[0] = lines[0][len(indent):]
            return lines

        if len(prefix) + len(prog) <= 0.75 * text_width:
            # Continuation lines line up after the program's name.
            indent = ' ' * (len(prefix) + len(prog) + 1)
            if opt_parts:
                lines = wrap([prog] + opt_parts, indent, prefix)
                lines.extend(wrap(pos_parts, indent))
            elif pos_parts:
                lines = wrap([prog] + pos_parts, indent, prefix)
            else:
                lines = [prog]
        else:
            # A long name: everything on the lines below it.
            indent = ' ' * len(prefix)
            lines = wrap(opt_parts + pos_parts, indent)
            if len(lines) > 1:
                lines = wrap(opt_parts, indent) + wrap(pos_parts, indent)
            lines = [prog] + lines
        return '\n'.join(lines)

    def _format_actions_usage(self, actions, groups):
        return ' '.join(self._get_actions_usage_parts(actions, groups))

    def _get_actions_usage_parts(self, actions, groups):
        # Mutually exclusive groups whose actions stand together in the
        # list are shown as [-a | -b] (or (-a | -b) when required).
        grouped = set()
        spans = {}
        for group in groups:
            members = group._group_actions
            if not members:
                raise ValueError(f'empty group {group}')
            if all(action.help is SUPPRESS for action in members):
                continue
            try:
                start = actions.index(members[0])
            except ValueError:
                continue
            end = start + len(members)
            if actions[start:end] == members:
                grouped.update(members)
                spans[start, end] = group

        parts = [self._usage_part(action, action in grouped) for action in actions]

        separated = set()
        for start, end in sorted(spans, reverse=True):
            group = spans[start, end]
            shown = [part for part in parts[start:end] if part is not None]
            if group.required:
                opener, closer = '()' if len(shown) > 1 else ('', '')
            else:
                opener, closer = '[]'
            shown[0] = opener + shown[0]
            shown[-1] = shown[-1] + closer
            for i, part in enumerate(shown[:-1], start=start):
                if i not in separated:
                    parts[i] = part + ' |'
                    separated.add(i)
            parts[start + len(shown) - 1] = shown[-1]
            for i in range(start + len(shown), end):
                parts[i] = None
        return [part for part in parts if part is not None]

    def _usage_part(self, action, in_group):
        # One action's usage text (None when suppressed).
        if action.help is SUPPRESS:
            return None
        if not action.option_strings:
            part = self._format_args(action, self._get_default_metavar_for_positional(action))
            # A group adds its own brackets.
            if in_group and part[0] == '[' and part[-1] == ']':
                part = part[1:-1]
            return part
        if action.nargs == 0:
            part = action.format_usage()
        else:
            metavar = self._format_args(action, self._get_default_metavar_for_optional(action))
            part = '%s %s' % (action.option_strings[0], metavar)
        if not action.required and not in_group:
            part = '[%s]' % part
        return part

    # Texts and actions.

    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % dict(prog=self._prog)
        width = max(self._width - self._current_indent, 11)
        return self._fill_text(text, width, ' ' * self._current_indent) + '\n\n'

    def _format_action(self, action):
        # The invocation, then the help beside it if it fits in the space
        # left of help_position, else on the lines below.
        help_position = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - self._current_indent - 2
        header = self._format_action_invocation(action)
        indent = self._current_indent
        first_indent = help_position
        if not action.help:
            header = '%*s%s\n' % (indent, '', header)
        elif len(header) <= action_width:
            header = '%*s%-*s  ' % (indent, '', action_width, header)
            first_indent = 0
        else:
            header = '%*s%s\n' % (indent, '', header)
        parts = [header]
        if action.help and action.help.strip():
            text = self._expand_help(action)
            if text:
                lines = self._split_lines(text, help_width)
                parts.append('%*s%s\n' % (first_indent, '', lines[0]))
                parts.extend('%*s%s\n' % (help_position, '', line) for line in lines[1:])
        elif not header.endswith('\n'):
            parts.append('\n')
        for sub in self._iter_indented_subactions(action):
            parts.append(self._format_action(sub))
        return self._join_parts(parts)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            metavar, = self._metavar_formatter(
                action, self._get_default_metavar_for_positional(action))(1)
            return metavar
        names = ', '.join(action.option_strings)
        if action.nargs == 0:
            return names
        return names + ' ' + self._format_args(
            action, self._get_default_metavar_for_optional(action))

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            shown = action.metavar
        elif action.choices is not None:
            shown = '{%s}' % ','.join([str(choice) for choice in action.choices])
        else:
            shown = default_metavar

        def format(tuple_size):
            return shown if isinstance(shown, tuple) else (shown,) * tuple_size
        return format

    def _format_args(self, action, default_metavar):
        metavars = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return '%s' % metavars(1)
        if nargs == OPTIONAL:
            return '[%s]' % metavars(1)
        if nargs == ZERO_OR_MORE:
            names = metavars(1)
            if len(names) == 2:
                return '[%s [%s ...]]' % names
            return '[%s ...]' % names
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % metavars(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % metavars(1)
        if nargs == SUPPRESS:
            return ''
        try:
            slots = ['%s' for _ in range(nargs)]
        except TypeError:
            raise ValueError("invalid nargs value") from None
        return ' '.join(slots) % metavars(nargs)

    def _expand_help(self, action):
        # The help text with %(name)s filled from the action's attributes
        # (and prog); callables show their __name__, choices as a list.
        params = dict(vars(action), prog=self._prog)
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        for name in list(params):
            if hasattr(params[name], '__name__'):
                params[name] = params[name].__name__
        if params.get('choices') is not None:
            params['choices'] = ', '.join([str(c) for c in params['choices']])
        return self._get_help_string(action) % params

    def _iter_indented_subactions(self, action):
        try:
            get_subactions = action._get_subactions
        except AttributeError:
            return
        self._indent()
        yield from get_subactions()
        self._dedent()

    def _split_lines(self, text, width):
        import textwrap
        return textwrap.wrap(self._whitespace_matcher.sub(' ', text).strip(), width)

    def _fill_text(self, text, width, indent):
        import textwrap
        return textwrap.fill(self._whitespace_matcher.sub(' ', text).strip(), width,
                             initial_indent=indent, subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    """A formatter that keeps the line breaks of descriptions and epilogs.

    Only the name of this class is public.
    """

    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """A formatter that keeps the line breaks of all help texts.

    Only the name of this class is public.
    """

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """A formatter that adds each argument's default to its help.

    Only the name of this class is public.
    """

    def _get_help_string(self, action):
        help = action.help
        if help is None:
            help = ''
        if '%(default)' not in help and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in [OPTIONAL, ZERO_OR_MORE]:
                help += _(' (default: %(default)s)')
        return help


class MetavarTypeHelpFormatter(HelpFormatter):
    """A formatter that names each argument's value by its type's name.

    Only the name of this class is public.
    """

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# ---------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------

def _get_action_name(argument):
    # How messages name an argument.
    if argument is None:
        return None
    if argument.option_strings:
        return '/'.join(argument.option_strings)
    for name in (argument.metavar, argument.dest):
        if name not in (None, SUPPRESS):
            return name
    if argument.choices:
        return '{' + ','.join(argument.choices) + '}'
    return None


class ArgumentError(Exception):
    """An error from creating or using an argument (optional or positional).

    Its message names the argument when there is one.
    """

    def __init__(self, argument, message):
        self.argument_name = _get_action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            format = '%(message)s'
        else:
            format = _('argument %(argument_name)s: %(message)s')
        return format % dict(message=self.message, argument_name=self.argument_name)


class ArgumentTypeError(Exception):
    """An error from a type function converting an argument string."""
    pass


# ---------------------------------------------------------------------------
# Actions
# ---------------------------------------------------------------------------

class Action(_AttributeHolder):
    """What to do with an argument: the base of all actions.

    The constructor's arguments are add_argument()'s keywords: the option
    strings (none for a positional), the dest attribute to set, nargs, const,
    default, type, choices, required, help, metavar and deprecated.  A
    subclass overrides __call__(parser, namespace, values, option_string),
    which receives the converted values.
    """

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None, deprecated=False):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar
        self.deprecated = deprecated

    _FIELDS = ('option_strings', 'dest', 'nargs', 'const', 'default', 'type',
               'choices', 'required', 'help', 'metavar', 'deprecated')

    def _get_kwargs(self):
        return [(name, getattr(self, name)) for name in self._FIELDS]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError(_('.__call__() not defined'))


_deprecated_default = object()


class BooleanOptionalAction(Action):
    """An option with a --no- twin: --flag sets True, --no-flag False."""

    def __init__(self, option_strings, dest, default=None,
                 type=_deprecated_default, choices=_deprecated_default,
                 required=False, help=None, metavar=_deprecated_default,
                 deprecated=False):
        strings = []
        for option in option_strings:
            strings.append(option)
            if option.startswith('--'):
                strings.append('--no-' + option[2:])
        given = {'type': type, 'choices': choices, 'metavar': metavar}
        for field_name, value in given.items():
            if value is not _deprecated_default:
                import warnings
                warnings._deprecated(
                    field_name,
                    "{name!r} is deprecated as of Python 3.12 and will be "
                    "removed in Python {remove}.",
                    remove=(3, 14))
        type, choices, metavar = (None if v is _deprecated_default else v
                                  for v in given.values())
        super().__init__(option_strings=strings, dest=dest, nargs=0,
                         default=default, type=type, choices=choices,
                         required=required, help=help, metavar=metavar,
                         deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


def _arguments(names):
    # An action constructor's arguments (its locals()), to pass on to the
    # base class by name.
    return {k: v for k, v in names.items() if k not in ('self', '__class__')}


def _check_value_taking(kind, nargs, const):
    # store and append take values: nargs=0 is refused, const needs '?'.
    if nargs == 0:
        raise ValueError(_NARGS_ZERO[kind])
    if const is not None and nargs != OPTIONAL:
        raise ValueError('nargs must be %r to supply const' % OPTIONAL)


_NARGS_ZERO = {
    'store': 'nargs for store actions must be != 0; if you '
             'have nothing to store, actions such as store '
             'true or store const may be more appropriate',
    'append': 'nargs for append actions must be != 0; if arg '
              'strings are not supplying the value to append, '
              'the append const action may be more appropriate',
}


class _StoreAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None, deprecated=False):
        _check_value_taking('store', nargs, const)
        super().__init__(**_arguments(locals()))

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None, deprecated=False):
        # metavar is accepted and dropped: there is no value to name.
        del metavar
        super().__init__(nargs=0, **_arguments(locals()))

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=False, required=False,
                 help=None, deprecated=False):
        super().__init__(const=True, **_arguments(locals()))


class _StoreFalseAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=True, required=False,
                 help=None, deprecated=False):
        super().__init__(const=False, **_arguments(locals()))


class _AppendAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None, deprecated=False):
        _check_value_taking('append', nargs, const)
        super().__init__(**_arguments(locals()))

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None, deprecated=False):
        super().__init__(nargs=0, **_arguments(locals()))

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _CountAction(Action):

    def __init__(self, option_strings, dest, default=None, required=False,
                 help=None, deprecated=False):
        super().__init__(nargs=0, **_arguments(locals()))

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, (0 if count is None else count) + 1)


class _HelpAction(Action):

    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS,
                 help=None, deprecated=False):
        super().__init__(nargs=0, **_arguments(locals()))

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):

    def __init__(self, option_strings, version=None, dest=SUPPRESS,
                 default=SUPPRESS, help=None, deprecated=False):
        if help is None:
            help = _("show program's version number and exit")
        super(_VersionAction, self).__init__(
            option_strings=option_strings, dest=dest, default=default, nargs=0,
            help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        formatter = parser._get_formatter()
        formatter.add_text(parser.version if self.version is None else self.version)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class _SubParsersAction(Action):

    class _ChoicesPseudoAction(Action):
        # A sub-command's line in the help.

        def __init__(self, name, aliases, help):
            metavar = dest = name
            if aliases:
                metavar += ' (%s)' % ', '.join(aliases)
            sup = super(_SubParsersAction._ChoicesPseudoAction, self)
            sup.__init__(option_strings=[], dest=dest, help=help, metavar=metavar)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS,
                 required=False, help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        self._deprecated = set()
        super(_SubParsersAction, self).__init__(
            option_strings=option_strings, dest=dest, nargs=PARSER,
            choices=self._name_parser_map, required=required, help=help,
            metavar=metavar)

    def add_parser(self, name, *, deprecated=False, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self._prog_prefix, name)
        aliases = kwargs.pop('aliases', ())
        if name in self._name_parser_map:
            raise ArgumentError(self, _('conflicting subparser: %s') % name)
        for alias in aliases:
            if alias in self._name_parser_map:
                raise ArgumentError(self, _('conflicting subparser alias: %s') % alias)
        if 'help' in kwargs:
            self._choices_actions.append(
                self._ChoicesPseudoAction(name, aliases, kwargs.pop('help')))
        parser = self._parser_class(**kwargs)
        for key in (name, *aliases):
            self._name_parser_map[key] = parser
        if deprecated:
            self._deprecated.add(name)
            self._deprecated.update(aliases)
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        name, rest = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        subparser = self._name_parser_map.get(name)
        if subparser is None:
            args = {'parser_name': name,
                    'choices': ', '.join(self._name_parser_map)}
            msg = _('unknown parser %(parser_name)r (choices: %(choices)s)') % args
            raise ArgumentError(self, msg)
        if name in self._deprecated:
            parser._warning(_("command '%(parser_name)s' is deprecated") %
                            {'parser_name': name})
        # The sub-parser fills a namespace of its own, copied over ours, so
        # that its defaults win over the main parser's.
        subnamespace, rest = subparser.parse_known_args(rest, None)
        for key, value in vars(subnamespace).items():
            setattr(namespace, key, value)
        if rest:
            vars(namespace).setdefault(_UNRECOGNIZED_ARGS_ATTR, [])
            getattr(namespace, _UNRECOGNIZED_ARGS_ATTR).extend(rest)


class _ExtendAction(_AppendAction):

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.extend(values)
        setattr(namespace, self.dest, items)


# ---------------------------------------------------------------------------
# Types
# ---------------------------------------------------------------------------

class FileType(object):
    """A type= factory opening the file an argument names ('-' is standard
    input or output, as the mode says).

    mode, bufsize, encoding and errors are open()'s.
    """

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == '-':
            binary = 'b' in self._mode
            if 'r' in self._mode:
                return _sys.stdin.buffer if binary else _sys.stdin
            if any(c in self._mode for c in 'wax'):
                return _sys.stdout.buffer if binary else _sys.stdout
            raise ValueError(_('argument "-" with mode %r') % self._mode)
        try:
            return open(string, self._mode, self._bufsize, self._encoding, self._errors)
        except OSError as e:
            args = {'filename': string, 'error': e}
            raise ArgumentTypeError(_("can't open '%(filename)s': %(error)s") % args)

    def __repr__(self):
        shown = [repr(arg) for arg in (self._mode, self._bufsize) if arg != -1]
        shown += ['%s=%r' % (kw, arg) for kw, arg in
                  (('encoding', self._encoding), ('errors', self._errors))
                  if arg is not None]
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))


# ---------------------------------------------------------------------------
# Namespaces and containers of actions
# ---------------------------------------------------------------------------

class Namespace(_AttributeHolder):
    """The parsed arguments, as attributes; equal to another Namespace with
    the same attributes."""

    def __init__(self, **kwargs):
        for name in kwargs:
            setattr(self, name, kwargs[name])

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


_ACTION_NAMES = (
    (None, _StoreAction), ('store', _StoreAction),
    ('store_const', _StoreConstAction), ('store_true', _StoreTrueAction),
    ('store_false', _StoreFalseAction), ('append', _AppendAction),
    ('append_const', _AppendConstAction), ('count', _CountAction),
    ('help', _HelpAction), ('version', _VersionAction),
    ('parsers', _SubParsersAction), ('extend', _ExtendAction),
)


class _ActionsContainer(object):
    # What parsers and argument groups share: the registries, the actions
    # and their option strings, defaults, and conflict handling.

    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        super(_ActionsContainer, self).__init__()
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler
        self._registries = {}
        for name, cls in _ACTION_NAMES:
            self.register('action', name, cls)
        self._get_handler()     # an unknown conflict_handler fails now
        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        self._negative_number_matcher = _re.compile(r'^-\d+$|^-\d*\.\d+$')
        # Shared by a parser and its groups: a list so it can be shared.
        self._has_negative_number_optionals = []

    def register(self, registry_name, value, object):
        self._registries.setdefault(registry_name, {})[value] = object

    def _registry_get(self, registry_name, value, default=None):
        return self._registries[registry_name].get(value, default)

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        """add_argument(dest, ..., name=value, ...)
        add_argument(option_string, option_string, ..., name=value, ...)
        """
        positional = not args or (len(args) == 1 and args[0][0] not in self.prefix_chars)
        if positional:
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            kwargs = self._get_positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._get_optional_kwargs(*args, **kwargs)
        if 'default' not in kwargs:
            dest = kwargs['dest']
            if dest in self._defaults:
                kwargs['default'] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default
        action_class = self._pop_action_class(kwargs)
        if not callable(action_class):
            raise ValueError('unknown action "%s"' % (action_class,))
        action = action_class(**kwargs)
        type_func = self._registry_get('type', action.type, action.type)
        if not callable(type_func):
            raise ValueError('%r is not callable' % (type_func,))
        if type_func is FileType:
            raise ValueError('%r is a FileType class object, instance of it'
                             ' must be passed' % (type_func,))
        if hasattr(self, "_get_formatter"):
            # Formatting the metavars now finds a tuple of the wrong size.
            try:
                self._get_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError("length of metavar tuple does not match nargs")
        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _add_action(self, action):
        self._check_conflict(action)
        self._actions.append(action)
        action.container = self
        for option in action.option_strings:
            self._option_string_actions[option] = action
        # An option that looks like a negative number makes negative
        # numbers options, not arguments.
        if any(self._negative_number_matcher.match(option)
               for option in action.option_strings):
            if not self._has_negative_number_optionals:
                self._has_negative_number_optionals.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _add_container_actions(self, container):
        # Adopt a parent parser's actions, in groups of the same titles.
        by_title = {}
        for group in self._action_groups:
            if group.title in by_title:
                msg = _('cannot merge actions - two groups are named %r')
                raise ValueError(msg % group.title)
            by_title[group.title] = group
        destination = {}
        for group in container._action_groups:
            if group.title not in by_title:
                by_title[group.title] = self.add_argument_group(
                    title=group.title, description=group.description,
                    conflict_handler=group.conflict_handler)
            for action in group._group_actions:
                destination[action] = by_title[group.title]
        for group in container._mutually_exclusive_groups:
            mutex = self.add_mutually_exclusive_group(required=group.required)
            for action in group._group_actions:
                destination[action] = mutex
        for action in container._actions:
            destination.get(action, self)._add_action(action)

    def _get_positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            msg = _("'required' is an invalid argument for positionals")
            raise TypeError(msg)
        nargs = kwargs.get('nargs')
        # Positionals are required unless they may be empty ('?', or '*'
        # with a default).
        if nargs not in [OPTIONAL, ZERO_OR_MORE] or (
                nargs == ZERO_OR_MORE and 'default' not in kwargs):
            kwargs['required'] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        chars = self.prefix_chars
        option_strings = []
        long_options = []
        for option in args:
            if not option[0] in chars:
                args = {'option': option, 'prefix_chars': chars}
                msg = _('invalid option string %(option)r: '
                        'must start with a character %(prefix_chars)r')
                raise ValueError(msg % args)
            option_strings.append(option)
            if len(option) > 1 and option[1] in chars:
                long_options.append(option)
        dest = kwargs.pop('dest', None)
        if dest is None:
            # The first long option names it, else the first option.
            source = (long_options or option_strings)[0]
            dest = source.lstrip(chars)
            if not dest:
                msg = _('dest= is required for options like %r')
                raise ValueError(msg % option)
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=option_strings)

    def _pop_action_class(self, kwargs, default=None):
        action = kwargs.pop('action', default)
        return self._registry_get('action', action, action)

    def _get_handler(self):
        handler = getattr(self, '_handle_conflict_%s' % self.conflict_handler, None)
        if handler is None:
            msg = _('invalid conflict_resolution value: %r')
            raise ValueError(msg % self.conflict_handler)
        return handler

    def _check_conflict(self, action):
        clashes = [(option, self._option_string_actions[option])
                   for option in action.option_strings
                   if option in self._option_string_actions]
        if clashes:
            self._get_handler()(action, clashes)

    def _handle_conflict_error(self, action, conflicting_actions):
        message = ngettext('conflicting option string: %s',
                           'conflicting option strings: %s',
                           len(conflicting_actions))
        shown = ', '.join([option for option, _action in conflicting_actions])
        raise ArgumentError(action, message % shown)

    def _handle_conflict_resolve(self, action, conflicting_actions):
        # The newer action wins: the older loses the option strings, and
        # disappears when it has none left.
        for option, older in conflicting_actions:
            older.option_strings.remove(option)
            self._option_string_actions.pop(option, None)
            if not older.option_strings:
                older.container._remove_action(older)


class _ArgumentGroup(_ActionsContainer):

    def __init__(self, container, title=None, description=None, **kwargs):
        for name in ('conflict_handler', 'prefix_chars', 'argument_default'):
            kwargs.setdefault(name, getattr(container, name))
        super(_ArgumentGroup, self).__init__(description=description, **kwargs)
        self.title = title
        self._group_actions = []
        # A group adds to its container's tables.
        self._registries = container._registries
        self._actions = container._actions
        self._option_string_actions = container._option_string_actions
        self._defaults = container._defaults
        self._has_negative_number_optionals = container._has_negative_number_optionals
        self._mutually_exclusive_groups = container._mutually_exclusive_groups

    def _add_action(self, action):
        action = super(_ArgumentGroup, self)._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        super(_ArgumentGroup, self)._remove_action(action)
        self._group_actions.remove(action)

    def add_argument_group(self, *args, **kwargs):
        import warnings
        warnings.warn(
            "Nesting argument groups is deprecated.",
            category=DeprecationWarning,
            stacklevel=2
        )
        return super().add_argument_group(*args, **kwargs)


class _MutuallyExclusiveGroup(_ArgumentGroup):

    def __init__(self, container, required=False):
        super(_MutuallyExclusiveGroup, self).__init__(container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            msg = _('mutually exclusive arguments must be optional')
            raise ValueError(msg)
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)

    def add_mutually_exclusive_group(self, *args, **kwargs):
        import warnings
        warnings.warn(
            "Nesting mutually exclusive groups is deprecated.",
            category=DeprecationWarning,
            stacklevel=2
        )
        return super().add_mutually_exclusive_group(*args, **kwargs)


# ---------------------------------------------------------------------------
# The parser
# ---------------------------------------------------------------------------

# How many argument strings each nargs takes, as a regular expression over
# the pattern of the strings ('A' argument, 'O' option, '-' the '--' marker).
_NARGS_PATTERNS = {
    None: '(-*A-*)',
    OPTIONAL: '(-*A?-*)',
    ZERO_OR_MORE: '(-*[A-]*)',
    ONE_OR_MORE: '(-*A[A-]*)',
    REMAINDER: '([-AO]*)',
    PARSER: '(-*A[-AO]*)',
    SUPPRESS: '(-*-*)',
}


class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Reads command-line strings into a Namespace of attributes.

    Keyword arguments:
        - prog -- the program's name (default: os.path.basename(sys.argv[0]))
        - usage -- the usage text (default: made from the arguments)
        - description -- the text before the argument lists
        - epilog -- the text after them
        - parents -- parsers whose arguments to copy
        - formatter_class -- the HelpFormatter class for the help
        - prefix_chars -- the characters that start options
        - fromfile_prefix_chars -- characters marking a file of more arguments
        - argument_default -- the default of every argument
        - conflict_handler -- 'error' or 'resolve' for clashing options
        - add_help -- whether to add -h/--help
        - allow_abbrev -- whether long options may be abbreviated
        - exit_on_error -- whether errors exit (else ArgumentError is raised)
    """

    def __init__(self,
                 prog=None,
                 usage=None,
                 description=None,
                 epilog=None,
                 parents=[],
                 formatter_class=HelpFormatter,
                 prefix_chars='-',
                 fromfile_prefix_chars=None,
                 argument_default=None,
                 conflict_handler='error',
                 add_help=True,
                 allow_abbrev=True,
                 exit_on_error=True):
        super(ArgumentParser, self).__init__(
            description=description, prefix_chars=prefix_chars,
            argument_default=argument_default, conflict_handler=conflict_handler)
        self.prog = _os.path.basename(_sys.argv[0]) if prog is None else prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error

        self._positionals = self.add_argument_group(_('positional arguments'))
        self._optionals = self.add_argument_group(_('options'))
        self._subparsers = None

        def identity(string):
            return string
        self.register('type', None, identity)

        if self.add_help:
            prefix = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(prefix + 'h', prefix * 2 + 'help', action='help',
                              default=SUPPRESS,
                              help=_('show this help message and exit'))

        for parent in parents:
            if not isinstance(parent, ArgumentParser):
                raise TypeError('parents must be a list of ArgumentParser')
            self._add_container_actions(parent)
            self._defaults.update(parent._defaults)

    def _get_kwargs(self):
        names = ['prog', 'usage', 'description', 'formatter_class',
                 'conflict_handler', 'add_help']
        return [(name, getattr(self, name)) for name in names]

    # Sub-commands.

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            raise ArgumentError(None, _('cannot have multiple subparser arguments'))
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            title = kwargs.pop('title', _('subcommands'))
            self._subparsers = self.add_argument_group(title, kwargs.pop('description', None))
        else:
            self._subparsers = self._positionals
        if kwargs.get('prog') is None:
            # The sub-parsers' prog: this usage up to the positionals.
            formatter = self._get_formatter()
            formatter.add_usage(self.usage, self._get_positional_actions(),
                                self._mutually_exclusive_groups, '')
            kwargs['prog'] = formatter.format_help().strip()
        parsers_class = self._pop_action_class(kwargs, 'parsers')
        action = parsers_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _add_action(self, action):
        group = self._optionals if action.option_strings else self._positionals
        group._add_action(action)
        return action

    def _get_optional_actions(self):
        return [action for action in self._actions if action.option_strings]

    def _get_positional_actions(self):
        return [action for action in self._actions if not action.option_strings]

    # Parsing.

    def _unrecognized(self, argv):
        msg = _('unrecognized arguments: %s') % ' '.join(argv)
        if self.exit_on_error:
            self.error(msg)
        else:
            raise ArgumentError(None, msg)

    def parse_args(self, args=None, namespace=None):
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            self._unrecognized(argv)
        return args

    def parse_known_args(self, args=None, namespace=None):
        args = _sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()
        # Defaults first, for the attributes the namespace lacks.
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest):
                if action.default is not SUPPRESS:
                    setattr(namespace, action.dest, action.default)
        for dest in self._defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._defaults[dest])
        if self.exit_on_error:
            try:
                namespace, args = self._parse_known_args(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, args = self._parse_known_args(args, namespace)
        if hasattr(namespace, _UNRECOGNIZED_ARGS_ATTR):
            args.extend(getattr(namespace, _UNRECOGNIZED_ARGS_ATTR))
            delattr(namespace, _UNRECOGNIZED_ARGS_ATTR)
        return namespace, args

    def _parse_known_args(self, arg_strings, namespace):
        if self.fromfile_prefix_chars is not None:
            arg_strings = self._read_args_from_files(arg_strings)
        return _Parse(self, arg_strings, namespace).run()

    def _read_args_from_files(self, arg_strings):
        expanded = []
        for arg in arg_strings:
            if not arg or arg[0] not in self.fromfile_prefix_chars:
                expanded.append(arg)
                continue
            try:
                with open(arg[1:], encoding=_sys.getfilesystemencoding(),
                          errors=_sys.getfilesystemencodeerrors()) as args_file:
                    found = [piece for line in args_file.read().splitlines()
                             for piece in self.convert_arg_line_to_args(line)]
                    expanded.extend(self._read_args_from_files(found))
            except OSError as err:
                raise ArgumentError(None, str(err))
        return expanded

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _match_argument(self, action, arg_strings_pattern):
        match = _re.match(self._get_nargs_pattern(action), arg_strings_pattern)
        if match is None:
            messages = {
                None: _('expected one argument'),
                OPTIONAL: _('expected at most one argument'),
                ONE_OR_MORE: _('expected at least one argument'),
            }
            msg = messages.get(action.nargs)
            if msg is None:
                msg = ngettext('expected %s argument', 'expected %s arguments',
                               action.nargs) % action.nargs
            raise ArgumentError(action, msg)
        return len(match.group(1))

    def _match_arguments_partial(self, actions, arg_strings_pattern):
        # The counts for as many of the actions, from the first, as can
        # match together.
        for i in range(len(actions), 0, -1):
            pattern = ''.join([self._get_nargs_pattern(action) for action in actions[:i]])
            match = _re.match(pattern, arg_strings_pattern)
            if match is not None:
                return [len(string) for string in match.groups()]
        return []

    def _parse_optional(self, arg_string):
        # (action, option string, separator, explicit argument) if the
        # string is an option (action None for an unknown one), else None.
        if not arg_string or arg_string[0] not in self.prefix_chars:
            return None
        known = self._option_string_actions
        if arg_string in known:
            return known[arg_string], arg_string, None, None
        if len(arg_string) == 1:
            return None     # a lone prefix character is an argument
        option, sep, explicit = arg_string.partition('=')
        if sep and option in known:
            return known[option], option, sep, explicit
        candidates = self._get_option_tuples(arg_string)
        if len(candidates) > 1:
            options = ', '.join([candidate[1] for candidate in candidates])
            args = {'option': arg_string, 'matches': options}
            msg = _('ambiguous option: %(option)s could match %(matches)s')
            raise ArgumentError(None, msg % args)
        if candidates:
            return candidates[0]
        if self._negative_number_matcher.match(arg_string):
            if not self._has_negative_number_optionals:
                return None
        if ' ' in arg_string:
            return None     # likely a sentence given as an argument
        return None, arg_string, None, None

    def _get_option_tuples(self, option_string):
        # The options option_string may abbreviate (or, for a short option,
        # carry its argument after).
        chars = self.prefix_chars
        found = []
        if option_string[0] in chars and option_string[1] in chars:
            if self.allow_abbrev:
                prefix, sep, explicit = option_string.partition('=')
                if not sep:
                    sep = explicit = None
                for option, action in self._option_string_actions.items():
                    if option.startswith(prefix):
                        found.append((action, option, sep, explicit))
        elif option_string[0] in chars and option_string[1] not in chars:
            short = option_string[:2]
            rest = option_string[2:]
            for option, action in self._option_string_actions.items():
                if option == short:
                    found.append((action, option, '', rest))
                elif option.startswith(option_string):
                    found.append((action, option, None, None))
        else:
            raise ArgumentError(None, _('unexpected option string: %s') % option_string)
        return found

    def _get_nargs_pattern(self, action):
        nargs = action.nargs
        if nargs in _NARGS_PATTERNS:
            pattern = _NARGS_PATTERNS[nargs]
        else:
            pattern = '(-*%s-*)' % '-*'.join('A' * nargs)
        if action.option_strings:
            # Options take no '--' in their arguments.
            pattern = pattern.replace('-*', '').replace('-', '')
        return pattern

    # Intermixed parsing: all options first, then the positionals.

    def parse_intermixed_args(self, args=None, namespace=None):
        args, argv = self.parse_known_intermixed_args(args, namespace)
        if argv:
            self._unrecognized(argv)
        return args

    def parse_known_intermixed_args(self, args=None, namespace=None):
        positionals = self._get_positional_actions()
        wrong = [action for action in positionals if action.nargs in [PARSER, REMAINDER]]
        if wrong:
            raise TypeError('parse_intermixed_args: positional arg'
                            ' with nargs=%s' % wrong[0].nargs)
        if [action.dest for group in self._mutually_exclusive_groups
                for action in group._group_actions if action in positionals]:
            raise TypeError('parse_intermixed_args: positional in'
                            ' mutuallyExclusiveGroup')
        saved_usage = self.usage
        try:
            if self.usage is None:
                self.usage = self.format_usage()[7:]   # without 'usage: '
            # Pass 1: the options, with the positionals switched off.
            for action in positionals:
                action.save_nargs, action.nargs = action.nargs, SUPPRESS
                action.save_default, action.default = action.default, SUPPRESS
            try:
                namespace, remaining = self.parse_known_args(args, namespace)
                for action in positionals:
                    if hasattr(namespace, action.dest) and getattr(namespace, action.dest) == []:
                        from warnings import warn
                        warn('Do not expect %s in %s' % (action.dest, namespace))
                        delattr(namespace, action.dest)
            finally:
                for action in positionals:
                    action.nargs = action.save_nargs
                    action.default = action.save_default
            # Pass 2: the positionals from what is left, nothing required.
            optionals = self._get_optional_actions()
            for action in optionals:
                action.save_required, action.required = action.required, False
            for group in self._mutually_exclusive_groups:
                group.save_required, group.required = group.required, False
            try:
                namespace, extras = self.parse_known_args(remaining, namespace)
            finally:
                for action in optionals:
                    action.required = action.save_required
                for group in self._mutually_exclusive_groups:
                    group.required = group.save_required
        finally:
            self.usage = saved_usage
        return namespace, extras

    # Values.

    def _get_values(self, action, arg_strings):
        # The converted value(s) an action receives for its strings.
        if not action.option_strings and action.nargs not in [PARSER, REMAINDER]:
            try:
                arg_strings.remove('--')
            except ValueError:
                pass
        nargs = action.nargs
        if not arg_strings and nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
        elif not arg_strings and nargs == ZERO_OR_MORE and not action.option_strings:
            if action.default is not None:
                value = action.default
                self._check_value(action, value)
            else:
                value = arg_strings
        elif len(arg_strings) == 1 and nargs in [None, OPTIONAL]:
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
        elif nargs == REMAINDER:
            value = [self._get_value(action, v) for v in arg_strings]
        elif nargs == PARSER:
            value = [self._get_value(action, v) for v in arg_strings]
            self._check_value(action, value[0])
        elif nargs == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._get_value(action, v) for v in arg_strings]
            for v in value:
                self._check_value(action, v)
        return value

    def _get_value(self, action, arg_string):
        type_func = self._registry_get('type', action.type, action.type)
        if not callable(type_func):
            raise ArgumentError(action, _('%r is not callable') % type_func)
        try:
            return type_func(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            args = {'type': name, 'value': arg_string}
            raise ArgumentError(action, _('invalid %(type)s value: %(value)r') % args)

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            args = {'value': value,
                    'choices': ', '.join(map(repr, action.choices))}
            msg = _('invalid choice: %(value)r (choose from %(choices)s)')
            raise ArgumentError(action, msg % args)

    # Help and output.

    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), _sys.stdout if file is None else file)

    def print_help(self, file=None):
        self._print_message(self.format_help(), _sys.stdout if file is None else file)

    def _print_message(self, message, file=None):
        if message:
            file = file or _sys.stderr
            try:
                file.write(message)
            except (AttributeError, OSError):
                pass    # no usable stream: say nothing

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """error(message: string)

        Print a usage message with the message to stderr and exit with
        status 2.  An override should exit or raise.
        """
        self.print_usage(_sys.stderr)
        args = {'prog': self.prog, 'message': message}
        self.exit(2, _('%(prog)s: error: %(message)s\n') % args)

    def _warning(self, message):
        args = {'prog': self.prog, 'message': message}
        self._print_message(_('%(prog)s: warning: %(message)s\n') % args, _sys.stderr)


class _Parse:
    # One run of the parse: the argument strings, their pattern, and what
    # has been seen, with a step for options and one for positionals.

    def __init__(self, parser, arg_strings, namespace):
        self.parser = parser
        self.args = arg_strings
        self.namespace = namespace
        self.conflicts = self._mutex_conflicts()
        self.options_at = {}        # index -> _parse_optional's tuple
        pattern = []
        strings = iter(arg_strings)
        for i, arg in enumerate(strings):
            if arg == '--':
                # Everything after '--' is an argument.
                pattern.append('-')
                pattern.extend('A' for _ in strings)
                break
            found = parser._parse_optional(arg)
            if found is None:
                pattern.append('A')
            else:
                self.options_at[i] = found
                pattern.append('O')
        self.pattern = ''.join(pattern)
        self.seen = set()
        self.seen_non_default = set()
        self.warned = set()
        self.extras = []
        self.positionals = parser._get_positional_actions()

    def _mutex_conflicts(self):
        # For each action in a mutually exclusive group, the others.
        conflicts = {}
        for group in self.parser._mutually_exclusive_groups:
            members = group._group_actions
            for i, action in enumerate(members):
                found = conflicts.setdefault(action, [])
                found.extend(members[:i])
                found.extend(members[i + 1:])
        return conflicts

    def take_action(self, action, argument_strings, option_string=None):
        self.seen.add(action)
        values = self.parser._get_values(action, argument_strings)
        # A value other than the default counts for mutual exclusion (a
        # default given on the command line does not).
        if values is not action.default:
            self.seen_non_default.add(action)
            for other in self.conflicts.get(action, []):
                if other in self.seen_non_default:
                    msg = _('not allowed with argument %s')
                    raise ArgumentError(action, msg % _get_action_name(other))
        if values is not SUPPRESS:
            action(self.parser, self.namespace, values, option_string)

    def consume_optional(self, start):
        # Run the option at start (and any short options joined to it);
        # returns the index after what it consumed.
        parser = self.parser
        action, option, sep, explicit = self.options_at[start]
        chars = parser.prefix_chars
        todo = []
        while True:
            if action is None:
                self.extras.append(self.args[start])
                return start + 1
            if explicit is None:
                first = start + 1
                count = parser._match_argument(action, self.pattern[first:])
                stop = first + count
                todo.append((action, self.args[first:stop], option))
                break
            count = parser._match_argument(action, 'A')
            if count == 1:
                stop = start + 1
                todo.append((action, [explicit], option))
                break
            if count == 0 and option[1] not in chars and explicit != '':
                # -xyz: -x takes nothing, so y (and z) are more short
                # options, unless written -x=yz or -x-yz.
                if sep or explicit[0] in chars:
                    msg = _('ignored explicit argument %r')
                    raise ArgumentError(action, msg % explicit)
                todo.append((action, [], option))
                char = option[0]
                option = char + explicit[0]
                if option not in parser._option_string_actions:
                    self.extras.append(char + explicit)
                    stop = start + 1
                    break
                action = parser._option_string_actions[option]
                explicit = explicit[1:]
                if not explicit:
                    sep = explicit = None
                elif explicit[0] == '=':
                    sep, explicit = '=', explicit[1:]
                else:
                    sep = ''
                continue
            msg = _('ignored explicit argument %r')
            raise ArgumentError(action, msg % explicit)
        for action, values, option in todo:
            if action.deprecated and option not in self.warned:
                parser._warning(_("option '%(option)s' is deprecated") % {'option': option})
                self.warned.add(option)
            self.take_action(action, values, option)
        return stop

    def consume_positionals(self, start):
        # Give the positionals that can match from start their strings;
        # returns the index after them.
        parser = self.parser
        counts = parser._match_arguments_partial(self.positionals, self.pattern[start:])
        for action, count in zip(self.positionals, counts):
            values = self.args[start:start + count]
            start += count
            if values and action.deprecated and action.dest not in self.warned:
                parser._warning(_("argument '%(argument_name)s' is deprecated") %
                                {'argument_name': action.dest})
                self.warned.add(action.dest)
            self.take_action(action, values)
        del self.positionals[:len(counts)]
        return start

    def run(self):
        parser = self.parser
        last_option = max(self.options_at) if self.options_at else -1
        start = 0
        while start <= last_option:
            next_option = min(i for i in self.options_at if i >= start)
            if start != next_option:
                # Positionals before the next option, if they can take them.
                end = self.consume_positionals(start)
                if end > start:
                    start = end
                    continue
                start = end
            if start not in self.options_at:
                # Strings no positional took are extras.
                self.extras.extend(self.args[start:next_option])
                start = next_option
            start = self.consume_optional(start)
        stop = self.consume_positionals(start)
        self.extras.extend(self.args[stop:])

        namespace = self.namespace
        missing = []
        for action in parser._actions:
            if action in self.seen:
                continue
            if action.required:
                missing.append(_get_action_name(action))
            elif (action.default is not None and isinstance(action.default, str)
                  and hasattr(namespace, action.dest)
                  and action.default is getattr(namespace, action.dest)):
                # A string default still unchanged is converted as if given.
                setattr(namespace, action.dest, parser._get_value(action, action.default))
        if missing:
            raise ArgumentError(None, _('the following arguments are required: %s') %
                                ', '.join(missing))
        for group in parser._mutually_exclusive_groups:
            if group.required and not any(action in self.seen_non_default
                                          for action in group._group_actions):
                names = [_get_action_name(action) for action in group._group_actions
                         if action.help is not SUPPRESS]
                msg = _('one of the arguments %s is required')
                raise ArgumentError(None, msg % ' '.join(names))
        return namespace, self.extras
