# mimetypes: guessing types and encodings from names, paths and URLs (data:,
# compressed suffixes, case), extensions from types, strict and common tables,
# add_type, reading mime.types text, and the module-level database (kept off the
# machine's own mime.types files by emptying knownfiles).
import io
import mimetypes

mimetypes.knownfiles = []
mimetypes.init()
db = mimetypes.MimeTypes()
names = ['a.txt', 'A.TXT', 'x.tar.gz', 'x.tgz', 'x.svgz', 'x.tar.Z', 'x.tar.z', 'x.tbz2', 'x.txz', 'x.gz', 'x.br',
         'page.html', 'p.HTM', 'noext', '.bashrc', 'dir.d/file', 'x.rtf', 'x.mid', 'x.jpg', 'x.pict', 'x.xul', 'x.js',
         'x.mjs', 'x.json', 'x.py', 'x.pyc', 'x.wasm', 'x.webp', 'x.avif', 'x.heic', 'x.md', 'x.csv', 'x.mp4', 'x.opus',
         'http://example.com/a.pdf', 'http://example.com/a.pdf?x=1.txt', 'https://h/x.tar.gz#frag', 'ftp://h/dir/',
         'data:text/html;charset=utf-8,<p>', 'data:,hello', 'data:image/png;base64,AAAA', 'data:foo=bar,x',
         'data:nocomma', 'file:///tmp/a.css', 'c:\\dir\\a.txt', 'C:/x/a.png', b'bytes.gif']
for name in names:
    try:
        print(repr(name), db.guess_type(name), db.guess_type(name, strict=False), mimetypes.guess_type(name))
    except TypeError as e:
        print(repr(name), 'TypeError', e)
for path in ['a.txt', 'x.tar.gz', b'b.png', 'c:\\a.ico', 'http://x/y.html']:
    print(repr(path), db.guess_file_type(path), mimetypes.guess_file_type(path, strict=False))
for t in ['text/plain', 'TEXT/HTML', 'image/jpeg', 'image/jpg', 'audio/midi', 'application/octet-stream',
          'application/rtf', 'text/rtf', 'video/mpeg', 'nope/none', 'application/postscript']:
    print(t, db.guess_all_extensions(t), db.guess_all_extensions(t, strict=False), db.guess_extension(t),
          db.guess_extension(t, strict=False), mimetypes.guess_extension(t))
db.add_type('application/x-kaa', '.kaa')
db.add_type('application/x-kaa', '.kaa')
db.add_type('application/x-kaa', '.kaa2', strict=False)
print(db.guess_type('f.kaa'), db.guess_type('f.kaa2'), db.guess_type('f.kaa2', False),
      db.guess_all_extensions('application/x-kaa', False))
db.readfp(io.StringIO("# comment\ntext/x-one one uno # two\n\ntext/x-two two\napplication/x-empty\n"))
print(db.guess_type('a.uno'), db.guess_type('a.two'), db.guess_type('a.one'), db.guess_all_extensions('text/x-one'))
mimetypes.add_type('text/x-module', '.modx')
print(mimetypes.guess_type('m.modx'), mimetypes.types_map['.modx'], mimetypes.inited,
      mimetypes.read_mime_types('/nonexistent/mime.types'))
print(len(mimetypes.types_map) > 100, sorted(mimetypes.common_types.items()), mimetypes.suffix_map,
      mimetypes.encodings_map)
print(sorted(mimetypes._types_map_default.items())[:10])
print(sorted(mimetypes.__all__))
