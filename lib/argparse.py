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
    if items is None:
        return []
    if type(items) is list:
        return list(items)
    from copy import copy
    return copy(items)


# ---------------------------------------------------------------------------
# Help formatting
# ---------------------------------------------------------------------------

class _Block:
    # A part of the help: an optional heading over a list of deferred
    # renderers (argument-less callables), nested under its parent block.
    __slots__ = ('parent', 'heading', 'renderers')

    def __init__(self, parent, heading):
        self.parent = parent
        self.heading = heading
        self.renderers = []


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
        self._prog = prog
        self._width = width
        self._indent_increment = indent_increment
        # Help text never starts so far right that it gets under 20 columns
        # (but always leaves room for two indents).
        floor = 2 * indent_increment
        self._max_help_position = min(max_help_position, max(floor, width - 20))
        self._current_indent = self._level = 0
        self._action_max_length = 0
        self._root_section = self._current_section = _Block(None, None)
        self._whitespace_matcher = _re.compile(r'\s+', _re.ASCII)
        self._long_break_matcher = _re.compile(r'\n{3,}')

    def _indent(self):
        self._level += 1
        self._current_indent += self._indent_increment

    def _dedent(self):
        self._level -= 1
        self._current_indent -= self._indent_increment
        if self._current_indent < 0:
            raise AssertionError('Indent decreased below 0.')

    def _add_item(self, func, args):
        self._current_section.renderers.append(lambda: func(*args))

    def _render_block(self, block):
        # The block's text; an empty block shows no heading either.
        nested = block.parent is not None
        if nested:
            self._indent()
        body = self._join_parts(render() for render in block.renderers)
        if nested:
            self._dedent()
        if not body:
            return ''
        head = ''
        if block.heading is not None and block.heading is not SUPPRESS:
            title = _('%(heading)s:') % dict(heading=block.heading)
            head = ' ' * self._current_indent + title + '\n'
        return '\n' + head + body + '\n'

    # What a parser calls to assemble its help.

    def start_section(self, heading):
        self._indent()
        block = _Block(self._current_section, heading)
        self._current_section.renderers.append(lambda: self._render_block(block))
        self._current_section = block

    def end_section(self):
        self._dedent()
        self._current_section = self._current_section.parent

    def add_text(self, text):
        if text is None or text is SUPPRESS:
            return
        self._add_item(self._format_text, [text])

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
        self._add_item(self._format_action, [action])

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
        if prefix is None:
            prefix = _('usage: ')
        if usage is not None:
            text = usage % dict(prog=self._prog)
        elif actions:
            text = self._usage_from_actions(actions, groups, prefix)
        else:
            text = '%(prog)s' % dict(prog=self._prog)
        return prefix + text + '\n\n'

    def _usage_from_actions(self, actions, groups, prefix):
        prog = '%(prog)s' % dict(prog=self._prog)
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
            if len(lines) > 1:
                lines = (_wrap_parts(option_parts, room, margin)
                         + _wrap_parts(argument_parts, room, margin))
            lines.insert(0, prog)
        return '\n'.join(lines)

    def _format_actions_usage(self, actions, groups):
        return ' '.join(self._get_actions_usage_parts(actions, groups))

    def _get_actions_usage_parts(self, actions, groups):
        # A mutually exclusive group is bracketed as one unit when its
        # actions stand next to each other, in order, in `actions`.
        spans = {}
        members = set()
        for group in groups:
            mine = group._group_actions
            if not mine:
                raise ValueError(f'empty group {group}')
            if all(each.help is SUPPRESS for each in mine):
                continue
            if mine[0] not in actions:
                continue
            first = actions.index(mine[0])
            if actions[first:first + len(mine)] == mine:
                spans[first, first + len(mine)] = group
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
        if action.option_strings:
            if action.nargs == 0:
                text = action.format_usage()
            else:
                shape = self._format_args(action, self._get_default_metavar_for_optional(action))
                text = action.option_strings[0] + ' ' + shape
            if action.required or grouped:
                return text
            return '[' + text + ']'
        text = self._format_args(action, self._get_default_metavar_for_positional(action))
        if grouped and text.startswith('[') and text.endswith(']'):
            text = text[1:-1]
        return text

    # Texts and argument entries.

    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % dict(prog=self._prog)
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
        if action.help and action.help.strip():
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
        if action.option_strings:
            names = ', '.join(action.option_strings)
            if action.nargs == 0:
                return names
            shape = self._format_args(action, self._get_default_metavar_for_optional(action))
            return names + ' ' + shape
        shown, = self._metavar_formatter(action, self._get_default_metavar_for_positional(action))(1)
        return shown

    def _metavar_formatter(self, action, default_metavar):
        # A function of a count giving that many names (a tuple metavar is
        # returned whole, whatever the count).
        if action.metavar is not None:
            name = action.metavar
        elif action.choices is None:
            name = default_metavar
        else:
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
        subactions = getattr(action, '_get_subactions', None)
        if subactions is None:
            return
        self._indent()
        yield from subactions()
        self._dedent()

    def _flatten(self, text):
        # Runs of whitespace become one space; the ends are trimmed.
        return self._whitespace_matcher.sub(' ', text).strip()

    def _split_lines(self, text, width):
        import textwrap
        return textwrap.wrap(self._flatten(text), width)

    def _fill_text(self, text, width, indent):
        import textwrap
        return textwrap.fill(self._flatten(text), width,
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
    for part in parts:
        if row and end + len(part) > width:
            rows.append(row)
            row = []
            end = len(margin)
        row.append(part)
        end += len(part) + 1
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
    if argument.option_strings:
        return '/'.join(argument.option_strings)
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
        self.message = message
        self.argument_name = _get_action_name(argument)

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
                import warnings
                warnings._deprecated(
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
        return ' | '.join(self.option_strings)


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
    if const is not None and nargs != OPTIONAL:
        raise ValueError('nargs must be %r to supply const' % OPTIONAL)


class _SettingAction(Action):
    # The built-in actions that only compute dest's next value: they
    # implement _next_value(namespace, values).

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self._next_value(namespace, values))

    def _current_list(self, namespace):
        return _copy_items(getattr(namespace, self.dest, None))


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
        items = self._current_list(namespace)
        items.append(values)
        return items


class _AppendConstAction(_SettingAction):

    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None, deprecated=False):
        super().__init__(nargs=0, **_forward(locals()))

    def _next_value(self, namespace, values):
        items = self._current_list(namespace)
        items.append(self.const)
        return items


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
        if help is None:
            help = _("show program's version number and exit")
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        text = parser.version if self.version is None else self.version
        formatter = parser._get_formatter()
        formatter.add_text(text)
        parser._print_message(formatter.format_help(), _sys.stdout)
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
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}      # name or alias -> parser
        self._choices_actions = []
        self._deprecated = set()
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
        items = self._current_list(namespace)
        items.extend(values)
        return items


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
        binary = 'b' in self._mode
        if 'r' in self._mode:
            stream = _sys.stdin
        elif set('wax') & set(self._mode):
            stream = _sys.stdout
        else:
            raise ValueError(_('argument "-" with mode %r') % self._mode)
        return stream.buffer if binary else stream

    def __call__(self, string):
        if string == '-':
            return self._standard_stream()
        try:
            return open(string, self._mode, self._bufsize, self._encoding, self._errors)
        except OSError as e:
            raise ArgumentTypeError(_("can't open '%(filename)s': %(error)s")
                                    % {'filename': string, 'error': e})

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
