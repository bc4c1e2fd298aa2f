"""Extra handlers for the logging package: rotating and watched files, queues,
buffers, and (network permitting) sockets, syslog, SMTP and HTTP.

Kaa's own implementation. The network handlers import socket and friends only
when they first need to talk to the network.
"""

import copy
from functools import wraps as _wraps
import io
import logging
import os
import pickle
import queue
import re
import struct
import threading
import time

try:
    import socket
except ImportError:          # Kaa has no socket module yet
    socket = None

DEFAULT_TCP_LOGGING_PORT = 9020
DEFAULT_UDP_LOGGING_PORT = 9021
DEFAULT_HTTP_LOGGING_PORT = 9022
DEFAULT_SOAP_LOGGING_PORT = 9023
SYSLOG_UDP_PORT = 514
SYSLOG_TCP_PORT = 514

_MIDNIGHT = 24 * 60 * 60     # seconds in a day
_HOUR = 60 * 60


def _need_socket():
    """The socket module, imported on first use; ImportError when absent."""
    global socket
    if socket is None:
        import socket as mod
        socket = mod
    return socket


def _text_encoding(mode, encoding):
    return encoding if 'b' in mode else io.text_encoding(encoding)


def _failures_reported(body):
    """Wraps an emit(): whatever Exception the body raises is passed to the
    handler's handleError() with the record instead of reaching the logger."""
    @_wraps(body)
    def emit(handler, record):
        try:
            body(handler, record)
        except Exception:
            handler.handleError(record)
    return emit


def _settle(handler, **attributes):
    """Stores a constructor's remembered arguments on the handler."""
    for name, value in attributes.items():
        setattr(handler, name, value)


def _drop(path):
    """Deletes path if something is there."""
    if os.path.exists(path):
        os.remove(path)


def _close_with_socket(handler, attribute):
    """Handler.close() for a network handler: under the handler's lock, the
    socket kept in the named attribute is closed and forgotten first."""
    with handler.lock:
        conn = getattr(handler, attribute)
        setattr(handler, attribute, None)
        if conn:
            conn.close()
        logging.Handler.close(handler)


def _move_if_present(source, dest):
    if os.path.exists(source):
        os.rename(source, dest)


def _seconds_into_day(hour, minute, second):
    return (hour * 60 + minute) * 60 + second


# ---------------------------------------------------------------- files

class BaseRotatingHandler(logging.FileHandler):
    """A file handler that may swap its file out before writing a record."""

    namer = None
    rotator = None

    def __init__(self, filename, mode, encoding=None, delay=False, errors=None):
        super().__init__(filename, mode, encoding, delay, errors)
        # as given, even where FileHandler settled on a text encoding
        self.encoding = encoding

    @_failures_reported
    def emit(self, record):
        due = self.shouldRollover(record)
        if due:
            self.doRollover()
        super().emit(record)

    def rotation_filename(self, default_name):
        """default_name, or what the namer callable makes of it."""
        if callable(self.namer):
            return self.namer(default_name)
        return default_name

    def rotate(self, source, dest):
        """Moves the finished file aside (through rotator when one is set)."""
        mover = self.rotator if callable(self.rotator) else _move_if_present
        mover(source, dest)

    def _reopen_unless_delayed(self):
        # after a rollover the next file opens now, or with the first record
        self.stream = None if self.delay else self._open()

    def _is_special_file(self):
        # only regular files are ever rotated (a fifo or /dev/null is left alone)
        where = self.baseFilename
        return os.path.exists(where) and not os.path.isfile(where)


