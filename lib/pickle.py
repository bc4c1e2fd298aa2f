"""Create portable serialized representations of Python objects.

dumps(obj) turns an object into bytes (a "pickle"), loads(data) makes the
object again; dump() and load() do the same through a file.  Pickler and
Unpickler are the classes behind them, to customise (persistent_id,
reducer_override, dispatch_table, find_class, persistent_load).

Protocols 0 to 5 are written and read; 0 is printable ASCII, 1 and 2 add
binary forms, 3 bytes objects, 4 framing and large objects, 5 out-of-band
buffers.  Never unpickle data from an untrusted source: loading can run
arbitrary code.
"""

# Kaa's pickle, in Python (there is no _pickle). The writer keeps CPython's
# choice of opcodes, memo and frames, so its pickles are byte for byte
# those of CPython's pickler; the reader dispatches on each opcode's byte
# to a _load_NAME method.

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
    __all__.append("PickleBuffer")
    _HAVE_PICKLE_BUFFER = True
except ImportError:
    _HAVE_PICKLE_BUFFER = False

bytes_types = (bytes, bytearray)

format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    """A common base class for the other pickling exceptions."""
    pass


class PicklingError(PickleError):
    """An object that cannot be pickled was given to the pickler."""
    pass


class UnpicklingError(PickleError):
    """The data cannot be unpickled (it is corrupt, or says what is not
    allowed); other exceptions, such as AttributeError or EOFError, may be
    raised too."""
    pass


class _Stop(Exception):
    # Raised by the STOP opcode to end the load with its value.
    def __init__(self, value):
        self.value = value


# The opcodes: (name, code), by protocol.
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
    # True and False in protocol 0 and 1: INT with a special argument.
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
__all__.extend([x for x in sorted(globals()) if re.match("[A-Z][A-Z0-9_]+$", x)])

_tuplesize2code = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]


# ---------------------------------------------------------------------------
# Frames (protocol 4+): opcodes are written in frames of about 64 KiB, each
# announced by its length, so that a reader can fetch them in one read.

class _Framer:

    _FRAME_SIZE_MIN = 4
    _FRAME_SIZE_TARGET = 64 * 1024

    def __init__(self, file_write):
        self.file_write = file_write
        self.current_frame = None

    def start_framing(self):
        self.current_frame = io.BytesIO()

    def end_framing(self):
        if self.current_frame and self.current_frame.tell() > 0:
            self.commit_frame(force=True)
            self.current_frame = None

    def commit_frame(self, force=False):
        # Write the current frame out once it is big enough (or when told).
        frame = self.current_frame
        if not frame:
            return
        if frame.tell() < self._FRAME_SIZE_TARGET and not force:
            return
        data = frame.getbuffer()
        if len(data) >= self._FRAME_SIZE_MIN:
            # Tiny frames are not worth their header.
            self.file_write(FRAME + pack("<Q", len(data)))
        # The frame's bytes go straight to the file, without a copy.
        self.file_write(data)
        self.current_frame = io.BytesIO()

    def write(self, data):
        if self.current_frame:
            return self.current_frame.write(data)
        return self.file_write(data)

    def write_large_bytes(self, header, payload):
        # A large payload goes outside frames: end the current one first.
        if self.current_frame:
            self.commit_frame(force=True)
        self.file_write(header)
        self.file_write(payload)


class _Unframer:

    def __init__(self, file_read, file_readline, file_tell=None):
        self.file_read = file_read
        self.file_readline = file_readline
        self.current_frame = None

    def readinto(self, buf):
        frame = self.current_frame
        if not frame:
            n = len(buf)
            buf[:] = self.file_read(n)
            return n
        n = frame.readinto(buf)
        if n == 0 and len(buf) != 0:
            # The frame is used up: read on from the file.
            self.current_frame = None
            n = len(buf)
            buf[:] = self.file_read(n)
            return n
        if n < len(buf):
            raise UnpicklingError("pickle exhausted before end of frame")
        return n

    def read(self, n):
        frame = self.current_frame
        if not frame:
            return self.file_read(n)
        data = frame.read(n)
        if not data and n != 0:
            self.current_frame = None
            return self.file_read(n)
        if len(data) < n:
            raise UnpicklingError("pickle exhausted before end of frame")
        return data

    def readline(self):
        frame = self.current_frame
        if not frame:
            return self.file_readline()
        data = frame.readline()
        if not data:
            self.current_frame = None
            return self.file_readline()
        if data[-1] != b'\n'[0]:
            raise UnpicklingError("pickle exhausted before end of frame")
        return data

    def load_frame(self, frame_size):
        if self.current_frame and self.current_frame.read() != b'':
            raise UnpicklingError("beginning of a new frame before end of current frame")
        self.current_frame = io.BytesIO(self.file_read(frame_size))


