# gettext: plural-form expressions (c2py), .mo catalogs written here (little
# and big endian, plurals, contexts, headers), find/translation/fallbacks,
# the global functions, and errors.
import gettext
import os
import struct
import tempfile

for expr in ['n != 1', 'n>1', '(n==1) ? 0 : 1', 'n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2',
             'n==1 ? 0 : n==2 ? 1 : 2', '!n', '!!n', 'n/2', '0', 'n == 1 == 1', '1 < 2 < n', 'n ? 1 : 0', '(n)']:
    f = gettext.c2py(expr)
    print(repr(expr), [f(i) for i in (0, 1, 2, 3, 5, 11, 21, 22, 25, 101, 111)])
for bad in ['n+', 'x', 'n ? 1', '(n', 'n)', 'n ; 1', '((' * 30 + 'n' + '))' * 30, 'n' + ' + n' * 600, '', '1 2', 'n ** 2']:
    try:
        gettext.c2py(bad)
        print(repr(bad[:20]), 'ok')
    except ValueError as e:
        print(repr(bad[:20]), 'ValueError', e)
f = gettext.c2py('n != 1')
for v in [1.0, 2, True]:
    print(f(v))
try:
    f('x')
except TypeError as e:
    print('TypeError', e)


def mo(entries, order='<'):
    # A .mo file: entries is a list of (original, translation) bytes.
    entries = sorted(entries)
    n = len(entries)
    header = 7 * 4
    ids_at = header
    strs_at = ids_at + 8 * n
    data_at = strs_at + 8 * n
    ids, strs, blob = [], [], b''
    for k, v in entries:
        ids.append((len(k), data_at + len(blob)))
        blob += k + b'\0'
    for k, v in entries:
        strs.append((len(v), data_at + len(blob)))
        blob += v + b'\0'
    out = struct.pack(order + '7I', 0x950412de, 0, n, ids_at, strs_at, 0, 0)
    for pair in ids + strs:
        out += struct.pack(order + '2I', *pair)
    return out + blob


with tempfile.TemporaryDirectory() as top:
    meta = (b'Project-Id-Version: test\nContent-Type: text/plain; charset=UTF-8\n'
            b'Plural-Forms: nplurals=3; plural=n==1 ? 0 : n==2 ? 1 : 2;\nX-Multi: one\n continued\n')
    entries = [(b'', meta), (b'hello', 'hallå'.encode()), (b'apple\0apples', b'ein Apfel\0zwei Aepfel\0viele Aepfel'),
               (b'menu\x04open', b'oeffnen'), (b'ctx\x04file\0files', b'Datei\0Dateien\0Dateien')]
    for lang in ['de_DE', 'fr']:
        d = os.path.join(top, lang, 'LC_MESSAGES')
        os.makedirs(d)
    with open(os.path.join(top, 'de_DE', 'LC_MESSAGES', 'app.mo'), 'wb') as f:
        f.write(mo(entries))
    with open(os.path.join(top, 'fr', 'LC_MESSAGES', 'app.mo'), 'wb') as f:
        f.write(mo([(b'', b'Content-Type: text/plain; charset=UTF-8\n'), (b'bye', b'au revoir'), (b'hello', b'bonjour')], order='>'))
    print(gettext.find('app', top, ['de_DE']) == os.path.join(top, 'de_DE', 'LC_MESSAGES', 'app.mo'))
    print([os.path.relpath(p, top) for p in gettext.find('app', top, ['de_DE.UTF-8', 'fr_FR', 'C', 'de'], all=True)])
    print(gettext.find('app', top, ['xx']), gettext.find('app', top, ['xx'], all=True), gettext.find('app', top, ['C', 'de_DE']))
    t = gettext.translation('app', top, ['de_DE', 'fr'])
    print(type(t).__name__, t.gettext('hello'), t.gettext('bye'), t.gettext('nope'), t.charset(), sorted(t.info().items()))
    print([t.ngettext('apple', 'apples', n) for n in (1, 2, 5)], t.ngettext('pear', 'pears', 2), t.pgettext('menu', 'open'),
          t.pgettext('menu', 'close'), [t.npgettext('ctx', 'file', 'files', n) for n in (1, 2, 3)], t.npgettext('c', 'x', 'xs', 1))
    n = gettext.NullTranslations()
    print(n.gettext('a'), n.ngettext('a', 'b', 1), n.ngettext('a', 'b', 2), n.pgettext('c', 'm'), n.npgettext('c', 'a', 'b', 3), n.info(), n.charset())
    print(gettext.translation('app', top, ['xx'], fallback=True).__class__.__name__)
    try:
        gettext.translation('app', top, ['xx'])
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno, e.strerror, e.filename)
    bad = os.path.join(top, 'bad.mo')
    for content in [b'\0' * 28, struct.pack('<7I', 0x950412de, 5 << 16, 0, 28, 28, 0, 0), struct.pack('<7I', 0x950412de, 0, 1, 28, 36, 0, 0) + struct.pack('<4I', 100, 44, 0, 44)]:
        with open(bad, 'wb') as f:
            f.write(content)
        try:
            with open(bad, 'rb') as f:
                gettext.GNUTranslations(f)
        except OSError as e:
            print('OSError', e.args[:2], os.path.basename(e.filename))
    gettext.bindtextdomain('app', top)
    print(gettext.bindtextdomain('app') == top, gettext.bindtextdomain('other').endswith('locale'), gettext.textdomain(), gettext.textdomain('app'))
    os.environ['LANGUAGE'] = 'de_DE:fr'
    print(gettext.gettext('hello'), gettext.ngettext('apple', 'apples', 2), gettext.pgettext('menu', 'open'), gettext.npgettext('ctx', 'file', 'files', 1))
    print(gettext.dgettext('app', 'bye'), gettext.dngettext('none', 'a', 'b', 1), gettext.dpgettext('none', 'c', 'm'), gettext.dnpgettext('none', 'c', 'a', 'b', 2))
    import builtins
    gettext.install('app', top, names=['ngettext', 'bogus'])
    print(_('hello'), builtins.ngettext('apple', 'apples', 1), hasattr(builtins, 'bogus'))
    del builtins._, builtins.ngettext
    gettext.textdomain('messages')
print(gettext._expand_lang('de_DE.UTF-8@euro'), gettext._expand_lang('fr'), gettext._expand_lang('en_US'))
print(gettext.Catalog is gettext.translation, sorted(gettext.__all__))
