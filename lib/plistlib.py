"""Apple property lists (.plist files) in their XML and binary forms.

load/loads read a plist (the format is detected unless fmt is given) and
dump/dumps write one.  Values are dicts (str keys), lists and tuples, str,
bytes, int, float, bool, datetime.datetime and, in the binary form only, UID.

Kaa has no expat, so the XML form is read by _plistxml's small
non-validating XML reader, enough for the plist vocabulary.
"""
__all__ = [
    "InvalidFileException", "FMT_XML", "FMT_BINARY", "load", "dump", "loads", "dumps", "UID"
]

import binascii
import codecs
import datetime
import enum
from io import BytesIO
import itertools
import os
import re
import struct
from _plistxml import ParserCreate

PlistFormat = enum.Enum('PlistFormat', 'FMT_XML FMT_BINARY', module=__name__)
FMT_XML = PlistFormat.FMT_XML
FMT_BINARY = PlistFormat.FMT_BINARY


class UID:
    """A keyed-archiver object reference (binary plists only)."""

    def __init__(self, data):
        if not isinstance(data, int):
            raise TypeError("data must be an int")
        if data < 0:
            raise ValueError("UIDs must be positive")
        if data >> 64:
            raise ValueError("UIDs cannot be >= 2**64")
        self.data = data

    def __index__(self):
        return self.data

    def __repr__(self):
        return f"{type(self).__name__}({self.data!r})"

    def __reduce__(self):
        return type(self), (self.data,)

    def __eq__(self, other):
        if isinstance(other, UID):
            return other.data == self.data
        return NotImplemented

    def __hash__(self):
        return hash(self.data)


class InvalidFileException(ValueError):
    def __init__(self, message="Invalid file"):
        super().__init__(message)


# The two epochs of binary dates (Mac OS X 10.0 counts from 2001).
_EPOCH_NAIVE = datetime.datetime(2001, 1, 1)
_EPOCH_UTC = datetime.datetime(2001, 1, 1, tzinfo=datetime.UTC)


# ====================================================================== XML

PLISTHEADER = b"""\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
"""

# characters XML 1.0 has no way to carry: C0 controls other than \t \n \r
_FORBIDDEN = re.compile('[%s]' % ''.join(
    chr(c) for c in range(32) if chr(c) not in '\t\n\r'))

# <date> text: a year, optionally narrowed down to the second, then Z
_DATE_RE = re.compile(r"""
    (?P<year>\d{4})
    (?: -(?P<month>\d{2})
      (?: -(?P<day>\d{2})
        (?: T(?P<hour>\d{2})
          (?: :(?P<minute>\d{2})
            (?: :(?P<second>\d{2}) )? )? )? )? )?
    Z""", re.ASCII | re.VERBOSE)


def _xml_date_value(text, aware):
    numbers = [int(g) for g in itertools.takewhile(
        lambda g: g is not None, _DATE_RE.match(text).groupdict().values())]
    if aware:
        return datetime.datetime(*numbers, tzinfo=datetime.UTC)
    return datetime.datetime(*numbers)


def _xml_date_text(when, aware):
    if aware:
        when = when.astimezone(datetime.UTC)
    return (f'{when.year:04d}-{when.month:02d}-{when.day:02d}'
            f'T{when.hour:02d}:{when.minute:02d}:{when.second:02d}Z')


def _xml_text(text):
    """text made safe for element content, newlines normalised to \\n."""
    if _FORBIDDEN.search(text):
        raise ValueError("strings can't contain control characters; use bytes instead")
    for old, new in (("\r\n", "\n"), ("\r", "\n"), ("&", "&amp;"), ("<", "&lt;"), (">", "&gt;")):
        text = text.replace(old, new)
    return text


