"""Keyed message authentication codes: HMAC as RFC 2104 defines it.

An HMAC mixes a secret key into a hash function, so that only holders of the
key can produce or check the code of a message.
"""

import hashlib as _hashlib
import warnings as _warnings
from _operator import _compare_digest as compare_digest

# Translation tables XOR-ing every byte with the outer and inner pads.
trans_5C, trans_36 = (bytes(b ^ pad for b in range(256)) for pad in (0x5C, 0x36))

# There is no module-wide digest size: it depends on the hash chosen, and
# each HMAC object has its own digest_size.
digest_size = None


def _digest_maker(digestmod):
    # A function of optional initial data returning a fresh hash object, from
    # a constructor, an algorithm name or a PEP 247 module.
    if callable(digestmod):
        return digestmod  # already a constructor
    if isinstance(digestmod, str):
        return lambda d=b'': _hashlib.new(digestmod, d)
    return lambda d=b'': digestmod.new(d)


class HMAC:
    """An HMAC computation in progress (RFC 2104, RFC 4231).

    Its methods are those of PEP 247's hash objects: update, digest,
    hexdigest and copy.
    """
    blocksize = 64  # used when the hash's own block size is unusable

    __slots__ = ("_hmac", "_inner", "_outer", "block_size", "digest_size")

    def __init__(self, key, msg=None, digestmod=''):
        """Start an HMAC with the secret key (bytes or bytearray).

        msg, if not None, is fed to it at once. digestmod chooses the hash:
        a name hashlib.new() knows, a constructor such as hashlib.sha256, or
        a PEP 247 module. It is required even though it comes after msg;
        passing it by keyword reads best.
        """
        if not isinstance(key, bytearray) and not isinstance(key, bytes):
            raise TypeError("key: expected bytes or bytearray, but got %r"
                            % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required argument 'digestmod'.")
        self._setup(key, msg, _digest_maker(digestmod))

    def _setup(self, key, msg, make):
        self._hmac = None
        self._outer, self._inner = make(), make()
        self.digest_size = self._inner.digest_size
        block = getattr(self._inner, 'block_size', None)
        if block is None:
            _warnings.warn('No block_size attribute on given digest object; '
                           'Assuming %d.' % self.blocksize, RuntimeWarning, 2)
            block = self.blocksize
        elif block < 16:
            _warnings.warn('block_size of %d seems too small; using our '
                           'default of %d.' % (block, self.blocksize),
                           RuntimeWarning, 2)
            block = self.blocksize
        if len(key) > block:
            key = make(key).digest()
        self.block_size = block
        padded = key.ljust(block, b'\0')
        self._outer.update(padded.translate(trans_5C))
        self._inner.update(padded.translate(trans_36))
        if msg is not None:
            self._inner.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        """Add the bytes of msg to the authenticated message."""
        self._inner.update(msg)

    def copy(self):
        """Return an independent HMAC in the same state as this one."""
        twin = self.__class__.__new__(self.__class__)
        twin.digest_size = self.digest_size
        twin._hmac = None
        twin._inner = self._inner.copy()
        twin._outer = self._outer.copy()
        return twin

    def _current(self):
        # The outer hash finished over the inner digest so far.
        result = self._outer.copy()
        result.update(self._inner.digest())
        return result

    def digest(self):
        """Return the code of the message so far, as bytes.

        The HMAC itself is unchanged and can go on taking updates.
        """
        return self._current().digest()

    def hexdigest(self):
        """Return the code of the message so far, as hexadecimal digits."""
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    """Return a new HMAC object: HMAC(key, msg, digestmod).

    Feed it more of the message with update(); read the code at any point
    with digest() or hexdigest().
    """
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """Return the HMAC of the whole message msg under key in one call.

    digest chooses the hash as HMAC's digestmod does (a name, a constructor
    or a PEP 247 module).
    """
    make = _digest_maker(digest)
    first, second = make(), make()
    width = getattr(first, 'block_size', 64)
    if len(key) > width:
        key = make(key).digest()
    padded = key.ljust(width, b'\0')
    first.update(padded.translate(trans_36))
    first.update(msg)
    second.update(padded.translate(trans_5C) + first.digest())
    return second.digest()
