"""Guess a file's MIME type (and encoding) from its name or URL, and the file
name extensions of a MIME type, from a built-in table and the system's
mime.types files."""

import os
import sys
import posixpath
import urllib.parse

try:
    from _winapi import _mimetypes_read_windows_registry
except ImportError:
    _mimetypes_read_windows_registry = None

try:
    import winreg as _winreg
except ImportError:
    _winreg = None

__all__ = [
    "knownfiles", "inited", "MimeTypes",
    "guess_type", "guess_file_type", "guess_all_extensions", "guess_extension",
    "add_type", "init", "read_mime_types",
    "suffix_map", "encodings_map", "types_map", "common_types"
]

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
_db = None


def _words(line):
    """The words of a mime.types line, up to a word that starts a comment."""
    words = []
    for word in line.split():
        if word.startswith('#'):
            break
        words.append(word)
    return words


class MimeTypes:
    """A database of MIME types: for each of strict (registered) and
    non-strict (common but unofficial) types, extension -> type and
    type -> extensions, plus the suffix and encoding maps."""

    def __init__(self, filenames=(), strict=True):
        if not inited:
            init()
        self.encodings_map = _encodings_map_default.copy()
        self.suffix_map = _suffix_map_default.copy()
        self.types_map = ({}, {})      # [strict] ext -> type
        self.types_map_inv = ({}, {})  # [strict] type -> [ext, ...]
        for ext, type in _types_map_default.items():
            self.add_type(type, ext, True)
        for ext, type in _common_types_default.items():
            self.add_type(type, ext, False)
        for name in filenames:
            self.read(name, strict)

    def add_type(self, type, ext, strict=True):
        """Map the extension ext (with its dot) to type; the type's extensions
        keep the order they were added in."""
        self.types_map[strict][ext] = type
        known = self.types_map_inv[strict].setdefault(type, [])
        if ext not in known:
            known.append(ext)

    def guess_type(self, url, strict=True):
        """(type, encoding) of a URL or path, each None when unknown. data:
        URLs give their declared type; strict=False also uses the common
        unofficial types."""
        url = os.fspath(url)
        parts = urllib.parse.urlparse(url)
        # a one-letter scheme is a Windows drive, so the text is a path
        if not (parts.scheme and len(parts.scheme) > 1):
            return self.guess_file_type(url, strict=strict)
        if parts.scheme == 'data':
            body = parts.path
            comma = body.find(',')
            if comma < 0:
                return None, None
            semi = body.find(';', 0, comma)
            declared = body[:semi] if semi >= 0 else body[:comma]
            if '=' in declared or '/' not in declared:
                declared = 'text/plain'
            return declared, None
        return self._guess_file_type(parts.path, strict, posixpath.splitext)

    def guess_file_type(self, path, *, strict=True):
        """(type, encoding) of a file path, like guess_type."""
        path = os.fsdecode(path)
        path = os.path.splitdrive(path)[1]
        return self._guess_file_type(path, strict, os.path.splitext)

    def _guess_file_type(self, path, strict, splitext):
        base, ext = splitext(path)
        # .tgz means .tar.gz and so on
        while ext.lower() in self.suffix_map:
            base, ext = splitext(base + self.suffix_map[ext.lower()])
        encoding = None
        if ext in self.encodings_map:
            encoding = self.encodings_map[ext]
            base, ext = splitext(base)
        ext = ext.lower()
        found = self.types_map[True].get(ext)
        if found is None and not strict:
            found = self.types_map[False].get(ext)
        return found, encoding

    def guess_all_extensions(self, type, strict=True):
        """The known extensions of a MIME type, most usual first."""
        type = type.lower()
        result = list(self.types_map_inv[True].get(type, []))
        if not strict:
            result += [e for e in self.types_map_inv[False].get(type, []) if e not in result]
        return result

    def guess_extension(self, type, strict=True):
        """The first known extension of a MIME type, or None."""
        found = self.guess_all_extensions(type, strict)
        return found[0] if found else None

    def read(self, filename, strict=True):
        """Add the types of a mime.types file."""
        with open(filename, encoding='utf-8') as fp:
            self.readfp(fp, strict)

    def readfp(self, fp, strict=True):
        """Add the types of an open mime.types file: lines of a type and its
        extensions (without dots), '#' starting a comment."""
        while line := fp.readline():
            words = _words(line)
            if words:
                for suffix in words[1:]:
                    self.add_type(words[0], '.' + suffix, strict)

    def read_windows_registry(self, strict=True):
        """Add the types the Windows registry knows (nothing elsewhere)."""
        if not _mimetypes_read_windows_registry and not _winreg:
            return
        add_type = self.add_type
        if strict:
            add_type = lambda type, ext: self.add_type(type, ext, True)
        if _mimetypes_read_windows_registry:
            _mimetypes_read_windows_registry(add_type)
        elif _winreg:
            self._read_windows_registry(add_type)

    @classmethod
    def _read_windows_registry(cls, add_type):
        def subkey_names(root):
            index = 0
            while True:
                try:
                    name = _winreg.EnumKey(root, index)
                except OSError:
                    return
                if '\0' not in name:
                    yield name
                index += 1

        with _winreg.OpenKey(_winreg.HKEY_CLASSES_ROOT, '') as root:
            for name in subkey_names(root):
                if not name.startswith('.'):
                    continue
                try:
                    with _winreg.OpenKey(root, name) as key:
                        mimetype, kind = _winreg.QueryValueEx(key, 'Content Type')
                except OSError:
                    continue
                if kind == _winreg.REG_SZ:
                    add_type(mimetype, name)


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
    """(Re)build the module's database from the built-in table and the
    knownfiles (plus files), or add files to the existing one."""
    global suffix_map, types_map, encodings_map, common_types
    global inited, _db
    inited = True
    if files is None or _db is None:
        db = MimeTypes()
        db.read_windows_registry()
        files = knownfiles if files is None else knownfiles + list(files)
    else:
        db = _db
    for name in files:
        if os.path.isfile(name):
            db.read(name)
    encodings_map = db.encodings_map
    suffix_map = db.suffix_map
    types_map = db.types_map[True]
    common_types = db.types_map[False]
    _db = db


