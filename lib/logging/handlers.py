"""Extra handlers for the logging package: rotating and watched files, queues,
buffers, and (network permitting) sockets, syslog, SMTP and HTTP.

Kaa's own implementation. The network handlers import socket and friends only
when they first need to talk to the network.
"""

import copy
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


def _need_socket():
    """The socket module, imported on first use; ImportError when absent."""
    global socket
    if socket is None:
        import socket as mod
        socket = mod
    return socket


def _text_encoding(mode, encoding):
    return encoding if 'b' in mode else io.text_encoding(encoding)


# ---------------------------------------------------------------- files

class BaseRotatingHandler(logging.FileHandler):
    """A file handler that may swap its file out before writing a record."""

    namer = None
    rotator = None

    def __init__(self, filename, mode, encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding,
                                     delay=delay, errors=errors)
        self.mode = mode
        self.encoding = encoding
        self.errors = errors

    def emit(self, record):
        try:
            if self.shouldRollover(record):
                self.doRollover()
            logging.FileHandler.emit(self, record)
        except Exception:
            self.handleError(record)

    def rotation_filename(self, default_name):
        namer = self.namer
        return namer(default_name) if callable(namer) else default_name

    def rotate(self, source, dest):
        rotator = self.rotator
        if callable(rotator):
            rotator(source, dest)
        elif os.path.exists(source):
            os.rename(source, dest)

    def _close_stream(self):
        if self.stream:
            self.stream.close()
            self.stream = None

    def _is_special_file(self):
        # only regular files are ever rotated (a fifo or /dev/null is left alone)
        name = self.baseFilename
        return os.path.exists(name) and not os.path.isfile(name)


class RotatingFileHandler(BaseRotatingHandler):
    """Rolls the file over to NAME.1, NAME.2, ... once it would pass maxBytes."""

    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0,
                 encoding=None, delay=False, errors=None):
        if maxBytes > 0:
            mode = 'a'       # a truncating mode would defeat the size check
        BaseRotatingHandler.__init__(self, filename, mode,
                                     encoding=_text_encoding(mode, encoding),
                                     delay=delay, errors=errors)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def _numbered(self, n):
        return self.rotation_filename("%s.%d" % (self.baseFilename, n))

    def doRollover(self):
        self._close_stream()
        if self.backupCount > 0:
            for n in reversed(range(1, self.backupCount)):
                older, newer = self._numbered(n), self._numbered(n + 1)
                if os.path.exists(older):
                    if os.path.exists(newer):
                        os.remove(newer)
                    os.rename(older, newer)
            first = self.rotation_filename(self.baseFilename + ".1")
            if os.path.exists(first):
                os.remove(first)
            self.rotate(self.baseFilename, first)
        if not self.delay:
            self.stream = self._open()

    def shouldRollover(self, record):
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes <= 0:
            return False
        size = self.stream.tell()
        if not size:
            return False         # an empty file is never rolled over
        line = "%s\n" % self.format(record)
        if size + len(line) < self.maxBytes:
            return False
        return not self._is_special_file()


# when -> (seconds per unit, strftime suffix, regular expression of the suffix)
_DATE = r"\d{4}-\d{2}-\d{2}"
_WHEN = {
    'S': (1, "%Y-%m-%d_%H-%M-%S", _DATE + r"_\d{2}-\d{2}-\d{2}"),
    'M': (60, "%Y-%m-%d_%H-%M", _DATE + r"_\d{2}-\d{2}"),
    'H': (3600, "%Y-%m-%d_%H", _DATE + r"_\d{2}"),
    'D': (_MIDNIGHT, "%Y-%m-%d", _DATE),
    'MIDNIGHT': (_MIDNIGHT, "%Y-%m-%d", _DATE),
    'W': (7 * _MIDNIGHT, "%Y-%m-%d", _DATE),
}


