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
    # the parser and its errors
    'ArgumentParser', 'ArgumentError', 'ArgumentTypeError',
    # actions and types
    'BooleanOptionalAction', 'FileType',
    # help layouts
    'HelpFormatter', 'ArgumentDefaultsHelpFormatter', 'RawDescriptionHelpFormatter',
    'RawTextHelpFormatter', 'MetavarTypeHelpFormatter',
    'Namespace', 'Action',
    # nargs values, and SUPPRESS
    'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER', 'SUPPRESS', 'ZERO_OR_MORE',
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
    """Gives a repr that shows _get_args() by position and _get_kwargs() by
    keyword (keys that are not identifiers go into a trailing **{...})."""

    def __repr__(self):
        pieces = list(map(repr, self._get_args()))
        leftovers = {}
        for key, value in self._get_kwargs():
            if key.isidentifier():
                pieces.append(f'{key}={value!r}')
            else:
                leftovers[key] = value
        if leftovers:
            pieces.append('**' + repr(leftovers))
        return f"{type(self).__name__}({', '.join(pieces)})"

    def _get_kwargs(self):
        return [*self.__dict__.items()]

    def _get_args(self):
        return []


def _copy_items(items):
    # A fresh list to add to, so that append-style actions never mutate a
    # default (or a list the caller put in the namespace).
    if items is not None and type(items) is not list:
        from copy import copy
        return copy(items)
    return list(items or ())


# ---------------------------------------------------------------------------
# Help formatting
# ---------------------------------------------------------------------------

class _Block:
    # A part of the help: an optional heading over a list of deferred
    # renderers (argument-less callables), nested under its parent block.
    __slots__ = ('parent', 'heading', 'renderers')

    def __init__(self, parent, heading):
        self.parent, self.heading, self.renderers = parent, heading, []


# How _format_args lays out nargs: a template and the number of metavars
# it takes (ZERO_OR_MORE and integers are handled in code).
_NARGS_LAYOUT = {
    None: ('%s', 1),
    OPTIONAL: ('[%s]', 1),
    ONE_OR_MORE: ('%s [%s ...]', 2),
    PARSER: ('%s ...', 1),
    REMAINDER: ('...', None),
    SUPPRESS: ('', None),
}