# ---------------------------------------------------------------------------
# Helpers

def _getattribute(obj, name):
    # The object at the dotted path name inside obj, and its parent.
    top = obj
    parent = None
    for part in name.split('.'):
        if part == '<locals>':
            raise AttributeError("Can't get local attribute {!r} on {!r}".format(name, top))
        try:
            parent, obj = obj, getattr(obj, part)
        except AttributeError:
            raise AttributeError("Can't get attribute {!r} on {!r}".format(name, top)) from None
    return obj, parent


def whichmodule(obj, name):
    """The name of the module obj can be found in under name."""
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    # Search the loaded modules for one that has the object under name.
    for module_name, module in sys.modules.copy().items():
        if module_name in ('__main__', '__mp_main__') or module is None:
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


def encode_long(x):
    r"""Return the int x as little-endian two's complement bytes, as short as
    possible (b'' for 0): the argument of LONG1 and LONG4.

    >>> encode_long(255), encode_long(-128)
    (b'\xff\x00', b'\x80')
    """
    if x == 0:
        return b''
    size = (x.bit_length() >> 3) + 1
    data = x.to_bytes(size, byteorder='little', signed=True)
    # A negative number may fit one byte fewer than the bit count says.
    if x < 0 and size > 1 and data[-1] == 0xff and (data[-2] & 0x80) != 0:
        data = data[:-1]
    return data


def decode_long(data):
    r"""Return the int that little-endian two's complement bytes stand for.

    >>> decode_long(b'\xff\x00'), decode_long(b'')
    (255, 0)
    """
    return int.from_bytes(data, byteorder='little', signed=True)


_NoValue = object()

# The types saved before the memo is consulted, and those saved before
# reducer_override is asked (as CPython's C pickler does).
_ATOMS = frozenset({type(None), bool, int, float})
_CONTAINERS = {str, bytes, dict, list, tuple, set, frozenset, bytearray}


def _length_header(short, long4, long8, n, proto, short_limit=255):
    # The opcode and length for a bytes or str payload of n bytes.
    if n <= short_limit and short is not None:
        return short + pack("<B", n), False
    if n > 0xffffffff and proto >= 4:
        return long8 + pack("<Q", n), True
    return long4 + pack("<I", n), False


# ---------------------------------------------------------------------------
# The pickler

