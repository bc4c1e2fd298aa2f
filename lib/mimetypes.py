"""Guess a file's MIME type (and encoding) from its name or URL, and the file
name extensions of a MIME type, from a built-in table and the system's
mime.types files."""

import os
import sys
import posixpath
import urllib.parse

__all__ = [
    "knownfiles", "inited", "MimeTypes",
    "guess_type", "guess_file_type", "guess_all_extensions", "guess_extension",
    "add_type", "init", "read_mime_types",
    "suffix_map", "encodings_map", "types_map", "common_types"
]

# The mime.types files init() reads, where they exist.
knownfiles = [
    "/etc/mime.types",
    "/etc/httpd/mime.types",
    "/etc/httpd/conf/mime.types",
    "/etc/apache/mime.types",
    "/etc/apache2/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/lib/netscape/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/etc/mime.types",
]

inited = False
_db = None      # the module's MimeTypes, once init() has built it


def _entries(line):
    """A mime.types line as (type, [extension, ...]), or None for a blank or
    comment line.  A word starting with '#' ends the line."""
    words = line.split()
    for at, word in enumerate(words):
        if word[0] == '#':
            words = words[:at]
            break
    if words:
        return words[0], words[1:]
    return None


def _data_url_type(body):
    # The media type a data: URL declares ("data:[<type>][;...],<data>"):
    # text/plain when it names none, and None when the comma is missing.
    comma = body.find(',')
    if comma == -1:
        return None
    declared = body[:comma].partition(';')[0]
    if '/' in declared and '=' not in declared:
        return declared
    return 'text/plain'


class MimeTypes:
    """A database of MIME types.

    It holds two sets of mappings, strict (registered types) and non-strict
    (common but unofficial ones), each extension -> type and type ->
    extensions, plus the suffix and encoding maps.  A new database starts
    from the module's built-in tables and then reads filenames.
    """

    def __init__(self, filenames=(), strict=True):
        if not inited:
            init()
        self.encodings_map = dict(_encodings_map_default)
        self.suffix_map = dict(_suffix_map_default)
        # Indexed by strict: [False] is the non-strict half, [True] the strict.
        self.types_map = ({}, {})
        self.types_map_inv = ({}, {})
        for official, table in ((True, _types_map_default),
                                (False, _common_types_default)):
            for suffix, mime in table.items():
                self.add_type(mime, suffix, official)
        for path in filenames:
            self.read(path, strict)

    def add_type(self, type, ext, strict=True):
        """Map the extension ext (with its dot) to type.

        A type keeps its extensions in the order they were first added, so
        the first is the one guess_extension() gives.
        """
        by_ext, by_type = self.types_map[strict], self.types_map_inv[strict]
        by_ext[ext] = type
        known = by_type.setdefault(type, [])
        if ext not in known:
            known.append(ext)

    def guess_type(self, url, strict=True):
        """Return (type, encoding) for a URL or a path, each None when unknown.

        A data: URL gives the type it declares.  Otherwise the extension
        decides: suffix_map expands abbreviations like .tgz, encodings_map
        (case sensitive) names a compression, and the type tables are
        searched without regard to case.  strict=False also consults the
        common but unofficial types.
        """
        text = os.fspath(url)
        scheme, _, path = urllib.parse.urlparse(text)[:3]
        # A one-letter scheme is a Windows drive: the text is a file path.
        if len(scheme) < 2:
            return self.guess_file_type(text, strict=strict)
        if scheme != 'data':
            return self._by_extension(path, strict, posixpath.splitext)
        return _data_url_type(path), None

    def guess_file_type(self, path, *, strict=True):
        """Return (type, encoding) for a file path, as guess_type() does."""
        _, local = os.path.splitdrive(os.fsdecode(path))
        return self._by_extension(local, strict, os.path.splitext)

    def _by_extension(self, path, strict, splitext):
        stem, suffix = splitext(path)
        # Expand abbreviations (.tgz is .tar.gz) until none is left.
        while suffix.lower() in self.suffix_map:
            stem, suffix = splitext(stem + self.suffix_map[suffix.lower()])
        # A compression suffix (case sensitive) comes off next.
        coding = None
        if suffix in self.encodings_map:
            coding = self.encodings_map[suffix]
            stem, suffix = splitext(stem)
        key = suffix.lower()
        for official in (True,) if strict else (True, False):
            table = self.types_map[official]
            if key in table:
                return table[key], coding
        return None, coding

    def guess_all_extensions(self, type, strict=True):
        """Return the known extensions of a MIME type, the usual one first.

        strict=False appends those from the common but unofficial types.
        """
        wanted = type.lower()
        found = list(self.types_map_inv[True].get(wanted, ()))
        if strict:
            return found
        for extra in self.types_map_inv[False].get(wanted, ()):
            if extra not in found:
                found.append(extra)
        return found

    def guess_extension(self, type, strict=True):
        """Return the first known extension of a MIME type, or None."""
        return next(iter(self.guess_all_extensions(type, strict)), None)

    def read(self, filename, strict=True):
        """Add the types listed in the mime.types file filename."""
        with open(filename, encoding='utf-8') as stream:
            self.readfp(stream, strict)

    def readfp(self, fp, strict=True):
        """Add the types listed in an open mime.types file: each line a type
        and its extensions (without dots), '#' starting a comment."""
        while line := fp.readline():
            entry = _entries(line)
            if entry is not None:
                mime, suffixes = entry
                for suffix in suffixes:
                    self.add_type(mime, '.' + suffix, strict)

    def read_windows_registry(self, strict=True):
        """Add the types the Windows registry knows; elsewhere do nothing."""
        if strict:
            record = lambda type, ext: self.add_type(type, ext, True)
        else:
            record = self.add_type
        try:
            # The fast reader, in C.
            from _winapi import _mimetypes_read_windows_registry as fast
        except ImportError:
            fast = None
        if fast is not None:
            fast(record)
            return
        try:
            import winreg
        except ImportError:
            return      # not Windows
        self._read_windows_registry(record)

    @classmethod
    def _read_windows_registry(cls, add_type):
        # The slow reader: every HKEY_CLASSES_ROOT subkey that names an
        # extension and has a string 'Content Type'.
        import winreg

        def extension_keys(root):
            for index in range(1 << 31):
                try:
                    name = winreg.EnumKey(root, index)
                except OSError:
                    return          # no more subkeys
                if name.startswith('.') and '\0' not in name:
                    yield name

        with winreg.OpenKey(winreg.HKEY_CLASSES_ROOT, '') as root:
            for name in extension_keys(root):
                try:
                    with winreg.OpenKey(root, name) as key:
                        value, kind = winreg.QueryValueEx(key, 'Content Type')
                except OSError:
                    continue
                if kind == winreg.REG_SZ:
                    add_type(value, name)