class HelpFormatter(object):
    """Lays out a parser's usage line and help text.

    Only the class name and the constructor's signature are public; the
    underscore methods are what the formatter subclasses override.
    """

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            from shutil import get_terminal_size
            width = get_terminal_size().columns - 2
        self._prog, self._width = prog, width
        self._indent_increment = indent_increment
        # Help text never starts so far right that it gets under 20 columns
        # (but always leaves room for two indents).
        floor = 2 * indent_increment
        self._max_help_position = min(max_help_position, max(floor, width - 20))
        self._current_indent = self._level = self._action_max_length = 0
        self._root_section = self._current_section = _Block(None, None)
        self._whitespace_matcher = _re.compile(r'\s+', _re.ASCII)
        self._long_break_matcher = _re.compile(r'\n{3,}')

    def _step(self, levels):
        # Moves the indentation in (levels > 0) or out.
        self._current_indent += levels * self._indent_increment
        self._level += levels
        if self._current_indent < 0:
            raise AssertionError('Indent decreased below 0.')

    def _indent(self):
        self._step(1)

    def _dedent(self):
        self._step(-1)

    def _add_item(self, func, args):
        self._current_section.renderers.append(lambda: func(*args))

    def _render_block(self, block):
        # The block's text; an empty block shows no heading either.
        depth = 0 if block.parent is None else 1
        self._step(depth)
        body = self._join_parts(render() for render in block.renderers)
        self._step(-depth)
        if not body:
            return ''
        head = ''
        if block.heading is not None and block.heading is not SUPPRESS:
            title = _('%(heading)s:') % dict(heading=block.heading)
            head = ' ' * self._current_indent + title + '\n'
        return '\n' + head + body + '\n'

    # What a parser calls to assemble its help.

    def start_section(self, heading):
        self._step(1)
        block = _Block(self._current_section, heading)
        self._current_section.renderers.append(lambda: self._render_block(block))
        self._current_section = block

    def end_section(self):
        self._step(-1)
        block = self._current_section
        self._current_section = block.parent

    def add_text(self, text):
        if text is not None and text is not SUPPRESS:
            self._current_section.renderers.append(lambda: self._format_text(text))

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is SUPPRESS:
            return
        self._add_item(self._format_usage, [usage, actions, groups, prefix])

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        # Help texts line up right of the widest invocation (this one and
        # its sub-actions, at their indents).
        widest = len(self._format_action_invocation(action)) + self._current_indent
        for sub in self._iter_indented_subactions(action):
            widest = max(widest, self._current_indent + len(self._format_action_invocation(sub)))
        if widest > self._action_max_length:
            self._action_max_length = widest
        self._current_section.renderers.append(lambda: self._format_action(action))

    def add_arguments(self, actions):
        for each in actions:
            self.add_argument(each)

    def format_help(self):
        text = self._render_block(self._root_section)
        if not text:
            return text
        return self._long_break_matcher.sub('\n\n', text).strip('\n') + '\n'

    def _join_parts(self, part_strings):
        return ''.join(piece for piece in part_strings
                       if piece and piece is not SUPPRESS)

    # The usage line.

    def _format_usage(self, usage, actions, groups, prefix):
        lead = _('usage: ') if prefix is None else prefix
        if usage is None and actions:
            text = self._usage_from_actions(actions, groups, lead)
        else:
            # The given usage, or just the program's name.
            text = ('%(prog)s' if usage is None else usage) % {'prog': self._prog}
        return lead + text + '\n\n'

    def _usage_from_actions(self, actions, groups, prefix):
        prog = '%(prog)s' % {'prog': self._prog}
        options = [each for each in actions if each.option_strings]
        arguments = [each for each in actions if not each.option_strings]
        room = self._width - self._current_indent
        one_line = ' '.join(filter(None, [prog, self._format_actions_usage(options + arguments, groups)]))
        if len(prefix) + len(one_line) <= room:
            return one_line
        # Too long: wrap, options before positionals.
        option_parts = self._get_actions_usage_parts(options, groups)
        argument_parts = self._get_actions_usage_parts(arguments, groups)
        if len(prefix) + len(prog) <= 0.75 * room:
            # Continuation lines align under the first part after prog.
            margin = ' ' * (len(prefix) + len(prog) + 1)
            first = option_parts or argument_parts
            lines = _wrap_parts([prog] + first, room, margin, len(prefix))
            if option_parts:
                lines += _wrap_parts(argument_parts, room, margin)
        else:
            # A long prog stands alone; the parts go below it, split into
            # an options block and a positionals block if they need more
            # than one line.
            margin = ' ' * len(prefix)
            lines = _wrap_parts(option_parts + argument_parts, room, margin)
            if lines[1:]:
                lines = (_wrap_parts(option_parts, room, margin)
                         + _wrap_parts(argument_parts, room, margin))
            lines.insert(0, prog)
        return '\n'.join(lines)

    def _format_actions_usage(self, actions, groups):
        parts = self._get_actions_usage_parts(actions, groups)
        return ' '.join(parts)

    def _get_actions_usage_parts(self, actions, groups):
        # A mutually exclusive group is bracketed as one unit when its
        # actions stand next to each other, in order, in `actions`.
        spans = {}
        members = set()
        for each_group in groups:
            mine = each_group._group_actions
            if not mine:
                raise ValueError(f'empty group {each_group}')
            if all(each.help is SUPPRESS for each in mine):
                continue
            if mine[0] not in actions:
                continue
            first = actions.index(mine[0])
            if actions[first:first + len(mine)] == mine:
                spans[first, first + len(mine)] = each_group
                members.update(mine)
        parts = [self._usage_part(each, each in members) for each in actions]
        separated = set()
        for first, stop in sorted(spans, reverse=True):
            visible = [text for text in parts[first:stop] if text is not None]
            if not spans[first, stop].required:
                visible[0] = '[' + visible[0]
                visible[-1] += ']'
            elif len(visible) > 1:
                visible[0] = '(' + visible[0]
                visible[-1] += ')'
            last = first + len(visible) - 1
            for where, text in enumerate(visible[:-1], first):
                if where not in separated:
                    separated.add(where)
                    parts[where] = text + ' |'
            parts[last] = visible[-1]
            parts[last + 1:stop] = [None] * (stop - last - 1)
        return [text for text in parts if text is not None]

    def _usage_part(self, action, grouped):
        # One action in the usage (None if suppressed); brackets mark what
        # may be left out, unless its group brackets it.
        if action.help is SUPPRESS:
            return None
        if not action.option_strings:
            text = self._format_args(action, self._get_default_metavar_for_positional(action))
            if grouped and text.startswith('[') and text.endswith(']'):
                text = text[1:-1]
            return text
        if action.nargs == 0:
            text = action.format_usage()
        else:
            shape = self._format_args(action, self._get_default_metavar_for_optional(action))
            text = action.option_strings[0] + ' ' + shape
        return text if action.required or grouped else '[' + text + ']'

    # Texts and argument entries.

    def _format_text(self, text):
        # Only texts naming %(prog) are %-formatted (others may hold '%').
        if text.find('%(prog)') >= 0:
            text = text % {'prog': self._prog}
        room = max(11, self._width - self._current_indent)
        return self._fill_text(text, room, ' ' * self._current_indent) + '\n\n'

    def _format_action(self, action):
        # The invocation at the current indent; its help starts in the help
        # column, beside it when it fits there, else on the next line.
        column = min(self._max_help_position, self._action_max_length + 2)
        help_room = max(11, self._width - column)
        label_room = column - self._current_indent - 2
        label = self._format_action_invocation(action)
        beside = bool(action.help) and len(label) <= label_room
        margin = ' ' * self._current_indent
        if beside:
            pieces = [margin + label.ljust(label_room) + '  ']
        else:
            pieces = [margin + label + '\n']
        if (action.help or '').strip():
            text = self._expand_help(action)
            if text:
                lines = self._split_lines(text, help_room)
                lead = 0 if beside else column
                pieces.append(' ' * lead + lines[0] + '\n')
                pieces += [' ' * column + line + '\n' for line in lines[1:]]
        elif beside:
            pieces.append('\n')
        for sub in self._iter_indented_subactions(action):
            pieces.append(self._format_action(sub))
        return self._join_parts(pieces)

    def _format_action_invocation(self, action):
        # '-f, --foo FOO' for an option (all its strings, then its
        # arguments once); the metavar for a positional.
        spellings = action.option_strings
        if not spellings:
            names = self._metavar_formatter(action, self._get_default_metavar_for_positional(action))
            shown, = names(1)
            return shown
        listed = ', '.join(spellings)
        if action.nargs == 0:
            return listed
        return listed + ' ' + self._format_args(action, self._get_default_metavar_for_optional(action))

    def _metavar_formatter(self, action, default_metavar):
        # A function of a count giving that many names (a tuple metavar is
        # returned whole, whatever the count).
        name = action.metavar
        if name is None and action.choices is None:
            name = default_metavar
        elif name is None:
            name = '{' + ','.join(map(str, action.choices)) + '}'

        def format(tuple_size):
            if isinstance(name, tuple):
                return name
            return tuple_size * (name,)
        return format

    def _format_args(self, action, default_metavar):
        names = self._metavar_formatter(action, default_metavar)
        count = action.nargs
        try:
            layout = _NARGS_LAYOUT.get(count)
        except TypeError:       # unhashable
            layout = None
        if layout is not None:
            template, taken = layout
            return template if taken is None else template % names(taken)
        if count == ZERO_OR_MORE:
            shown = names(1)
            return ('[%s [%s ...]]' if len(shown) == 2 else '[%s ...]') % shown
        try:
            slots = len(range(count))
        except TypeError:
            raise ValueError("invalid nargs value") from None
        return ' '.join(['%s'] * slots) % names(count)

    def _expand_help(self, action):
        # Fill %(name)s in the help from the action's attributes and prog:
        # SUPPRESSed ones are left out, named objects show their __name__,
        # choices are listed with commas.
        fields = {}
        for key, value in dict(vars(action), prog=self._prog).items():
            if value is SUPPRESS:
                continue
            if hasattr(value, '__name__'):
                value = value.__name__
            fields[key] = value
        if fields.get('choices') is not None:
            fields['choices'] = ', '.join(str(choice) for choice in fields['choices'])
        return self._get_help_string(action) % fields

    def _iter_indented_subactions(self, action):
        # A sub-parsers action lists its commands, one level further in.
        subactions = getattr(action, '_get_subactions', None)
        if subactions is not None:
            self._step(1)
            yield from subactions()
            self._step(-1)

    def _flatten(self, text):
        # Runs of whitespace become one space; the ends are trimmed.
        return self._whitespace_matcher.sub(' ', text).strip()

    def _split_lines(self, text, width):
        from textwrap import wrap
        return wrap(self._flatten(text), width)

    def _fill_text(self, text, width, indent):
        from textwrap import fill
        return fill(self._flatten(text), width,
                    initial_indent=indent, subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


def _wrap_parts(parts, width, margin, first_column=None):
    # Greedy line filling of usage parts separated by single spaces. Lines
    # start with margin; when first_column is given, the first line goes on
    # after text already standing in that many columns, without the margin.
    rows = []
    row = []
    end = len(margin) if first_column is None else first_column
    for piece in parts:
        if row and end + len(piece) > width:
            rows.append(row)
            row = []
            end = len(margin)
        row.append(piece)
        end += len(piece) + 1
    if row:
        rows.append(row)
    lines = [margin + ' '.join(row) for row in rows]
    if first_column is not None:
        lines[0] = lines[0][len(margin):]
    return lines


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description's and epilog's own line breaks and spacing.

    Only the name of this class is public.
    """

    def _fill_text(self, text, width, indent):
        return ''.join([indent + line for line in text.splitlines(True)])


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps the layout of every help text, arguments' included.

    Only the name of this class is public.
    """

    def _split_lines(self, text, width):
        return text.splitlines(False)


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Appends each argument's default to its help.

    Only the name of this class is public.
    """

    def _get_help_string(self, action):
        text = '' if action.help is None else action.help
        shows_default = (action.option_strings
                         or action.nargs in (OPTIONAL, ZERO_OR_MORE))
        if ('%(default)' in text or action.default is SUPPRESS
                or not shows_default):
            return text
        return text + _(' (default: %(default)s)')


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names arguments' values after their type (type.__name__), not dest.

    Only the name of this class is public.
    """

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    _get_default_metavar_for_positional = _get_default_metavar_for_optional


# ---------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------

def _get_action_name(argument):
    # The name error messages use for an argument: its option strings, or
    # else its metavar, dest, or choices; None when it has none of these.
    if argument is None:
        return None
    spellings = argument.option_strings
    if spellings:
        return '/'.join(spellings)
    for label in (argument.metavar, argument.dest):
        if label not in (None, SUPPRESS):
            return label
    if not argument.choices:
        return None
    return '{%s}' % ','.join(argument.choices)


class ArgumentError(Exception):
    """A problem with an argument, found while declaring or parsing it.

    str() gives the message, prefixed with the argument's name if known.
    """

    def __init__(self, argument, message):
        self.argument_name, self.message = _get_action_name(argument), message

    def __str__(self):
        if self.argument_name is not None:
            template = _('argument %(argument_name)s: %(message)s')
        else:
            template = '%(message)s'
        return template % {'message': self.message,
                           'argument_name': self.argument_name}


class ArgumentTypeError(Exception):
    """Raised by a type= function that cannot convert its string."""


# ---------------------------------------------------------------------------
# Actions
# ---------------------------------------------------------------------------

# The attributes every action has: Action's constructor arguments, in the
# order its repr shows them.
_ACTION_FIELDS = ('option_strings', 'dest', 'nargs', 'const', 'default',
                  'type', 'choices', 'required', 'help', 'metavar',
                  'deprecated')


class Action(_AttributeHolder):
    """What the parser does with one argument, positional or optional.

    Each add_argument() keyword (option_strings, dest, nargs, const,
    default, type, choices, required, help, metavar, deprecated) becomes an
    attribute of the same name.  Subclasses implement __call__(parser,
    namespace, values, option_string=None), which is handed the converted
    values and updates the namespace.
    """

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None, deprecated=False):
        given = locals()
        for field in _ACTION_FIELDS:
            setattr(self, field, given[field])

    def _get_kwargs(self):
        return [(field, getattr(self, field)) for field in _ACTION_FIELDS]

    def format_usage(self):
        # How the usage line shows an option that takes no value.
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError(_('.__call__() not defined'))


