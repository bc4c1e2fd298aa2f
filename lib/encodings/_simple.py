"""Shared builder for the codec modules that are thin shells over a pair of
_codecs functions.

Each such module calls one of the functions below with its own globals();
the builder puts encode, decode, getregentry and the five codec classes
there, with the classes' __module__ naming the calling module.
"""

import codecs
import sys


def _as_module_level(space, fn):
    # A function made here, presented as a plain def of the codec module.
    fn.__module__ = space['__name__']
    fn.__qualname__ = fn.__name__


def _cls(space, label, parents, body):
    home = space['__name__']
    for attr, member in body.items():
        # Functions made inside a builder (here or in a codec module) are
        # renamed after the method they become.
        if hasattr(member, '__code__') and '<locals>' in member.__qualname__:
            member.__name__ = attr
            member.__qualname__ = label + '.' + attr
            member.__code__ = member.__code__.replace(
                co_name=attr, co_qualname=member.__qualname__)
            member.__module__ = home
    body['__module__'] = home
    body['__qualname__'] = label
    made = type(label, parents, body)
    space[label] = made
    return made


def _register(space, label, enc_fn, dec_fn):
    def getregentry():
        return codecs.CodecInfo(
            name=label,
            encode=enc_fn,
            decode=dec_fn,
            incrementalencoder=space['IncrementalEncoder'],
            incrementaldecoder=space['IncrementalDecoder'],
            streamreader=space['StreamReader'],
            streamwriter=space['StreamWriter'],
        )
    _as_module_level(space, getregentry)
    space['encode'] = enc_fn
    space['decode'] = dec_fn
    space['getregentry'] = getregentry


def install(space, label, to_bytes, from_bytes, chunked=True, classic=False,
            reader_final=None, converter=False):
    """Fill *space* for the codec *label* built on to_bytes/from_bytes.

    chunked: from_bytes takes a third "final" argument and may leave a
    trailing partial sequence unconsumed, so the incremental decoder keeps
    a buffer.  classic: the module has a Codec class whose two functions
    are the stateless pair (and the stream classes derive from it) instead
    of module-level encode/decode.  reader_final: when not None, the stream
    reader passes it explicitly as the "final" argument.  converter: also
    make StreamConverter, a stream class with the two directions swapped.
    """
    def inc_encode(self, input, final=False):
        return to_bytes(input, self.errors)[0]
    _cls(space, 'IncrementalEncoder', (codecs.IncrementalEncoder,),
         {'encode': inc_encode})

    if chunked:
        _cls(space, 'IncrementalDecoder', (codecs.BufferedIncrementalDecoder,),
             {'_buffer_decode': from_bytes})
    else:
        def inc_decode(self, input, final=False):
            return from_bytes(input, self.errors)[0]
        _cls(space, 'IncrementalDecoder', (codecs.IncrementalDecoder,),
             {'decode': inc_decode})

    reader_body = {}
    if reader_final is not None:
        def reading(self, input, errors='strict'):
            return from_bytes(input, errors, reader_final)
        reader_body['decode'] = reading

    if not classic:
        def decode(input, errors='strict'):
            return from_bytes(input, errors, True)
        _as_module_level(space, decode)
        _cls(space, 'StreamWriter', (codecs.StreamWriter,), {'encode': to_bytes})
        reader_body.setdefault('decode', from_bytes)
        _cls(space, 'StreamReader', (codecs.StreamReader,), reader_body)
        _register(space, label, to_bytes, decode)
        return

    # Builtin functions stored on a class stay plain functions (no self).
    base = _cls(space, 'Codec', (codecs.Codec,),
                {'encode': to_bytes, 'decode': from_bytes})
    writer = _cls(space, 'StreamWriter', (base, codecs.StreamWriter), {})
    reader = _cls(space, 'StreamReader', (base, codecs.StreamReader), reader_body)
    if converter:
        _cls(space, 'StreamConverter', (writer, reader),
             {'encode': from_bytes, 'decode': to_bytes})
    _register(space, label, to_bytes, from_bytes)
    del space['encode'], space['decode']


