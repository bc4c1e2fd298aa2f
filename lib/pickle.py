"""Turn Python objects into bytes and back ("pickling").

dumps()/dump() produce a pickle, loads()/load() rebuild the object from
one.  Pickler and Unpickler do the work and can be subclassed; their hooks
are persistent_id, reducer_override and dispatch_table on the writing side,
persistent_load and find_class on the reading side.  Protocols 0 through 5
are understood.  A pickle may name any callable to run while loading, so
only load data from a source you trust.
"""

# Kaa has no _pickle accelerator, so this file is the implementation.  The
# writer follows the order in which CPython's C pickler looks at an object
# (atoms, memo, str/bytes/containers, reducer_override, the rest) and emits
# the same opcodes, so the bytes match CPython's.  The reader looks up a
# handler per opcode byte.

from types import FunctionType
from copyreg import dispatch_table
from copyreg import _extension_registry, _inverted_registry, _extension_cache
from itertools import islice
from functools import partial
import sys
from sys import maxsize
from struct import pack, unpack
import re
import io
import codecs
import _compat_pickle

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads"]

try:
    from _pickle import PickleBuffer
except ImportError:
    _BUFFER_TYPE = None     # Kaa: no PickleBuffer
else:
    _BUFFER_TYPE = PickleBuffer
    __all__.append("PickleBuffer")

bytes_types = (bytes, bytearray)

format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    """Base of the exceptions below."""


class PicklingError(PickleError):
    """Raised for an object the pickler cannot write."""


class UnpicklingError(PickleError):
    """Raised for data the unpickler cannot read back (other exceptions,
    e.g. EOFError or AttributeError, are possible too)."""


class _Stop(Exception):
    # STOP ends the read loop by raising this with the finished object.
    def __init__(self, value):
        self.value = value


# Opcode names and their bytes, grouped by the protocol that added them.
_OPCODES = [
    # Protocol 0 and 1.
    ('MARK', b'('), ('STOP', b'.'), ('POP', b'0'), ('POP_MARK', b'1'),
    ('DUP', b'2'), ('FLOAT', b'F'), ('INT', b'I'), ('BININT', b'J'),
    ('BININT1', b'K'), ('LONG', b'L'), ('BININT2', b'M'), ('NONE', b'N'),
    ('PERSID', b'P'), ('BINPERSID', b'Q'), ('REDUCE', b'R'), ('STRING', b'S'),
    ('BINSTRING', b'T'), ('SHORT_BINSTRING', b'U'), ('UNICODE', b'V'),
    ('BINUNICODE', b'X'), ('APPEND', b'a'), ('BUILD', b'b'), ('GLOBAL', b'c'),
    ('DICT', b'd'), ('EMPTY_DICT', b'}'), ('APPENDS', b'e'), ('GET', b'g'),
    ('BINGET', b'h'), ('INST', b'i'), ('LONG_BINGET', b'j'), ('LIST', b'l'),
    ('EMPTY_LIST', b']'), ('OBJ', b'o'), ('PUT', b'p'), ('BINPUT', b'q'),
    ('LONG_BINPUT', b'r'), ('SETITEM', b's'), ('TUPLE', b't'),
    ('EMPTY_TUPLE', b')'), ('SETITEMS', b'u'), ('BINFLOAT', b'G'),
    # Booleans before protocol 2: INT with the arguments 01 and 00.
    ('TRUE', b'I01\n'), ('FALSE', b'I00\n'),
    # Protocol 2.
    ('PROTO', b'\x80'), ('NEWOBJ', b'\x81'), ('EXT1', b'\x82'), ('EXT2', b'\x83'),
    ('EXT4', b'\x84'), ('TUPLE1', b'\x85'), ('TUPLE2', b'\x86'), ('TUPLE3', b'\x87'),
    ('NEWTRUE', b'\x88'), ('NEWFALSE', b'\x89'), ('LONG1', b'\x8a'), ('LONG4', b'\x8b'),
    # Protocol 3.
    ('BINBYTES', b'B'), ('SHORT_BINBYTES', b'C'),
    # Protocol 4.
    ('SHORT_BINUNICODE', b'\x8c'), ('BINUNICODE8', b'\x8d'), ('BINBYTES8', b'\x8e'),
    ('EMPTY_SET', b'\x8f'), ('ADDITEMS', b'\x90'), ('FROZENSET', b'\x91'),
    ('NEWOBJ_EX', b'\x92'), ('STACK_GLOBAL', b'\x93'), ('MEMOIZE', b'\x94'),
    ('FRAME', b'\x95'),
    # Protocol 5.
    ('BYTEARRAY8', b'\x96'), ('NEXT_BUFFER', b'\x97'), ('READONLY_BUFFER', b'\x98'),
]
globals().update(_OPCODES)
__all__ += sorted(n for n in globals() if re.fullmatch(r"[A-Z][A-Z0-9_]+", n))

# TUPLE1..3 by size (0 is the empty tuple's opcode).
_SMALL_TUPLE = (EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3)

# Sentinel for "attribute or entry not there".
_ABSENT = object()


# ---------------------------------------------------------------------------
# Framing.  From protocol 4 on the pickler collects its output in frames of
# about 64 KiB, each preceded by FRAME and its 8-byte length, so that the
# reader can take a whole frame with a single read.