class TimedRotatingFileHandler(BaseRotatingHandler):
    """Rolls the file over at fixed intervals, naming the old file by the
    start of its interval."""

    def __init__(self, filename, when='h', interval=1, backupCount=0,
                 encoding=None, delay=False, utc=False, atTime=None,
                 errors=None):
        BaseRotatingHandler.__init__(self, filename, 'a',
                                     encoding=io.text_encoding(encoding),
                                     delay=delay, errors=errors)
        self.when = when.upper()
        self.backupCount = backupCount
        self.utc = utc
        self.atTime = atTime
        key = self.when
        if key.startswith('W'):
            if len(key) != 2:
                raise ValueError("You must specify a day for weekly rollover "
                                 "from 0 to 6 (0 is Monday): %s" % self.when)
            if not '0' <= key[1] <= '6':
                raise ValueError("Invalid day specified for weekly rollover: %s"
                                 % self.when)
            self.dayOfWeek = int(key[1])
            key = 'W'
        if key not in _WHEN:
            raise ValueError("Invalid rollover interval specified: %s" % self.when)
        unit, self.suffix, pattern = _WHEN[key]
        self.extMatch = re.compile(r"(?<!\d)" + pattern + r"(?!\d)", re.ASCII)
        self.interval = unit * interval
        if os.path.exists(self.baseFilename):
            start = int(os.stat(self.baseFilename).st_mtime)
        else:
            start = int(time.time())
        self.rolloverAt = self.computeRollover(start)

    def _timetuple(self, t):
        return time.gmtime(t) if self.utc else time.localtime(t)

    def computeRollover(self, currentTime):
        """The time of the first rollover after currentTime."""
        daily = self.when == 'MIDNIGHT'
        weekly = self.when.startswith('W')
        if not (daily or weekly):
            return currentTime + self.interval
        tt = self._timetuple(currentTime)
        if self.atTime is None:
            target = _MIDNIGHT
        else:
            at = self.atTime
            target = (at.hour * 60 + at.minute) * 60 + at.second
        wait = target - ((tt.tm_hour * 60 + tt.tm_min) * 60 + tt.tm_sec)
        weekday = tt.tm_wday
        if wait <= 0:            # today's moment has gone: the next one is tomorrow
            wait += _MIDNIGHT
            weekday = (weekday + 1) % 7
        when = currentTime + wait
        if weekly:
            when += ((self.dayOfWeek - weekday) % 7) * _MIDNIGHT
            when += self.interval - 7 * _MIDNIGHT
        else:
            when += self.interval - _MIDNIGHT
        if not self.utc:
            # a DST change in between moves the wall clock by an hour
            dst_then = tt[-1]
            if dst_then != time.localtime(when)[-1]:
                if dst_then:
                    when += 3600
                elif time.localtime(when - 3600)[-1]:
                    when -= 3600
        return when

    def shouldRollover(self, record):
        now = int(time.time())
        if now < self.rolloverAt:
            return False
        if self._is_special_file():
            self.rolloverAt = self.computeRollover(now)
            return False
        return True

    def getFilesToDelete(self):
        """The oldest backups beyond backupCount, as full paths."""
        folder, base = os.path.split(self.baseFilename)
        found = []
        for name in os.listdir(folder):
            if self.namer is None:
                head = base + '.'
                ok = (name.startswith(head)
                      and self.extMatch.fullmatch(name[len(head):]) is not None)
            else:
                ok = False
                m = self.extMatch.search(name)
                while m and not ok:
                    renamed = self.namer(self.baseFilename + "." + m[0])
                    ok = os.path.basename(renamed) == name
                    m = self.extMatch.search(name, m.start() + 1)
            if ok:
                found.append(os.path.join(folder, name))
        if len(found) < self.backupCount:
            return []
        found.sort()
        return found[:len(found) - self.backupCount]

    def doRollover(self):
        now = int(time.time())
        start = self.rolloverAt - self.interval
        tt = self._timetuple(start)
        if not self.utc:
            dst_now = time.localtime(now)[-1]
            if dst_now != tt[-1]:
                tt = time.localtime(start + (3600 if dst_now else -3600))
        target = self.rotation_filename(
            self.baseFilename + "." + time.strftime(self.suffix, tt))
        if os.path.exists(target):
            return               # already rotated (e.g. by another process)
        self._close_stream()
        self.rotate(self.baseFilename, target)
        if self.backupCount > 0:
            for old in self.getFilesToDelete():
                os.remove(old)
        if not self.delay:
            self.stream = self._open()
        self.rolloverAt = self.computeRollover(now)