_deprecated_default = object()


class BooleanOptionalAction(Action):
    """A flag with a negative twin: each --name also gets --no-name, and
    dest becomes True or False by which of the two was given."""

    def __init__(self, option_strings, dest, default=None,
                 type=_deprecated_default, choices=_deprecated_default,
                 required=False, help=None, metavar=_deprecated_default,
                 deprecated=False):
        both = []
        for spelling in option_strings:
            both.append(spelling)
            if spelling[:2] == '--':
                both.append('--no-' + spelling[2:])
        # type, choices and metavar mean nothing for a flag; passing them is
        # deprecated (the sentinel tells "not given" from None).
        legacy = {'type': type, 'choices': choices, 'metavar': metavar}
        for field_name, value in legacy.items():
            if value is _deprecated_default:
                legacy[field_name] = None
            else:
                from warnings import _deprecated
                _deprecated(
                    field_name,
                    "{name!r} is deprecated as of Python 3.12 and will be "
                    "removed in Python {remove}.",
                    remove=(3, 14))
        super().__init__(both, dest, nargs=0, default=default,
                         required=required, help=help,
                         deprecated=deprecated, **legacy)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string not in self.option_strings:
            return
        setattr(namespace, self.dest, option_string[:5] != '--no-')

    def format_usage(self):
        return ' | '.join(self.option_strings)   # -f | --foo | --no-foo


def _forward(arguments):
    # An action constructor's locals() as keywords for Action.__init__.
    return {key: value for key, value in arguments.items()
            if key not in ('self', '__class__')}


_TAKES_VALUES_MESSAGES = {
    'store': 'nargs for store actions must be != 0; if you '
             'have nothing to store, actions such as store '
             'true or store const may be more appropriate',
    'append': 'nargs for append actions must be != 0; if arg '
              'strings are not supplying the value to append, '
              'the append const action may be more appropriate',
}


def _validate_value_nargs(kind, nargs, const):
    # store and append read values: they cannot take zero of them, and a
    # const only makes sense as the value of a bare '?' option.
    if nargs == 0:
        raise ValueError(_TAKES_VALUES_MESSAGES[kind])
    if nargs != OPTIONAL and const is not None:
        raise ValueError('nargs must be %r to supply const' % OPTIONAL)


class _SettingAction(Action):
    # The built-in actions that only compute dest's next value: they
    # implement _next_value(namespace, values).

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self._next_value(namespace, values))

    def _grown(self, namespace, how, item):
        # A copy of dest's list (a new one if unset) with item added by
        # list.append or list.extend; the list in the namespace is untouched.
        items = _copy_items(getattr(namespace, self.dest, None))
        getattr(items, how)(item)
        return items


class _StoreAction(_SettingAction):

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None, deprecated=False):
        _validate_value_nargs('store', nargs, const)
        super().__init__(**_forward(locals()))

    def _next_value(self, namespace, values):
        return values


class _StoreConstAction(_SettingAction):

    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None, deprecated=False):
        # metavar is accepted for compatibility, but there is no value to name.
        del metavar
        super().__init__(nargs=0, **_forward(locals()))

    def _next_value(self, namespace, values):
        return self.const


class _StoreTrueAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=False, required=False,
                 help=None, deprecated=False):
        super().__init__(const=True, **_forward(locals()))


class _StoreFalseAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=True, required=False,
                 help=None, deprecated=False):
        super().__init__(const=False, **_forward(locals()))


class _AppendAction(_SettingAction):

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None, deprecated=False):
        _validate_value_nargs('append', nargs, const)
        super().__init__(**_forward(locals()))

    def _next_value(self, namespace, values):
        return self._grown(namespace, 'append', values)