class _FrameWriter:
    # pickletools.optimize drives a pickler's framer directly, through the
    # names it has in CPython: start_framing, end_framing, commit_frame,
    # file_write and _FRAME_SIZE_TARGET.

    _FRAME_SIZE_MIN = 4             # a shorter frame goes out headerless
    _FRAME_SIZE_TARGET = 64 * 1024  # a frame is sent once it is this long

    def __init__(self, file_write):
        self.file_write = file_write
        self._buf = None    # an io.BytesIO while framing is on

    def start_framing(self):
        self._buf = io.BytesIO()

    def end_framing(self):
        if self._buf is not None and self._buf.tell():
            self.commit_frame(True)
            self._buf = None

    def commit_frame(self, force=False):
        buf = self._buf
        if buf is None or (buf.tell() < self._FRAME_SIZE_TARGET and not force):
            return
        body = buf.getbuffer()
        if len(body) >= self._FRAME_SIZE_MIN:
            self.file_write(FRAME + pack("<Q", len(body)))
        self.file_write(body)       # the buffer's memory, not a copy
        self._buf = io.BytesIO()

    def write(self, data):
        if self._buf is None:
            return self.file_write(data)
        return self._buf.write(data)

    def write_outside(self, header, payload):
        # Big payloads bypass framing: close the open frame, then send
        # header and payload directly.
        if self._buf is not None:
            self.commit_frame(True)
        self.file_write(header)
        self.file_write(payload)


class _FrameReader:

    def __init__(self, read, readline):
        self._read = read
        self._readline = readline
        self._frame = None      # io.BytesIO of the frame being consumed

    @staticmethod
    def _short():
        return UnpicklingError("pickle exhausted before end of frame")

    def read(self, n):
        frame = self._frame
        if frame is not None:
            got = frame.read(n)
            if got or not n:
                if len(got) < n:
                    raise self._short()
                return got
            self._frame = None      # frame used up: back to the file
        return self._read(n)

    def readinto(self, buf):
        want = len(buf)
        frame = self._frame
        if frame is not None:
            got = frame.readinto(buf)
            if got or not want:
                if got < want:
                    raise self._short()
                return got
            self._frame = None
        buf[:] = self._read(want)
        return want

    def readline(self):
        frame = self._frame
        if frame is not None:
            line = frame.readline()
            if line:
                if not line.endswith(b'\n'):
                    raise self._short()
                return line
            self._frame = None
        return self._readline()

    def open(self, size):
        if self._frame is not None and self._frame.read():
            raise UnpicklingError("beginning of a new frame before end of current frame")
        self._frame = io.BytesIO(self._read(size))


# ---------------------------------------------------------------------------
# Names and integers.

def _lookup(root, dotted):
    """Follow the dotted path from root; return (target, its parent)."""
    holder = None
    target = root
    for step in dotted.split('.'):
        if step == '<locals>':
            raise AttributeError(f"Can't get local attribute {dotted!r} on {root!r}")
        holder = target
        try:
            target = getattr(holder, step)
        except AttributeError:
            raise AttributeError(f"Can't get attribute {dotted!r} on {root!r}") from None
    return target, holder


def whichmodule(obj, name):
    """Find the name of the module holding obj as attribute path name."""
    declared = getattr(obj, '__module__', None)
    if declared is not None:
        return declared
    # A snapshot of sys.modules: looking attributes up may import more.
    for modname, mod in list(sys.modules.items()):
        if mod is None or modname in ('__main__', '__mp_main__'):
            continue
        try:
            found = _lookup(mod, name)[0]
        except AttributeError:
            continue
        if found is obj:
            return modname
    return '__main__'


