"""Pretty-printing of Python data structures: pprint, pformat, pp,
saferepr, isreadable, isrecursive and the PrettyPrinter class.

Containers whose repr does not fit the width are split over several lines,
one item per line, nested items indented; dict keys are sorted unless
sort_dicts is false."""

import collections as _collections
import re
import sys as _sys
import types as _types
from io import StringIO as _StringIO

__all__ = ["pprint", "pformat", "pp", "PrettyPrinter",
           "saferepr", "isreadable", "isrecursive"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Pretty-print object to stream (sys.stdout by default)."""
    printer = PrettyPrinter(indent, width, depth, stream, compact=compact,
                            sort_dicts=sort_dicts,
                            underscore_numbers=underscore_numbers)
    printer.pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """The pretty-printed text of object, as a string."""
    printer = PrettyPrinter(indent, width, depth, compact=compact,
                            sort_dicts=sort_dicts,
                            underscore_numbers=underscore_numbers)
    return printer.pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint, keeping dicts in insertion order by default."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def _one_line(object):
    # (text, readable, recursive) with the default settings.
    return PrettyPrinter()._safe_repr(object, {}, None, 0)


def saferepr(object):
    """repr() on one line, safe on recursive structures."""
    text, _, _ = _one_line(object)
    return text


def isreadable(object):
    """Whether saferepr(object) could be read back by eval()."""
    _, readable, _ = _one_line(object)
    return readable


def isrecursive(object):
    """Whether object contains itself."""
    _, _, recursive = _one_line(object)
    return recursive


class _safe_key:
    """Sort key that orders any objects: naturally where they compare,
    else by type name, then id.  There is no __eq__ on purpose: pairs of
    keys compare their first halves by identity, so the second halves
    decide only through __lt__."""

    __slots__ = ('obj',)

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        mine, theirs = self.obj, other.obj
        try:
            return mine < theirs
        except TypeError:
            return _fallback_order(mine) < _fallback_order(theirs)


def _fallback_order(value):
    return str(type(value)), id(value)


def _safe_tuple(pair):
    # Sort key for a (key, value) item.
    return tuple(map(_safe_key, pair[:2]))


def _recursion(object):
    kind = object.__class__.__name__
    return f"<Recursion on {kind} with id={id(object)}>"


# Types whose repr is used as it is: nothing inside to recurse into.
_builtin_scalars = frozenset({type(None), bool, float, complex,
                              str, bytes, bytearray})


def _wrap_bytes_repr(object, width, allowance):
    # The reprs of runs of 4-byte slices, each as long as fits in width;
    # a short final slice must leave room for allowance too.
    quads = [object[at:at + 4] for at in range(0, len(object), 4)]
    ragged = len(object) % 4 != 0
    run = b''
    for n, quad in enumerate(quads):
        room = width - allowance if ragged and n == len(quads) - 1 else width
        longer = run + quad
        if len(repr(longer)) <= room:
            run = longer
            continue
        if run:
            yield repr(run)
        run = quad
    if run:
        yield repr(run)


def _word_runs(line):
    # line cut after each run of whitespace: non-space then space, so
    # that joining the pieces gives the line back.
    return re.findall(r'\S*\s*', line)[:-1]


def _check(condition, message):
    if condition:
        raise ValueError(message)


class PrettyPrinter:
    """Formats objects: indent spaces per nesting level, lines of at most
    width columns where possible, depth levels at most (deeper ones show as
    ...), several short items per line when compact, dict keys sorted when
    sort_dicts, ints with _ separators when underscore_numbers."""

    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        indent, width = int(indent), int(width)
        _check(indent < 0, 'indent must be >= 0')
        _check(depth is not None and depth <= 0, 'depth must be > 0')
        _check(not width, 'width must be != 0')
        self._indent_per_level = indent
        self._width = width
        self._depth = depth
        self._stream = _sys.stdout if stream is None else stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    # -- public entry points

    def pprint(self, object):
        out = self._stream
        # sys.stdout may be None (no console): then nothing is printed.
        if out is None:
            return
        self._format(object, out, 0, 0, {}, 0)
        out.write("\n")

    def pformat(self, object):
        buffer = _StringIO()
        self._format(object, buffer, 0, 0, {}, 0)
        return buffer.getvalue()

    def isrecursive(self, object):
        _, _, recursive = self.format(object, {}, 0, 0)
        return recursive

    def isreadable(self, object):
        _, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """Return (text, readable, recursive) for object at the given
        nesting level; subclasses may override it to change reprs."""
        return self._safe_repr(object, context, maxlevels, level)

    # -- laying out

    def _format(self, obj, out, indent, allowance, context, level):
        # Write obj at the current position: its one-line repr when that
        # fits in what is left of the line (allowance: the characters that
        # must follow it), else split over lines if its type allows.
        marker = id(obj)
        if marker in context:
            out.write(_recursion(obj))
            self._note(readable=False, recursive=True)
            return
        text = self._repr(obj, context, level)
        if len(text) <= self._width - indent - allowance:
            out.write(text)
            return
        splitter = self._dispatch.get(type(obj).__repr__)
        if splitter is None and self._is_plain_dataclass(obj):
            splitter = type(self)._split_dataclass
        if splitter is None:
            out.write(text)
            return
        context[marker] = 1
        splitter(self, obj, out, indent, allowance, context, level + 1)
        del context[marker]

    def _note(self, readable=True, recursive=False):
        # Kept for subclasses that read these flags.
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True

    def _repr(self, obj, context, level):
        text, readable, recursive = self.format(
            obj, context.copy(), self._depth, level)
        self._note(readable, recursive)
        return text

    @staticmethod
    def _is_plain_dataclass(obj):
        # A dataclass instance with the repr the decorator generated.
        params = getattr(type(obj), '__dataclass_params__', None)
        if params is None or isinstance(obj, type) or not params.repr:
            return False
        wrapped = getattr(obj.__repr__, "__wrapped__", None)
        return wrapped is not None and "__create_fn__" in wrapped.__qualname__

    @staticmethod
    def _wrote_empty(out, obj):
        # An empty container keeps its one-line repr.
        if len(obj):
            return False
        out.write(repr(obj))
        return True

    def _pad_after_opening(self, out):
        # With an indent over one, the first item lines up with the rest.
        extra = self._indent_per_level - 1
        if extra > 0:
            out.write(' ' * extra)

    def _write_joined(self, out, pieces, indent, parenthesize):
        # Adjacent literals on their own lines, in parentheses at top level.
        if parenthesize:
            out.write('(')
        out.write(('\n' + ' ' * indent).join(pieces))
        if parenthesize:
            out.write(')')

    def _items_in_brackets(self, out, head, items, tail, indent, allowance,
                           context, level):
        # head, the items as a sequence, tail.
        out.write(head)
        self._lay_out_items(items, out, indent, allowance, context, level)
        out.write(tail)

    def _lay_out_items(self, items, out, indent, allowance, context, level):
        # The items separated by commas: one per line, or with compact as
        # many short ones per line as fit.
        indent += self._indent_per_level
        self._pad_after_opening(out)
        newline = ',\n' + ' ' * indent
        pending = list(items)
        line_room = left = self._width - indent + 1
        separator = ''
        for n, item in enumerate(pending):
            last = n == len(pending) - 1
            if last:
                line_room -= allowance
                left -= allowance
            if self._compact:
                text = self._repr(item, context, level)
                need = len(text) + 2
                if left < need:
                    left = line_room
                    separator = newline if separator else separator
                if left >= need:
                    left -= need
                    out.write(separator + text)
                    separator = ', '
                    continue
            out.write(separator)
            separator = newline
            self._format(item, out, indent, allowance if last else 1,
                         context, level)

    def _lay_out_pairs(self, items, out, indent, allowance, context,
                           level):
        # key: value pairs, one per line.
        indent += self._indent_per_level
        pairs = list(items)
        for n, (key, value) in enumerate(pairs):
            if n:
                out.write(',\n' + ' ' * indent)
            key_text = self._repr(key, context, level)
            out.write(key_text + ': ')
            last = n == len(pairs) - 1
            self._format(value, out, indent + len(key_text) + 2,
                         allowance if last else 1, context, level)

    def _lay_out_fields(self, items, out, indent, allowance, context, level):
        # name=value pairs, one per line; a value being printed already
        # shows as ..., as a recursive dataclass repr shows it.
        pairs = list(items)
        for n, (key, value) in enumerate(pairs):
            if n:
                out.write(',\n' + ' ' * indent)
            out.write(key + '=')
            if id(value) in context:
                out.write("...")
                continue
            last = n == len(pairs) - 1
            self._format(value, out, indent + len(key) + 1,
                         allowance if last else 1, context, level)

    def _dict_items_for_display(self, mapping):
        if self._sort_dicts:
            return sorted(mapping.items(), key=_safe_tuple)
        return mapping.items()

    # -- the split layouts, by the __repr__ of the type (see _dispatch)

    def _split_dict(self, obj, out, indent, allowance, context, level):
        out.write('{')
        self._pad_after_opening(out)
        if len(obj):
            self._lay_out_pairs(self._dict_items_for_display(obj), out,
                                    indent, allowance + 1, context, level)
        out.write('}')

    def _split_list(self, obj, out, indent, allowance, context, level):
        self._items_in_brackets(out, '[', obj, ']', indent, allowance + 1,
                                context, level)

    def _split_tuple(self, obj, out, indent, allowance, context, level):
        tail = ',)' if len(obj) == 1 else ')'
        self._items_in_brackets(out, '(', obj, tail, indent,
                                allowance + len(tail), context, level)

    def _split_set(self, obj, out, indent, allowance, context, level):
        if self._wrote_empty(out, obj):
            return
        if obj.__class__ is set:
            head, tail = '{', '}'
        else:
            name = obj.__class__.__name__
            head, tail = name + '({', '})'
            indent += len(name) + 1
        self._items_in_brackets(out, head, sorted(obj, key=_safe_key), tail,
                                indent, allowance + len(tail), context, level)

    def _split_str(self, obj, out, indent, allowance, context, level):
        if self._wrote_empty(out, obj):
            return
        top = level == 1
        if top:
            # Room for the parentheses around the implicit concatenation.
            indent += 1
            allowance += 1
        room = self._width - indent
        lines = obj.splitlines(True)
        pieces = []
        for n, line in enumerate(lines):
            last_line = n == len(lines) - 1
            whole = repr(line)
            if len(whole) <= room - (allowance if last_line else 0):
                pieces.append(whole)
                continue
            # Too long: cut between words, each piece as long as fits.
            words = _word_runs(line)
            run = ''
            for m, word in enumerate(words):
                limit = room
                if last_line and m == len(words) - 1:
                    limit -= allowance
                if len(repr(run + word)) <= limit:
                    run += word
                    continue
                if run:
                    pieces.append(repr(run))
                run = word
            if run:
                pieces.append(repr(run))
        if len(pieces) == 1:
            out.write(pieces[0])
        else:
            self._write_joined(out, pieces, indent, top)

    def _split_bytes(self, obj, out, indent, allowance, context, level):
        if len(obj) <= 4:
            out.write(repr(obj))
            return
        top = level == 1
        if top:
            indent += 1
            allowance += 1
        pieces = _wrap_bytes_repr(obj, self._width - indent, allowance)
        self._write_joined(out, pieces, indent, top)

    def _split_bytearray(self, obj, out, indent, allowance, context, level):
        head = 'bytearray('
        out.write(head)
        self._split_bytes(bytes(obj), out, indent + len(head),
                           allowance + 1, context, level + 1)
        out.write(')')

    def _wrapped_whole(self, out, head, inner, indent, allowance, context, level):
        # head, inner laid out as one obj just after it, ')'.
        out.write(head)
        self._format(inner, out, indent + len(head), allowance + 1,
                     context, level)
        out.write(')')

    def _split_mappingproxy(self, obj, out, indent, allowance, context, level):
        self._wrapped_whole(out, 'mappingproxy(', obj.copy(), indent,
                            allowance, context, level)

    def _split_ordered_dict(self, obj, out, indent, allowance, context, level):
        if self._wrote_empty(out, obj):
            return
        self._wrapped_whole(out, obj.__class__.__name__ + '(', list(obj.items()),
                            indent, allowance, context, level)

    def _split_user_dict(self, obj, out, indent, allowance, context, level):
        # UserDict, UserList, UserString: laid out as the data they wrap.
        self._format(obj.data, out, indent, allowance, context, level - 1)

    _split_user_list = _split_user_string = _split_user_dict

    def _named_fields(self, out, name, items, indent, allowance, context, level):
        # name(field=value, ...), one field per line.
        out.write(name + '(')
        self._lay_out_fields(items, out, indent + len(name) + 1,
                                     allowance, context, level)
        out.write(')')

    def _split_simplenamespace(self, obj, out, indent, allowance, context, level):
        # SimpleNamespace's repr says "namespace"; subclasses use their name.
        kind = type(obj)
        name = 'namespace' if kind is _types.SimpleNamespace else kind.__name__
        self._named_fields(out, name, obj.__dict__.items(), indent,
                           allowance, context, level)

    def _split_dataclass(self, obj, out, indent, allowance, context, level):
        import dataclasses
        shown = [(f.name, getattr(obj, f.name))
                 for f in dataclasses.fields(obj) if f.repr]
        self._named_fields(out, obj.__class__.__name__, shown, indent,
                           allowance, context, level)

    def _split_default_dict(self, obj, out, indent, allowance, context, level):
        if self._wrote_empty(out, obj):
            return
        factory = self._repr(obj.default_factory, context, level)
        name = obj.__class__.__name__
        indent += len(name) + 1
        out.write(f"{name}({factory},\n{' ' * indent}")
        self._split_dict(obj, out, indent, allowance + 1, context, level)
        out.write(')')

    def _split_counter(self, obj, out, indent, allowance, context, level):
        if self._wrote_empty(out, obj):
            return
        name = obj.__class__.__name__
        out.write(name + '({')
        self._pad_after_opening(out)
        self._lay_out_pairs(obj.most_common(), out,
                                indent + len(name) + 1, allowance + 2,
                                context, level)
        out.write('})')

    def _split_chain_map(self, obj, out, indent, allowance, context, level):
        layers = obj.maps
        if not len(layers):
            # No maps at all (an empty first map is still shown split).
            out.write(repr(obj))
            return
        name = obj.__class__.__name__
        out.write(name + '(')
        indent += len(name) + 1
        for layer in layers[:-1]:
            self._format(layer, out, indent, 1, context, level)
            out.write(',\n' + ' ' * indent)
        self._format(layers[-1], out, indent, allowance + 1, context, level)
        out.write(')')

    def _split_deque(self, obj, out, indent, allowance, context, level):
        if self._wrote_empty(out, obj):
            return
        name = obj.__class__.__name__
        indent += len(name) + 1
        if obj.maxlen is None:
            self._items_in_brackets(out, name + '([', obj, '])', indent,
                                    allowance + 2, context, level)
            return
        self._items_in_brackets(out, name + '([', obj, '],', indent, 2,
                                context, level)
        limit = self._repr(obj.maxlen, context, level)
        out.write(f"\n{' ' * indent}maxlen={limit})")

    # -- one-line reprs

    def _safe_repr(self, obj, context, maxlevels, level):
        # (text, readable, recursive) without looping on recursive data.
        kind = type(obj)
        if kind in _builtin_scalars:
            return repr(obj), True, False
        own_repr = getattr(kind, "__repr__", None)

        def plain(base):
            return issubclass(kind, base) and own_repr is base.__repr__

        if plain(int):
            text = f"{obj:_d}" if self._underscore_numbers else repr(obj)
            return text, True, False
        if plain(dict):
            return self._container_repr(obj, '{%s}', context, maxlevels,
                                        level, self._dict_entry_reprs)
        if plain(list):
            return self._container_repr(obj, '[%s]', context, maxlevels,
                                        level, self._item_reprs)
        if plain(tuple):
            shape = '(%s,)' if len(obj) == 1 else '(%s)'
            return self._container_repr(obj, shape, context, maxlevels,
                                        level, self._item_reprs)
        text = repr(obj)
        return text, (text and not text.startswith('<')), False

    def _container_repr(self, obj, shape, context, maxlevels, level, parts):
        # shape % the parts joined with ', '; shape % '...' below maxlevels.
        if not obj:
            return shape % '', True, False
        key = id(obj)
        if maxlevels and level >= maxlevels:
            return shape % '...', False, key in context
        if key in context:
            return _recursion(obj), False, True
        context[key] = 1
        texts, readable, recursive = parts(obj, context, maxlevels, level + 1)
        del context[key]
        return shape % ', '.join(texts), readable, recursive

    def _item_reprs(self, items, context, maxlevels, level):
        texts, readable, recursive = [], True, False
        for item in items:
            text, ok, loops = self.format(item, context, maxlevels, level)
            texts.append(text)
            readable = readable and bool(ok)
            recursive = recursive or bool(loops)
        return texts, readable, recursive

    def _dict_entry_reprs(self, mapping, context, maxlevels, level):
        texts, readable, recursive = [], True, False
        for key, value in self._dict_items_for_display(mapping):
            ktext, kok, kloops = self.format(key, context, maxlevels, level)
            vtext, vok, vloops = self.format(value, context, maxlevels, level)
            texts.append(f"{ktext}: {vtext}")
            readable = readable and kok and vok
            recursive = recursive or bool(kloops or vloops)
        return texts, readable, recursive


PrettyPrinter._dispatch = {
    type_.__repr__: layout for type_, layout in (
        (dict, PrettyPrinter._split_dict),
        (_collections.OrderedDict, PrettyPrinter._split_ordered_dict),
        (list, PrettyPrinter._split_list),
        (tuple, PrettyPrinter._split_tuple),
        (set, PrettyPrinter._split_set),
        (frozenset, PrettyPrinter._split_set),
        (str, PrettyPrinter._split_str),
        (bytes, PrettyPrinter._split_bytes),
        (bytearray, PrettyPrinter._split_bytearray),
        (_types.MappingProxyType, PrettyPrinter._split_mappingproxy),
        (_types.SimpleNamespace, PrettyPrinter._split_simplenamespace),
        (_collections.defaultdict, PrettyPrinter._split_default_dict),
        (_collections.Counter, PrettyPrinter._split_counter),
        (_collections.ChainMap, PrettyPrinter._split_chain_map),
        (_collections.deque, PrettyPrinter._split_deque),
        (_collections.UserDict, PrettyPrinter._split_user_dict),
        (_collections.UserList, PrettyPrinter._split_user_list),
        (_collections.UserString, PrettyPrinter._split_user_string),
    )
}
