# netrc: hosts, default, macros, comments and quoting, repr, and the parse
# errors with their line numbers.
import netrc
import os
import tempfile

texts = [
    'machine host1.domain.com login log1 password pass1 account acct1\ndefault login log2 password pass2\n',
    'machine "quoted host" login "a b" password "x\\"y" # comment\n# whole line\nmachine h2 user u2\n',
    'macdef init\ncd /pub\nbinary\n\nmachine m login l password p\n',
    'machine a login "#hash" password #not-comment\nmachine b\tlogin\tq password\\ w\n',
    'machine\n',
    'bogus a\n',
    'machine a login l badtoken x\n',
    'macdef m\nline one\n',
    '   \n# only comments\n',
    'machine a login l password p\n#\nmachine b password q account r\n',
]
with tempfile.TemporaryDirectory() as top:
    path = os.path.join(top, 'netrc')
    for text in texts:
        with open(path, 'w') as f:
            f.write(text)
        try:
            n = netrc.netrc(path)
            print(n.hosts, n.macros, n.authenticators('m'), n.authenticators('host1.domain.com'), n.authenticators('zz'))
            print(repr(n))
        except netrc.NetrcParseError as e:
            print('NetrcParseError', str(e).replace(top, '<top>'), e.msg, e.lineno)
    with open(path, 'wb') as f:
        f.write('machine \u00e9t\u00e9 login \u00fc password p\n'.encode('utf-8'))
    print(netrc.netrc(path).hosts)
e = netrc.NetrcParseError('m')
print(str(e), e.filename, e.lineno, netrc.__all__)