def encode_long(x):
    r"""Two's complement little-endian bytes of the int x, in as few bytes
    as will hold it; 0 gives b''.

    >>> encode_long(0), encode_long(127), encode_long(128)
    (b'', b'\x7f', b'\x80\x00')
    >>> encode_long(-1), encode_long(-128), encode_long(-129)
    (b'\xff', b'\x80', b'\x7f\xff')
    """
    if not x:
        return b''
    magnitude = x if x >= 0 else ~x
    # One more bit than the magnitude needs, for the sign.
    return x.to_bytes(magnitude.bit_length() // 8 + 1, 'little', signed=True)


def decode_long(data):
    r"""The int stored in data as two's complement, least significant byte
    first.

    >>> decode_long(b''), decode_long(b'\x80\x00'), decode_long(b'\x7f\xff')
    (0, 128, -129)
    """
    return int.from_bytes(data, 'little', signed=True)


# ---------------------------------------------------------------------------
# Writing.

# Saved before the memo is consulted: never memoized, never offered to
# reducer_override.
_ATOMS = frozenset({type(None), bool, int, float})
# Saved by their own method before reducer_override is asked.
_BUILTINS = {str, bytes, bytearray, tuple, list, dict, set, frozenset}

# Protocol 0 writes str as raw-unicode-escape on one line; these characters
# would break that line (or the escaping) and are spelled \uXXXX.
_LINE_SAFE = str.maketrans({'\\': '\\u005c', '\0': '\\u0000', '\n': '\\u000a',
                            '\r': '\\u000d', '\x1a': '\\u001a'})


class _Pickler:

    def __init__(self, file, protocol=None, *, fix_imports=True,
                 buffer_callback=None):
        """Prepare to write pickles to file (anything with write()).

        protocol: 0..HIGHEST_PROTOCOL, None for DEFAULT_PROTOCOL, a negative
        number for HIGHEST_PROTOCOL.  fix_imports: spell names as Python 2
        knew them (protocols below 3).  buffer_callback: protocol 5 only;
        called with each PickleBuffer, a false result sends it out of band.
        """
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        elif protocol < 0:
            protocol = HIGHEST_PROTOCOL
        if protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if protocol < 5 and buffer_callback is not None:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            sink = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute")
        self._file_write, self._buffer_callback = sink, buffer_callback
        self.framer = _FrameWriter(sink)
        self.write = self.framer.write
        self.memo = {}          # id(obj) -> (memo index, obj)
        self.proto = int(protocol)
        self.bin = self.proto > 0
        self.fast = 0           # true: no memo (and no cycles allowed)
        self.fix_imports = bool(fix_imports) and self.proto < 3

    def clear_memo(self):
        """Forget what was written: later dumps write every object anew."""
        self.memo.clear()

    def dump(self, obj):
        """Write obj's pickle to the file."""
        if not hasattr(self, "_file_write"):
            raise PicklingError("Pickler.__init__() was not called by "
                                "%s.__init__()" % (type(self).__name__,))
        if self.proto > 1:
            self.write(PROTO + bytes((self.proto,)))
        if self.proto > 3:
            self.framer.start_framing()
        self.save(obj)
        self.write(STOP)
        self.framer.end_framing()

    # -- the memo ----------------------------------------------------------

    def memoize(self, obj):
        """Record obj in the memo (and in the pickle) under the next index;
        nothing is recorded in fast mode."""
        if self.fast:
            return
        slot = len(self.memo)
        self.write(self.put(slot))
        self.memo[id(obj)] = slot, obj

    def _memo_op(self, index, text_op, short_op, long_op):
        if not self.bin:
            return text_op + b'%d\n' % index
        if index < 256:
            return short_op + bytes((index,))
        return long_op + pack("<I", index)

    def put(self, idx):
        if self.proto > 3:
            return MEMOIZE
        return self._memo_op(idx, PUT, BINPUT, LONG_BINPUT)

    def get(self, i):
        return self._memo_op(i, GET, BINGET, LONG_BINGET)

    def _recall(self, obj):
        # The bytes that fetch obj back from the memo, or None if not there.
        entry = self.memo.get(id(obj))
        if entry is None:
            return None
        return self.get(entry[0])

    # -- the main entry ----------------------------------------------------

    def save(self, obj, save_persistent_id=True):
        self.framer.commit_frame()
        ref = self.persistent_id(obj)
        if save_persistent_id and ref is not None:
            self.save_pers(ref)
            return
        kind = type(obj)
        if kind in _ATOMS:
            self.dispatch[kind](self, obj)
            return
        again = self._recall(obj)
        if again is not None:
            self.write(again)
            return
        if kind in _BUILTINS:
            self.dispatch[kind](self, obj)
            return
        outcome = self._reduction(obj, kind)
        if outcome is None:
            return
        asked, value = outcome
        if isinstance(value, str):
            # The object is known by that global name.
            self.save_global(obj, value)
        elif not isinstance(value, tuple):
            raise PicklingError("%s must return string or tuple" % asked)
        elif len(value) < 2 or len(value) > 6:
            raise PicklingError("Tuple returned by %s must have two to six elements" % asked)
        else:
            self.save_reduce(*value, obj=obj)

    def _reduction(self, obj, kind):
        # Ask, in order: reducer_override, our own savers, the dispatch
        # table, the type (classes are globals), __reduce_ex__, __reduce__.
        # Returns (what was asked, its answer), or None when obj is saved.
        hook = getattr(self, "reducer_override", _ABSENT)
        if hook is not _ABSENT:
            answer = hook(obj)
            if answer is not NotImplemented:
                return hook, answer
        saver = self.dispatch.get(kind)
        if saver is not None:
            saver(self, obj)
            return None
        hook = getattr(self, 'dispatch_table', dispatch_table).get(kind, _ABSENT)
        if hook is not _ABSENT:
            return hook, hook(obj)
        if issubclass(kind, type):
            self.save_global(obj)
            return None
        hook = getattr(obj, "__reduce_ex__", _ABSENT)
        if hook is not _ABSENT:
            return hook, hook(self.proto)
        hook = getattr(obj, "__reduce__", _ABSENT)
        if hook is _ABSENT:
            raise PicklingError("Can't pickle %r object: %r" % (kind.__name__, obj))
        return hook, hook()

    def persistent_id(self, obj):
        """Return None to pickle obj, or an id that stands for it (override
        this in a subclass)."""
        return None

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
            return
        try:
            line = str(pid).encode("ascii")
        except UnicodeEncodeError:
            raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")
        self.write(PERSID + line + b'\n')

    def save_reduce(self, func, args, state=None, listitems=None,
                    dictitems=None, state_setter=None, *, obj=None):
        # Emit the construction recipe of a reduce value, then its extras.
        if not isinstance(args, tuple):
            raise PicklingError("args from save_reduce() must be a tuple")
        if not callable(func):
            raise PicklingError("func from save_reduce() must be callable")
        how = getattr(func, "__name__", "") if self.proto > 1 else ""
        if how == "__newobj_ex__":
            cls, pos, kw = args
            self._check_new_target(cls, obj, how)
            if self.proto > 3:
                for part in (cls, pos, kw):
                    self.save(part)
                self.write(NEWOBJ_EX)
            else:
                self.save(partial(cls.__new__, cls, *pos, **kw))
                self.save(())
                self.write(REDUCE)
        elif how == "__newobj__":
            self._check_new_target(args[0], obj, how)
            self.save(args[0])
            self.save(args[1:])
            self.write(NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            self.write(REDUCE)

        if obj is not None:
            # obj may have entered the memo already through a cycle.
            again = self._recall(obj)
            if again is None:
                self.memoize(obj)
            else:
                self.write(POP + again)

        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is None:
            return
        if state_setter is None:
            self.save(state)
            self.write(BUILD)
        else:
            # Call state_setter(obj, state) and throw the result away.
            self.save(state_setter)
            self.save(obj)
            self.save(state)
            self.write(TUPLE2 + REDUCE + POP)

    @staticmethod
    def _check_new_target(cls, obj, how):
        if not hasattr(cls, "__new__"):
            raise PicklingError("args[0] from %s args has no __new__" % how)
        if obj is not None and obj.__class__ is not cls:
            raise PicklingError("args[0] from %s args has the wrong class" % how)

    # -- savers by type ----------------------------------------------------

    dispatch = {}

    def _put_none(self, obj):
        self.write(NONE)

    def _put_bool(self, obj):
        if self.proto > 1:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)

    def _put_int(self, obj):
        fits32 = -2**31 <= obj < 2**31
        if self.bin and fits32:
            if 0 <= obj < 256:
                self.write(BININT1 + bytes((obj,)))
            elif 0 <= obj < 65536:
                self.write(BININT2 + pack("<H", obj))
            else:
                self.write(BININT + pack("<i", obj))
        elif self.proto > 1:
            raw = encode_long(obj)
            if len(raw) < 256:
                self.write(LONG1 + bytes((len(raw),)) + raw)
            else:
                self.write(LONG4 + pack("<i", len(raw)) + raw)
        elif fits32:
            self.write(INT + b'%d\n' % obj)
        else:
            self.write(LONG + b'%dL\n' % obj)

    def _put_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + pack('>d', obj))
        else:
            self.write(FLOAT + repr(obj).encode("ascii") + b'\n')

    def _sized(self, payload, short_op, op4, op8):
        # payload behind a length: one byte (short_op, if given), four, or
        # eight (op8, protocol 4+, beyond 4 GiB).  Big ones skip framing.
        n = len(payload)
        if short_op is not None and n < 256:
            self.write(short_op + bytes((n,)) + payload)
        elif op8 is not None and n > 0xffffffff and self.proto > 3:
            self.framer.write_outside(op8 + pack("<Q", n), payload)
        elif n >= _FrameWriter._FRAME_SIZE_TARGET:
            self.framer.write_outside(op4 + pack("<I", n), payload)
        else:
            self.write(op4 + pack("<I", n) + payload)

    def _put_bytes(self, obj):
        if self.proto < 3:
            # No bytes type before protocol 3: codecs.encode of the latin-1
            # text (a plain str for Python 2) rebuilds them.
            if obj:
                self.save_reduce(codecs.encode, (str(obj, 'latin1'), 'latin1'), obj=obj)
            else:
                self.save_reduce(bytes, (), obj=obj)
            return
        self._sized(obj, SHORT_BINBYTES, BINBYTES, BINBYTES8)
        self.memoize(obj)

    def _put_bytearray_data(self, data):
        head = BYTEARRAY8 + pack("<Q", len(data))
        if len(data) >= _FrameWriter._FRAME_SIZE_TARGET:
            self.framer.write_outside(head, data)
        else:
            self.write(head + data)

    def _put_bytearray(self, obj):
        if self.proto < 5:
            self.save_reduce(bytearray, (bytes(obj),) if obj else (), obj=obj)
            return
        self._put_bytearray_data(obj)
        self.memoize(obj)

    if _BUFFER_TYPE is not None:
        def _put_picklebuffer(self, obj):
            if self.proto < 5:
                raise PicklingError("PickleBuffer can only be pickled with protocol >= 5")
            with obj.raw() as view:
                if not view.contiguous:
                    raise PicklingError("PickleBuffer can not be pickled when "
                                        "pointing to a non-contiguous buffer")
                callback = self._buffer_callback
                if callback is not None and not callback(obj):
                    # Out of band: the reader gets it from its buffers.
                    self.write(NEXT_BUFFER)
                    if view.readonly:
                        self.write(READONLY_BUFFER)
                    return
                copy = view.tobytes()
                known = id(copy) in self.memo
                if not view.readonly:
                    if known:
                        self._put_bytearray_data(copy)
                    else:
                        self._put_bytearray(copy)
                elif known:
                    self._sized(copy, SHORT_BINBYTES, BINBYTES, BINBYTES8)
                else:
                    self._put_bytes(copy)

    def _put_str(self, obj):
        if self.bin:
            utf8 = obj.encode('utf-8', 'surrogatepass')
            short = SHORT_BINUNICODE if self.proto > 3 else None
            self._sized(utf8, short, BINUNICODE, BINUNICODE8)
        else:
            line = obj.translate(_LINE_SAFE).encode('raw-unicode-escape')
            self.write(UNICODE + line + b'\n')
        self.memoize(obj)

    def _put_tuple(self, obj):
        size = len(obj)
        if not size:
            self.write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        small = size <= 3 and self.proto > 1
        if not small:
            self.write(MARK)
        for item in obj:
            self.save(item)
        again = self._recall(obj)
        if again is not None:
            # A cycle through the items put obj in the memo already: drop
            # the items and fetch it.
            if small:
                self.write(POP * size + again)
            elif self.bin:
                self.write(POP_MARK + again)
            else:
                self.write(POP * (size + 1) + again)
            return
        self.write(_SMALL_TUPLE[size] if small else TUPLE)
        self.memoize(obj)

    def _put_list(self, obj):
        self.write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        self._batch_appends(obj)

    def _put_dict(self, obj):
        self.write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        self._batch_setitems(obj.items())

    # Items go in groups of at most this many between MARK and APPENDS,
    # SETITEMS or ADDITEMS.
    _BATCHSIZE = 1000

    def _grouped(self, items, save_one, one_op, many_op):
        # Protocol 1+: MARK, a group's items, many_op; a group of one item
        # gets one_op without MARK, when there is a one_op.
        source = iter(items)
        while True:
            group = list(islice(source, self._BATCHSIZE))
            if len(group) == 1 and one_op is not None:
                save_one(group[0])
                self.write(one_op)
            elif group:
                self.write(MARK)
                for entry in group:
                    save_one(entry)
                self.write(many_op)
            if len(group) < self._BATCHSIZE:
                return

    def _save_pair(self, pair):
        key, value = pair
        self.save(key)
        self.save(value)

    def _batch_appends(self, items):
        if self.bin:
            self._grouped(items, self.save, APPEND, APPENDS)
        else:
            for entry in items:
                self.save(entry)
                self.write(APPEND)

    def _batch_setitems(self, items):
        if self.bin:
            self._grouped(items, self._save_pair, SETITEM, SETITEMS)
        else:
            for pair in items:
                self._save_pair(pair)
                self.write(SETITEM)

    def _put_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self.write(EMPTY_SET)
        self.memoize(obj)
        self._grouped(obj, self.save, None, ADDITEMS)

    def _put_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self.write(MARK)
        for member in obj:
            self.save(member)
        again = self._recall(obj)
        if again is not None:
            self.write(POP_MARK + again)
        else:
            self.write(FROZENSET)
            self.memoize(obj)

    # -- globals -----------------------------------------------------------

    def save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, '__qualname__', None)
            if name is None:
                name = obj.__name__
        modname = whichmodule(obj, name)
        try:
            __import__(modname, level=0)
            module = sys.modules[modname]
        except (ImportError, KeyError):
            raise PicklingError("Can't pickle %r: import of module %r failed"
                                % (obj, modname)) from None
        try:
            target, holder = _lookup(module, name)
        except AttributeError:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, modname)) from None
        if target is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, modname, name))

        if self.proto > 1:
            code = _extension_registry.get((modname, name), _ABSENT)
            if code is not _ABSENT:
                self._put_extension(code)
                return

        if holder is module:
            name = name.rpartition('.')[2]
        if self.proto > 3:
            self.save(modname)
            self.save(name)
            self.write(STACK_GLOBAL)
        elif '.' not in name:
            self._put_global_line(modname, name)
        else:
            # Before protocol 4 a nested name is rebuilt with getattr calls
            # on the top-level object: getattr(getattr(top, a), b)...
            head, *tail = name.split('.')
            for _ in tail:
                self.save(getattr)
                if self.proto < 2:
                    self.write(MARK)
            self._put_global_line(modname, head)
            pair_op = TUPLE if self.proto < 2 else TUPLE2
            for attr in tail:
                self.save(attr)
                self.write(pair_op + REDUCE)
        self.memoize(obj)

    def _put_extension(self, code):
        if code > 0xffff:
            self.write(EXT4 + pack("<i", code))
        elif code > 0xff:
            self.write(EXT2 + pack("<H", code))
        elif code == 0:
            raise RuntimeError("extension code 0 is out of range")
        else:
            self.write(EXT1 + pack("<B", code))

    def _put_global_line(self, modname, name):
        # GLOBAL module\nname\n: UTF-8 from protocol 3 on, ASCII (and Python
        # 2 names under fix_imports) before.
        if self.proto > 2:
            self.write(b'%s%s\n%s\n' % (GLOBAL, modname.encode("utf-8"), name.encode("utf-8")))
            return
        if self.fix_imports:
            renamed = _compat_pickle.REVERSE_NAME_MAPPING.get((modname, name))
            if renamed is not None:
                modname, name = renamed
            else:
                modname = _compat_pickle.REVERSE_IMPORT_MAPPING.get(modname, modname)
        try:
            line = b'%s%s\n%s\n' % (GLOBAL, modname.encode("ascii"), name.encode("ascii"))
        except UnicodeEncodeError:
            raise PicklingError(
                "can't pickle global identifier '%s.%s' using "
                "pickle protocol %i" % (modname, name, self.proto)) from None
        self.write(line)

    def _put_type(self, obj):
        # type(None), type(NotImplemented) and type(...) are not reachable
        # by name: they are written as type(the singleton).
        for single in (None, NotImplemented, Ellipsis):
            if type(single) is obj:
                self.save_reduce(type, (single,), obj=obj)
                return
        self.save_global(obj)