def install_bom(space, bits):
    """Fill *space* for utf-16 or utf-32 (bits 16 or 32): a byte order mark
    leads the output, and decoding takes the byte order from the one that
    must lead the input."""
    label = 'utf-%d' % bits
    width = bits // 8
    fn = lambda tail: getattr(codecs, 'utf_%d_%s' % (bits, tail))
    whole_enc, whole_dec, probe = fn('encode'), fn('decode'), fn('ex_decode')
    le_enc, be_enc = fn('le_encode'), fn('be_encode')
    le_dec, be_dec = fn('le_decode'), fn('be_decode')
    big_host = sys.byteorder == 'big'
    host_enc = be_enc if big_host else le_enc
    host_dec, swapped_dec = (be_dec, le_dec) if big_host else (le_dec, be_dec)

    def decode(input, errors='strict'):
        return whole_dec(input, errors, True)
    _as_module_level(space, decode)

    def sniff(input, errors, final):
        # Returns the decoded piece, the bytes used and the fixed-order
        # decoder to use from now on (None while no BOM has been seen).
        text, used, order = probe(input, errors, 0, final)
        follow = {-1: le_dec, 1: be_dec}.get(order)
        if follow is None and used >= width:
            raise UnicodeDecodeError(label, input, 0, width,
                                     "Stream does not start with BOM")
        return text, used, follow

    # Incremental encoder: self.encoder is None until the BOM is out.
    def ie_init(self, errors='strict'):
        codecs.IncrementalEncoder.__init__(self, errors)
        self.encoder = None

    def ie_encode(self, input, final=False):
        if self.encoder is not None:
            return self.encoder(input, self.errors)[0]
        self.encoder = host_enc
        return whole_enc(input, self.errors)[0]

    def ie_reset(self):
        codecs.IncrementalEncoder.reset(self)
        self.encoder = None

    def ie_getstate(self):
        return 0 if self.encoder is not None else 2

    def ie_setstate(self, state):
        self.encoder = host_enc if not state else None

    _cls(space, 'IncrementalEncoder', (codecs.IncrementalEncoder,),
         {'__init__': ie_init, 'encode': ie_encode, 'reset': ie_reset,
          'getstate': ie_getstate, 'setstate': ie_setstate})

    # Incremental decoder: self.decoder is None until the BOM is read.
    def id_init(self, errors='strict'):
        codecs.BufferedIncrementalDecoder.__init__(self, errors)
        self.decoder = None

    def id_buffer_decode(self, input, errors, final):
        if self.decoder is not None:
            return self.decoder(input, errors, final)
        text, used, follow = sniff(input, errors, final)
        if follow is not None:
            self.decoder = follow
        return (text, used)

    def id_reset(self):
        codecs.BufferedIncrementalDecoder.reset(self)
        self.decoder = None

    def id_getstate(self):
        # Second item: 2 = no BOM yet, 0 = host byte order, 1 = the other.
        held = codecs.BufferedIncrementalDecoder.getstate(self)[0]
        if self.decoder is None:
            return (held, 2)
        return (held, 0 if self.decoder is host_dec else 1)

    def id_setstate(self, state):
        codecs.BufferedIncrementalDecoder.setstate(self, state)
        self.decoder = {0: host_dec, 1: swapped_dec}.get(state[1])

    _cls(space, 'IncrementalDecoder', (codecs.BufferedIncrementalDecoder,),
         {'__init__': id_init, '_buffer_decode': id_buffer_decode,
          'reset': id_reset, 'getstate': id_getstate, 'setstate': id_setstate})

    def sw_init(self, stream, errors='strict'):
        codecs.StreamWriter.__init__(self, stream, errors)
        self.encoder = None

    def sw_reset(self):
        codecs.StreamWriter.reset(self)
        self.encoder = None

    def sw_encode(self, input, errors='strict'):
        if self.encoder is not None:
            return self.encoder(input, errors)
        self.encoder = host_enc
        return whole_enc(input, errors)

    _cls(space, 'StreamWriter', (codecs.StreamWriter,),
         {'__init__': sw_init, 'reset': sw_reset, 'encode': sw_encode})

    def sr_reset(self):
        codecs.StreamReader.reset(self)
        self.__dict__.pop('decode', None)

    def sr_decode(self, input, errors='strict'):
        text, used, follow = sniff(input, errors, False)
        if follow is not None:
            self.decode = follow
        return (text, used)

    _cls(space, 'StreamReader', (codecs.StreamReader,),
         {'reset': sr_reset, 'decode': sr_decode})
    _register(space, label, whole_enc, decode)


