"""The standard codecs, found by name.

Importing this package registers search_function() with the codec registry.
A name is normalised (runs of punctuation become one underscore), looked up in
the alias table (encodings.aliases), and the module of that name in this
package supplies the codec through its getregentry() function. Results,
including misses, are cached.

A codec module may also define getaliases(), returning more names for it.
"""

import codecs
import sys
from . import aliases

_cache = {}
_unknown = object()  # a cache miss, as opposed to a cached None
_import_tail = ['*']
_aliases = aliases.aliases


class CodecRegistryError(LookupError, SystemError):
    pass


def normalize_encoding(encoding):
    """Normalise an encoding name: letters, digits and dots are kept (only the
    ASCII ones), and each run of other characters between them becomes a
    single underscore; leading and trailing runs are dropped.

    normalize_encoding('  UTF--8 ') == 'UTF_8'. Case is left alone."""
    text = encoding.decode('ascii') if isinstance(encoding, bytes) else encoding
    out = []
    gap = False
    for ch in text:
        if not (ch.isalnum() or ch == '.'):
            gap = True
            continue
        if gap and out:
            out.append('_')
        gap = False
        if ch.isascii():
            out.append(ch)
    return ''.join(out)


def _find_module(names):
    for name in names:
        if not name or '.' in name:
            continue
        try:
            return __import__('encodings.' + name, fromlist=_import_tail, level=0), name
        except ImportError:
            # Only the absence of the module counts as a miss; an error inside
            # an existing codec module propagates.
            if ('encodings.' + name) in sys.modules:
                raise
    return None, None


def _registry_error(mod, template):
    return CodecRegistryError(template % ('module "%s" (%s)' % (mod.__name__, mod.__file__)))


def _checked(entry, mod):
    # getregentry() should give a CodecInfo; an old-style module gives a plain
    # tuple of 4 to 7 items, which is checked and converted.
    if isinstance(entry, codecs.CodecInfo):
        return entry
    if len(entry) not in range(4, 8):
        raise _registry_error(mod, '%s failed to register')
    if (not callable(entry[0]) or not callable(entry[1])
            or any(x is not None and not callable(x) for x in entry[2:6])):
        raise _registry_error(mod, 'incompatible codecs in %s')
    if len(entry) < 7 or entry[6] is None:
        entry += (None,) * (6 - len(entry)) + (mod.__name__.split(".", 1)[1],)
    return codecs.CodecInfo(*entry)


def _resolve(encoding):
    norm = normalize_encoding(encoding)
    alias = _aliases.get(norm) or _aliases.get(norm.replace('.', '_'))
    names = [alias, norm] if alias is not None else [norm]
    mod, modname = _find_module(names)
    entry_point = getattr(mod, 'getregentry', None) if mod is not None else None
    if entry_point is None:
        return None
    entry = _checked(entry_point(), mod)
    # Cached before getaliases() runs, as CPython does.
    _cache[encoding] = entry
    more = getattr(mod, 'getaliases', None)
    if more is not None:
        for name in more():
            _aliases.setdefault(name, modname)
    return entry


def search_function(encoding):
    """The registry's search function: a CodecInfo for encoding, or None."""
    found = _cache.get(encoding, _unknown)
    if found is _unknown:
        found = _cache[encoding] = _resolve(encoding)
    return found


codecs.register(search_function)

# CPython's start-up imports these two for the standard streams, so they are
# always attributes of the package there; import them here to match.
from . import utf_8, utf_8_sig