class _AppendConstAction(_SettingAction):

    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None, deprecated=False):
        super().__init__(nargs=0, **_forward(locals()))

    def _next_value(self, namespace, values):
        return self._grown(namespace, 'append', self.const)


class _CountAction(_SettingAction):

    def __init__(self, option_strings, dest, default=None, required=False,
                 help=None, deprecated=False):
        super().__init__(nargs=0, **_forward(locals()))

    def _next_value(self, namespace, values):
        so_far = getattr(namespace, self.dest, None)
        return 1 if so_far is None else so_far + 1


class _HelpAction(Action):

    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS,
                 help=None, deprecated=False):
        super().__init__(nargs=0, **_forward(locals()))

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):

    def __init__(self, option_strings, version=None, dest=SUPPRESS,
                 default=SUPPRESS, help=None, deprecated=False):
        # (deprecated is accepted but not kept, as in CPython.)
        message = _("show program's version number and exit") if help is None else help
        super().__init__(option_strings, dest, nargs=0, default=default, help=message)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        layout = parser._get_formatter()
        layout.add_text(parser.version if self.version is None else self.version)
        parser._print_message(layout.format_help(), _sys.stdout)
        parser.exit()


class _SubParsersAction(Action):

    class _ChoicesPseudoAction(Action):
        # Stands for one sub-command in the help listing.

        def __init__(self, name, aliases, help):
            label = name
            if aliases:
                label = '%s (%s)' % (name, ', '.join(aliases))
            Action.__init__(self, option_strings=[], dest=name, help=help,
                            metavar=label)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS,
                 required=False, help=None, metavar=None):
        self._prog_prefix, self._parser_class = prog, parser_class
        self._name_parser_map = {}      # name or alias -> parser
        self._choices_actions, self._deprecated = [], set()
        super().__init__(option_strings, dest, nargs=PARSER,
                         choices=self._name_parser_map, required=required,
                         help=help, metavar=metavar)

    def add_parser(self, name, *, deprecated=False, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = f'{self._prog_prefix} {name}'
        aliases = kwargs.pop('aliases', ())
        taken = self._name_parser_map
        if name in taken:
            raise ArgumentError(self, _('conflicting subparser: %s') % name)
        clash = next((alias for alias in aliases if alias in taken), None)
        if clash is not None:
            raise ArgumentError(self, _('conflicting subparser alias: %s') % clash)
        if 'help' in kwargs:
            # Only commands given a help= are listed in the help.
            entry = self._ChoicesPseudoAction(name, aliases, kwargs.pop('help'))
            self._choices_actions.append(entry)
        made = self._parser_class(**kwargs)
        taken.update(dict.fromkeys([name, *aliases], made))
        if deprecated:
            self._deprecated.update([name, *aliases])
        return made

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        command, rest = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, command)
        if command not in self._name_parser_map:
            details = {'parser_name': command,
                       'choices': ', '.join(self._name_parser_map)}
            raise ArgumentError(self, _('unknown parser %(parser_name)r (choices: %(choices)s)') % details)
        if command in self._deprecated:
            parser._warning(_("command '%(parser_name)s' is deprecated")
                            % {'parser_name': command})
        # The sub-parser starts from a namespace of its own, so that its
        # defaults override the main parser's; then its results are copied.
        inner, rest = self._name_parser_map[command].parse_known_args(rest, None)
        for key, value in vars(inner).items():
            setattr(namespace, key, value)
        if rest:
            leftover = vars(namespace).setdefault(_UNRECOGNIZED_ARGS_ATTR, [])
            leftover.extend(rest)


class _ExtendAction(_AppendAction):

    def _next_value(self, namespace, values):
        return self._grown(namespace, 'extend', values)


# ---------------------------------------------------------------------------
# Types
# ---------------------------------------------------------------------------