for _kind, _method in [
        (type(None), '_put_none'), (bool, '_put_bool'), (int, '_put_int'),
        (float, '_put_float'), (bytes, '_put_bytes'),
        (bytearray, '_put_bytearray'), (str, '_put_str'),
        (tuple, '_put_tuple'), (list, '_put_list'), (dict, '_put_dict'),
        (set, '_put_set'), (frozenset, '_put_frozenset'),
        (FunctionType, 'save_global'), (type, '_put_type')]:
    _Pickler.dispatch[_kind] = getattr(_Pickler, _method)
if _BUFFER_TYPE is not None:
    _Pickler.dispatch[_BUFFER_TYPE] = _Pickler._put_picklebuffer
    _BUILTINS.add(_BUFFER_TYPE)
del _kind, _method


# ---------------------------------------------------------------------------
# Reading.

# The struct formats of the binary arguments, and their sizes.
_WIDTHS = {'<H': 2, '<i': 4, '<I': 4, '<Q': 8, '>d': 8}

class _Unpickler:

    def __init__(self, file, *, fix_imports=True,
                 encoding="ASCII", errors="strict", buffers=None):
        """Prepare to read pickles from file (it needs read(), readinto()
        and readline()).

        encoding and errors decode the str objects of Python 2 pickles
        (encoding 'bytes' leaves them as bytes); fix_imports maps Python 2
        module and class names to today's; buffers is an iterable giving the
        out-of-band buffers a protocol 5 pickle refers to.
        """
        # readline before read: a file lacking both reports readline.
        self._file_readline = file.readline
        self._file_read = file.read
        self._buffers = None if buffers is None else iter(buffers)
        self.encoding, self.errors = encoding, errors
        self.fix_imports = fix_imports
        self.memo = {}          # memo index -> object
        self.proto = 0

    def load(self):
        """Read one pickle from the file; return the object it holds."""
        if not hasattr(self, "_file_read"):
            raise UnpicklingError("Unpickler.__init__() was not called by "
                                  "%s.__init__()" % (type(self).__name__,))
        frames = self._frames = _FrameReader(self._file_read, self._file_readline)
        self.read = frames.read
        self.readinto = frames.readinto
        self.readline = frames.readline
        self.stack, self.metastack = [], []
        self.proto = 0
        handlers = self.dispatch
        try:
            while True:
                op = self.read(1)
                if not op:
                    raise EOFError("Ran out of input")
                handlers[op[0]](self)
        except _Stop as done:
            return done.value

    def persistent_load(self, pid):
        raise UnpicklingError("unsupported persistent id encountered")

    # -- small helpers -----------------------------------------------------

    def _push(self, value):
        self.stack.append(value)

    def _pop(self):
        # Like the C unpickler: an empty stack is an UnpicklingError.
        if self.stack:
            return self.stack.pop()
        if self.metastack:
            raise UnpicklingError("unexpected MARK found")
        raise UnpicklingError("unpickling stack underflow")

    def _take(self, n):
        # Remove and return the top n items (IndexError if there are fewer).
        if len(self.stack) < n:
            raise IndexError("pop from empty list")
        top = self.stack[-n:]
        del self.stack[-n:]
        return top

    def _since_mark(self):
        # Close the innermost MARK: return what was pushed since.
        items = self.stack
        self.stack = self.metastack.pop()
        return items

    def _arg(self, fmt):
        # A fixed-size binary argument, fmt being one of _WIDTHS.
        return unpack(fmt, self.read(_WIDTHS[fmt]))[0]

    def _byte(self):
        return self.read(1)[0]

    def _length(self, fmt, opname):
        size = self._arg(fmt)
        if size > maxsize:
            raise UnpicklingError("%s exceeds system's maximum size of %d bytes"
                                  % (opname, maxsize))
        return size

    def _line(self):
        # The argument line of a text opcode, without its newline.
        return self.readline()[:-1]

    def _py2_str(self, raw):
        if self.encoding == "bytes":
            return raw
        return raw.decode(self.encoding, self.errors)

    def _utf8(self, raw):
        return str(raw, 'utf-8', 'surrogatepass')

    dispatch = {}

    # -- opcodes: protocol, frames, persistent ids -------------------------

    def _op_PROTO(self):
        version = self._byte()
        if version > HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % version)
        self.proto = version

    def _op_FRAME(self):
        size = self._arg('<Q')
        if size > maxsize:
            raise ValueError("frame size > sys.maxsize: %d" % size)
        self._frames.open(size)

    def _op_PERSID(self):
        try:
            pid = self._line().decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings")
        self._push(self.persistent_load(pid))

    def _op_BINPERSID(self):
        self._push(self.persistent_load(self.stack.pop()))

    # -- constants and numbers ---------------------------------------------

    def _op_NONE(self):
        self._push(None)

    def _op_NEWTRUE(self):
        self._push(True)

    def _op_NEWFALSE(self):
        self._push(False)

    def _op_INT(self):
        text = self.readline()
        # TRUE and FALSE share INT's opcode byte.
        if text == TRUE[1:]:
            self._push(True)
        elif text == FALSE[1:]:
            self._push(False)
        else:
            self._push(int(text, 0))

    def _op_BININT(self):
        self._push(self._arg('<i'))

    def _op_BININT1(self):
        self._push(self._byte())

    def _op_BININT2(self):
        self._push(self._arg('<H'))

    def _op_LONG(self):
        text = self._line()
        if text.endswith(b'L'):
            text = text[:-1]
        self._push(int(text, 0))

    def _op_LONG1(self):
        self._push(decode_long(self.read(self._byte())))

    def _op_LONG4(self):
        size = self._arg('<i')
        if size < 0:
            # Refuse rather than attempt an absurd read.
            raise UnpicklingError("LONG pickle has negative byte count")
        self._push(decode_long(self.read(size)))

    def _op_FLOAT(self):
        self._push(float(self._line()))

    def _op_BINFLOAT(self):
        self._push(self._arg('>d'))

    # -- text and binary data ----------------------------------------------

    def _op_STRING(self):
        quoted = self._line()
        if len(quoted) < 2 or quoted[0] != quoted[-1] or quoted[0] not in b'"\'':
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self._push(self._py2_str(codecs.escape_decode(quoted[1:-1])[0]))

    def _op_BINSTRING(self):
        size = self._arg('<i')
        if size < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self._push(self._py2_str(self.read(size)))

    def _op_SHORT_BINSTRING(self):
        self._push(self._py2_str(self.read(self._byte())))

    def _op_BINBYTES(self):
        self._push(self.read(self._length('<I', "BINBYTES")))

    def _op_SHORT_BINBYTES(self):
        self._push(self.read(self._byte()))

    def _op_BINBYTES8(self):
        self._push(self.read(self._length('<Q', "BINBYTES8")))

    def _op_BYTEARRAY8(self):
        out = bytearray(self._length('<Q', "BYTEARRAY8"))
        self.readinto(out)
        self._push(out)

    def _op_UNICODE(self):
        self._push(str(self._line(), 'raw-unicode-escape'))

    def _op_SHORT_BINUNICODE(self):
        self._push(self._utf8(self.read(self._byte())))

    def _op_BINUNICODE(self):
        self._push(self._utf8(self.read(self._length('<I', "BINUNICODE"))))

    def _op_BINUNICODE8(self):
        self._push(self._utf8(self.read(self._length('<Q', "BINUNICODE8"))))

    def _op_NEXT_BUFFER(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data "
                                  "but no *buffers* argument was given")
        for buf in self._buffers:
            self._push(buf)
            return
        raise UnpicklingError("not enough out-of-band buffers")

    def _op_READONLY_BUFFER(self):
        with memoryview(self.stack[-1]) as view:
            if not view.readonly:
                self.stack[-1] = view.toreadonly()

    # -- containers --------------------------------------------------------

    def _op_EMPTY_TUPLE(self):
        self._push(())

    def _op_TUPLE(self):
        self._push(tuple(self._since_mark()))

    def _make_tuple(self, size):
        tail = self.stack[-size:]
        if len(tail) != size:
            raise IndexError("list index out of range")
        self.stack[-size:] = [tuple(tail)]

    def _op_TUPLE1(self):
        self._make_tuple(1)

    def _op_TUPLE2(self):
        self._make_tuple(2)

    def _op_TUPLE3(self):
        self._make_tuple(3)

    def _op_EMPTY_LIST(self):
        self._push([])

    def _op_LIST(self):
        self._push(self._since_mark())

    def _op_EMPTY_DICT(self):
        self._push({})

    @staticmethod
    def _pairs(flat):
        # [k1, v1, k2, v2, ...] -> (k1, v1), (k2, v2), ...; an odd count is
        # an IndexError once the complete pairs are given.
        yield from zip(flat[0::2], flat[1::2])
        if len(flat) % 2:
            raise IndexError("list index out of range")

    def _op_DICT(self):
        flat = self._since_mark()
        self._push({key: value for key, value in self._pairs(flat)})

    def _op_EMPTY_SET(self):
        self._push(set())

    def _op_FROZENSET(self):
        self._push(frozenset(self._since_mark()))

    def _op_APPEND(self):
        item = self._pop()
        seq = self._pop()
        seq.append(item)
        self._push(seq)

    def _op_APPENDS(self):
        items = self._since_mark()
        seq = self.stack[-1]
        extend = getattr(seq, 'extend', _ABSENT)
        if extend is not _ABSENT:
            extend(items)
            return
        for item in items:
            seq.append(item)

    def _op_SETITEM(self):
        key, value = self._take(2)
        self.stack[-1][key] = value

    def _op_SETITEMS(self):
        flat = self._since_mark()
        mapping = self.stack[-1]
        for key, value in self._pairs(flat):
            mapping[key] = value

    def _op_ADDITEMS(self):
        items = self._since_mark()
        target = self.stack[-1]
        if isinstance(target, set):
            target.update(items)
            return
        for item in items:
            target.add(item)

    # -- objects and globals -----------------------------------------------

    def _construct(self, klass, args):
        # INST and OBJ call the class, except a class given no arguments
        # and without __getinitargs__, which only gets __new__.
        if not args and isinstance(klass, type) and not hasattr(klass, "__getinitargs__"):
            self._push(klass.__new__(klass))
            return
        try:
            made = klass(*args)
        except TypeError as exc:
            raise TypeError("in constructor for %s: %s" % (klass.__name__, exc),
                            exc.__traceback__)
        self._push(made)

    def _op_INST(self):
        modname = self._line().decode("ascii")
        qualname = self._line().decode("ascii")
        klass = self.find_class(modname, qualname)
        self._construct(klass, self._since_mark())

    def _op_OBJ(self):
        items = self._since_mark()
        klass = items.pop(0)
        self._construct(klass, items)

    def _op_NEWOBJ(self):
        cls, args = self._take(2)
        self._push(cls.__new__(cls, *args))

    def _op_NEWOBJ_EX(self):
        cls, args, kwargs = self._take(3)
        self._push(cls.__new__(cls, *args, **kwargs))

    def _op_GLOBAL(self):
        modname = self._line().decode("utf-8")
        qualname = self._line().decode("utf-8")
        self._push(self.find_class(modname, qualname))

    def _op_STACK_GLOBAL(self):
        modname, qualname = self._take(2)
        if not (type(modname) is str and type(qualname) is str):
            raise UnpicklingError("STACK_GLOBAL requires str")
        self._push(self.find_class(modname, qualname))

    def _op_EXT1(self):
        self.get_extension(self._byte())

    def _op_EXT2(self):
        self.get_extension(self._arg('<H'))

    def _op_EXT4(self):
        self.get_extension(self._arg('<i'))

    def get_extension(self, code):
        found = _extension_cache.get(code, _ABSENT)
        if found is _ABSENT:
            key = _inverted_registry.get(code)
            if not key:
                if code <= 0:
                    raise UnpicklingError("EXT specifies code <= 0")
                raise ValueError("unregistered extension code %d" % code)
            found = _extension_cache[code] = self.find_class(*key)
        self._push(found)

    def find_class(self, module, name):
        """Import module and return its attribute name (override to limit
        what pickles may refer to)."""
        sys.audit('pickle.find_class', module, name)
        if self.fix_imports and self.proto < 3:
            renamed = _compat_pickle.NAME_MAPPING.get((module, name))
            if renamed is not None:
                module, name = renamed
            else:
                module = _compat_pickle.IMPORT_MAPPING.get(module, module)
        __import__(module, level=0)
        home = sys.modules[module]
        if self.proto > 3:
            return _lookup(home, name)[0]
        try:
            return getattr(home, name)
        except AttributeError:
            raise AttributeError(f"Can't get attribute {name!r} on {home!r}") from None

    def _op_REDUCE(self):
        args = self._pop()
        func = self._pop()
        self._push(func(*args))

    def _op_BUILD(self):
        state = self._pop()
        inst = self._pop()
        self._push(inst)
        setstate = getattr(inst, "__setstate__", _ABSENT)
        if setstate is not _ABSENT:
            setstate(state)
            return
        # No __setstate__: state is the __dict__ update, or a pair of that
        # and the slot values.
        slots = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slots = state
        if state:
            namespace = inst.__dict__
            for key, value in state.items():
                if type(key) is str:
                    key = sys.intern(key)
                namespace[key] = value
        if slots:
            for key, value in slots.items():
                setattr(inst, key, value)

    # -- stack and memo ----------------------------------------------------

    def _op_MARK(self):
        self.metastack.append(self.stack)
        self.stack = []

    def _op_POP(self):
        if not self.stack:
            self._since_mark()
        else:
            self.stack.pop()

    def _op_POP_MARK(self):
        self._since_mark()

    def _op_DUP(self):
        self._push(self.stack[-1])

    def _recall(self, index):
        if index not in self.memo:
            raise UnpicklingError(f'Memo value not found at index {index}')
        self._push(self.memo[index])

    def _op_GET(self):
        self._recall(int(self._line()))

    def _op_BINGET(self):
        self._recall(self._byte())

    def _op_LONG_BINGET(self):
        self._recall(self._arg('<I'))

    def _op_PUT(self):
        index = int(self._line())
        if index < 0:
            raise ValueError("negative PUT argument")
        self.memo[index] = self.stack[-1]

    def _op_BINPUT(self):
        self.memo[self._byte()] = self.stack[-1]

    def _op_LONG_BINPUT(self):
        index = self._arg('<I')
        if index > maxsize:
            raise ValueError("negative LONG_BINPUT argument")
        self.memo[index] = self.stack[-1]

    def _op_MEMOIZE(self):
        self.memo[len(self.memo)] = self.stack[-1]

    def _op_STOP(self):
        raise _Stop(self._pop())


