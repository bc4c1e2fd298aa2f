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

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Pretty-print object to stream (sys.stdout by default)."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth,
                  compact=compact, sort_dicts=sort_dicts,
                  underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """The pretty-printed text of object, as a string."""
    return PrettyPrinter(indent=indent, width=width, depth=depth,
                         compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint, keeping dicts in insertion order by default."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """repr() on one line, safe on recursive structures."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Whether saferepr(object) could be read back by eval()."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Whether object contains itself."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _safe_key:
    """Sort key ordering any objects: naturally when they compare, else by
    type name and id."""

    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            mine = (str(type(self.obj)), id(self.obj))
            theirs = (str(type(other.obj)), id(other.obj))
            return mine < theirs


def _safe_tuple(t):
    "Sort key for (key, value) pairs."
    return _safe_key(t[0]), _safe_key(t[1])


def _recursion(object):
    return f"<Recursion on {type(object).__name__} with id={id(object)}>"


_builtin_scalars = frozenset({str, bytes, bytearray, float, complex,
                              bool, type(None)})


def _wrap_bytes_repr(object, width, allowance):
    # Yield reprs of 4-byte-aligned slices, each fitting in width.
    piece = b''
    last = len(object) // 4 * 4
    for start in range(0, len(object), 4):
        part = object[start:start + 4]
        grown = piece + part
        if start == last:
            width -= allowance
        if len(repr(grown)) > width:
            if piece:
                yield repr(piece)
            piece = part
        else:
            piece = grown
    if piece:
        yield repr(piece)


class PrettyPrinter:
    """Formats objects: indent spaces per nesting level, lines of at most
    width columns where possible, depth levels at most (deeper ones show as
    ...), several short items per line when compact, dict keys sorted when
    sort_dicts, ints with _ separators when underscore_numbers."""

    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream if stream is not None else _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        if self._stream is not None:
            self._format(object, self._stream, 0, 0, {}, 0)
            self._stream.write("\n")

    def pformat(self, object):
        out = _StringIO()
        self._format(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        _, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def _format(self, object, stream, indent, allowance, context, level):
        key = id(object)
        if key in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        text = self._repr(object, context, level)
        if len(text) > self._width - indent - allowance:
            # Too long for the line: split it if we know how.
            splitter = self._dispatch.get(type(object).__repr__, None)
            if splitter is None and self._is_plain_dataclass(object):
                splitter = PrettyPrinter._pprint_dataclass
            if splitter is not None:
                context[key] = 1
                splitter(self, object, stream, indent, allowance, context, level + 1)
                del context[key]
                return
        stream.write(text)

    @staticmethod
    def _is_plain_dataclass(object):
        # A dataclass instance with the repr the decorator generated.
        params = getattr(type(object), '__dataclass_params__', None)
        if params is None or isinstance(object, type) or not params.repr:
            return False
        wrapped = getattr(object.__repr__, "__wrapped__", None)
        return wrapped is not None and "__create_fn__" in wrapped.__qualname__

    def _pprint_dataclass(self, object, stream, indent, allowance, context, level):
        import dataclasses
        name = object.__class__.__name__
        items = [(f.name, getattr(object, f.name))
                 for f in dataclasses.fields(object) if f.repr]
        stream.write(name + '(')
        self._format_namespace_items(items, stream, indent + len(name) + 1,
                                     allowance, context, level)
        stream.write(')')

    def _open_pad(self, stream):
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write('{')
        self._open_pad(stream)
        if len(object):
            items = object.items()
            if self._sort_dicts:
                items = sorted(items, key=_safe_tuple)
            self._format_dict_items(items, stream, indent, allowance + 1,
                                    context, level)
        stream.write('}')

    def _pprint_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        self._format(list(object.items()), stream, indent + len(name) + 1,
                     allowance + 1, context, level)
        stream.write(')')

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write(']')

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        stream.write('(')
        close = ',)' if len(object) == 1 else ')'
        self._format_items(object, stream, indent, allowance + len(close),
                           context, level)
        stream.write(close)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        kind = object.__class__
        if kind is set:
            stream.write('{')
            close = '}'
        else:
            stream.write(kind.__name__ + '({')
            close = '})'
            indent += len(kind.__name__) + 1
        ordered = sorted(object, key=_safe_key)
        self._format_items(ordered, stream, indent, allowance + len(close),
                           context, level)
        stream.write(close)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        pieces = []
        lines = object.splitlines(True)
        if level == 1:
            # Room for the parentheses around the implicit concatenation.
            indent += 1
            allowance += 1
        room = room_last = self._width - indent
        for n, line in enumerate(lines):
            text = repr(line)
            final_line = n == len(lines) - 1
            if final_line:
                room_last -= allowance
            if len(text) <= room_last:
                pieces.append(text)
                continue
            # Break the line between words (runs of non-space then space).
            words = re.findall(r'\S*\s*', line)
            words.pop()  # the empty match at the end
            limit = room
            acc = ''
            for m, word in enumerate(words):
                grown = acc + word
                if m == len(words) - 1 and final_line:
                    limit -= allowance
                if len(repr(grown)) > limit:
                    if acc:
                        pieces.append(repr(acc))
                    acc = word
                else:
                    acc = grown
            if acc:
                pieces.append(repr(acc))
        if len(pieces) == 1:
            stream.write(text)
            return
        if level == 1:
            stream.write('(')
        stream.write(('\n' + ' ' * indent).join(pieces))
        if level == 1:
            stream.write(')')

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        wrap = level == 1
        if wrap:
            indent += 1
            allowance += 1
            stream.write('(')
        stream.write(('\n' + ' ' * indent).join(
            _wrap_bytes_repr(object, self._width - indent, allowance)))
        if wrap:
            stream.write(')')

    def _pprint_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write('bytearray(')
        self._pprint_bytes(bytes(object), stream, indent + 10, allowance + 1,
                           context, level + 1)
        stream.write(')')

    def _pprint_mappingproxy(self, object, stream, indent, allowance, context, level):
        stream.write('mappingproxy(')
        self._format(object.copy(), stream, indent + 13, allowance + 1,
                     context, level)
        stream.write(')')

    def _pprint_simplenamespace(self, object, stream, indent, allowance, context, level):
        # SimpleNamespace's repr says "namespace"; subclasses use their name.
        name = ('namespace' if type(object) is _types.SimpleNamespace
                else object.__class__.__name__)
        stream.write(name + '(')
        self._format_namespace_items(object.__dict__.items(), stream,
                                     indent + len(name) + 1, allowance,
                                     context, level)
        stream.write(')')

    def _format_dict_items(self, items, stream, indent, allowance, context,
                           level):
        indent += self._indent_per_level
        sep = ',\n' + ' ' * indent
        items = list(items)
        for n, (key, value) in enumerate(items):
            final = n == len(items) - 1
            text = self._repr(key, context, level)
            stream.write(text)
            stream.write(': ')
            self._format(value, stream, indent + len(text) + 2,
                         allowance if final else 1, context, level)
            if not final:
                stream.write(sep)

    def _format_namespace_items(self, items, stream, indent, allowance, context, level):
        sep = ',\n' + ' ' * indent
        items = list(items)
        for n, (key, value) in enumerate(items):
            final = n == len(items) - 1
            stream.write(key)
            stream.write('=')
            if id(value) in context:
                # As a recursive dataclass repr shows it.
                stream.write("...")
            else:
                self._format(value, stream, indent + len(key) + 1,
                             allowance if final else 1, context, level)
            if not final:
                stream.write(sep)

    def _format_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        self._open_pad(stream)
        sep_line = ',\n' + ' ' * indent
        sep = ''
        room = full = self._width - indent + 1
        source = iter(items)
        try:
            upcoming = next(source)
        except StopIteration:
            return
        final = False
        while not final:
            item = upcoming
            try:
                upcoming = next(source)
            except StopIteration:
                final = True
                full -= allowance
                room -= allowance
            if self._compact:
                text = self._repr(item, context, level)
                need = len(text) + 2
                if room < need:
                    room = full
                    if sep:
                        sep = sep_line
                if room >= need:
                    room -= need
                    stream.write(sep)
                    sep = ', '
                    stream.write(text)
                    continue
            stream.write(sep)
            sep = sep_line
            self._format(item, stream, indent, allowance if final else 1,
                         context, level)

    def _repr(self, object, context, level):
        text, readable, recursive = self.format(object, context.copy(),
                                                self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def format(self, object, context, maxlevels, level):
        """Return (text, readable, recursive) for object at the given
        nesting level; subclasses may override it to change reprs."""
        return self._safe_repr(object, context, maxlevels, level)

    def _pprint_default_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = object.__class__.__name__
        indent += len(name) + 1
        stream.write(f"{name}({factory},\n{' ' * indent}")
        self._pprint_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(')')

    def _pprint_counter(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '({')
        self._open_pad(stream)
        self._format_dict_items(object.most_common(), stream,
                                indent + len(name) + 1, allowance + 2,
                                context, level)
        stream.write('})')

    def _pprint_chain_map(self, object, stream, indent, allowance, context, level):
        if not len(object.maps):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        indent += len(name) + 1
        count = len(object.maps)
        for n, layer in enumerate(object.maps):
            if n == count - 1:
                self._format(layer, stream, indent, allowance + 1, context, level)
                stream.write(')')
            else:
                self._format(layer, stream, indent, 1, context, level)
                stream.write(',\n' + ' ' * indent)

    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '([')
        indent += len(name) + 1
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2, context, level)
            stream.write('])')
        else:
            self._format_items(object, stream, indent, 2, context, level)
            limit = self._repr(object.maxlen, context, level)
            stream.write(f"],\n{' ' * indent}maxlen={limit})")

    def _pprint_user_dict(self, object, stream, indent, allowance, context, level):
        self._format(object.data, stream, indent, allowance, context, level - 1)

    _pprint_user_list = _pprint_user_dict
    _pprint_user_string = _pprint_user_dict

    def _safe_repr(self, object, context, maxlevels, level):
        # (text, readable, recursive) without looping on recursive data.
        kind = type(object)
        if kind in _builtin_scalars:
            return repr(object), True, False
        rep = getattr(kind, "__repr__", None)
        if issubclass(kind, int) and rep is int.__repr__:
            if self._underscore_numbers:
                return f"{object:_d}", True, False
            return repr(object), True, False
        if issubclass(kind, dict) and rep is dict.__repr__:
            if not object:
                return "{}", True, False
            return self._safe_container(
                object, "{%s}", context, maxlevels, level, "{...}",
                lambda: self._dict_parts(object, context, maxlevels, level + 1))
        is_list = issubclass(kind, list) and rep is list.__repr__
        if is_list or (issubclass(kind, tuple) and rep is tuple.__repr__):
            if is_list:
                if not object:
                    return "[]", True, False
                shape = "[%s]"
            elif len(object) == 1:
                shape = "(%s,)"
            else:
                if not object:
                    return "()", True, False
                shape = "(%s)"
            return self._safe_container(
                object, shape, context, maxlevels, level, shape % "...",
                lambda: [self.format(x, context, maxlevels, level + 1)
                         for x in object])
        text = repr(object)
        return text, bool(text and not text.startswith('<')), False

    def _dict_parts(self, object, context, maxlevels, level):
        items = object.items()
        if self._sort_dicts:
            items = sorted(items, key=_safe_tuple)
        parts = []
        for k, v in items:
            ktext, kread, krec = self.format(k, context, maxlevels, level)
            vtext, vread, vrec = self.format(v, context, maxlevels, level)
            parts.append((f"{ktext}: {vtext}", kread and vread, krec or vrec))
        return parts

    def _safe_container(self, object, shape, context, maxlevels, level,
                        elided, parts):
        key = id(object)
        if maxlevels and level >= maxlevels:
            return elided, False, key in context
        if key in context:
            return _recursion(object), False, True
        context[key] = 1
        got = parts()
        del context[key]
        readable = all(p[1] for p in got)
        recursive = any(p[2] for p in got)
        return shape % ", ".join(p[0] for p in got), readable, recursive


PrettyPrinter._dispatch = {
    dict.__repr__: PrettyPrinter._pprint_dict,
    _collections.OrderedDict.__repr__: PrettyPrinter._pprint_ordered_dict,
    list.__repr__: PrettyPrinter._pprint_list,
    tuple.__repr__: PrettyPrinter._pprint_tuple,
    set.__repr__: PrettyPrinter._pprint_set,
    frozenset.__repr__: PrettyPrinter._pprint_set,
    str.__repr__: PrettyPrinter._pprint_str,
    bytes.__repr__: PrettyPrinter._pprint_bytes,
    bytearray.__repr__: PrettyPrinter._pprint_bytearray,
    _types.MappingProxyType.__repr__: PrettyPrinter._pprint_mappingproxy,
    _types.SimpleNamespace.__repr__: PrettyPrinter._pprint_simplenamespace,
    _collections.defaultdict.__repr__: PrettyPrinter._pprint_default_dict,
    _collections.Counter.__repr__: PrettyPrinter._pprint_counter,
    _collections.ChainMap.__repr__: PrettyPrinter._pprint_chain_map,
    _collections.deque.__repr__: PrettyPrinter._pprint_deque,
    _collections.UserDict.__repr__: PrettyPrinter._pprint_user_dict,
    _collections.UserList.__repr__: PrettyPrinter._pprint_user_list,
    _collections.UserString.__repr__: PrettyPrinter._pprint_user_string,
}