def install_table(space, label):
    """Fill *space* for a single-byte code page called *label*.  The module
    already holds decoding_table and encoding_table; every call reads them
    from there, so the module's tables stay the ones in use."""
    def encode(self, input, errors='strict'):
        return codecs.charmap_encode(input, errors, space['encoding_table'])

    def decode(self, input, errors='strict'):
        return codecs.charmap_decode(input, errors, space['decoding_table'])

    base = _cls(space, 'Codec', (codecs.Codec,), {'encode': encode, 'decode': decode})

    def inc_encode(self, input, final=False):
        return codecs.charmap_encode(input, self.errors, space['encoding_table'])[0]

    def inc_decode(self, input, final=False):
        return codecs.charmap_decode(input, self.errors, space['decoding_table'])[0]

    _cls(space, 'IncrementalEncoder', (codecs.IncrementalEncoder,), {'encode': inc_encode})
    _cls(space, 'IncrementalDecoder', (codecs.IncrementalDecoder,), {'decode': inc_decode})
    _cls(space, 'StreamWriter', (base, codecs.StreamWriter), {})
    _cls(space, 'StreamReader', (base, codecs.StreamReader), {})

    def getregentry():
        return codecs.CodecInfo(
            base().encode, base().decode, name=label,
            incrementalencoder=space['IncrementalEncoder'],
            incrementaldecoder=space['IncrementalDecoder'],
            streamreader=space['StreamReader'],
            streamwriter=space['StreamWriter'])
    _as_module_level(space, getregentry)
    space['getregentry'] = getregentry


def install_bytes(space, label, packer=None, unpacker=None):
    """Fill *space* for a bytes-to-bytes codec (not usable with str.encode or
    bytes.decode).  The module has already defined _encode and _decode, each
    turning a whole input into a whole output; only 'strict' errors exist.

    packer/unpacker, when given, make compressor/decompressor objects (with
    compress/flush and decompress) the incremental classes stream through;
    otherwise each incremental call converts its piece on its own.
    """
    def encode(input, errors='strict'):
        assert errors == 'strict'
        return (space['_encode'](input), len(input))

    def decode(input, errors='strict'):
        assert errors == 'strict'
        return (space['_decode'](input), len(input))

    for fn in (encode, decode):
        _as_module_level(space, fn)
        space[fn.__name__] = fn

    def c_encode(self, input, errors='strict'):
        return space['encode'](input, errors)

    def c_decode(self, input, errors='strict'):
        return space['decode'](input, errors)

    base = _cls(space, 'Codec', (codecs.Codec,), {'encode': c_encode, 'decode': c_decode})

    if packer is None:
        def ie_encode(self, input, final=False):
            assert self.errors == 'strict'
            return space['_encode'](input)

        def id_decode(self, input, final=False):
            assert self.errors == 'strict'
            return space['_decode'](input)

        _cls(space, 'IncrementalEncoder', (codecs.IncrementalEncoder,), {'encode': ie_encode})
        _cls(space, 'IncrementalDecoder', (codecs.IncrementalDecoder,), {'decode': id_decode})
    else:
        # The (de)compressor is made on first use and dropped by reset() or
        # after a final call.
        def ie_init(self, errors='strict'):
            assert errors == 'strict'
            self.errors = errors
            self.compressobj = None

        def ie_encode(self, input, final=False):
            if self.compressobj is None:
                self.compressobj = packer()
            out = self.compressobj.compress(input)
            if final:
                out += self.compressobj.flush()
                self.compressobj = None
            return out

        def ie_reset(self):
            self.compressobj = None

        def id_init(self, errors='strict'):
            assert errors == 'strict'
            self.errors = errors
            self.decompressobj = None

        def id_decode(self, input, final=False):
            if self.decompressobj is None:
                self.decompressobj = unpacker()
            try:
                out = self.decompressobj.decompress(input)
            except EOFError:
                return b''
            if final:
                self.decompressobj = None
            return out

        def id_reset(self):
            self.decompressobj = None

        _cls(space, 'IncrementalEncoder', (codecs.IncrementalEncoder,),
             {'__init__': ie_init, 'encode': ie_encode, 'reset': ie_reset})
        _cls(space, 'IncrementalDecoder', (codecs.IncrementalDecoder,),
             {'__init__': id_init, 'decode': id_decode, 'reset': id_reset})

    # Streams of bytes on both sides.
    _cls(space, 'StreamWriter', (base, codecs.StreamWriter), {'charbuffertype': bytes})
    _cls(space, 'StreamReader', (base, codecs.StreamReader), {'charbuffertype': bytes})

    def getregentry():
        return codecs.CodecInfo(
            space['encode'], space['decode'], name=label,
            incrementalencoder=space['IncrementalEncoder'],
            incrementaldecoder=space['IncrementalDecoder'],
            streamwriter=space['StreamWriter'],
            streamreader=space['StreamReader'],
            _is_text_encoding=False)
    _as_module_level(space, getregentry)
    space['getregentry'] = getregentry