def read_mime_types(file):
    """The extension -> type map of a mime.types file, or None if it cannot
    be opened."""
    try:
        f = open(file, encoding='utf-8')
    except OSError:
        return None
    with f:
        db = MimeTypes()
        db.readfp(f, True)
        return db.types_map[True]


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


def _table(text):
    result = {}
    for line in text.splitlines():
        words = line.split()
        for suffix in words[1:]:
            result['.' + suffix] = words[0]
    return result


def _default_mime_types():
    global suffix_map, _suffix_map_default
    global encodings_map, _encodings_map_default
    global types_map, _types_map_default
    global common_types, _common_types_default

    suffix_map = _suffix_map_default = {
        '.svgz': '.svg.gz',
        '.tgz': '.tar.gz',
        '.taz': '.tar.gz',
        '.tz': '.tar.gz',
        '.tbz2': '.tar.bz2',
        '.txz': '.tar.xz',
    }
    encodings_map = _encodings_map_default = {
        '.gz': 'gzip',
        '.Z': 'compress',
        '.bz2': 'bzip2',
        '.xz': 'xz',
        '.br': 'br',
    }
    types_map = _types_map_default = _table(_STRICT_TABLE)
    common_types = _common_types_default = _table(_COMMON_TABLE)


_default_mime_types()


def _main():
    import getopt

    usage_text = """\
Usage: mimetypes.py [options] type

Options:
    --help / -h       -- print this message and exit
    --lenient / -l    -- additionally search of some common, but non-standard
                         types.
    --extension / -e  -- guess extension instead of type

More than one type argument may be given.
"""

    def usage(code, msg=''):
        print(usage_text)
        if msg:
            print(msg)
        sys.exit(code)

    try:
        opts, args = getopt.getopt(sys.argv[1:], 'hle', ['help', 'lenient', 'extension'])
    except getopt.error as msg:
        usage(1, msg)
    strict = True
    extension = False
    for opt, _ in opts:
        if opt in ('-h', '--help'):
            usage(0)
        elif opt in ('-l', '--lenient'):
            strict = False
        elif opt in ('-e', '--extension'):
            extension = True
    for name in args:
        if extension:
            guess = guess_extension(name, strict)
            if not guess:
                print("I don't know anything about type", name)
            else:
                print(guess)
        else:
            guess, encoding = guess_type(name, strict)
            if not guess:
                print("I don't know anything about type", name)
            else:
                print('type:', guess, 'encoding:', encoding)


if __name__ == '__main__':
    _main()
