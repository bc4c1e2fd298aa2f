"""Random numbers for secrets: tokens, passwords, keys.

Everything here draws from the operating system's entropy (random.SystemRandom),
never from the reproducible generator of the random module.

What is on offer:
  randbits(k), randbelow(n), choice(seq)
      integers and picks, as on a SystemRandom instance;
  token_bytes(n), token_hex(n), token_urlsafe(n)
      fresh tokens made of n random bytes (DEFAULT_ENTROPY bytes when n is
      None), as raw bytes, as hex text, or as URL-safe Base64 text;
  compare_digest(a, b)
      hmac's comparison whose time does not depend on where a and b differ,
      for checking a token a user sent back.
"""

__all__ = [
    'choice', 'randbelow', 'randbits', 'SystemRandom', 'token_bytes',
    'token_hex', 'token_urlsafe', 'compare_digest',
]

import base64

from hmac import compare_digest
from random import SystemRandom

# One shared OS-entropy generator; randbits and choice are its bound methods.
_sysrand = SystemRandom()
randbits, choice = _sysrand.getrandbits, _sysrand.choice

# Bytes of randomness in a token when the caller does not say.
DEFAULT_ENTROPY = 32


def randbelow(exclusive_upper_bound):
    """Pick an int n with 0 <= n < exclusive_upper_bound."""
    bound = exclusive_upper_bound
    if not bound > 0:
        raise ValueError("Upper bound must be positive.")
    return _sysrand._randbelow(bound)


def token_bytes(nbytes=None):
    """A bytes object of nbytes random bytes (DEFAULT_ENTROPY when None)."""
    return _sysrand.randbytes(DEFAULT_ENTROPY if nbytes is None else nbytes)


def token_hex(nbytes=None):
    """token_bytes(nbytes) spelled as lowercase hex, two digits per byte."""
    raw = token_bytes(nbytes)
    return raw.hex()


def token_urlsafe(nbytes=None):
    """token_bytes(nbytes) in URL-safe Base64 with the '=' padding removed
    (roughly 1.3 characters per byte)."""
    text = base64.urlsafe_b64encode(token_bytes(nbytes)).decode('ascii')
    return text.rstrip('=')