class WatchedFileHandler(logging.FileHandler):
    """Reopens its file when the file at that path has been replaced (say, by
    logrotate) since it was opened."""

    def __init__(self, filename, mode='a', encoding=None, delay=False,
                 errors=None):
        logging.FileHandler.__init__(self, filename, mode=mode,
                                     encoding=_text_encoding(mode, encoding),
                                     delay=delay, errors=errors)
        self.dev, self.ino = -1, -1
        self._statstream()

    def _statstream(self):
        if self.stream is not None:
            st = os.fstat(self.stream.fileno())
            self.dev, self.ino = st.st_dev, st.st_ino

    def reopenIfNeeded(self):
        if self.stream is None:
            return
        try:
            st = os.stat(self.baseFilename)
            same = (st.st_dev, st.st_ino) == (self.dev, self.ino)
        except FileNotFoundError:
            same = False
        if same:
            return
        self.stream.flush()
        self.stream.close()
        self.stream = None
        self.stream = self._open()
        self._statstream()

    def emit(self, record):
        self.reopenIfNeeded()
        logging.FileHandler.emit(self, record)


# ---------------------------------------------------------------- network

class SocketHandler(logging.Handler):
    """Sends pickled record dictionaries over a TCP stream, each prefixed
    with its length as a four-byte big-endian integer."""

    def __init__(self, host, port):
        logging.Handler.__init__(self)
        self.host = host
        self.port = port
        self.address = host if port is None else (host, port)
        self.sock = None
        self.closeOnError = False
        self.retryTime = None
        self.retryStart = 1.0
        self.retryMax = 30.0
        self.retryFactor = 2.0

    def makeSocket(self, timeout=1):
        sk = _need_socket()
        if self.port is not None:
            return sk.create_connection(self.address, timeout=timeout)
        s = sk.socket(sk.AF_UNIX, sk.SOCK_STREAM)
        s.settimeout(timeout)
        try:
            s.connect(self.address)
        except OSError:
            s.close()
            raise
        return s

    def createSocket(self):
        now = time.time()
        if self.retryTime is not None and now < self.retryTime:
            return
        try:
            self.sock = self.makeSocket()
            self.retryTime = None
        except OSError:
            # back off exponentially before the next attempt
            if self.retryTime is None:
                self.retryPeriod = self.retryStart
            else:
                self.retryPeriod = min(self.retryPeriod * self.retryFactor,
                                       self.retryMax)
            self.retryTime = now + self.retryPeriod

    def send(self, s):
        if self.sock is None:
            self.createSocket()
        if self.sock:
            try:
                self.sock.sendall(s)
            except OSError:
                self.sock.close()
                self.sock = None

    def makePickle(self, record):
        if record.exc_info:
            self.format(record)      # fills record.exc_text
        fields = dict(record.__dict__)
        fields['msg'] = record.getMessage()
        fields['args'] = None
        fields['exc_info'] = None
        fields.pop('message', None)
        data = pickle.dumps(fields, 1)
        return struct.pack(">L", len(data)) + data

    def handleError(self, record):
        if self.closeOnError and self.sock:
            self.sock.close()
            self.sock = None
        else:
            logging.Handler.handleError(self, record)

    def emit(self, record):
        try:
            self.send(self.makePickle(record))
        except Exception:
            self.handleError(record)

    def close(self):
        with self.lock:
            sock, self.sock = self.sock, None
            if sock:
                sock.close()
            logging.Handler.close(self)