class FileType(object):
    """A type= factory: FileType(mode, ...)(name) opens the named file with
    open(name, mode, bufsize, encoding, errors); '-' stands for stdin or
    stdout, depending on the mode."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode, self._bufsize = mode, bufsize
        self._encoding, self._errors = encoding, errors

    def _standard_stream(self):
        mode = self._mode
        if 'r' in mode:
            stream = _sys.stdin
        elif set('wax') & set(mode):
            stream = _sys.stdout
        else:
            raise ValueError(_('argument "-" with mode %r') % mode)
        return stream.buffer if 'b' in mode else stream

    def __call__(self, string):
        if string != '-':
            try:
                return open(string, self._mode, self._bufsize, self._encoding, self._errors)
            except OSError as problem:
                raise ArgumentTypeError(_("can't open '%(filename)s': %(error)s")
                                        % {'filename': string, 'error': problem})
        return self._standard_stream()

    def __repr__(self):
        shown = [repr(value) for value in (self._mode, self._bufsize) if value != -1]
        for key in ('encoding', 'errors'):
            value = getattr(self, '_' + key)
            if value is not None:
                shown.append(f'{key}={value!r}')
        return f"{type(self).__name__}({', '.join(shown)})"


# ---------------------------------------------------------------------------
# Namespaces and containers of actions
# ---------------------------------------------------------------------------

class Namespace(_AttributeHolder):
    """A plain object holding the parsed values as attributes; namespaces
    with the same attributes compare equal."""

    def __init__(self, **kwargs):
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __eq__(self, other):
        if isinstance(other, Namespace):
            return vars(other) == vars(self)
        return NotImplemented

    def __contains__(self, key):
        return key in vars(self)


# action= names add_argument() knows, and the classes they stand for.
_ACTION_NAMES = (
    (None, _StoreAction), ('store', _StoreAction),
    ('store_const', _StoreConstAction), ('store_true', _StoreTrueAction),
    ('store_false', _StoreFalseAction), ('append', _AppendAction),
    ('append_const', _AppendConstAction), ('count', _CountAction),
    ('help', _HelpAction), ('version', _VersionAction),
    ('parsers', _SubParsersAction), ('extend', _ExtendAction),
)

# The tables an argument group shares with the container it belongs to:
# whatever is added through the group is visible to the parser.
_SHARED_WITH_GROUPS = ('_registries', '_actions', '_option_string_actions',
                       '_defaults', '_has_negative_number_optionals',
                       '_mutually_exclusive_groups')

_NOT_GIVEN = object()


def _deprecation(message):
    import warnings
    warnings.warn(message, category=DeprecationWarning, stacklevel=3)


class _ActionsContainer(object):
    # The part parsers and argument groups have in common: registries of
    # names, the actions with an index by option string, the defaults, and
    # what happens when two actions claim the same option string.

    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        super().__init__()
        self.description, self.prefix_chars = description, prefix_chars
        self.argument_default, self.conflict_handler = argument_default, conflict_handler
        self._registries = {}
        for name, cls in _ACTION_NAMES:
            self.register('action', name, cls)
        self._get_handler()     # refuse an unknown conflict_handler now
        self._actions, self._option_string_actions = [], {}
        self._action_groups, self._mutually_exclusive_groups = [], []
        # Strings such as -1 or -.5 are arguments, unless some option looks
        # like that; the flag is a list so that groups can share it.
        self._negative_number_matcher = _re.compile(r'^-(?:\d+|\d*\.\d+)$')
        self._defaults, self._has_negative_number_optionals = {}, []

    def register(self, registry_name, value, object):
        self._registries.setdefault(registry_name, {})[value] = object

    def _registry_get(self, registry_name, value, default=None):
        return self._registries[registry_name].get(value, default)

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        # Arguments already declared take the new defaults too.
        for each in self._actions:
            if each.dest in kwargs:
                each.default = kwargs[each.dest]

    def get_default(self, dest):
        found = [each.default for each in self._actions
                 if each.dest == dest and each.default is not None]
        if found:
            return found[0]
        return self._defaults.get(dest)

    def add_argument(self, *args, **kwargs):
        """Declare an argument: add_argument('name', ...) for a positional,
        add_argument('-n', '--name', ...) for an option.  Keywords are those
        of Action (action=, nargs=, type=, default=, ...)."""
        is_option = bool(args) and (len(args) > 1 or args[0][0] in self.prefix_chars)
        if is_option:
            spec = self._get_optional_kwargs(*args, **kwargs)
        elif args and 'dest' in kwargs:
            raise ValueError('dest supplied twice for positional argument')
        else:
            spec = self._get_positional_kwargs(*args, **kwargs)
        if 'default' not in spec:
            inherited = self._default_for(spec['dest'])
            if inherited is not _NOT_GIVEN:
                spec['default'] = inherited
        factory = self._pop_action_class(spec)
        if not callable(factory):
            raise ValueError('unknown action "%s"' % (factory,))
        action = factory(**spec)
        self._vet_action(action)
        return self._add_action(action)

    def _default_for(self, dest):
        # The default an argument gets when add_argument() names none:
        # set_defaults() first, then the parser's argument_default.
        if dest in self._defaults:
            return self._defaults[dest]
        if self.argument_default is None:
            return _NOT_GIVEN
        return self.argument_default

    def _vet_action(self, action):
        # Mistakes add_argument() reports at once rather than at parse time.
        converter = self._registry_get('type', action.type, action.type)
        if not callable(converter):
            raise ValueError('%r is not callable' % (converter,))
        if converter is FileType:
            raise ValueError('%r is a FileType class object, instance of it'
                             ' must be passed' % (converter,))
        formatter_for = getattr(self, '_get_formatter', None)
        if formatter_for is not None:
            # A metavar tuple of the wrong size fails to format.
            try:
                formatter_for()._format_args(action, None)
            except TypeError:
                raise ValueError("length of metavar tuple does not match nargs")

    def add_argument_group(self, *args, **kwargs):
        made = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(made)
        return made

    def add_mutually_exclusive_group(self, **kwargs):
        made = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(made)
        return made

    def _add_action(self, action):
        self._check_conflict(action)
        self._actions.append(action)
        action.container = self
        names = action.option_strings
        self._option_string_actions.update(dict.fromkeys(names, action))
        looks_negative = any(map(self._negative_number_matcher.match, names))
        if looks_negative and not self._has_negative_number_optionals:
            self._has_negative_number_optionals.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _add_container_actions(self, container):
        # Take over a parent parser's actions, each into the group of the
        # same title here (made if missing) or a copy of its exclusive group.
        titled = {}
        for existing in self._action_groups:
            if titled.setdefault(existing.title, existing) is not existing:
                msg = _('cannot merge actions - two groups are named %r')
                raise ValueError(msg % existing.title)
        home = {}
        for theirs in container._action_groups:
            ours = titled.get(theirs.title)
            if ours is None:
                ours = titled[theirs.title] = self.add_argument_group(
                    title=theirs.title, description=theirs.description,
                    conflict_handler=theirs.conflict_handler)
            home.update(dict.fromkeys(theirs._group_actions, ours))
        for theirs in container._mutually_exclusive_groups:
            ours = self.add_mutually_exclusive_group(required=theirs.required)
            home.update(dict.fromkeys(theirs._group_actions, ours))
        for each in container._actions:
            home.get(each, self)._add_action(each)

    def _get_positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError(_("'required' is an invalid argument for positionals"))
        # A positional may be absent only with nargs '?', or '*' when it
        # has a default.
        nargs = kwargs.get('nargs')
        can_be_absent = nargs == OPTIONAL or (nargs == ZERO_OR_MORE and 'default' in kwargs)
        if not can_be_absent:
            kwargs['required'] = True
        kwargs.update(dest=dest, option_strings=[])
        return kwargs

    def _get_optional_kwargs(self, *args, **kwargs):
        prefixes = self.prefix_chars
        for option in args:
            if option[0] not in prefixes:
                msg = _('invalid option string %(option)r: '
                        'must start with a character %(prefix_chars)r')
                raise ValueError(msg % {'option': option, 'prefix_chars': prefixes})
        dest = kwargs.pop('dest', None)
        if dest is None:
            # Named after the first long option ('--dry-run' -> dry_run),
            # else after the first option.
            longs = [option for option in args
                     if len(option) > 1 and option[1] in prefixes]
            dest = (longs or args)[0].lstrip(prefixes).replace('-', '_')
            if not dest:
                msg = _('dest= is required for options like %r')
                raise ValueError(msg % args[-1])
        kwargs.update(dest=dest, option_strings=list(args))
        return kwargs

    def _pop_action_class(self, kwargs, default=None):
        name = kwargs.pop('action', default)
        return self._registry_get('action', name, name)

    def _get_handler(self):
        policy = '_handle_conflict_%s' % self.conflict_handler
        if not hasattr(self, policy):
            msg = _('invalid conflict_resolution value: %r')
            raise ValueError(msg % self.conflict_handler)
        return getattr(self, policy)

    def _check_conflict(self, action):
        known = self._option_string_actions
        clashes = [(name, known[name]) for name in action.option_strings if name in known]
        if clashes:
            self._get_handler()(action, clashes)

    def _handle_conflict_error(self, action, conflicting_actions):
        message = ngettext('conflicting option string: %s',
                           'conflicting option strings: %s',
                           len(conflicting_actions))
        names = ', '.join(name for name, _owner in conflicting_actions)
        raise ArgumentError(action, message % names)

    def _handle_conflict_resolve(self, action, conflicting_actions):
        # The newcomer wins: earlier actions give up the option strings,
        # and one left without any disappears from its container.
        for name, owner in conflicting_actions:
            owner.option_strings.remove(name)
            self._option_string_actions.pop(name, None)
            if not owner.option_strings:
                owner.container._remove_action(owner)


class _ArgumentGroup(_ActionsContainer):

    def __init__(self, container, title=None, description=None, **kwargs):
        for setting in ('conflict_handler', 'prefix_chars', 'argument_default'):
            kwargs.setdefault(setting, getattr(container, setting))
        super().__init__(description=description, **kwargs)
        self.title, self._group_actions = title, []
        for table in _SHARED_WITH_GROUPS:
            setattr(self, table, getattr(container, table))

    def _add_action(self, action):
        added = super()._add_action(action)
        self._group_actions.append(added)
        return added

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)

    def add_argument_group(self, *args, **kwargs):
        _deprecation("Nesting argument groups is deprecated.")
        return super().add_argument_group(*args, **kwargs)


class _MutuallyExclusiveGroup(_ArgumentGroup):

    def __init__(self, container, required=False):
        super().__init__(container)
        self._container, self.required = container, required

    def _add_action(self, action):
        if action.required:
            raise ValueError(_('mutually exclusive arguments must be optional'))
        # The actions live in the container (a parser or titled group);
        # this group only lists them.
        added = self._container._add_action(action)
        self._group_actions.append(added)
        return added

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)

    def add_mutually_exclusive_group(self, *args, **kwargs):
        _deprecation("Nesting mutually exclusive groups is deprecated.")
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

# What _match_argument says when an action's strings are not there.
_NARGS_MISMATCH = {
    None: 'expected one argument',
    OPTIONAL: 'expected at most one argument',
    ONE_OR_MORE: 'expected at least one argument',
}

# ArgumentParser's attributes shown by its repr.
_PARSER_REPR_FIELDS = ('prog', 'usage', 'description', 'formatter_class',
                       'conflict_handler', 'add_help')


def _identity(string):
    return string


class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Turns a list of command-line strings into a Namespace.

    The keywords: prog (the program's name; default: sys.argv[0]'s base
    name), usage (default: built from the arguments), description and
    epilog (texts before and after the argument help), parents (parsers
    whose arguments are copied in), formatter_class, prefix_chars (what
    options start with), fromfile_prefix_chars (marks an argument naming a
    file of more arguments), argument_default, conflict_handler ('error' or
    'resolve'), add_help (add -h/--help), allow_abbrev (accept unambiguous
    prefixes of long options), exit_on_error (else raise ArgumentError).
    """

    def __init__(self, prog=None, usage=None, description=None, epilog=None,
                 parents=[], formatter_class=HelpFormatter, prefix_chars='-',
                 fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        super().__init__(description, prefix_chars, argument_default, conflict_handler)
        settings = dict(prog=_os.path.basename(_sys.argv[0]) if prog is None else prog,
                        usage=usage, epilog=epilog,
                        formatter_class=formatter_class,
                        fromfile_prefix_chars=fromfile_prefix_chars,
                        add_help=add_help, allow_abbrev=allow_abbrev,
                        exit_on_error=exit_on_error)
        for key, value in settings.items():
            setattr(self, key, value)
        # The two default groups; add_subparsers() may make a third.
        self._positionals = self.add_argument_group(_('positional arguments'))
        self._optionals = self.add_argument_group(_('options'))
        self._subparsers = None
        self.register('type', None, _identity)
        lead = '-' if '-' in prefix_chars else prefix_chars[0]
        if add_help:
            # An explicit default, so that argument_default does not apply.
            self.add_argument(lead + 'h', 2 * lead + 'help', action='help', default=SUPPRESS,
                              help=_('show this help message and exit'))
        for parent in parents:
            if isinstance(parent, ArgumentParser):
                self._add_container_actions(parent)
                self._defaults.update(parent._defaults)
            else:
                raise TypeError('parents must be a list of ArgumentParser')

    def _get_kwargs(self):
        return [(key, getattr(self, key)) for key in _PARSER_REPR_FIELDS]

    # Sub-commands.

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            raise ArgumentError(None, _('cannot have multiple subparser arguments'))
        if 'parser_class' not in kwargs:
            kwargs['parser_class'] = type(self)
        if 'title' not in kwargs and 'description' not in kwargs:
            home = self._positionals
        else:
            heading = kwargs.pop('title', _('subcommands'))
            home = self.add_argument_group(heading, kwargs.pop('description', None))
        self._subparsers = home
        if kwargs.get('prog') is None:
            # Sub-parsers are named after this parser's usage up to (not
            # including) the positionals, without the 'usage:' prefix.
            naming = self._get_formatter()
            naming.add_usage(self.usage, self._get_positional_actions(),
                             self._mutually_exclusive_groups, '')
            kwargs['prog'] = naming.format_help().strip()
        factory = self._pop_action_class(kwargs, 'parsers')
        subcommands = factory(option_strings=[], **kwargs)
        self._subparsers._add_action(subcommands)
        return subcommands

    def _add_action(self, action):
        # An action added to the parser itself goes to the default group
        # of its kind.
        home = self._optionals if action.option_strings else self._positionals
        home._add_action(action)
        return action

    def _get_optional_actions(self):
        return [each for each in self._actions if each.option_strings]

    def _get_positional_actions(self):
        return [each for each in self._actions if not each.option_strings]

    # Parsing.

    def _fail_unrecognized(self, extras):
        problem = _('unrecognized arguments: %s') % ' '.join(extras)
        if not self.exit_on_error:
            raise ArgumentError(None, problem)
        self.error(problem)

    def parse_args(self, args=None, namespace=None):
        result, extras = self.parse_known_args(args, namespace)
        if extras:
            self._fail_unrecognized(extras)
        return result

    def _apply_defaults(self, namespace):
        # Defaults go only where the namespace has nothing yet.
        for each in self._actions:
            if (each.dest is not SUPPRESS and each.default is not SUPPRESS
                    and not hasattr(namespace, each.dest)):
                setattr(namespace, each.dest, each.default)
        for key, value in self._defaults.items():
            if not hasattr(namespace, key):
                setattr(namespace, key, value)

    def parse_known_args(self, args=None, namespace=None):
        strings = _sys.argv[1:] if args is None else list(args)
        target = Namespace() if namespace is None else namespace
        self._apply_defaults(target)
        namespace, extras = target, strings     # (if an error() override returns)
        if not self.exit_on_error:
            namespace, extras = self._parse_known_args(strings, target)
        else:
            try:
                namespace, extras = self._parse_known_args(strings, target)
            except ArgumentError as failure:
                self.error(str(failure))
        # Strings a sub-parser did not recognize were parked on the namespace.
        parked = getattr(namespace, _UNRECOGNIZED_ARGS_ATTR, None)
        if parked is not None:
            delattr(namespace, _UNRECOGNIZED_ARGS_ATTR)
            extras.extend(parked)
        return namespace, extras

    def _parse_known_args(self, arg_strings, namespace):
        expanded = arg_strings
        if self.fromfile_prefix_chars is not None:
            expanded = self._read_args_from_files(arg_strings)
        return _Parse(self, expanded, namespace).run()

    def _read_args_from_files(self, arg_strings):
        # '@name' (with '@' a fromfile prefix) is replaced by the arguments
        # in the file, one per line, themselves expanded in turn.
        found = []
        for string in arg_strings:
            if string and string[0] in self.fromfile_prefix_chars:
                found.extend(self._arguments_in_file(string[1:]))
            else:
                found.append(string)
        return found

    def _arguments_in_file(self, path):
        try:
            with open(path, encoding=_sys.getfilesystemencoding(),
                      errors=_sys.getfilesystemencodeerrors()) as source:
                pieces = []
                for line in source.read().splitlines():
                    pieces.extend(self.convert_arg_line_to_args(line))
                return self._read_args_from_files(pieces)
        except OSError as failure:
            raise ArgumentError(None, str(failure))

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _match_argument(self, action, arg_strings_pattern):
        found = _re.match(self._get_nargs_pattern(action), arg_strings_pattern)
        if found is not None:
            return len(found.group(1))
        if action.nargs in _NARGS_MISMATCH:
            problem = _(_NARGS_MISMATCH[action.nargs])
        else:
            problem = ngettext('expected %s argument', 'expected %s arguments',
                               action.nargs) % action.nargs
        raise ArgumentError(action, problem)

    def _match_arguments_partial(self, actions, arg_strings_pattern):
        # The string counts of the longest run of actions, from the first,
        # that can all match together.
        for count in reversed(range(1, len(actions) + 1)):
            joint = ''.join(map(self._get_nargs_pattern, actions[:count]))
            found = _re.match(joint, arg_strings_pattern)
            if found:
                return [len(text) for text in found.groups()]
        return []

    def _parse_optional(self, arg_string):
        # Whether a string is an option: None if it is an argument, else
        # (action, option string, separator, explicit argument), where the
        # action is None for an option nobody declared.
        if not arg_string or arg_string[0] not in self.prefix_chars:
            return None
        table = self._option_string_actions
        if arg_string in table:
            return table[arg_string], arg_string, None, None
        if len(arg_string) < 2:
            return None             # a prefix character alone
        name, equals, attached = arg_string.partition('=')
        if equals and name in table:
            return table[name], name, equals, attached
        candidates = self._get_option_tuples(arg_string)
        if len(candidates) == 1:
            return candidates[0]
        if candidates:
            names = ', '.join(candidate[1] for candidate in candidates)
            msg = _('ambiguous option: %(option)s could match %(matches)s')
            raise ArgumentError(None, msg % {'option': arg_string, 'matches': names})
        if self._negative_number_matcher.match(arg_string) and \
                not self._has_negative_number_optionals:
            return None             # a negative number
        if ' ' in arg_string:
            return None             # a phrase, most likely
        return (None, arg_string, None, None)     # an unknown option

    def _get_option_tuples(self, option_string):
        # Declared options that option_string can stand for: prefixes of
        # long options (when abbreviation is allowed); for a single-prefix
        # string, the short option it starts with (the rest its argument)
        # and the options it begins.
        prefixes = self.prefix_chars
        if option_string[0] not in prefixes:
            raise ArgumentError(None, _('unexpected option string: %s') % option_string)
        table = self._option_string_actions.items()
        if option_string[1] in prefixes:
            if not self.allow_abbrev:
                return []
            stem, equals, attached = option_string.partition('=')
            if not equals:
                equals = attached = None
            return [(owner, name, equals, attached)
                    for name, owner in table if name.startswith(stem)]
        short, rest = option_string[:2], option_string[2:]
        found = []
        for name, owner in table:
            if name == short:
                found.append((owner, name, '', rest))
            elif name.startswith(option_string):
                found.append((owner, name, None, None))
        return found

    def _get_nargs_pattern(self, action):
        count = action.nargs
        if count in _NARGS_PATTERNS:
            pattern = _NARGS_PATTERNS[count]
        else:
            pattern = '(-*' + '-*'.join('A' * count) + '-*)'
        if not action.option_strings:
            return pattern
        # An option's arguments never include '--'.
        return pattern.replace('-*', '').replace('-', '')

    # Intermixed parsing: all options first, then the positionals.

    def parse_intermixed_args(self, args=None, namespace=None):
        result, extras = self.parse_known_intermixed_args(args, namespace)
        if extras:
            self._fail_unrecognized(extras)
        return result

    def parse_known_intermixed_args(self, args=None, namespace=None):
        positionals = self._get_positional_actions()
        unsupported = [each for each in positionals if each.nargs in (PARSER, REMAINDER)]
        if unsupported:
            raise TypeError('parse_intermixed_args: positional arg'
                            ' with nargs=%s' % unsupported[0].nargs)
        exclusive = [each for mutex in self._mutually_exclusive_groups
                     for each in mutex._group_actions]
        if any(each in exclusive for each in positionals):
            raise TypeError('parse_intermixed_args: positional in'
                            ' mutuallyExclusiveGroup')
        kept_usage = self.usage
        try:
            if self.usage is None:
                # Errors should show the whole usage, not pass 2's.
                self.usage = self.format_usage()[len('usage: '):]
            namespace, remaining = self._intermixed_options_pass(positionals, args, namespace)
            return self._intermixed_positionals_pass(remaining, namespace)
        finally:
            self.usage = kept_usage

    def _intermixed_options_pass(self, positionals, args, namespace):
        # Pass 1: the options, with every positional switched off.
        for each in positionals:
            each.save_nargs, each.nargs = each.nargs, SUPPRESS
            each.save_default, each.default = each.default, SUPPRESS
        try:
            namespace, remaining = self.parse_known_args(args, namespace)
            for each in positionals:
                if getattr(namespace, each.dest, None) == []:
                    # A '*' positional set to [] by pass 1: pass 2 decides.
                    import warnings
                    warnings.warn('Do not expect %s in %s' % (each.dest, namespace))
                    delattr(namespace, each.dest)
        finally:
            for each in positionals:
                each.nargs, each.default = each.save_nargs, each.save_default
        return namespace, remaining

    def _intermixed_positionals_pass(self, remaining, namespace):
        # Pass 2: the positionals, from what pass 1 left, with nothing
        # required any more (pass 1 checked that).
        options = self._get_optional_actions()
        groups = self._mutually_exclusive_groups
        for each in options + groups:
            each.save_required, each.required = each.required, False
        try:
            return self.parse_known_args(remaining, namespace)
        finally:
            for each in options + groups:
                each.required = each.save_required

    # Converting values.

    def _get_values(self, action, arg_strings):
        # The value an action is called with, converted and checked.
        nargs = action.nargs
        positional = not action.option_strings
        if positional and nargs not in [PARSER, REMAINDER] and '--' in arg_strings:
            arg_strings.remove('--')
        if not arg_strings and nargs == OPTIONAL:
            # A bare option gets const; an absent positional its default;
            # strings are converted as if given.
            fallback = action.default if positional else action.const
            if not isinstance(fallback, str):
                return fallback
            return self._checked(action, self._get_value(action, fallback))
        if not arg_strings and nargs == ZERO_OR_MORE and positional:
            if action.default is None:
                return arg_strings
            return self._checked(action, action.default)
        if len(arg_strings) == 1 and nargs in [None, OPTIONAL]:
            return self._checked(action, self._get_value(action, arg_strings[0]))
        if nargs == SUPPRESS:
            return SUPPRESS
        converted = [self._get_value(action, string) for string in arg_strings]
        if nargs == PARSER:
            # Only the command name is checked against the choices.
            self._check_value(action, converted[0])
        elif nargs != REMAINDER:
            for item in converted:
                self._check_value(action, item)
        return converted

    def _checked(self, action, value):
        self._check_value(action, value)
        return value

    def _get_value(self, action, arg_string):
        convert = self._registry_get('type', action.type, action.type)
        if not callable(convert):
            raise ArgumentError(action, _('%r is not callable') % convert)
        try:
            return convert(arg_string)
        except ArgumentTypeError as refusal:
            # The type function's own message.
            raise ArgumentError(action, str(refusal))
        except (TypeError, ValueError):
            shown = getattr(action.type, '__name__', repr(action.type))
            msg = _('invalid %(type)s value: %(value)r')
            raise ArgumentError(action, msg % {'type': shown, 'value': arg_string})

    def _check_value(self, action, value):
        allowed = action.choices
        if allowed is None or value in allowed:
            return
        msg = _('invalid choice: %(value)r (choose from %(choices)s)')
        listing = ', '.join(repr(choice) for choice in allowed)
        raise ArgumentError(action, msg % {'value': value, 'choices': listing})

    # Help and output.

    def _usage_formatter(self):
        # A formatter holding the usage line: all of format_usage(), and
        # the start of format_help().
        layout = self._get_formatter()
        layout.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return layout

    def format_usage(self):
        return self._usage_formatter().format_help()

    def format_help(self):
        # Usage, description, a section per argument group, epilog.
        layout = self._usage_formatter()
        layout.add_text(self.description)
        for section in self._action_groups:
            layout.start_section(section.title)
            layout.add_text(section.description)
            layout.add_arguments(section._group_actions)
            layout.end_section()
        layout.add_text(self.epilog)
        return layout.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), _sys.stdout if file is None else file)

    def print_help(self, file=None):
        self._print_message(self.format_help(), _sys.stdout if file is None else file)

    def _print_message(self, message, file=None):
        if not message:
            return
        target = file or _sys.stderr
        try:
            target.write(message)
        except (AttributeError, OSError):
            pass    # stderr may be closed or None: say nothing

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Print the usage and the message to stderr and exit with status 2.

        An override must not return: it should exit or raise.
        """
        text = _('%(prog)s: error: %(message)s\n') % {'prog': self.prog, 'message': message}
        self.print_usage(file=_sys.stderr)
        self.exit(2, text)

    def _warning(self, message):
        text = _('%(prog)s: warning: %(message)s\n') % {'prog': self.prog, 'message': message}
        self._print_message(text, _sys.stderr)


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
        # Run the option at start (with any short flags clustered after it,
        # as in -xyz); returns the index after the strings it used.
        action, option, sep, explicit = self.options_at[start]
        if action is None:
            self.extras.append(self.args[start])
            return start + 1
        calls, stop = self._option_calls(start, action, option, sep, explicit)
        for action, strings, option in calls:
            if action.deprecated and option not in self.warned:
                self.warned.add(option)
                self.parser._warning(_("option '%(option)s' is deprecated")
                                     % {'option': option})
            self.take_action(action, strings, option)
        return stop

    def _option_calls(self, start, action, option, sep, explicit):
        # The (action, strings, option string) calls the option string at
        # start makes, and the index after the strings they use.
        parser = self.parser
        known = parser._option_string_actions
        prefixes = parser.prefix_chars
        calls = []
        while explicit is not None:
            # A value attached to the option string: -xVALUE, --x=VALUE.
            wanted = parser._match_argument(action, 'A')
            if wanted == 1:
                calls.append((action, [explicit], option))
                return calls, start + 1
            clustered = (wanted == 0 and option[1] not in prefixes
                         and explicit != '' and not sep
                         and explicit[0] not in prefixes)
            if not clustered:
                raise ArgumentError(action, _('ignored explicit argument %r') % explicit)
            # -xyz with -x a flag: y begins the next short option.
            calls.append((action, [], option))
            option, explicit = option[0] + explicit[0], explicit[1:]
            if option not in known:
                self.extras.append(option + explicit)
                return calls, start + 1
            action = known[option]
            if explicit.startswith('='):
                sep, explicit = '=', explicit[1:]
            elif explicit:
                sep = ''
            else:
                sep = explicit = None
        # The option's values are the strings that follow it.
        first = start + 1
        count = parser._match_argument(action, self.pattern[first:])
        calls.append((action, self.args[first:first + count], option))
        return calls, first + count

    def consume_positionals(self, start):
        # Give the positionals that can match from start their strings;
        # returns the index after them.
        parser = self.parser
        counts = parser._match_arguments_partial(self.positionals, self.pattern[start:])
        for action, count in zip(self.positionals, counts):
            values = self.args[start:start + count]
            start += count
            if values and action.deprecated and action.dest not in self.warned:
                self.warned.add(action.dest)
                notice = _("argument '%(argument_name)s' is deprecated")
                parser._warning(notice % {'argument_name': action.dest})
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

        self._finish_defaults()
        for group in parser._mutually_exclusive_groups:
            members = group._group_actions
            if group.required and self.seen_non_default.isdisjoint(members):
                shown = [_get_action_name(each) for each in members
                         if each.help is not SUPPRESS]
                msg = _('one of the arguments %s is required')
                raise ArgumentError(None, msg % ' '.join(shown))
        return self.namespace, self.extras

    def _finish_defaults(self):
        # Actions never met: the required ones are an error; an untouched
        # string default is converted as if it had been given.
        namespace = self.namespace
        missing = []
        for action in self.parser._actions:
            if action in self.seen:
                continue
            if action.required:
                missing.append(_get_action_name(action))
                continue
            default = action.default
            if (isinstance(default, str) and hasattr(namespace, action.dest)
                    and getattr(namespace, action.dest) is default):
                setattr(namespace, action.dest, self.parser._get_value(action, default))
        if missing:
            msg = _('the following arguments are required: %s')
            raise ArgumentError(None, msg % ', '.join(missing))