class RotatingFileHandler(BaseRotatingHandler):
    """Rolls the file over to NAME.1, NAME.2, ... once it would pass maxBytes."""

    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0,
                 encoding=None, delay=False, errors=None):
        # a truncating mode would defeat the size check
        opening = 'a' if maxBytes > 0 else mode
        super().__init__(filename, opening, _text_encoding(opening, encoding),
                         delay, errors)
        _settle(self, maxBytes=maxBytes, backupCount=backupCount)

    def doRollover(self):
        self._close_stream()
        count = self.backupCount
        if count > 0:
            slots = [self.rotation_filename("%s.%d" % (self.baseFilename, n))
                     for n in range(1, count + 1)]
            # shift NAME.k to NAME.k+1, from the oldest down
            for k in range(count - 2, -1, -1):
                if os.path.exists(slots[k]):
                    _drop(slots[k + 1])
                    os.rename(slots[k], slots[k + 1])
            _drop(slots[0])
            self.rotate(self.baseFilename, slots[0])
        self._reopen_unless_delayed()

    def shouldRollover(self, record):
        if self.stream is None:
            self.stream = self._open()
        limit = self.maxBytes
        if limit <= 0:
            return False
        used = self.stream.tell()
        if used == 0:
            return False         # an empty file is never rolled over
        pending = len(self.format(record)) + 1    # the line and its newline
        return used + pending >= limit and not self._is_special_file()


# when -> (seconds per unit, strftime suffix, regular expression of the suffix)
_DATE = r"\d{4}-\d{2}-\d{2}"
_WHEN = {
    'S': (1, "%Y-%m-%d_%H-%M-%S", _DATE + r"_\d{2}-\d{2}-\d{2}"),
    'M': (60, "%Y-%m-%d_%H-%M", _DATE + r"_\d{2}-\d{2}"),
    'H': (_HOUR, "%Y-%m-%d_%H", _DATE + r"_\d{2}"),
    'D': (_MIDNIGHT, "%Y-%m-%d", _DATE),
    'MIDNIGHT': (_MIDNIGHT, "%Y-%m-%d", _DATE),
    'W': (7 * _MIDNIGHT, "%Y-%m-%d", _DATE),
}


def _weekly_key(when):
    """'W0'..'W6' -> ('W', day); anything else -> (when, None). Bad weekly
    specifications raise ValueError."""
    if not when.startswith('W'):
        return when, None
    if len(when) != 2:
        raise ValueError("You must specify a day for weekly rollover "
                         "from 0 to 6 (0 is Monday): %s" % when)
    day = when[1]
    if day not in "0123456":
        raise ValueError("Invalid day specified for weekly rollover: %s" % when)
    return 'W', int(day)