class DatagramHandler(SocketHandler):
    """Sends each pickled record as one UDP datagram."""

    def __init__(self, host, port):
        SocketHandler.__init__(self, host, port)
        self.closeOnError = False

    def makeSocket(self):
        sk = _need_socket()
        family = sk.AF_UNIX if self.port is None else sk.AF_INET
        return sk.socket(family, sk.SOCK_DGRAM)

    def send(self, s):
        if self.sock is None:
            self.createSocket()
        self.sock.sendto(s, self.address)


def _table(names, first=0):
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
        _table("kern user mail daemon auth syslog lpr news uucp cron "
               "authpriv ftp ntp security console solaris-cron"),
        **_table("local0 local1 local2 local3 local4 local5 local6 local7", 16))
    facility_names = dict(sorted(facility_names.items()))

    priority_map = {
        "DEBUG": "debug", "INFO": "info", "WARNING": "warning",
        "ERROR": "error", "CRITICAL": "critical",
    }

    def __init__(self, address=('localhost', SYSLOG_UDP_PORT),
                 facility=LOG_USER, socktype=None):
        logging.Handler.__init__(self)
        self.address = address
        self.facility = facility
        self.socktype = socktype
        self.socket = None
        self.unixsocket = None
        try:
            self.createSocket()
        except ImportError:
            pass     # no socket module: connect on first emit (and fail there)

    def _connect_unixsocket(self, address):
        sk = _need_socket()
        kinds = [self.socktype] if self.socktype is not None else \
            [sk.SOCK_DGRAM, sk.SOCK_STREAM]
        for n, kind in enumerate(kinds):
            s = sk.socket(sk.AF_UNIX, kind)
            try:
                s.connect(address)
                self.socktype = kind
                self.socket = s
                return
            except OSError:
                s.close()
                if n == len(kinds) - 1:
                    raise

    def createSocket(self):
        address = self.address
        if isinstance(address, str):
            self.unixsocket = True
            try:
                self._connect_unixsocket(address)
            except OSError:
                pass
            return
        sk = _need_socket()
        self.unixsocket = False
        kind = self.socktype if self.socktype is not None else sk.SOCK_DGRAM
        self.socktype = kind
        host, port = address
        infos = sk.getaddrinfo(host, port, 0, kind)
        if not infos:
            raise OSError("getaddrinfo returns an empty list")
        failure = None
        for family, stype, proto, _, where in infos:
            s = None
            try:
                s = sk.socket(family, stype, proto)
                if kind == sk.SOCK_STREAM:
                    s.connect(where)
                self.socket = s
                return
            except OSError as exc:
                failure = exc
                if s is not None:
                    s.close()
        raise failure

    def encodePriority(self, facility, priority):
        if isinstance(facility, str):
            facility = self.facility_names[facility]
        if isinstance(priority, str):
            priority = self.priority_names[priority]
        return (facility << 3) | priority

    def close(self):
        with self.lock:
            s, self.socket = self.socket, None
            if s:
                s.close()
            logging.Handler.close(self)

    def mapPriority(self, levelName):
        return self.priority_map.get(levelName, "warning")

    ident = ''
    append_nul = True

    def emit(self, record):
        try:
            text = self.format(record)
            if self.ident:
                text = self.ident + text
            if self.append_nul:
                text += '\000'
            prio = '<%d>' % self.encodePriority(self.facility,
                                                self.mapPriority(record.levelname))
            data = (prio + text).encode('utf-8')
            if not self.socket:
                self.createSocket()
            if self.unixsocket:
                try:
                    self.socket.send(data)
                except OSError:
                    self.socket.close()
                    self._connect_unixsocket(self.address)
                    self.socket.send(data)
            elif self.socktype == _need_socket().SOCK_DGRAM:
                self.socket.sendto(data, self.address)
            else:
                self.socket.sendall(data)
        except Exception:
            self.handleError(record)