class _Pickler:

    def __init__(self, file, protocol=None, *, fix_imports=True,
                 buffer_callback=None):
        """Write pickles of protocol (DEFAULT_PROTOCOL when None; negative:
        HIGHEST_PROTOCOL) to file, which needs a write() method.

        fix_imports (protocols 0-2) maps names to their Python 2 spelling;
        buffer_callback (protocol 5) receives the PickleBuffers to keep out
        of band.
        """
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        self._buffer_callback = buffer_callback
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute")
        self.framer = _Framer(self._file_write)
        self.write = self.framer.write
        self._write_large_bytes = self.framer.write_large_bytes
        self.memo = {}
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3

    def clear_memo(self):
        """Forget the objects already written (a later dump writes them
        again)."""
        self.memo.clear()

    def dump(self, obj):
        """Write a pickle of obj to the file."""
        if not hasattr(self, "_file_write"):
            raise PicklingError("Pickler.__init__() was not called by "
                                "%s.__init__()" % (self.__class__.__name__,))
        if self.proto >= 2:
            self.write(PROTO + pack("<B", self.proto))
        if self.proto >= 4:
            self.framer.start_framing()
        self.save(obj)
        self.write(STOP)
        self.framer.end_framing()

    # The memo: objects already written, by id, with their memo index.

    def memoize(self, obj):
        """Store an object in the memo."""
        if self.fast:
            return
        assert id(obj) not in self.memo
        index = len(self.memo)
        self.write(self.put(index))
        self.memo[id(obj)] = index, obj

    def put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        if not self.bin:
            return PUT + repr(idx).encode("ascii") + b'\n'
        if idx < 256:
            return BINPUT + pack("<B", idx)
        return LONG_BINPUT + pack("<I", idx)

    def get(self, i):
        if not self.bin:
            return GET + repr(i).encode("ascii") + b'\n'
        if i < 256:
            return BINGET + pack("<B", i)
        return LONG_BINGET + pack("<I", i)

    def _memo_get(self, obj):
        # The opcode fetching obj from the memo, or None.
        found = self.memo.get(id(obj))
        return None if found is None else self.get(found[0])

    def save(self, obj, save_persistent_id=True):
        self.framer.commit_frame()
        pid = self.persistent_id(obj)
        if pid is not None and save_persistent_id:
            self.save_pers(pid)
            return
        t = type(obj)
        # As CPython's C pickler: the atoms first (they are never memoized
        # and reducer_override never sees them), then the memo, then str and
        # bytes, and only then reducer_override.
        if t in _ATOMS:
            self.dispatch[t](self, obj)
            return
        fetch = self._memo_get(obj)
        if fetch is not None:
            self.write(fetch)
            return
        if t in _CONTAINERS:
            self.dispatch[t](self, obj)
            return
        rv = NotImplemented
        reduce = getattr(self, "reducer_override", _NoValue)
        if reduce is not _NoValue:
            rv = reduce(obj)
        if rv is NotImplemented:
            saver = self.dispatch.get(t)
            if saver is not None:
                saver(self, obj)
                return
            reduce = getattr(self, 'dispatch_table', dispatch_table).get(t, _NoValue)
            if reduce is not _NoValue:
                rv = reduce(obj)
            elif issubclass(t, type):
                self.save_global(obj)
                return
            else:
                reduce = getattr(obj, "__reduce_ex__", _NoValue)
                if reduce is not _NoValue:
                    rv = reduce(self.proto)
                else:
                    reduce = getattr(obj, "__reduce__", _NoValue)
                    if reduce is _NoValue:
                        raise PicklingError("Can't pickle %r object: %r" % (t.__name__, obj))
                    rv = reduce()
        if isinstance(rv, str):
            # The object is a global of that name.
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("%s must return string or tuple" % reduce)
        if not 2 <= len(rv) <= 6:
            raise PicklingError("Tuple returned by %s must have two to six elements" % reduce)
        self.save_reduce(*rv, obj=obj)

    def persistent_id(self, obj):
        # Override to store some objects by reference (return a non-None id).
        return None

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
            return
        try:
            self.write(PERSID + str(pid).encode("ascii") + b'\n')
        except UnicodeEncodeError:
            raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")

    def save_reduce(self, func, args, state=None, listitems=None,
                    dictitems=None, state_setter=None, *, obj=None):
        # Write what __reduce__ returned: how to make the object, then its
        # items and state.
        if not isinstance(args, tuple):
            raise PicklingError("args from save_reduce() must be a tuple")
        if not callable(func):
            raise PicklingError("func from save_reduce() must be callable")
        save, write = self.save, self.write
        func_name = getattr(func, "__name__", "")
        if self.proto >= 2 and func_name == "__newobj_ex__":
            cls, args, kwargs = args
            self._check_newobj_class(cls, obj, func_name)
            if self.proto >= 4:
                save(cls)
                save(args)
                save(kwargs)
                write(NEWOBJ_EX)
            else:
                save(partial(cls.__new__, cls, *args, **kwargs))
                save(())
                write(REDUCE)
        elif self.proto >= 2 and func_name == "__newobj__":
            cls = args[0]
            self._check_newobj_class(cls, obj, "__newobj__")
            save(cls)
            save(args[1:])
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)
        if obj is not None:
            # A recursive reference may have memoized obj meanwhile.
            fetch = self._memo_get(obj)
            if fetch is not None:
                write(POP + fetch)
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                write(BUILD)
            else:
                # state_setter(obj, state), its result dropped.
                save(state_setter)
                save(obj)
                save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    @staticmethod
    def _check_newobj_class(cls, obj, func_name):
        if func_name == "__newobj__":
            missing = 'args[0] from __newobj__ args has no __new__'
            wrong = 'args[0] from __newobj__ args has the wrong class'
        else:
            missing = 'args[0] from {} args has no __new__'.format(func_name)
            wrong = 'args[0] from {} args has the wrong class'.format(func_name)
        if not hasattr(cls, "__new__"):
            raise PicklingError(missing)
        if obj is not None and cls is not obj.__class__:
            raise PicklingError(wrong)

    # The savers of the built-in types.

    dispatch = {}

    def save_none(self, obj):
        self.write(NONE)

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)

    def save_long(self, obj):
        if self.bin:
            # The smallest of the fixed-size forms that holds it.
            if 0 <= obj <= 0xff:
                self.write(BININT1 + pack("<B", obj))
                return
            if 0 <= obj <= 0xffff:
                self.write(BININT2 + pack("<H", obj))
                return
            if -0x80000000 <= obj <= 0x7fffffff:
                self.write(BININT + pack("<i", obj))
                return
        if self.proto >= 2:
            encoded = encode_long(obj)
            n = len(encoded)
            if n < 256:
                self.write(LONG1 + pack("<B", n) + encoded)
            else:
                self.write(LONG4 + pack("<i", n) + encoded)
            return
        if -0x80000000 <= obj <= 0x7fffffff:
            self.write(INT + repr(obj).encode("ascii") + b'\n')
        else:
            self.write(LONG + repr(obj).encode("ascii") + b'L\n')

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + pack('>d', obj))
        else:
            self.write(FLOAT + repr(obj).encode("ascii") + b'\n')

    def _write_sized(self, header, large, payload):
        if large or len(payload) >= self.framer._FRAME_SIZE_TARGET:
            self._write_large_bytes(header, payload)
        else:
            self.write(header + payload)

    def _save_bytes_no_memo(self, obj):
        assert self.proto >= 3
        header, large = _length_header(SHORT_BINBYTES, BINBYTES, BINBYTES8, len(obj), self.proto)
        if len(obj) <= 0xff:
            self.write(header + obj)
        else:
            self._write_sized(header, large, obj)

    def save_bytes(self, obj):
        if self.proto < 3:
            # Older protocols have no bytes: rebuild them with codecs.encode
            # from a latin-1 str (which Python 2 reads as its str).
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(codecs.encode, (str(obj, 'latin1'), 'latin1'), obj=obj)
            return
        self._save_bytes_no_memo(obj)
        self.memoize(obj)

    def _save_bytearray_no_memo(self, obj):
        assert self.proto >= 5
        self._write_sized(BYTEARRAY8 + pack("<Q", len(obj)), False, obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        self._save_bytearray_no_memo(obj)
        self.memoize(obj)

    if _HAVE_PICKLE_BUFFER:
        def save_picklebuffer(self, obj):
            if self.proto < 5:
                raise PicklingError("PickleBuffer can only be pickled with protocol >= 5")
            with obj.raw() as m:
                if not m.contiguous:
                    raise PicklingError("PickleBuffer can not be pickled when "
                                        "pointing to a non-contiguous buffer")
                in_band = True
                if self._buffer_callback is not None:
                    in_band = bool(self._buffer_callback(obj))
                if not in_band:
                    self.write(NEXT_BUFFER)
                    if m.readonly:
                        self.write(READONLY_BUFFER)
                    return
                buf = m.tobytes()
                in_memo = id(buf) in self.memo
                if m.readonly:
                    (self._save_bytes_no_memo if in_memo else self.save_bytes)(buf)
                else:
                    (self._save_bytearray_no_memo if in_memo else self.save_bytearray)(buf)

    def save_str(self, obj):
        if self.bin:
            encoded = obj.encode('utf-8', 'surrogatepass')
            n = len(encoded)
            if n <= 0xff and self.proto >= 4:
                self.write(SHORT_BINUNICODE + pack("<B", n) + encoded)
            elif n > 0xffffffff and self.proto >= 4:
                self._write_large_bytes(BINUNICODE8 + pack("<Q", n), encoded)
            else:
                self._write_sized(BINUNICODE + pack("<I", n), False, encoded)
        else:
            # raw-unicode-escape, with the characters that would end the
            # line or confuse the reader escaped too.
            text = obj.replace("\\", "\\u005c").replace("\0", "\\u0000")
            text = text.replace("\n", "\\u000a").replace("\r", "\\u000d")
            text = text.replace("\x1a", "\\u001a")     # Ctrl-Z, EOF on Windows
            self.write(UNICODE + text.encode('raw-unicode-escape') + b'\n')
        self.memoize(obj)

    def save_tuple(self, obj):
        if not obj:
            self.write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        n = len(obj)
        save = self.save
        if n <= 3 and self.proto >= 2:
            for element in obj:
                save(element)
            # A recursive tuple was memoized while its items were saved.
            fetch = self._memo_get(obj)
            if fetch is not None:
                self.write(POP * n + fetch)
            else:
                self.write(_tuplesize2code[n])
                self.memoize(obj)
            return
        write = self.write
        write(MARK)
        for element in obj:
            save(element)
        fetch = self._memo_get(obj)
        if fetch is not None:
            # Drop the items (and the mark) and use the memoized tuple.
            write(POP_MARK + fetch if self.bin else POP * (n + 1) + fetch)
            return
        write(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        self.write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        self._batch_appends(obj)

    # Items are written in batches of this many between a MARK and
    # APPENDS/SETITEMS/ADDITEMS.
    _BATCHSIZE = 1000

    def _batches(self, items):
        it = iter(items)
        while True:
            batch = list(islice(it, self._BATCHSIZE))
            yield batch
            if len(batch) < self._BATCHSIZE:
                return

    def _batch_appends(self, items):
        save, write = self.save, self.write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        for batch in self._batches(items):
            if len(batch) > 1:
                write(MARK)
                for x in batch:
                    save(x)
                write(APPENDS)
            elif batch:
                save(batch[0])
                write(APPEND)

    def save_dict(self, obj):
        self.write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        self._batch_setitems(obj.items())

    def _batch_setitems(self, items):
        save, write = self.save, self.write
        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                write(SETITEM)
            return
        for batch in self._batches(items):
            if len(batch) > 1:
                write(MARK)
                for k, v in batch:
                    save(k)
                    save(v)
                write(SETITEMS)
            elif batch:
                k, v = batch[0]
                save(k)
                save(v)
                write(SETITEM)

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self.write(EMPTY_SET)
        self.memoize(obj)
        for batch in self._batches(obj):
            if batch:
                self.write(MARK)
                for item in batch:
                    self.save(item)
                self.write(ADDITEMS)

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self.write(MARK)
        for item in obj:
            self.save(item)
        fetch = self._memo_get(obj)
        if fetch is not None:
            # A recursive frozenset was memoized meanwhile.
            self.write(POP_MARK + fetch)
            return
        self.write(FROZENSET)
        self.memoize(obj)

    def save_global(self, obj, name=None):
        write = self.write
        if name is None:
            name = getattr(obj, '__qualname__', None)
        if name is None:
            name = obj.__name__
        module_name = whichmodule(obj, name)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
        except (ImportError, KeyError):
            raise PicklingError("Can't pickle %r: import of module %r failed" %
                                (obj, module_name)) from None
        try:
            found, parent = _getattribute(module, name)
        except AttributeError:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed" %
                                (obj, name, module_name)) from None
        if found is not obj:
            raise PicklingError(
                "Can't pickle %r: it's not the same object as %s.%s" %
                (obj, module_name, name))
        if self.proto >= 2:
            code = _extension_registry.get((module_name, name), _NoValue)
            if code is not _NoValue:
                self._save_extension(code)
                return
        if parent is module:
            name = name.rpartition('.')[2]
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            write(STACK_GLOBAL)
        elif '.' in name:
            # A nested name: getattr() steps from the top-level object.
            first, *rest = name.split('.')
            for _ in rest:
                self.save(getattr)
                if self.proto < 2:
                    write(MARK)
            self._save_toplevel_by_name(module_name, first)
            for attrname in rest:
                self.save(attrname)
                write(TUPLE if self.proto < 2 else TUPLE2)
                write(REDUCE)
        else:
            self._save_toplevel_by_name(module_name, name)
        self.memoize(obj)

    def _save_extension(self, code):
        if code <= 0xff:
            data = pack("<B", code)
            if data == b'\0':
                raise RuntimeError("extension code 0 is out of range")
            self.write(EXT1 + data)
        elif code <= 0xffff:
            self.write(EXT2 + pack("<H", code))
        else:
            self.write(EXT4 + pack("<i", code))

    def _save_toplevel_by_name(self, module_name, name):
        if self.proto >= 3:
            self.write(GLOBAL + bytes(module_name, "utf-8") + b'\n' +
                       bytes(name, "utf-8") + b'\n')
            return
        if self.fix_imports:
            by_name = _compat_pickle.REVERSE_NAME_MAPPING
            by_module = _compat_pickle.REVERSE_IMPORT_MAPPING
            if (module_name, name) in by_name:
                module_name, name = by_name[(module_name, name)]
            elif module_name in by_module:
                module_name = by_module[module_name]
        try:
            self.write(GLOBAL + bytes(module_name, "ascii") + b'\n' +
                       bytes(name, "ascii") + b'\n')
        except UnicodeEncodeError:
            raise PicklingError(
                "can't pickle global identifier '%s.%s' using "
                "pickle protocol %i" % (module_name, name, self.proto)) from None

    def save_type(self, obj):
        # The types of the singletons are reached through type(singleton).
        for singleton in (None, NotImplemented, ...):
            if obj is type(singleton):
                return self.save_reduce(type, (singleton,), obj=obj)
        return self.save_global(obj)


_Pickler.dispatch.update({
    type(None): _Pickler.save_none, bool: _Pickler.save_bool,
    int: _Pickler.save_long, float: _Pickler.save_float,
    bytes: _Pickler.save_bytes, bytearray: _Pickler.save_bytearray,
    str: _Pickler.save_str, tuple: _Pickler.save_tuple,
    list: _Pickler.save_list, dict: _Pickler.save_dict,
    set: _Pickler.save_set, frozenset: _Pickler.save_frozenset,
    FunctionType: _Pickler.save_global, type: _Pickler.save_type,
})
if _HAVE_PICKLE_BUFFER:
    _Pickler.dispatch[PickleBuffer] = _Pickler.save_picklebuffer
    _CONTAINERS.add(PickleBuffer)


# ---------------------------------------------------------------------------
# The unpickler

class _Unpickler:

    def __init__(self, file, *, fix_imports=True,
                 encoding="ASCII", errors="strict", buffers=None):
        """Read pickles from file, which needs read(), readinto() and
        readline() methods.

        encoding and errors say how Python 2 str objects are decoded
        ('bytes' keeps them bytes); fix_imports maps Python 2 names;
        buffers supplies the out-of-band buffers of protocol 5.
        """
        self._buffers = iter(buffers) if buffers is not None else None
        self._file_readline = file.readline
        self._file_read = file.read
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    def load(self):
        """Read a pickle from the file and return the object."""
        if not hasattr(self, "_file_read"):
            raise UnpicklingError("Unpickler.__init__() was not called by "
                                  "%s.__init__()" % (self.__class__.__name__,))
        self._unframer = _Unframer(self._file_read, self._file_readline)
        self.read = self._unframer.read
        self.readinto = self._unframer.readinto
        self.readline = self._unframer.readline
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        self.proto = 0
        read = self.read
        dispatch = self.dispatch
        try:
            while True:
                key = read(1)
                if not key:
                    raise EOFError("Ran out of input")
                assert isinstance(key, bytes_types)
                dispatch[key[0]](self)
        except _Stop as stop:
            return stop.value

    def pop_mark(self):
        # The items since the last MARK, which is removed.
        items = self.stack
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def persistent_load(self, pid):
        raise UnpicklingError("unsupported persistent id encountered")

    dispatch = {}

    # Protocol, frames and persistent ids.

    def _load_PROTO(self):
        proto = self.read(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    def _load_FRAME(self):
        frame_size, = unpack('<Q', self.read(8))
        if frame_size > sys.maxsize:
            raise ValueError("frame size > sys.maxsize: %d" % frame_size)
        self._unframer.load_frame(frame_size)

    def _load_PERSID(self):
        try:
            pid = self.readline()[:-1].decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings")
        self.append(self.persistent_load(pid))

    def _load_BINPERSID(self):
        self.append(self.persistent_load(self.stack.pop()))

    # Scalars.

    def _load_NONE(self):
        self.append(None)

    def _load_NEWFALSE(self):
        self.append(False)

    def _load_NEWTRUE(self):
        self.append(True)

    def _load_INT(self):
        data = self.readline()
        if data == FALSE[1:]:
            self.append(False)
        elif data == TRUE[1:]:
            self.append(True)
        else:
            self.append(int(data, 0))

    def _load_BININT(self):
        self.append(unpack('<i', self.read(4))[0])

    def _load_BININT1(self):
        self.append(self.read(1)[0])

    def _load_BININT2(self):
        self.append(unpack('<H', self.read(2))[0])

    def _load_LONG(self):
        digits = self.readline()[:-1]
        if digits and digits[-1] == b'L'[0]:
            digits = digits[:-1]
        self.append(int(digits, 0))

    def _load_LONG1(self):
        n = self.read(1)[0]
        self.append(decode_long(self.read(n)))

    def _load_LONG4(self):
        n, = unpack('<i', self.read(4))
        if n < 0:
            # A corrupt pickle could ask for a huge read otherwise.
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(decode_long(self.read(n)))

    def _load_FLOAT(self):
        self.append(float(self.readline()[:-1]))

    def _load_BINFLOAT(self):
        self.append(unpack('>d', self.read(8))[0])

    # Strings and bytes.

    def _decode_string(self, value):
        # A Python 2 str: decoded with the unpickler's encoding, or kept as
        # bytes with encoding='bytes'.
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def _load_STRING(self):
        data = self.readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.append(self._decode_string(codecs.escape_decode(data)[0]))

    def _load_BINSTRING(self):
        size, = unpack('<i', self.read(4))
        if size < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.append(self._decode_string(self.read(size)))

    def _read_sized(self, fmt, width, what):
        size, = unpack(fmt, self.read(width))
        if size > maxsize:
            raise UnpicklingError("%s exceeds system's maximum size of %d bytes"
                                  % (what, maxsize))
        return size

    def _load_BINBYTES(self):
        self.append(self.read(self._read_sized('<I', 4, "BINBYTES")))

    def _load_UNICODE(self):
        self.append(str(self.readline()[:-1], 'raw-unicode-escape'))

    def _load_BINUNICODE(self):
        size = self._read_sized('<I', 4, "BINUNICODE")
        self.append(str(self.read(size), 'utf-8', 'surrogatepass'))

    def _load_BINUNICODE8(self):
        size = self._read_sized('<Q', 8, "BINUNICODE8")
        self.append(str(self.read(size), 'utf-8', 'surrogatepass'))

    def _load_BINBYTES8(self):
        self.append(self.read(self._read_sized('<Q', 8, "BINBYTES8")))

    def _load_BYTEARRAY8(self):
        buf = bytearray(self._read_sized('<Q', 8, "BYTEARRAY8"))
        self.readinto(buf)
        self.append(buf)

    def _load_NEXT_BUFFER(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data "
                                  "but no *buffers* argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers")
        self.append(buf)

    def _load_READONLY_BUFFER(self):
        buf = self.stack[-1]
        with memoryview(buf) as m:
            if not m.readonly:
                self.stack[-1] = m.toreadonly()

    def _load_SHORT_BINSTRING(self):
        size = self.read(1)[0]
        self.append(self._decode_string(self.read(size)))

    def _load_SHORT_BINBYTES(self):
        size = self.read(1)[0]
        self.append(self.read(size))

    def _load_SHORT_BINUNICODE(self):
        size = self.read(1)[0]
        self.append(str(self.read(size), 'utf-8', 'surrogatepass'))

    # Containers.

    def _load_TUPLE(self):
        items = self.pop_mark()     # before self.append: pop_mark rebinds it
        self.append(tuple(items))

    def _load_EMPTY_TUPLE(self):
        self.append(())

    def _load_TUPLE1(self):
        self.stack[-1] = (self.stack[-1],)

    def _load_TUPLE2(self):
        self.stack[-2:] = [(self.stack[-2], self.stack[-1])]

    def _load_TUPLE3(self):
        self.stack[-3:] = [(self.stack[-3], self.stack[-2], self.stack[-1])]

    def _load_EMPTY_LIST(self):
        self.append([])

    def _load_EMPTY_DICT(self):
        self.append({})

    def _load_EMPTY_SET(self):
        self.append(set())

    def _load_FROZENSET(self):
        items = self.pop_mark()
        self.append(frozenset(items))

    def _load_LIST(self):
        items = self.pop_mark()
        self.append(items)

    def _load_DICT(self):
        items = self.pop_mark()
        self.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})

    # Objects.

    def _instantiate(self, klass, args):
        # INST and OBJ: call the class unless it is a class without
        # arguments and without __getinitargs__ (then only __new__).
        if args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__"):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError("in constructor for %s: %s" %
                                (klass.__name__, str(err)), err.__traceback__)
        else:
            value = klass.__new__(klass)
        self.append(value)

    def _load_INST(self):
        module = self.readline()[:-1].decode("ascii")
        name = self.readline()[:-1].decode("ascii")
        self._instantiate(self.find_class(module, name), self.pop_mark())

    def _load_OBJ(self):
        args = self.pop_mark()
        cls = args.pop(0)
        self._instantiate(cls, args)

    def _load_NEWOBJ(self):
        args = self.stack.pop()
        cls = self.stack.pop()
        self.append(cls.__new__(cls, *args))

    def _load_NEWOBJ_EX(self):
        kwargs = self.stack.pop()
        args = self.stack.pop()
        cls = self.stack.pop()
        self.append(cls.__new__(cls, *args, **kwargs))

    def _load_GLOBAL(self):
        module = self.readline()[:-1].decode("utf-8")
        name = self.readline()[:-1].decode("utf-8")
        self.append(self.find_class(module, name))

    def _load_STACK_GLOBAL(self):
        name = self.stack.pop()
        module = self.stack.pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))

    def _load_EXT1(self):
        self.get_extension(self.read(1)[0])

    def _load_EXT2(self):
        code, = unpack('<H', self.read(2))
        self.get_extension(code)

    def _load_EXT4(self):
        code, = unpack('<i', self.read(4))
        self.get_extension(code)

    def get_extension(self, code):
        obj = _extension_cache.get(code, _NoValue)
        if obj is not _NoValue:
            self.append(obj)
            return
        key = _inverted_registry.get(code)
        if not key:
            if code <= 0:
                # Corrupt, or a bad extension code.
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        _extension_cache[code] = obj
        self.append(obj)

    def find_class(self, module, name):
        """Return the object name in module (importing it); override to
        restrict what a pickle may load."""
        sys.audit('pickle.find_class', module, name)
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _compat_pickle.NAME_MAPPING:
                module, name = _compat_pickle.NAME_MAPPING[(module, name)]
            elif module in _compat_pickle.IMPORT_MAPPING:
                module = _compat_pickle.IMPORT_MAPPING[module]
        __import__(module, level=0)
        owner = sys.modules[module]
        if self.proto >= 4:
            return _getattribute(owner, name)[0]
        try:
            return getattr(owner, name)
        except AttributeError:
            raise AttributeError("Can't get attribute {!r} on {!r}".format(name, owner)) from None

    def _load_REDUCE(self):
        args = self._pop()
        func = self._pop()
        self.append(func(*args))

    # The stack and the memo.

    def _load_POP(self):
        if self.stack:
            del self.stack[-1]
        else:
            self.pop_mark()

    def _load_POP_MARK(self):
        self.pop_mark()

    def _load_DUP(self):
        self.append(self.stack[-1])

    def _memo_fetch(self, i):
        try:
            self.append(self.memo[i])
        except KeyError:
            raise UnpicklingError(f'Memo value not found at index {i}') from None

    def _load_GET(self):
        self._memo_fetch(int(self.readline()[:-1]))

    def _load_BINGET(self):
        self._memo_fetch(self.read(1)[0])

    def _load_LONG_BINGET(self):
        self._memo_fetch(unpack('<I', self.read(4))[0])

    def _load_PUT(self):
        i = int(self.readline()[:-1])
        if i < 0:
            raise ValueError("negative PUT argument")
        self.memo[i] = self.stack[-1]

    def _load_BINPUT(self):
        i = self.read(1)[0]
        if i < 0:
            raise ValueError("negative BINPUT argument")
        self.memo[i] = self.stack[-1]

    def _load_LONG_BINPUT(self):
        i, = unpack('<I', self.read(4))
        if i > maxsize:
            raise ValueError("negative LONG_BINPUT argument")
        self.memo[i] = self.stack[-1]

    def _load_MEMOIZE(self):
        self.memo[len(self.memo)] = self.stack[-1]

    # Filling containers and objects.

    def _load_APPEND(self):
        value = self._pop()
        target = self._pop()
        target.append(value)
        self.append(target)

    def _load_APPENDS(self):
        items = self.pop_mark()
        target = self.stack[-1]
        try:
            extend = target.extend
        except AttributeError:
            for item in items:
                target.append(item)
        else:
            extend(items)

    def _load_SETITEM(self):
        value = self.stack.pop()
        key = self.stack.pop()
        self.stack[-1][key] = value

    def _load_SETITEMS(self):
        items = self.pop_mark()
        target = self.stack[-1]
        for i in range(0, len(items), 2):
            target[items[i]] = items[i + 1]

    def _load_ADDITEMS(self):
        items = self.pop_mark()
        target = self.stack[-1]
        if isinstance(target, set):
            target.update(items)
        else:
            for item in items:
                target.add(item)

    def _load_BUILD(self):
        state = self._pop()
        inst = self._pop()
        self.append(inst)
        setstate = getattr(inst, "__setstate__", _NoValue)
        if setstate is not _NoValue:
            setstate(state)
            return
        # The default: a __dict__ state, possibly with a slots state.
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            inst_dict = inst.__dict__
            for k, v in state.items():
                inst_dict[sys.intern(k) if type(k) is str else k] = v
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def _load_MARK(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append

    def _pop(self):
        # The top of the stack, with the C unpickler's errors when there is
        # none above the last mark.
        if not self.stack:
            if self.metastack:
                raise UnpicklingError("unexpected MARK found")
            raise UnpicklingError("unpickling stack underflow")
        return self.stack.pop()

    def _load_STOP(self):
        raise _Stop(self._pop())


# Each opcode's first byte -> its loader (TRUE and FALSE are INT's).
for _name, _code in _OPCODES:
    _loader = getattr(_Unpickler, '_load_' + _name, None)
    if _loader is not None:
        _Unpickler.dispatch[_code[0]] = _loader
del _name, _code, _loader


# ---------------------------------------------------------------------------
# The functions

def _dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    _Pickler(file, protocol, fix_imports=fix_imports,
             buffer_callback=buffer_callback).dump(obj)


def _dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    out = io.BytesIO()
    _Pickler(out, protocol, fix_imports=fix_imports,
             buffer_callback=buffer_callback).dump(obj)
    data = out.getvalue()
    assert isinstance(data, bytes_types)
    return data


def _load(file, *, fix_imports=True, encoding="ASCII", errors="strict",
          buffers=None):
    return _Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                      encoding=encoding, errors=errors).load()