class TimedRotatingFileHandler(BaseRotatingHandler):
    """Rolls the file over at fixed intervals, naming the old file by the
    start of its interval."""

    def __init__(self, filename, when='h', interval=1, backupCount=0,
                 encoding=None, delay=False, utc=False, atTime=None,
                 errors=None):
        super().__init__(filename, 'a', io.text_encoding(encoding), delay,
                         errors)
        _settle(self, when=when.upper(), backupCount=backupCount, utc=utc,
                atTime=atTime)
        key, day = _weekly_key(self.when)
        if day is not None:
            self.dayOfWeek = day
        if key not in _WHEN:
            raise ValueError("Invalid rollover interval specified: %s" % self.when)
        unit, self.suffix, pattern = _WHEN[key]
        self.extMatch = re.compile(r"(?<!\d)" + pattern + r"(?!\d)", re.ASCII)
        self.interval = unit * interval
        try:
            started = int(os.stat(self.baseFilename).st_mtime)
        except FileNotFoundError:
            started = int(time.time())
        self.rolloverAt = self.computeRollover(started)

    def _clock(self, t):
        return (time.gmtime if self.utc else time.localtime)(t)

    def _target_of_day(self):
        at = self.atTime
        if at is None:
            return _MIDNIGHT
        return _seconds_into_day(at.hour, at.minute, at.second)

    def computeRollover(self, currentTime):
        """The time of the first rollover after currentTime."""
        weekly = self.when.startswith('W')
        if self.when != 'MIDNIGHT' and not weekly:
            return currentTime + self.interval
        parts = self._clock(currentTime)
        # seconds left until the chosen moment of the day
        gap = self._target_of_day() - _seconds_into_day(
            parts.tm_hour, parts.tm_min, parts.tm_sec)
        weekday = parts.tm_wday
        if gap <= 0:
            # that moment has already passed today: aim at tomorrow's
            gap += _MIDNIGHT
            weekday = (weekday + 1) % 7
        moment = currentTime + gap
        if weekly:
            moment += _MIDNIGHT * ((self.dayOfWeek - weekday) % 7)
            moment += self.interval - 7 * _MIDNIGHT
        else:
            moment += self.interval - _MIDNIGHT
        if self.utc:
            return moment
        return moment + self._dst_shift(parts.tm_isdst, moment)

    @staticmethod
    def _dst_shift(dst_before, moment):
        """How far to move moment so a daylight-saving change between now and
        then keeps the wall-clock time."""
        if dst_before == time.localtime(moment).tm_isdst:
            return 0
        if dst_before:
            return _HOUR
        if time.localtime(moment - _HOUR).tm_isdst:
            return -_HOUR
        return 0

    def shouldRollover(self, record):
        now = int(time.time())
        if now < self.rolloverAt:
            return False
        if not self._is_special_file():
            return True
        self.rolloverAt = self.computeRollover(now)
        return False

    def _is_backup(self, name):
        """Whether a file called name (in our folder) is one of our backups."""
        if self.namer is not None:
            return self._named_backup(name)
        stem = os.path.basename(self.baseFilename) + '.'
        return (name.startswith(stem)
                and self.extMatch.fullmatch(name, len(stem)) is not None)

    def _named_backup(self, name):
        # with a namer, the suffix may sit anywhere: try each candidate
        hit = self.extMatch.search(name)
        while hit is not None:
            guess = self.namer(self.baseFilename + "." + hit.group())
            if os.path.basename(guess) == name:
                return True
            hit = self.extMatch.search(name, hit.start() + 1)
        return False

    def getFilesToDelete(self):
        """The oldest backups beyond backupCount, as full paths."""
        folder = os.path.dirname(self.baseFilename)
        backups = sorted(os.path.join(folder, name)
                         for name in os.listdir(folder) if self._is_backup(name))
        surplus = len(backups) - self.backupCount
        return backups[:surplus] if surplus > 0 else []

    def _interval_start(self, now):
        """The struct_time naming the interval that is ending (in local time,
        moved an hour when daylight saving changed since it began)."""
        began = self.rolloverAt - self.interval
        stamp = self._clock(began)
        if self.utc:
            return stamp
        dst = time.localtime(now).tm_isdst
        if dst == stamp.tm_isdst:
            return stamp
        return time.localtime(began + (_HOUR if dst else -_HOUR))

    def doRollover(self):
        now = int(time.time())
        stamp = self._interval_start(now)
        target = self.rotation_filename(
            self.baseFilename + "." + time.strftime(self.suffix, stamp))
        if os.path.exists(target):
            return               # already rotated (e.g. by another process)
        self._close_stream()
        self.rotate(self.baseFilename, target)
        if self.backupCount > 0:
            for old in self.getFilesToDelete():
                os.remove(old)
        self._reopen_unless_delayed()
        self.rolloverAt = self.computeRollover(now)


class WatchedFileHandler(logging.FileHandler):
    """Reopens its file when the file at that path has been replaced (say, by
    logrotate) since it was opened."""

    def __init__(self, filename, mode='a', encoding=None, delay=False,
                 errors=None):
        super().__init__(filename, mode, _text_encoding(mode, encoding), delay,
                         errors)
        self.dev = self.ino = -1
        self._statstream()

    def _statstream(self):
        # remember which file we hold open, to notice when the path moves on
        if self.stream is not None:
            info = os.fstat(self.stream.fileno())
            self.dev = info.st_dev
            self.ino = info.st_ino

    def _still_ours(self):
        try:
            info = os.stat(self.baseFilename)
        except FileNotFoundError:
            return False
        return info.st_dev == self.dev and info.st_ino == self.ino

    def reopenIfNeeded(self):
        """Opens the path afresh if the open file is no longer the one there."""
        if self.stream is None or self._still_ours():
            return
        old = self.stream
        old.flush()
        old.close()
        self.stream = None   # in case _open() below fails
        self.stream = self._open()
        self._statstream()

    def emit(self, record):
        self.reopenIfNeeded()
        super().emit(record)


# ---------------------------------------------------------------- network

