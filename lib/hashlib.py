"""Message digests (secure hashes) under one interface.

Each algorithm has a constructor named after it -- md5(), sha1(), sha224(),
sha256(), sha384(), sha512(), blake2b(), blake2s(), sha3_224(), sha3_256(),
sha3_384(), sha3_512(), shake_128() and shake_256() -- and new(name, data=b'')
makes any of them by name.  algorithms_guaranteed lists the names that exist
everywhere, algorithms_available those this Python has.  (Checksums such as
crc32 and adler32 live in zlib.)

A hash object takes bytes with update(data): several updates hash the same as
one of their concatenation.  digest() returns the hash of everything so far
as bytes, hexdigest() as hexadecimal text, and copy() a separate object in the
same state, to hash several messages that start alike:

    >>> import hashlib
    >>> h = hashlib.sha256(b"common prefix ")
    >>> a, b = h.copy(), h.copy()
    >>> a.update(b"one"); b.update(b"two")
    >>> a.hexdigest() != b.hexdigest()
    True

Some algorithms (md5, sha1) have known collision attacks: do not rely on them
where an adversary chooses the input.
"""

# Kaa's hashlib: every algorithm comes from the native built-in modules
# (_md5, _sha1, _sha2, _sha3, _blake2); there is no OpenSSL layer, so the
# available algorithms are the guaranteed ones.

# Which module provides each algorithm.
_PROVIDERS = {
    'md5': '_md5', 'sha1': '_sha1',
    'sha224': '_sha2', 'sha256': '_sha2', 'sha384': '_sha2', 'sha512': '_sha2',
    'blake2b': '_blake2', 'blake2s': '_blake2',
    'sha3_224': '_sha3', 'sha3_256': '_sha3', 'sha3_384': '_sha3', 'sha3_512': '_sha3',
    'shake_128': '_sha3', 'shake_256': '_sha3',
}

algorithms_guaranteed = set(_PROVIDERS)
algorithms_available = set(algorithms_guaranteed)

__all__ = tuple(_PROVIDERS) + ('new', 'algorithms_guaranteed',
                               'algorithms_available', 'file_digest',
                               'pbkdf2_hmac')

_constructors = {}


def _constructor(name):
    # The constructor of an algorithm, by its name or its lower-case name.
    found = _constructors.get(name) or _constructors.get(name.lower())
    if found is not None:
        return found
    key = name if name in _PROVIDERS else name.lower()
    module = _PROVIDERS.get(key)
    if module is None:
        raise ValueError('unsupported hash type ' + name)
    found = getattr(__import__(module), key)
    _constructors[name] = _constructors[key] = found
    return found


def new(name, data=b'', **kwargs):
    """Return a hash object of the algorithm called name, fed with data.

    Keyword arguments go to the algorithm's constructor (blake2b's key, for
    one).
    """
    return _constructor(name)(data, **kwargs)


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as
    pseudorandom function."""
    if not isinstance(hash_name, str):
        raise TypeError("pbkdf2_hmac() argument 'hash_name' must be str, not "
                        + type(hash_name).__name__)
    password = _as_bytes(password, 'password')
    salt = _as_bytes(salt, 'salt')
    if not isinstance(iterations, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(iterations).__name__)
    if iterations < 1:
        raise ValueError("iteration value must be greater than 0.")
    if iterations > 0xFFFFFFFF:
        raise OverflowError("iteration value is too great.")
    try:
        make = _constructor(hash_name)
    except ValueError:
        raise ValueError('unsupported hash type ' + hash_name) from None
    # HMAC's keyed inner and outer states, copied for every block.
    inner, outer = make(), make()
    block = getattr(inner, 'block_size', 64)
    if len(password) > block:
        password = make(password).digest()
    password = password.ljust(block, b'\0')
    inner.update(password.translate(_TRANS_36))
    outer.update(password.translate(_TRANS_5C))

    def prf(message):
        i = inner.copy()
        o = outer.copy()
        i.update(message)
        o.update(i.digest())
        return o.digest()

    size = outer.digest_size
    if dklen is None:
        dklen = size
    if dklen < 1:
        raise ValueError("key length must be greater than 0.")
    if dklen > 0xFFFFFFFF:
        raise OverflowError("key length is too great.")
    out = bytearray()
    index = 0
    while len(out) < dklen:
        index += 1
        u = prf(salt + index.to_bytes(4, 'big'))
        acc = int.from_bytes(u)
        for _ in range(iterations - 1):
            u = prf(u)
            acc ^= int.from_bytes(u)
        out += acc.to_bytes(size)
    return bytes(out[:dklen])


def _as_bytes(value, what):
    if isinstance(value, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(memoryview(value))
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(value).__name__) from None


_TRANS_5C = bytes(x ^ 0x5C for x in range(256))
_TRANS_36 = bytes(x ^ 0x36 for x in range(256))


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Return a hash object fed with everything fileobj holds.

    fileobj is a binary file opened for reading: a file from open(), an
    io.BytesIO, a socket's file.  digest names the algorithm, or is a
    constructor or any callable returning a hash object.
    """
    state = new(digest) if isinstance(digest, str) else digest()
    if hasattr(fileobj, "getbuffer"):
        # An in-memory file: hash its buffer without copying.
        state.update(fileobj.getbuffer())
        return state
    binary = (hasattr(fileobj, "readinto") and hasattr(fileobj, "readable")
              and fileobj.readable())
    if not binary:
        raise ValueError(
            f"'{fileobj!r}' is not a file-like object in binary reading mode."
        )
    chunk = bytearray(_bufsize)
    view = memoryview(chunk)
    while size := fileobj.readinto(chunk):
        state.update(view[:size])
    return state


for _name in _PROVIDERS:
    globals()[_name] = _constructor(_name)
del _name
