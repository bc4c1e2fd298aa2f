"""Read .netrc files: the login, account and password for each host, and
the macros."""

import os
import stat

__all__ = ["netrc", "NetrcParseError"]


class NetrcParseError(Exception):
    """The .netrc file could not be parsed: msg, with the filename and
    lineno where the problem is."""

    def __init__(self, msg, filename=None, lineno=None):
        self.msg, self.filename, self.lineno = msg, filename, lineno
        super().__init__(msg)

    def __str__(self):
        return f"{self.msg} ({self.filename}, line {self.lineno})"


_BLANKS = frozenset("\n\t\r ")


class _Tokens:
    # Tokens separated by whitespace; "double quotes" group, a backslash
    # takes the next character literally.  Reads a character at a time, so
    # that the parser can take the rest of a line straight from the file.

    def __init__(self, fp):
        self.file = fp
        self.line = 1
        self.returned = []

    def char(self):
        ch = self.file.read(1)
        self.line += ch == "\n"
        return ch

    def rest_of_line(self):
        return self.file.readline()

    def give_back(self, token):
        self.returned.append(token)

    def next(self):
        # The next token, '' at the end of the file.
        if self.returned:
            return self.returned.pop(0)
        ch = self.char()
        while ch in _BLANKS and ch:
            ch = self.char()
        quoted = ch == '"'
        if quoted:
            ch = self.char()
        pieces = []
        while ch and (ch != '"' if quoted else ch not in _BLANKS):
            if ch == "\\":
                ch = self.char()
            pieces.append(ch)
            ch = self.char()
        return "".join(pieces)


# The fields of a machine entry, by the words that introduce them.
_FIELDS = {'login': 'login', 'user': 'login', 'account': 'account',
           'password': 'password'}
# What ends a machine entry.
_ENTRY_ENDS = frozenset({'', 'machine', 'default', 'macdef'})


class netrc:
    def __init__(self, file=None):
        own_file = file is None
        path = os.path.join(os.path.expanduser("~"), ".netrc") if own_file else file
        self.hosts, self.macros = {}, {}
        # UTF-8, else the locale's encoding, as CPython reads it.
        for encoding in ("utf-8", "locale"):
            try:
                with open(path, encoding=encoding) as fp:
                    self._parse(path, fp, own_file)
                return
            except UnicodeDecodeError:
                if encoding == "locale":
                    raise

    def _comment(self, tokens, started_on):
        # A '#' token comments out the rest of the line it began on (a '#'
        # read at the end of a line already ended it).
        if tokens.line == started_on:
            tokens.rest_of_line()

    def _macro(self, file, tokens):
        # macdef NAME, then lines up to an empty one.
        body = self.macros[tokens.next()] = []
        for line in iter(tokens.rest_of_line, '\n'):
            if not line:
                raise NetrcParseError(
                    "Macro definition missing null line terminator.", file, tokens.line)
            body.append(line)

    def _parse(self, file, fp, default_netrc):
        tokens = _Tokens(fp)
        while True:
            started_on = tokens.line
            word = tokens.next()
            if not word:
                return
            if word.startswith('#'):
                if word == '#':
                    self._comment(tokens, started_on)
            elif word == 'macdef':
                self._macro(file, tokens)
            elif word in ('machine', 'default'):
                host = tokens.next() if word == 'machine' else 'default'
                if not host:
                    raise NetrcParseError("missing %r name" % word, file, tokens.line)
                self._entry(file, fp, tokens, host, default_netrc)
            else:
                raise NetrcParseError("bad toplevel token %r" % word, file, tokens.line)

    def _entry(self, file, fp, tokens, host, default_netrc):
        # The fields after 'machine HOST' (or 'default').
        found = dict.fromkeys(('login', 'account', 'password'), '')
        self.hosts[host] = {}
        while True:
            started_on = tokens.line
            word = tokens.next()
            if word.startswith('#'):
                self._comment(tokens, started_on)
                continue
            if word in _ENTRY_ENDS:
                tokens.give_back(word)
                break
            if word not in _FIELDS:
                raise NetrcParseError("bad follower token %r" % word, file, tokens.line)
            found[_FIELDS[word]] = tokens.next()
        self.hosts[host] = (found['login'], found['account'], found['password'])
        self._security_check(fp, default_netrc, found['login'])

    def _security_check(self, fp, default_netrc, login):
        # ~/.netrc with passwords must be the user's own and private.
        if os.name != 'posix' or not default_netrc or login == "anonymous":
            return
        info = os.fstat(fp.fileno())
        me = os.getuid()
        if info.st_uid != me:
            raise NetrcParseError(f"~/.netrc file owner ({_user_name(info.st_uid)}, "
                                  f"{_user_name(me)}) does not match current user")
        if info.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise NetrcParseError("~/.netrc access too permissive: access permissions "
                                  "must restrict access to only the owner")

    def authenticators(self, host):
        """(login, account, password) for host, or for the default entry
        when host has none; None when neither exists."""
        return self.hosts[host] if host in self.hosts else self.hosts.get('default')

    def __repr__(self):
        """The entries and macros written out in .netrc syntax."""
        out = []
        for host, (login, account, password) in self.hosts.items():
            out.append(f"machine {host}\n\tlogin {login}\n")
            if account:
                out.append(f"\taccount {account}\n")
            out.append(f"\tpassword {password}\n")
        for name, lines in self.macros.items():
            out += [f"macdef {name}\n", *lines, "\n"]
        return "".join(out)


def _user_name(uid):
    import pwd
    try:
        return pwd.getpwuid(uid)[0]
    except KeyError:
        return 'uid %s' % uid


if __name__ == '__main__':
    print(netrc())