# The module-level functions work on one shared database.

def _database():
    if _db is None:
        init()
    return _db


def guess_type(url, strict=True):
    """(type, encoding) of a URL or file name; see MimeTypes.guess_type."""
    return _database().guess_type(url, strict)


def guess_file_type(path, *, strict=True):
    """(type, encoding) of a file path; see MimeTypes.guess_file_type."""
    return _database().guess_file_type(path, strict=strict)


def guess_all_extensions(type, strict=True):
    """The known extensions of a MIME type."""
    return _database().guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    """The first known extension of a MIME type, or None."""
    return _database().guess_extension(type, strict)


def add_type(type, ext, strict=True):
    """Map an extension to a type in the module's database."""
    return _database().add_type(type, ext, strict)


def init(files=None):
    """Build the module's database from the built-in tables and knownfiles,
    plus files; or, when a database exists and files are given, just add
    files to it.  The module's maps then show that database's."""
    global inited, _db, suffix_map, encodings_map, types_map, common_types
    inited = True       # before MimeTypes(), which would call init() again
    if files is not None and _db is not None:
        target, sources = _db, files
    else:
        target = MimeTypes()
        target.read_windows_registry()
        sources = knownfiles if files is None else [*knownfiles, *files]
    for source in sources:
        if os.path.isfile(source):
            target.read(source)
    suffix_map, encodings_map = target.suffix_map, target.encodings_map
    common_types, types_map = target.types_map
    _db = target        # published only when complete


def read_mime_types(file):
    """Return the extension -> type map of a database built from the
    built-in tables and the mime.types file file, or None if file cannot
    be opened."""
    try:
        stream = open(file, encoding='utf-8')
    except OSError:
        return None
    scratch = MimeTypes()
    with stream:
        scratch.readfp(stream, True)
    return scratch.types_map[True]