def install_sig(space):
    """Fill *space* for utf-8-sig: UTF-8 whose encoded form starts with the
    signature EF BB BF, which decoding drops when present.  The classes keep
    CPython's `first` flag (1 while the signature is still to come)."""
    sig = codecs.BOM_UTF8
    plain_out, plain_in = codecs.utf_8_encode, codecs.utf_8_decode

    def undecided(data):
        # The bytes so far could still grow into the signature.
        return len(data) < len(sig) and sig.startswith(data)

    def without_sig(data, errors, final):
        lead = len(sig) if data[:len(sig)] == sig else 0
        text, used = plain_in(data[lead:], errors, final)
        return (text, used + lead)

    def encode(input, errors='strict'):
        return (sig + plain_out(input, errors)[0], len(input))

    def decode(input, errors='strict'):
        return without_sig(input, errors, True)

    def ie_init(self, errors='strict'):
        codecs.IncrementalEncoder.__init__(self, errors)
        self.first = 1

    def ie_encode(self, input, final=False):
        body = plain_out(input, self.errors)[0]
        pending, self.first = self.first, 0
        return sig + body if pending else body

    def ie_reset(self):
        codecs.IncrementalEncoder.reset(self)
        self.first = 1

    _cls(space, 'IncrementalEncoder', (codecs.IncrementalEncoder,), {
        '__init__': ie_init, 'encode': ie_encode, 'reset': ie_reset,
        'getstate': lambda self: self.first,
        'setstate': lambda self, state: setattr(self, 'first', state)})

    def id_init(self, errors='strict'):
        codecs.BufferedIncrementalDecoder.__init__(self, errors)
        self.first = 1

    def id_buffer_decode(self, input, errors, final):
        if not self.first:
            return plain_in(input, errors, final)
        if undecided(input):
            return ("", 0)
        self.first = 0
        return without_sig(input, errors, final)

    def id_reset(self):
        codecs.BufferedIncrementalDecoder.reset(self)
        self.first = 1

    def id_setstate(self, state):
        codecs.BufferedIncrementalDecoder.setstate(self, state)
        self.first = state[1]

    _cls(space, 'IncrementalDecoder', (codecs.BufferedIncrementalDecoder,), {
        '__init__': id_init, '_buffer_decode': id_buffer_decode,
        'reset': id_reset, 'setstate': id_setstate,
        'getstate': lambda self: (self.buffer, self.first)})

    # The stream classes: the first call goes through the signature-aware
    # function, which then plants plain UTF-8 on the instance until reset().
    def sw_reset(self):
        codecs.StreamWriter.reset(self)
        vars(self).pop('encode', None)

    def sw_encode(self, input, errors='strict'):
        self.encode = plain_out
        return encode(input, errors)

    def sr_reset(self):
        codecs.StreamReader.reset(self)
        vars(self).pop('decode', None)

    def sr_decode(self, input, errors='strict'):
        if undecided(input):
            return ("", 0)
        self.decode = plain_in
        return decode(input, errors)

    _cls(space, 'StreamWriter', (codecs.StreamWriter,),
         {'reset': sw_reset, 'encode': sw_encode})
    _cls(space, 'StreamReader', (codecs.StreamReader,),
         {'reset': sr_reset, 'decode': sr_decode})
    for fn in (encode, decode):
        _as_module_level(space, fn)
    _register(space, 'utf-8-sig', encode, decode)