# Opcode byte -> handler (TRUE and FALSE start with INT's byte).
for _name, _code in _OPCODES:
    if hasattr(_Unpickler, '_op_' + _name):
        _Unpickler.dispatch[_code[0]] = getattr(_Unpickler, '_op_' + _name)
del _name, _code


# ---------------------------------------------------------------------------
# Module-level shorthands.

def _dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    _Pickler(file, protocol, fix_imports=fix_imports,
             buffer_callback=buffer_callback).dump(obj)


def _dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    sink = io.BytesIO()
    _dump(obj, sink, protocol, fix_imports=fix_imports,
          buffer_callback=buffer_callback)
    return sink.getvalue()


def _load(file, *, fix_imports=True, encoding="ASCII", errors="strict",
          buffers=None):
    reader = _Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                        encoding=encoding, errors=errors)
    return reader.load()


def _loads(s, /, *, fix_imports=True, encoding="ASCII", errors="strict",
           buffers=None):
    if isinstance(s, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return _load(io.BytesIO(s), fix_imports=fix_imports, encoding=encoding,
                 errors=errors, buffers=buffers)


# The C accelerator, when there is one, provides the public classes and
# functions; otherwise the Python ones above are the public ones.
try:
    import _pickle
except ImportError:
    Pickler, Unpickler = _Pickler, _Unpickler
    dump, dumps, load, loads = _dump, _dumps, _load, _loads
else:
    PickleError = _pickle.PickleError
    PicklingError = _pickle.PicklingError
    UnpicklingError = _pickle.UnpicklingError
    Pickler, Unpickler = _pickle.Pickler, _pickle.Unpickler
    dump, dumps, load, loads = _pickle.dump, _pickle.dumps, _pickle.load, _pickle.loads
    del _pickle


def _test():
    import doctest
    return doctest.testmod()


def _main(argv=None):
    import argparse
    cli = argparse.ArgumentParser(
        description='display contents of the pickle files')
    cli.add_argument('pickle_file', nargs='*', help='the pickle file')
    cli.add_argument('-t', '--test', action='store_true',
                     help='run self-test suite')
    cli.add_argument('-v', action='store_true',
                     help='run verbosely; only affects self-test run')
    opts = cli.parse_args(argv)
    if opts.test:
        _test()
        return
    if not opts.pickle_file:
        cli.print_help()
        return
    import pprint
    for path in opts.pickle_file:
        if path == '-':
            pprint.pprint(load(sys.stdin.buffer))
            continue
        with open(path, 'rb') as stream:
            pprint.pprint(load(stream))


if __name__ == "__main__":
    _main()