class SMTPHandler(logging.Handler):
    """Mails each record to a list of addresses."""

    def __init__(self, mailhost, fromaddr, toaddrs, subject,
                 credentials=None, secure=None, timeout=5.0):
        logging.Handler.__init__(self)
        if isinstance(mailhost, (list, tuple)):
            self.mailhost, self.mailport = mailhost
        else:
            self.mailhost, self.mailport = mailhost, None
        if isinstance(credentials, (list, tuple)):
            self.username, self.password = credentials
        else:
            self.username = None
        self.fromaddr = fromaddr
        self.toaddrs = [toaddrs] if isinstance(toaddrs, str) else toaddrs
        self.subject = subject
        self.secure = secure
        self.timeout = timeout

    def getSubject(self, record):
        return self.subject

    def emit(self, record):
        try:
            import smtplib
            import email.message
            import email.utils
            letter = email.message.EmailMessage()
            for header, value in (('From', self.fromaddr),
                                  ('To', ','.join(self.toaddrs)),
                                  ('Subject', self.getSubject(record)),
                                  ('Date', email.utils.localtime())):
                letter[header] = value
            letter.set_content(self.format(record))
            conn = smtplib.SMTP(self.mailhost, self.mailport or smtplib.SMTP_PORT,
                                timeout=self.timeout)
            if self.username:
                if self.secure is not None:
                    conn.ehlo()
                    conn.starttls(*self.secure)
                    conn.ehlo()
                conn.login(self.username, self.password)
            conn.send_message(letter)
            conn.quit()
        except Exception:
            self.handleError(record)


class NTEventLogHandler(logging.Handler):
    """Writes to the Windows NT event log (needs the pywin32 extensions)."""

    def __init__(self, appname, dllname=None, logtype="Application"):
        logging.Handler.__init__(self)
        self.appname = appname
        self.dllname = dllname
        self.logtype = logtype
        try:
            import win32evtlogutil
            import win32evtlog
        except ImportError:
            print("The Python Win32 extensions for NT (service, event "
                  "logging) appear not to be available.")
            self._welu = None
            return
        self._welu = win32evtlogutil
        if not dllname:
            here = os.path.split(self._welu.__file__)
            here = os.path.split(here[0])
            dllname = os.path.join(here[0], r'win32service.pyd')
        self.dllname = dllname
        info = win32evtlog.EVENTLOG_INFORMATION_TYPE
        warn = win32evtlog.EVENTLOG_WARNING_TYPE
        self.deftype = win32evtlog.EVENTLOG_ERROR_TYPE
        self.typemap = dict.fromkeys((logging.DEBUG, logging.INFO), info)
        self.typemap[logging.WARNING] = warn
        self.typemap.update(dict.fromkeys((logging.ERROR, logging.CRITICAL),
                                          self.deftype))
        try:
            self._welu.AddSourceToRegistry(appname, dllname, logtype)
        except Exception as exc:
            if getattr(exc, 'winerror', None) != 5:   # not "access denied"
                raise

    def getMessageID(self, record):
        return 1

    def getEventCategory(self, record):
        return 0

    def getEventType(self, record):
        return self.typemap.get(record.levelno, self.deftype)

    def emit(self, record):
        if not self._welu:
            return
        try:
            self._welu.ReportEvent(self.appname, self.getMessageID(record),
                                   self.getEventCategory(record),
                                   self.getEventType(record),
                                   [self.format(record)])
        except Exception:
            self.handleError(record)

    def close(self):
        logging.Handler.close(self)


