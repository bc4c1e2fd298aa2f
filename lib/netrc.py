"""Read .netrc files: the login, account and password for each host, and
the macros."""

import os
import stat

__all__ = ["netrc", "NetrcParseError"]


class NetrcParseError(Exception):
    """The .netrc file could not be parsed: msg, with the filename and
    lineno where the problem is."""

    def __init__(self, msg, filename=None, lineno=None):
        self.filename = filename
        self.lineno = lineno
        self.msg = msg
        Exception.__init__(self, msg)

    def __str__(self):
        return "%s (%s, line %s)" % (self.msg, self.filename, self.lineno)


class _netrclex:
    # Tokens separated by whitespace; "double quotes" group, a backslash
    # takes the next character literally. Reads one character at a time so
    # that the parser can read the rest of a line directly from instream.

    def __init__(self, fp):
        self.lineno = 1
        self.instream = fp
        self.whitespace = "\n\t\r "
        self.pushback = []

    def _read_char(self):
        ch = self.instream.read(1)
        if ch == "\n":
            self.lineno += 1
        return ch

    def get_token(self):
        if self.pushback:
            return self.pushback.pop(0)
        read = self._read_char
        ch = read()
        while ch and ch in self.whitespace:
            ch = read()
        if not ch:
            return ""
        token = []
        if ch == '"':
            while True:
                ch = read()
                if not ch or ch == '"':
                    return "".join(token)
                if ch == "\\":
                    ch = read()
                token.append(ch)
        while ch and ch not in self.whitespace:
            if ch == "\\":
                ch = read()
            token.append(ch)
            ch = read()
        return "".join(token)

    def push_token(self, token):
        self.pushback.append(token)


class netrc:
    def __init__(self, file=None):
        default_netrc = file is None
        if file is None:
            file = os.path.join(os.path.expanduser("~"), ".netrc")
        self.hosts = {}
        self.macros = {}
        try:
            with open(file, encoding="utf-8") as fp:
                self._parse(file, fp, default_netrc)
        except UnicodeDecodeError:
            with open(file, encoding="locale") as fp:
                self._parse(file, fp, default_netrc)

    def _skip_comment(self, lexer, token, line_before):
        # A '#' token on the line it started on comments out the rest of it.
        if lexer.lineno == line_before:
            lexer.instream.readline()

    def _macro(self, file, lexer):
        # macdef NAME, then lines up to an empty one.
        name = lexer.get_token()
        lines = self.macros[name] = []
        while True:
            line = lexer.instream.readline()
            if not line:
                raise NetrcParseError(
                    "Macro definition missing null line terminator.", file, lexer.lineno)
            if line == '\n':
                return
            lines.append(line)

    def _parse(self, file, fp, default_netrc):
        lexer = _netrclex(fp)
        while True:
            line_before = lexer.lineno
            keyword = lexer.get_token()
            if not keyword:
                return
            if keyword[0] == '#':
                if len(keyword) == 1:
                    self._skip_comment(lexer, keyword, line_before)
                continue
            if keyword == 'macdef':
                self._macro(file, lexer)
                continue
            if keyword == 'machine':
                host = lexer.get_token()
            elif keyword == 'default':
                host = 'default'
            else:
                raise NetrcParseError("bad toplevel token %r" % keyword, file, lexer.lineno)
            if not host:
                raise NetrcParseError("missing %r name" % keyword, file, lexer.lineno)
            entry = {'login': '', 'account': '', 'password': ''}
            self.hosts[host] = {}
            while True:
                line_before = lexer.lineno
                token = lexer.get_token()
                if token.startswith('#'):
                    self._skip_comment(lexer, token, line_before)
                    continue
                if token in ('', 'machine', 'default', 'macdef'):
                    lexer.push_token(token)
                    break
                field = 'login' if token == 'user' else token
                if field not in entry:
                    raise NetrcParseError("bad follower token %r" % token, file, lexer.lineno)
                entry[field] = lexer.get_token()
            self.hosts[host] = (entry['login'], entry['account'], entry['password'])
            self._security_check(fp, default_netrc, entry['login'])

    def _security_check(self, fp, default_netrc, login):
        # ~/.netrc with passwords must be the user's own and private.
        if os.name != 'posix' or not default_netrc or login == "anonymous":
            return
        st = os.fstat(fp.fileno())
        if st.st_uid != os.getuid():
            import pwd

            def name(uid):
                try:
                    return pwd.getpwuid(uid)[0]
                except KeyError:
                    return 'uid %s' % uid
            raise NetrcParseError(f"~/.netrc file owner ({name(st.st_uid)}, "
                                  f"{name(os.getuid())}) does not match current user")
        if st.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise NetrcParseError("~/.netrc access too permissive: access permissions "
                                  "must restrict access to only the owner")

    def authenticators(self, host):
        """Return a (user, account, password) tuple for given host."""
        if host in self.hosts:
            return self.hosts[host]
        return self.hosts.get('default')

    def __repr__(self):
        """The entries and macros written out in .netrc syntax."""
        out = []
        for host, (login, account, password) in self.hosts.items():
            out.append(f"machine {host}\n\tlogin {login}\n")
            if account:
                out.append(f"\taccount {account}\n")
            out.append(f"\tpassword {password}\n")
        for name, lines in self.macros.items():
            out.append(f"macdef {name}\n")
            out.extend(lines)
            out.append("\n")
        return "".join(out)


if __name__ == '__main__':
    print(netrc())