class _XMLReader:
    """Turns the XML reader's events into the plist's value.

    Open containers are kept on a stack; a <key> waits in _key until the
    value that follows it arrives."""

    def __init__(self, dict_type, aware_datetime=False):
        self._make_dict = dict_type
        self._aware = aware_datetime
        self._open = []
        self._key = None
        self._text = []
        self._result = None
        self._closers = {
            'key': self._close_key, 'dict': self._close_dict,
            'array': self._open.pop, 'true': lambda: self._put(True),
            'false': lambda: self._put(False), 'integer': self._close_integer,
            'real': lambda: self._put(float(self._take_text())),
            'string': lambda: self._put(self._take_text()),
            'data': lambda: self._put(binascii.a2b_base64(self._take_text().encode('utf-8'))),
            'date': lambda: self._put(_xml_date_value(self._take_text(), self._aware)),
        }

    def parse(self, fileobj):
        reader = self._xml = ParserCreate()
        reader.StartElementHandler = self._on_start
        reader.EndElementHandler = self._on_end
        reader.CharacterDataHandler = self._text.append
        reader.EntityDeclHandler = self._on_entity
        reader.ParseFile(fileobj)
        return self._result

    def _on_entity(self, *declaration):
        # an entity could expand without bound: refuse them all
        raise InvalidFileException("XML entity declarations are not supported in plist files")

    def _on_start(self, name, attrs):
        self._text.clear()
        if name == 'dict':
            self._open_container(self._make_dict())
        elif name == 'array':
            self._open_container([])

    def _on_end(self, name):
        closer = self._closers.get(name)
        if closer is not None:
            closer()

    def _line(self):
        return self._xml.CurrentLineNumber

    def _take_text(self):
        joined = ''.join(self._text)
        self._text.clear()
        return joined

    def _put(self, value):
        if self._key is not None:
            if not isinstance(self._open[-1], dict):
                raise ValueError("unexpected element at line %d" % self._line())
            self._open[-1][self._key] = value
            self._key = None
        elif self._open:
            if not isinstance(self._open[-1], list):
                raise ValueError("unexpected element at line %d" % self._line())
            self._open[-1].append(value)
        else:
            self._result = value

    def _open_container(self, container):
        self._put(container)
        self._open.append(container)

    def _close_dict(self):
        if self._key:
            raise ValueError("missing value for key '%s' at line %d" % (self._key, self._line()))
        self._open.pop()

    def _close_key(self):
        if self._key or not isinstance(self._open[-1], dict):
            raise ValueError("unexpected key at line %d" % self._line())
        self._key = self._take_text()

    def _close_integer(self):
        digits = self._take_text()
        self._put(int(digits, 16) if digits[:2].lower() == '0x' else int(digits))


class _XMLWriter:
    """Writes a value as XML plist lines, one element per line, each
    indented by one indent unit per level of nesting."""

    def __init__(self, file, indent_level=0, indent=b"\t", writeHeader=1, sort_keys=True,
                 skipkeys=False, aware_datetime=False):
        self._out = file
        self._base = indent_level
        self._unit = indent
        self._sort = sort_keys
        self._skip = skipkeys
        self._aware = aware_datetime
        if writeHeader:
            file.write(PLISTHEADER)

    def write(self, value):
        self._line(0, '<plist version="1.0">')
        self._value(value, 0)
        self._line(0, '</plist>')

    def _line(self, depth, text):
        if isinstance(text, str):
            text = text.encode('utf-8')
        self._out.write(self._unit * (self._base + depth) + text + b'\n')

    def _leaf(self, depth, tag, text=None):
        if text is None:
            self._line(depth, f'<{tag}/>')
        else:
            self._line(depth, f'<{tag}>{_xml_text(text)}</{tag}>')

    def _value(self, value, depth):
        if isinstance(value, str):
            self._leaf(depth, 'string', value)
        elif value is True or value is False:
            self._leaf(depth, 'true' if value else 'false')
        elif isinstance(value, int):
            if value < -(1 << 63) or value >= 1 << 64:
                raise OverflowError(value)
            self._leaf(depth, 'integer', '%d' % value)
        elif isinstance(value, float):
            self._leaf(depth, 'real', repr(value))
        elif isinstance(value, dict):
            self._container(depth, 'dict', not value, self._pairs(value))
        elif isinstance(value, (bytes, bytearray)):
            self._data(depth, value)
        elif isinstance(value, datetime.datetime):
            self._leaf(depth, 'date', _xml_date_text(value, self._aware))
        elif isinstance(value, (tuple, list)):
            self._container(depth, 'array', not value, value)
        else:
            raise TypeError("unsupported type: %s" % type(value))

    def _pairs(self, mapping):
        """Yields each str key (as a _Key) followed by its value."""
        items = sorted(mapping.items()) if self._sort else mapping.items()
        for key, item in items:
            if isinstance(key, str):
                yield _Key(key)
                yield item
            elif not self._skip:
                raise TypeError("keys must be strings")

    def _container(self, depth, tag, empty, members):
        if empty:
            self._leaf(depth, tag)
            return
        self._line(depth, f'<{tag}>')
        for member in members:
            if type(member) is _Key:
                self._leaf(depth + 1, 'key', member.name)
            else:
                self._value(member, depth + 1)
        self._line(depth, f'</{tag}>')

    def _data(self, depth, blob):
        # base64 at the element's own indent, lines fitting 76 columns
        # (a tab counting 8) but never narrower than 16 characters
        used = len(self._unit.replace(b"\t", b" " * 8) * (self._base + depth))
        chunk = max(16, 76 - used) // 4 * 3
        self._line(depth, '<data>')
        for start in range(0, len(blob), chunk):
            self._line(depth, binascii.b2a_base64(blob[start:start + chunk], newline=False))
        self._line(depth, '</data>')