def install_mapping(space):
    """Fill *space* for the generic charmap codec: the mapping is an extra
    argument of every call (or of the constructor, for the incremental and
    stream classes); None means Latin-1."""
    run_out, run_in = codecs.charmap_encode, codecs.charmap_decode
    # The builtins are not descriptors: on Codec they stay plain functions
    # taking (input, errors, mapping).
    base = _cls(space, 'Codec', (codecs.Codec,), {'encode': run_out, 'decode': run_in})

    def remember(parent):
        def __init__(self, errors='strict', mapping=None):
            parent.__init__(self, errors)
            self.mapping = mapping
        return __init__

    def stream_remember(parent):
        def __init__(self, stream, errors='strict', mapping=None):
            parent.__init__(self, stream, errors)
            self.mapping = mapping
        return __init__

    _cls(space, 'IncrementalEncoder', (codecs.IncrementalEncoder,), {
        '__init__': remember(codecs.IncrementalEncoder),
        'encode': lambda self, input, final=False: run_out(input, self.errors, self.mapping)[0]})
    _cls(space, 'IncrementalDecoder', (codecs.IncrementalDecoder,), {
        '__init__': remember(codecs.IncrementalDecoder),
        'decode': lambda self, input, final=False: run_in(input, self.errors, self.mapping)[0]})
    _cls(space, 'StreamWriter', (base, codecs.StreamWriter), {
        '__init__': stream_remember(codecs.StreamWriter),
        'encode': lambda self, input, errors='strict': run_out(input, errors, self.mapping)})
    _cls(space, 'StreamReader', (base, codecs.StreamReader), {
        '__init__': stream_remember(codecs.StreamReader),
        'decode': lambda self, input, errors='strict': run_in(input, errors, self.mapping)})
    _register(space, 'charmap', run_out, run_in)
    del space['encode'], space['decode']


def install_translation(space, label, table):
    """Fill *space* for a str-to-str codec that maps each character through
    str.translate with *table*, the same table both ways."""
    def convert(text):
        return str.translate(text, table)

    base = _cls(space, 'Codec', (codecs.Codec,), {
        'encode': lambda self, input, errors='strict': (convert(input), len(input)),
        'decode': lambda self, input, errors='strict': (convert(input), len(input))})
    _cls(space, 'IncrementalEncoder', (codecs.IncrementalEncoder,),
         {'encode': lambda self, input, final=False: convert(input)})
    _cls(space, 'IncrementalDecoder', (codecs.IncrementalDecoder,),
         {'decode': lambda self, input, final=False: convert(input)})
    _cls(space, 'StreamWriter', (base, codecs.StreamWriter), {})
    _cls(space, 'StreamReader', (base, codecs.StreamReader), {})

    def getregentry():
        one = base()
        return codecs.CodecInfo(
            one.encode, one.decode, name=label,
            incrementalencoder=space['IncrementalEncoder'],
            incrementaldecoder=space['IncrementalDecoder'],
            streamwriter=space['StreamWriter'],
            streamreader=space['StreamReader'],
            _is_text_encoding=False)
    _as_module_level(space, getregentry)
    space['getregentry'] = getregentry