class SocketHandler(logging.Handler):
    """Sends pickled record dictionaries over a TCP stream, each prefixed
    with its length as a four-byte big-endian integer."""

    # retry back-off: first wait, growth factor and ceiling, in seconds
    _BACKOFF = {'retryStart': 1.0, 'retryFactor': 2.0, 'retryMax': 30.0}

    def __init__(self, host, port):
        super().__init__()
        _settle(self, host=host, port=port, sock=None, closeOnError=False,
                retryTime=None, **self._BACKOFF)
        self.address = host if port is None else (host, port)

    def makeSocket(self, timeout=1):
        sk = _need_socket()
        if self.port is not None:
            return sk.create_connection(self.address, timeout=timeout)
        conn = sk.socket(sk.AF_UNIX, sk.SOCK_STREAM)
        conn.settimeout(timeout)
        try:
            conn.connect(self.address)
        except OSError:
            conn.close()
            raise
        return conn

    def createSocket(self):
        """Connects, unless a failed attempt asked us to wait a while yet."""
        now = time.time()
        waiting = self.retryTime is not None
        if waiting and now < self.retryTime:
            return
        try:
            self.sock = self.makeSocket()
        except OSError:
            # wait longer after each failure, up to retryMax
            period = self.retryStart
            if waiting:
                period = min(self.retryPeriod * self.retryFactor, self.retryMax)
            self.retryPeriod = period
            self.retryTime = now + period
        else:
            self.retryTime = None

    def _forget_socket(self):
        conn, self.sock = self.sock, None
        if conn:
            conn.close()

    def _connected(self):
        """The socket, connecting first if there is none (None if that fails)."""
        if self.sock is None:
            self.createSocket()
        return self.sock

    def send(self, s):
        conn = self._connected()
        if not conn:
            return               # still not connected: the record is lost
        try:
            conn.sendall(s)
        except OSError:
            self._forget_socket()

    def makePickle(self, record):
        """The record as length-prefixed pickle bytes."""
        if record.exc_info:
            self.format(record)      # fills record.exc_text
        fields = dict(vars(record))
        fields.update(msg=record.getMessage(), args=None, exc_info=None)
        fields.pop('message', None)
        payload = pickle.dumps(fields, 1)
        return struct.pack(">L", len(payload)) + payload

    def handleError(self, record):
        if not (self.closeOnError and self.sock):
            super().handleError(record)
        else:
            self._forget_socket()

    @_failures_reported
    def emit(self, record):
        self.send(self.makePickle(record))

    def close(self):
        _close_with_socket(self, 'sock')


class DatagramHandler(SocketHandler):
    """Sends each pickled record as one UDP datagram."""

    # closeOnError stays False: a lost datagram is no reason to drop the socket

    def makeSocket(self):
        sk = _need_socket()
        family = sk.AF_INET if self.port is not None else sk.AF_UNIX
        return sk.socket(family, sk.SOCK_DGRAM)

    def send(self, s):
        self._connected().sendto(s, self.address)


def _numbered(names, first=0):
    return {name: n for n, name in enumerate(names.split(), first)}