def _loads(s, /, *, fix_imports=True, encoding="ASCII", errors="strict",
           buffers=None):
    if isinstance(s, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return _Unpickler(io.BytesIO(s), fix_imports=fix_imports, buffers=buffers,
                      encoding=encoding, errors=errors).load()


try:
    from _pickle import (
        PickleError,
        PicklingError,
        UnpicklingError,
        Pickler,
        Unpickler,
        dump,
        dumps,
        load,
        loads
    )
except ImportError:
    Pickler, Unpickler = _Pickler, _Unpickler
    dump, dumps, load, loads = _dump, _dumps, _load, _loads


def _test():
    import doctest
    return doctest.testmod()


if __name__ == "__main__":
    import argparse
    parser = argparse.ArgumentParser(
        description='display contents of the pickle files')
    parser.add_argument('pickle_file', nargs='*', help='the pickle file')
    parser.add_argument('-t', '--test', action='store_true',
                        help='run self-test suite')
    parser.add_argument('-v', action='store_true',
                        help='run verbosely; only affects self-test run')
    args = parser.parse_args()
    if args.test:
        _test()
    elif not args.pickle_file:
        parser.print_help()
    else:
        import pprint
        for fn in args.pickle_file:
            if fn == '-':
                obj = load(sys.stdin.buffer)
            else:
                with open(fn, 'rb') as f:
                    obj = load(f)
            pprint.pprint(obj)