class HTTPHandler(logging.Handler):
    """Sends each record's attributes to a web server by GET or POST."""

    def __init__(self, host, url, method="GET", secure=False, credentials=None,
                 context=None):
        logging.Handler.__init__(self)
        method = method.upper()
        if method not in ("GET", "POST"):
            raise ValueError("method must be GET or POST")
        if context is not None and not secure:
            raise ValueError("context parameter only makes sense "
                             "with secure=True")
        self.host = host
        self.url = url
        self.method = method
        self.secure = secure
        self.credentials = credentials
        self.context = context

    def mapLogRecord(self, record):
        return record.__dict__

    def getConnection(self, host, secure):
        import http.client
        if secure:
            return http.client.HTTPSConnection(host, context=self.context)
        return http.client.HTTPConnection(host)

    def emit(self, record):
        try:
            import urllib.parse
            host = self.host
            conn = self.getConnection(host, self.secure)
            query = urllib.parse.urlencode(self.mapLogRecord(record))
            url = self.url
            if self.method == "GET":
                url += ('&' if '?' in url else '?') + query
            conn.putrequest(self.method, url)
            colon = host.find(":")
            conn.putheader("Host", host[:colon] if colon >= 0 else host)
            if self.method == "POST":
                conn.putheader("Content-type",
                               "application/x-www-form-urlencoded")
                conn.putheader("Content-length", str(len(query)))
            if self.credentials:
                import base64
                pair = ('%s:%s' % self.credentials).encode('utf-8')
                conn.putheader('Authorization',
                               'Basic ' + base64.b64encode(pair).strip().decode('ascii'))
            conn.endheaders()
            if self.method == "POST":
                conn.send(query.encode('utf-8'))
            conn.getresponse()
        except Exception:
            self.handleError(record)


# ---------------------------------------------------------------- in process

class BufferingHandler(logging.Handler):
    """Keeps records in a list; flush() empties it (subclasses decide what
    flushing does with them)."""

    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        with self.lock:
            self.buffer.clear()

    def close(self):
        try:
            self.flush()
        finally:
            logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Buffers records and hands them to a target handler when the buffer
    fills or a record at flushLevel or above arrives."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None,
                 flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel = flushLevel
        self.target = target
        self.flushOnClose = flushOnClose

    def shouldFlush(self, record):
        return (record.levelno >= self.flushLevel
                or len(self.buffer) >= self.capacity)

    def setTarget(self, target):
        with self.lock:
            self.target = target

    def flush(self):
        with self.lock:
            if self.target:
                for record in self.buffer:
                    self.target.handle(record)
                self.buffer.clear()

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            with self.lock:
                self.target = None
                BufferingHandler.close(self)


class QueueHandler(logging.Handler):
    """Puts formatted, picklable copies of records on a queue."""

    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue = queue
        self.listener = None

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        text = self.format(record)
        # a copy, so other handlers still see the original record
        record = copy.copy(record)
        record.message = text
        record.msg = text
        record.args = None
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        return record

    def emit(self, record):
        try:
            self.enqueue(self.prepare(record))
        except Exception:
            self.handleError(record)


class QueueListener(object):
    """Takes records off a queue on a thread of its own and passes them to
    handlers."""

    _sentinel = None

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue = queue
        self.handlers = handlers
        self._thread = None
        self.respect_handler_level = respect_handler_level

    def dequeue(self, block):
        return self.queue.get(block)

    def start(self):
        worker = threading.Thread(target=self._monitor)
        worker.daemon = True
        self._thread = worker
        worker.start()

    def prepare(self, record):
        return record

    def handle(self, record):
        record = self.prepare(record)
        for h in self.handlers:
            if not self.respect_handler_level or record.levelno >= h.level:
                h.handle(record)

    def _monitor(self):
        q = self.queue
        done = getattr(q, 'task_done', None)
        while True:
            try:
                record = self.dequeue(True)
            except queue.Empty:
                break
            stop = record is self._sentinel
            if not stop:
                self.handle(record)
            if done is not None:
                done()
            if stop:
                break

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        if self._thread:
            self.enqueue_sentinel()
            self._thread.join()
            self._thread = None