# The built-in tables, in mime.types form: a type, then its extensions.
_STRICT_TABLE = """
text/javascript                          js mjs
application/json                         json
application/manifest+json                webmanifest
application/msword                       doc dot wiz
application/n-quads                      nq
application/n-triples                    nt
application/octet-stream                 bin a dll exe o obj so
application/oda                          oda
application/pdf                          pdf
application/pkcs7-mime                   p7c
application/postscript                   ps ai eps
application/trig                         trig
application/vnd.apple.mpegurl            m3u m3u8
application/vnd.ms-excel                 xls xlb
application/vnd.ms-powerpoint            ppt pot ppa pps pwz
application/wasm                         wasm
application/x-bcpio                      bcpio
application/x-cpio                       cpio
application/x-csh                        csh
application/x-dvi                        dvi
application/x-gtar                       gtar
application/x-hdf                        hdf
application/x-hdf5                       h5
application/x-latex                      latex
application/x-mif                        mif
application/x-netcdf                     cdf nc
application/x-pkcs12                     p12 pfx
application/x-pn-realaudio               ram
application/x-python-code                pyc pyo
application/x-sh                         sh
application/x-shar                       shar
application/x-shockwave-flash            swf
application/x-sv4cpio                    sv4cpio
application/x-sv4crc                     sv4crc
application/x-tar                        tar
application/x-tcl                        tcl
application/x-tex                        tex
application/x-texinfo                    texi texinfo
application/x-troff                      roff t tr
application/x-troff-man                  man
application/x-troff-me                   me
application/x-troff-ms                   ms
application/x-ustar                      ustar
application/x-wais-source                src
application/xml                          xsl rdf wsdl xpdl
application/zip                          zip
audio/3gpp                               3gp 3gpp
audio/3gpp2                              3g2 3gpp2
audio/aac                                aac adts loas ass
audio/basic                              au snd
audio/mpeg                               mp3 mp2
audio/opus                               opus
audio/x-aiff                             aif aifc aiff
audio/x-pn-realaudio                     ra
audio/x-wav                              wav
image/avif                               avif
image/bmp                                bmp
image/gif                                gif
image/ief                                ief
image/jpeg                               jpg jpe jpeg
image/heic                               heic
image/heif                               heif
image/png                                png
image/svg+xml                            svg
image/tiff                               tiff tif
image/vnd.microsoft.icon                 ico
image/webp                               webp
image/x-cmu-raster                       ras
image/x-portable-anymap                  pnm
image/x-portable-bitmap                  pbm
image/x-portable-graymap                 pgm
image/x-portable-pixmap                  ppm
image/x-rgb                              rgb
image/x-xbitmap                          xbm
image/x-xpixmap                          xpm
image/x-xwindowdump                      xwd
message/rfc822                           eml mht mhtml nws
text/css                                 css
text/csv                                 csv
text/html                                html htm
text/markdown                            md markdown
text/n3                                  n3
text/plain                               txt bat c h ksh pl srt
text/richtext                            rtx
text/rtf                                 rtf
text/tab-separated-values                tsv
text/vtt                                 vtt
text/x-python                            py
text/x-rst                               rst
text/x-setext                            etx
text/x-sgml                              sgm sgml
text/x-vcard                             vcf
text/xml                                 xml
video/mp4                                mp4
video/mpeg                               mpeg m1v mpa mpe mpg
video/quicktime                          mov qt
video/webm                               webm
video/x-msvideo                          avi
video/x-sgi-movie                        movie
"""

_COMMON_TABLE = """
application/rtf                          rtf
audio/midi                               midi mid
image/jpg                                jpg
image/pict                               pict pct pic
text/xul                                 xul
"""


_SUFFIX_TABLE = """
.svgz   .svg.gz
.tgz    .tar.gz
.taz    .tar.gz
.tz     .tar.gz
.tbz2   .tar.bz2
.txz    .tar.xz
"""

_ENCODING_TABLE = """
.gz     gzip
.Z      compress
.bz2    bzip2
.xz     xz
.br     br
"""


def _pairs(text):
    # A two-column table as a dict from the first column to the second.
    return dict(line.split() for line in text.splitlines() if line)


def _by_suffix(text):
    # A table in mime.types form as a dict from extension to type.
    found = {}
    for line in text.splitlines():
        entry = _entries(line)
        if entry is not None:
            for suffix in entry[1]:
                found['.' + suffix] = entry[0]
    return found


def _default_mime_types():
    # Fresh built-in tables.  Until init() runs, the module's public maps are
    # these very dicts, so what is added to them early reaches every
    # MimeTypes made afterwards.
    global suffix_map, encodings_map, types_map, common_types
    global _suffix_map_default, _encodings_map_default
    global _types_map_default, _common_types_default
    suffix_map = _suffix_map_default = _pairs(_SUFFIX_TABLE)
    encodings_map = _encodings_map_default = _pairs(_ENCODING_TABLE)
    types_map = _types_map_default = _by_suffix(_STRICT_TABLE)
    common_types = _common_types_default = _by_suffix(_COMMON_TABLE)


_default_mime_types()


_USAGE = """\
Usage: mimetypes.py [options] type

Options:
    --help / -h       -- print this message and exit
    --lenient / -l    -- additionally search of some common, but non-standard
                         types.
    --extension / -e  -- guess extension instead of type

More than one type argument may be given.
"""

_FLAGS = {'-h': 'help', '--help': 'help', '-l': 'lenient',
          '--lenient': 'lenient', '-e': 'extension', '--extension': 'extension'}


def _main():
    from getopt import GetoptError, getopt

    def show_usage(status, note=''):
        print(_USAGE)
        if note:
            print(note)
        sys.exit(status)

    try:
        given, words = getopt(sys.argv[1:], 'hle', ['help', 'lenient', 'extension'])
    except GetoptError as problem:
        show_usage(1, problem)
    flags = {_FLAGS[flag] for flag, _ in given}
    if 'help' in flags:
        show_usage(0)
    strict = 'lenient' not in flags
    for word in words:
        if 'extension' in flags:
            guess = guess_extension(word, strict)
            answer = guess
        else:
            guess, encoding = guess_type(word, strict)
            answer = f'type: {guess} encoding: {encoding}'
        print(answer if guess else f"I don't know anything about type {word}")


if __name__ == '__main__':
    _main()