class SysLogHandler(logging.Handler):
    """Writes records to a syslog daemon over UDP, TCP or a Unix socket."""

    # priorities and facilities from <sys/syslog.h>
    LOG_EMERG, LOG_ALERT, LOG_CRIT, LOG_ERR, \
        LOG_WARNING, LOG_NOTICE, LOG_INFO, LOG_DEBUG = range(8)
    LOG_KERN, LOG_USER, LOG_MAIL, LOG_DAEMON, LOG_AUTH, LOG_SYSLOG, \
        LOG_LPR, LOG_NEWS, LOG_UUCP, LOG_CRON, LOG_AUTHPRIV, LOG_FTP, \
        LOG_NTP, LOG_SECURITY, LOG_CONSOLE, LOG_SOLCRON = range(16)
    LOG_LOCAL0, LOG_LOCAL1, LOG_LOCAL2, LOG_LOCAL3, \
        LOG_LOCAL4, LOG_LOCAL5, LOG_LOCAL6, LOG_LOCAL7 = range(16, 24)

    priority_names = {
        "alert": 1, "crit": 2, "critical": 2, "debug": 7, "emerg": 0,
        "err": 3, "error": 3, "info": 6, "notice": 5, "panic": 0,
        "warn": 4, "warning": 4,
    }
    facility_names = dict(
        _numbered("kern user mail daemon auth syslog lpr news uucp cron "
                  "authpriv ftp ntp security console solaris-cron"),
        **_numbered("local0 local1 local2 local3 local4 local5 local6 local7", 16))
    facility_names = dict(sorted(facility_names.items()))

    # the level names logging uses, as syslog names them
    priority_map = {name: name.lower() for name in
                    ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")}

    ident = ''
    append_nul = True

    def __init__(self, address=('localhost', SYSLOG_UDP_PORT),
                 facility=LOG_USER, socktype=None):
        super().__init__()
        _settle(self, address=address, facility=facility, socktype=socktype,
                socket=None, unixsocket=None)
        try:
            self.createSocket()
        except ImportError:
            pass     # no socket module: connect on first emit (and fail there)

    @staticmethod
    def _first_working(choices):
        """choices holds (family, kind, proto, address to connect to or None);
        returns (socket, kind) for the first one that can be set up, else
        raises the last failure."""
        sk = _need_socket()
        failure = None
        for family, kind, proto, peer in choices:
            conn = None
            try:
                conn = sk.socket(family, kind, proto)
                if peer is not None:
                    conn.connect(peer)
                return conn, kind
            except OSError as exc:
                failure = exc
                if conn is not None:
                    conn.close()
        raise failure

    def _connect_unixsocket(self, address):
        sk = _need_socket()
        # without a socktype, datagrams are tried before streams
        kinds = (self.socktype,) if self.socktype is not None else \
            (sk.SOCK_DGRAM, sk.SOCK_STREAM)
        self.socket, self.socktype = self._first_working(
            [(sk.AF_UNIX, kind, 0, address) for kind in kinds])

    def _connect_network(self, host, port):
        sk = _need_socket()
        self.unixsocket = False
        if self.socktype is None:
            self.socktype = sk.SOCK_DGRAM
        kind = self.socktype
        found = sk.getaddrinfo(host, port, 0, kind)
        if not found:
            raise OSError("getaddrinfo returns an empty list")
        # only a stream socket connects; datagrams name their peer per send
        streaming = kind == sk.SOCK_STREAM
        self.socket, _ = self._first_working(
            [(info[0], info[1], info[2], info[4] if streaming else None)
             for info in found])

    def createSocket(self):
        """Opens the socket for self.address (a path means a Unix socket)."""
        if not isinstance(self.address, str):
            host, port = self.address
            self._connect_network(host, port)
            return
        self.unixsocket = True
        try:
            self._connect_unixsocket(self.address)
        except OSError:
            pass             # retried when the first record arrives

    def encodePriority(self, facility, priority):
        """Packs facility and priority (numbers or names) as syslog does."""
        code = self.facility_names[facility] if isinstance(facility, str) else facility
        level = self.priority_names[priority] if isinstance(priority, str) else priority
        return code << 3 | level

    def close(self):
        _close_with_socket(self, 'socket')

    def mapPriority(self, levelName):
        # syslog has no name for other levels: call them warnings
        return self.priority_map.get(levelName, "warning")

    def _packet(self, record):
        body = (self.ident or '') + self.format(record)
        if self.append_nul:
            body += '\000'
        code = self.encodePriority(self.facility,
                                   self.mapPriority(record.levelname))
        return ('<%d>%s' % (code, body)).encode('utf-8')

    def _send_unix(self, data):
        try:
            self.socket.send(data)
        except OSError:
            # the daemon may have restarted: reconnect once and retry
            stale = self.socket
            stale.close()
            self._connect_unixsocket(self.address)
            self.socket.send(data)

    def _send_network(self, data):
        if self.socktype == _need_socket().SOCK_DGRAM:
            self.socket.sendto(data, self.address)
        else:
            self.socket.sendall(data)

    @_failures_reported
    def emit(self, record):
        data = self._packet(record)
        if not self.socket:
            self.createSocket()
        deliver = self._send_unix if self.unixsocket else self._send_network
        deliver(data)


class SMTPHandler(logging.Handler):
    """Mails each record to a list of addresses."""

    def __init__(self, mailhost, fromaddr, toaddrs, subject,
                 credentials=None, secure=None, timeout=5.0):
        super().__init__()
        # mailhost and credentials may each come as a (first, second) pair
        paired = (list, tuple)
        host, port = mailhost if isinstance(mailhost, paired) else (mailhost, None)
        if isinstance(credentials, paired):
            user, self.password = credentials
        else:
            user = None
        recipients = [toaddrs] if isinstance(toaddrs, str) else toaddrs
        _settle(self, mailhost=host, mailport=port, username=user,
                fromaddr=fromaddr, toaddrs=recipients, subject=subject,
                secure=secure, timeout=timeout)

    def getSubject(self, record):
        return self.subject

    def _letter(self, record):
        from email.message import EmailMessage
        from email.utils import localtime
        letter = EmailMessage()
        letter['From'] = self.fromaddr
        letter['To'] = ','.join(self.toaddrs)
        letter['Subject'] = self.getSubject(record)
        letter['Date'] = localtime()
        letter.set_content(self.format(record))
        return letter

    @_failures_reported
    def emit(self, record):
        from smtplib import SMTP, SMTP_PORT
        letter = self._letter(record)
        conn = SMTP(self.mailhost, self.mailport or SMTP_PORT,
                    timeout=self.timeout)
        self._log_in(conn)
        conn.send_message(letter)
        conn.quit()

    def _log_in(self, conn):
        """Authenticates on conn when credentials were given, over TLS when
        secure was given."""
        if not self.username:
            return
        tls = self.secure
        if tls is not None:
            # greet again on either side of the upgrade
            conn.ehlo()
            conn.starttls(*tls)
            conn.ehlo()
        conn.login(self.username, self.password)


class NTEventLogHandler(logging.Handler):
    """Writes to the Windows NT event log (needs the pywin32 extensions)."""

    def __init__(self, appname, dllname=None, logtype="Application"):
        super().__init__()
        _settle(self, appname=appname, dllname=dllname, logtype=logtype,
                _welu=None)
        try:
            import win32evtlogutil
            import win32evtlog
        except ImportError:
            print("The Python Win32 extensions for NT (service, event "
                  "logging) appear not to be available.")
            return
        # win32service.pyd sits one folder above win32evtlogutil
        package = os.path.dirname(os.path.dirname(win32evtlogutil.__file__))
        library = dllname or os.path.join(package, 'win32service.pyd')
        error_kind = win32evtlog.EVENTLOG_ERROR_TYPE
        info_kind = win32evtlog.EVENTLOG_INFORMATION_TYPE
        _settle(self, _welu=win32evtlogutil, dllname=library, deftype=error_kind,
                typemap={logging.DEBUG: info_kind, logging.INFO: info_kind,
                         logging.WARNING: win32evtlog.EVENTLOG_WARNING_TYPE,
                         logging.ERROR: error_kind, logging.CRITICAL: error_kind})
        try:
            win32evtlogutil.AddSourceToRegistry(appname, library, logtype)
        except Exception as exc:
            if getattr(exc, 'winerror', None) != 5:   # not "access denied"
                raise

    def getMessageID(self, record):
        return 1

    def getEventCategory(self, record):
        return 0

    def getEventType(self, record):
        return self.typemap.get(record.levelno, self.deftype)

    @_failures_reported
    def _report(self, record):
        self._welu.ReportEvent(self.appname, self.getMessageID(record),
                               self.getEventCategory(record),
                               self.getEventType(record),
                               [self.format(record)])

    def emit(self, record):
        if not self._welu:
            return           # no pywin32: records go nowhere
        self._report(record)

    def close(self):
        super().close()


class HTTPHandler(logging.Handler):
    """Sends each record's attributes to a web server by GET or POST."""

    def __init__(self, host, url, method="GET", secure=False, credentials=None,
                 context=None):
        super().__init__()
        verb = method.upper()
        if verb not in ("GET", "POST"):
            raise ValueError("method must be GET or POST")
        if context is not None and not secure:
            raise ValueError("context parameter only makes sense "
                             "with secure=True")
        _settle(self, host=host, url=url, method=verb, secure=secure,
                credentials=credentials, context=context)

    def mapLogRecord(self, record):
        return record.__dict__

    def getConnection(self, host, secure):
        import http.client
        # HTTPSConnection exists only where ssl does.
        if not secure:
            return http.client.HTTPConnection(host)
        return http.client.HTTPSConnection(host, context=self.context)

    def _headers(self, body, posting):
        """Extra request headers besides Host, in sending order."""
        extra = []
        if posting:
            extra.append(("Content-type", "application/x-www-form-urlencoded"))
            extra.append(("Content-length", str(len(body))))
        if self.credentials:
            from base64 import b64encode
            token = b64encode(('%s:%s' % self.credentials).encode('utf-8'))
            extra.append(('Authorization', 'Basic ' + token.strip().decode('ascii')))
        return extra

    @_failures_reported
    def emit(self, record):
        from urllib.parse import urlencode
        conn = self.getConnection(self.host, self.secure)
        body = urlencode(self.mapLogRecord(record))
        posting = self.method == "POST"
        target = self.url
        if not posting:
            target += ('&' if '?' in target else '?') + body
        conn.putrequest(self.method, target)
        # the Host header carries no port
        conn.putheader("Host", self.host.partition(":")[0])
        for name, value in self._headers(body, posting):
            conn.putheader(name, value)
        conn.endheaders()
        if posting:
            conn.send(body.encode('utf-8'))
        conn.getresponse()


# ---------------------------------------------------------------- in process

class BufferingHandler(logging.Handler):
    """Keeps records in a list; flush() empties it (subclasses decide what
    flushing does with them)."""

    def __init__(self, capacity):
        super().__init__()
        _settle(self, capacity=capacity, buffer=[])

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        pending = self.buffer
        pending.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        with self.lock:
            del self.buffer[:]

    def close(self):
        try:
            self.flush()
        finally:
            super().close()


class MemoryHandler(BufferingHandler):
    """Buffers records and hands them to a target handler when the buffer
    fills or a record at flushLevel or above arrives."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None,
                 flushOnClose=True):
        super().__init__(capacity)
        _settle(self, flushLevel=flushLevel, target=target,
                flushOnClose=flushOnClose)

    def shouldFlush(self, record):
        full = len(self.buffer) >= self.capacity
        return full or record.levelno >= self.flushLevel

    def setTarget(self, target):
        with self.lock:
            self.target = target

    def flush(self):
        with self.lock:
            sink = self.target
            if not sink:
                return       # nowhere to send them yet: keep them
            for waiting in self.buffer:
                sink.handle(waiting)
            del self.buffer[:]

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            with self.lock:
                self.target = None
                super().close()


class QueueHandler(logging.Handler):
    """Puts formatted, picklable copies of records on a queue."""

    def __init__(self, queue):
        super().__init__()
        _settle(self, queue=queue, listener=None)

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        """A copy of record with its message formatted and the unpicklable
        parts (arguments, traceback, stack) cleared."""
        text = self.format(record)
        # a copy, so other handlers still see the original record
        flat = copy.copy(record)
        flat.message = flat.msg = text
        for cleared in ('args', 'exc_info', 'exc_text', 'stack_info'):
            setattr(flat, cleared, None)
        return flat

    @_failures_reported
    def emit(self, record):
        self.enqueue(self.prepare(record))


class QueueListener(object):
    """Takes records off a queue on a thread of its own and passes them to
    handlers."""

    _sentinel = None

    def __init__(self, queue, *handlers, respect_handler_level=False):
        _settle(self, queue=queue, handlers=handlers, _thread=None,
                respect_handler_level=respect_handler_level)

    def dequeue(self, block):
        return self.queue.get(block)

    def start(self):
        """Starts the background thread that drains the queue."""
        self._thread = threading.Thread(target=self._monitor, daemon=True)
        self._thread.start()

    def prepare(self, record):
        return record

    def handle(self, record):
        """Passes record (prepared) to each handler that wants it."""
        ready = self.prepare(record)
        picky = self.respect_handler_level
        for target in self.handlers:
            if picky and ready.levelno < target.level:
                continue
            target.handle(ready)

    def _monitor(self):
        acknowledge = getattr(self.queue, 'task_done', None)
        while True:
            try:
                item = self.dequeue(True)
            except queue.Empty:
                return
            finished = item is self._sentinel
            if not finished:
                self.handle(item)
            if acknowledge is not None:
                acknowledge()
            if finished:
                return

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        """Asks the thread to finish once the queue is drained, and waits."""
        worker = self._thread
        if worker:
            self.enqueue_sentinel()
            worker.join()
            self._thread = None
