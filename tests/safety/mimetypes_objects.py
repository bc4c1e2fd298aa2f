# mimetypes with ill-typed and hostile arguments: the guessing functions and a
# MimeTypes database with None, ints, bytes, odd URLs and huge names, and readfp
# with files that return the wrong types. Any exception may come but
# SystemError (a Go panic in Kaa). No small non-negative int is passed: read()
# would open it as a file descriptor. Run by safety_test.go.
import io
import mimetypes

mimetypes.knownfiles = []


class BadFile:
    def readline(self):
        return 5


values = [None, -3, 2**70, 1.5, b'x.txt', 'data:', 'data:;,', 'data:' + 'a' * 10000, 'x' + '.gz' * 1000, '\udcff.txt',
          'http://[::1/a.txt', '::::', '', '.', [], io.StringIO('text/x a b\n'), BadFile(), io.BytesIO(b'x')]
bad = count = 0
db = mimetypes.MimeTypes()
targets = [mimetypes.guess_type, mimetypes.guess_file_type, mimetypes.guess_all_extensions,
           mimetypes.guess_extension, mimetypes.add_type, mimetypes.read_mime_types, db.guess_type,
           db.guess_file_type, db.guess_all_extensions, db.guess_extension, db.add_type, db.readfp, db.read,
           mimetypes.MimeTypes]
for f in targets:
    for args in [()] + [(v,) for v in values] + [(v, w) for v in values for w in values[:5]]:
        count += 1
        try:
            f(*args)
        except SystemError as e:
            bad += 1
            print('SYSTEMERROR', f, args, e)
        except BaseException:
            pass
print('calls', count, 'system errors', bad)