class _Key:
    __slots__ = ('name',)

    def __init__(self, name):
        self.name = name


def _looks_like_xml(head):
    starts = (b'<?xml', b'<plist')
    if head.startswith(starts):
        return True
    # after a byte order mark the same starts appear in its encoding
    for bom, codec in ((codecs.BOM_UTF8, 'utf-8'), (codecs.BOM_UTF16_BE, 'utf-16-be'),
                       (codecs.BOM_UTF16_LE, 'utf-16-le')):
        if head.startswith(bom) and any(
                head.startswith(bom + s.decode('ascii').encode(codec)) for s in starts):
            return True
    return False


# =================================================================== binary
#
# Layout: b"bplist00", the encoded objects, a table holding each object's
# file offset, and a 32-byte trailer (6 pad bytes, a sort-version byte, the
# widths of a table offset and of an object reference, the object count, the
# root object's number, where the table starts).  Each object begins with a
# marker byte: its high nibble is the kind, the low one a size or a width;
# a low nibble of 15 means the count follows as an int object.

_UNPACK_CODE = {1: 'B', 2: 'H', 4: 'L', 8: 'Q'}

# the failures that a damaged file can cause while it is being decoded
_DAMAGE = (OSError, IndexError, struct.error, OverflowError, ValueError)


class _BinaryReader:
    def __init__(self, dict_type, aware_datetime=False):
        self._make_dict = dict_type
        self._aware = aware_datetime

    def parse(self, fp):
        try:
            fp.seek(0)
            self._buf = fp.read()
            if len(self._buf) < 32:
                raise InvalidFileException()
            (offset_width, self._ref_width, count, root,
             table_at) = struct.unpack_from('>6xBBQQQ', self._buf, len(self._buf) - 32)
            self._offsets = self._unsigned_run(table_at, count, offset_width)
            self._done = {}
            return self._object(root)
        except _DAMAGE:
            raise InvalidFileException()

    def _exact(self, at, size):
        piece = self._buf[at:at + size]
        if len(piece) != size:
            raise InvalidFileException()
        return piece

    def _unsigned_run(self, at, n, width):
        """n big-endian unsigned numbers of width bytes each, from at."""
        if width in _UNPACK_CODE:
            return struct.unpack_from(f'>{n}{_UNPACK_CODE[width]}', self._exact(at, width * n))
        if width == 0:
            raise InvalidFileException()
        raw = self._exact(at, width * n)
        return tuple(int.from_bytes(raw[i:i + width], 'big') for i in range(0, len(raw), width))

    def _count(self, low, at):
        """The count of an object and where its payload starts."""
        if low != 0xF:
            return low, at
        width = 1 << (self._buf[at] & 3)
        (n,) = struct.unpack('>' + _UNPACK_CODE[width], self._exact(at + 1, width))
        return n, at + 1 + width

    def _object(self, number):
        if number in self._done:
            return self._done[number]
        at = self._offsets[number]
        marker = self._buf[at]
        kind, low = marker >> 4, marker & 0xF
        at += 1
        if marker in (0x00, 0x08, 0x09, 0x0F):
            value = {0x00: None, 0x08: False, 0x09: True, 0x0F: b''}[marker]
        elif kind == 0x1:
            # widths of 1, 2 and 4 bytes are unsigned; 8 and 16 are signed
            value = int.from_bytes(self._buf[at:at + (1 << low)], 'big', signed=low > 2)
        elif marker == 0x22:
            (value,) = struct.unpack('>f', self._exact(at, 4))
        elif marker == 0x23:
            (value,) = struct.unpack('>d', self._exact(at, 8))
        elif marker == 0x33:
            (seconds,) = struct.unpack('>d', self._exact(at, 8))
            value = (_EPOCH_UTC if self._aware else _EPOCH_NAIVE) + datetime.timedelta(seconds=seconds)
        elif kind == 0x4:
            value = bytes(self._exact(*self._count(low, at)[::-1]))
        elif kind == 0x5:
            value = self._exact(*self._count(low, at)[::-1]).decode('ascii')
        elif kind == 0x6:
            n, at = self._count(low, at)
            value = self._exact(at, 2 * n).decode('utf-16be')
        elif kind == 0x8:
            value = UID(int.from_bytes(self._buf[at:at + low + 1], 'big'))
        elif kind == 0xA:
            n, at = self._count(low, at)
            members = self._unsigned_run(at, n, self._ref_width)
            value = self._done[number] = []
            for member in members:
                value.append(self._object(member))
        elif kind == 0xD:
            n, at = self._count(low, at)
            keys = self._unsigned_run(at, n, self._ref_width)
            items = self._unsigned_run(at + n * self._ref_width, n, self._ref_width)
            value = self._done[number] = self._make_dict()
            try:
                for k, v in zip(keys, items):
                    value[self._object(k)] = self._object(v)
            except TypeError:
                raise InvalidFileException()
        else:
            raise InvalidFileException()
        self._done[number] = value
        return value


def _width_for(limit):
    """The fewest of 1, 2, 4 or 8 bytes that can hold numbers below limit."""
    for width in (1, 2, 4):
        if limit < 1 << (8 * width):
            return width
    return 8


# kinds of value stored once per distinct (type, value); all else once per id
_BY_VALUE = (str, int, float, datetime.datetime, bytes)


class _BinaryWriter:
    def __init__(self, fp, sort_keys, skipkeys, aware_datetime=False):
        self._out = fp
        self._sort = sort_keys
        self._skip = skipkeys
        self._aware = aware_datetime

    def write(self, value):
        # number every distinct object, parents before their members
        self._order = []
        self._numbers = {}
        self._enumerate(value)
        count = len(self._order)
        self._ref_width = _width_for(count)
        self._ref_code = _UNPACK_CODE[self._ref_width]
        out = self._out
        out.write(b'bplist00')
        starts = []
        for item in self._order:
            starts.append(out.tell())
            self._encode(item)
        root = self._number_of(value)
        table_at = out.tell()
        offset_width = _width_for(table_at)
        out.write(struct.pack('>%d%s' % (count, _UNPACK_CODE[offset_width]), *starts))
        out.write(struct.pack('>6xBBQQQ', offset_width, self._ref_width, count, root, table_at))

    @staticmethod
    def _identity(value):
        if isinstance(value, _BY_VALUE):
            return type(value), value
        return id(value)

    def _number_of(self, value):
        return self._numbers[self._identity(value)]

    def _entries(self, mapping):
        """The keys and the values of mapping's str-keyed items."""
        items = sorted(mapping.items()) if self._sort else mapping.items()
        keys, values = [], []
        for key, item in items:
            if isinstance(key, str):
                keys.append(key)
                values.append(item)
            elif not self._skip:
                raise TypeError("keys must be strings")
        return keys, values

    def _enumerate(self, value):
        identity = self._identity(value)
        if identity in self._numbers:
            return
        self._numbers[identity] = len(self._order)
        self._order.append(value)
        if isinstance(value, dict):
            keys, values = self._entries(value)
            members = keys + values
        elif isinstance(value, (list, tuple)):
            members = value
        else:
            return
        for member in members:
            self._enumerate(member)

    def _head(self, kind, n):
        """A marker byte for kind with count n, followed by n itself when
        it does not fit the low nibble."""
        if n < 15:
            self._out.write(bytes([kind | n]))
            return
        width = _width_for(n)
        self._out.write(bytes([kind | 0xF, 0x10 | width.bit_length() - 1]) + n.to_bytes(width, 'big'))

    def _refs(self, values):
        numbers = [self._number_of(v) for v in values]
        self._out.write(struct.pack('>%d%s' % (len(numbers), self._ref_code), *numbers))

    def _encode(self, value):
        out = self._out
        if value is None or value is False or value is True:
            out.write({None: b'\x00', False: b'\x08', True: b'\x09'}[value])
        elif isinstance(value, int):
            if not -(1 << 63) <= value < 1 << 64:
                raise OverflowError(value)
            if value < 0 or value >= 1 << 63:
                # negatives take 8 signed bytes, the top range 16
                width = 8 if value < 0 else 16
            else:
                width = _width_for(value)
            out.write(bytes([0x10 | width.bit_length() - 1]) + value.to_bytes(width, 'big', signed=value < 0 or width == 16))
        elif isinstance(value, float):
            out.write(b'\x23' + struct.pack('>d', value))
        elif isinstance(value, datetime.datetime):
            if self._aware:
                elapsed = value.astimezone(datetime.UTC) - _EPOCH_UTC
            else:
                elapsed = value - _EPOCH_NAIVE
            out.write(b'\x33' + struct.pack('>d', elapsed.total_seconds()))
        elif isinstance(value, (bytes, bytearray)):
            self._head(0x40, len(value))
            out.write(value)
        elif isinstance(value, str):
            if value.isascii():
                self._head(0x50, len(value))
                out.write(value.encode('ascii'))
            else:
                units = value.encode('utf-16be')
                self._head(0x60, len(units) // 2)
                out.write(units)
        elif isinstance(value, UID):
            n = value.data
            if n < 0:
                raise ValueError("UIDs must be positive")
            if n >> 64:
                raise OverflowError(value)
            width = _width_for(n)
            out.write(bytes([0x80 | width - 1]) + n.to_bytes(width, 'big'))
        elif isinstance(value, (list, tuple)):
            self._head(0xA0, len(value))
            self._refs(value)
        elif isinstance(value, dict):
            keys, values = self._entries(value)
            self._head(0xD0, len(keys))
            self._refs(keys)
            self._refs(values)
        else:
            raise TypeError(value)


# ============================================================ entry points

def _looks_binary(head):
    return head[:8] == b'bplist00'


# for each format: how to recognise a file's first bytes, its reader, its writer
_FORMATS = {
    FMT_XML: (_looks_like_xml, _XMLReader, _XMLWriter),
    FMT_BINARY: (_looks_binary, _BinaryReader, _BinaryWriter),
}


def load(fp, *, fmt=None, dict_type=dict, aware_datetime=False):
    """Read a plist from the binary file fp; fmt (detected when None) is
    FMT_XML or FMT_BINARY."""
    if fmt is not None:
        reader = _FORMATS[fmt][1]
    else:
        head = fp.read(32)
        fp.seek(0)
        for recognise, reader, _ in _FORMATS.values():
            if recognise(head):
                break
        else:
            raise InvalidFileException()
    return reader(dict_type=dict_type, aware_datetime=aware_datetime).parse(fp)


def loads(value, *, fmt=None, dict_type=dict, aware_datetime=False):
    """Read a plist from bytes (or, for XML, a str)."""
    if isinstance(value, str):
        if fmt == FMT_BINARY:
            raise TypeError("value must be bytes-like object when fmt is FMT_BINARY")
        value = value.encode()
    return load(BytesIO(value), fmt=fmt, dict_type=dict_type, aware_datetime=aware_datetime)


def dump(value, fp, *, fmt=FMT_XML, sort_keys=True, skipkeys=False, aware_datetime=False):
    """Write value as a plist to the binary file fp."""
    if fmt not in _FORMATS:
        raise ValueError("Unsupported format: %r" % (fmt,))
    writer = _FORMATS[fmt][2]
    writer(fp, sort_keys=sort_keys, skipkeys=skipkeys, aware_datetime=aware_datetime).write(value)


def dumps(value, *, fmt=FMT_XML, skipkeys=False, sort_keys=True, aware_datetime=False):
    """value as a plist, in bytes."""
    sink = BytesIO()
    dump(value, sink, fmt=fmt, skipkeys=skipkeys, sort_keys=sort_keys, aware_datetime=aware_datetime)
    return sink.getvalue()
