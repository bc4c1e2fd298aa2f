"""ZoneInfo: a tzinfo over the transitions of a TZif file, with the file's
POSIX TZ string for the times after its last transition."""
import re
from bisect import bisect_right
from calendar import isleap, monthrange
from collections import OrderedDict
from datetime import datetime, timedelta, tzinfo
from functools import lru_cache
from weakref import WeakValueDictionary

from . import _common, _tzpath

EPOCH = datetime(1970, 1, 1)
EPOCHORDINAL = EPOCH.toordinal()


# The same few offsets come up again and again: share the timedeltas.
@lru_cache(maxsize=512)
def _load_timedelta(seconds):
    return timedelta(seconds=seconds)


def _seconds_of(dt):
    # Seconds from 1970-01-01 of the wall time of dt (its fields, zone ignored).
    return (dt.toordinal() - EPOCHORDINAL) * 86400 + dt.hour * 3600 + dt.minute * 60 + dt.second


def _key_argument(args, kwargs):
    # ZoneInfo(key) with the messages of CPython's C constructor.
    given = len(args) + len(kwargs)
    if given > 1:
        raise TypeError(f"function takes at most 1 argument ({given} given)")
    for name in kwargs:
        if name != "key":
            raise TypeError(f"function got an unexpected keyword argument '{name}'")
    if args:
        return args[0]
    if "key" in kwargs:
        return kwargs["key"]
    raise TypeError("function missing required argument 'key' (pos 1)")


class ZoneInfo(tzinfo):
    # Instances made by ZoneInfo(key) are shared: a weak cache of all of them
    # and a strong cache of the 8 latest keys. Each subclass has its own.
    _strong_cache_size = 8
    _strong_cache = OrderedDict()
    _weak_cache = WeakValueDictionary()
    __module__ = "zoneinfo"

    def __init_subclass__(cls):
        cls._strong_cache, cls._weak_cache = OrderedDict(), WeakValueDictionary()

    def __new__(cls, *args, **kwargs):
        key = _key_argument(args, kwargs)
        zone = cls._weak_cache.get(key, None)
        if zone is None:
            zone = cls._weak_cache.setdefault(key, cls._new_instance(key))
            zone._from_cache = 1
        strong = cls._strong_cache
        strong[key] = strong.pop(key, zone)
        if len(strong) > cls._strong_cache_size:
            strong.popitem(last=False)
        return zone

    @classmethod
    def no_cache(cls, key):
        zone = cls._new_instance(key)
        zone._from_cache = 0
        return zone

    @classmethod
    def _new_instance(cls, key):
        zone = super().__new__(cls)
        zone._key = key
        zone._file_path = zone._find_tzfile(key)
        source = open(zone._file_path, "rb") if zone._file_path is not None else _common.load_tzdata(key)
        with source as f:
            zone._load_file(f)
        return zone

    @classmethod
    def from_file(cls, fobj, /, key=None):
        zone = super().__new__(cls)
        zone._key = key
        zone._file_path = None
        zone._load_file(fobj)
        zone._source_repr = repr(fobj)
        zone.__reduce__ = zone._file_reduce  # such zones cannot be pickled
        return zone

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        caches = (cls._weak_cache, cls._strong_cache)
        if only_keys is None:
            for cache in caches:
                cache.clear()
            return
        for key in only_keys:
            for cache in caches:
                cache.pop(key, None)

    @property
    def key(self):
        return self._key

    def utcoffset(self, dt):
        return self._find_trans(dt).utcoff

    def dst(self, dt):
        return self._find_trans(dt).dstoff

    def tzname(self, dt):
        return self._find_trans(dt).tzname

    def fromutc(self, dt):
        """The local time of dt, a UTC time whose tzinfo is this zone."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        ts = _seconds_of(dt)
        utc = self._utc_starts
        n = len(utc)
        fold = False
        if n and ts < utc[0]:
            info = self._kind_before
        elif (not n or ts > utc[-1]) and not isinstance(self._rule_after, _ttinfo):
            info, fold = self._rule_after.utc_kind(ts, dt.year)
        elif not n:
            info = self._rule_after
        else:
            i = bisect_right(utc, ts)
            if n > 1 and ts >= utc[1]:
                before, info = self._kinds[i - 2:i]
            elif ts > utc[-1]:
                before, info = self._kinds[-1], self._rule_after
            else:
                before, info = self._kind_before, self._kinds[0]
            # Within the first (before - after) seconds after a backward
            # transition, the wall time repeats: the second reading has fold=1.
            fold = (before.utcoff - info.utcoff).total_seconds() > ts - utc[i - 1]
        dt += info.utcoff
        return dt.replace(fold=1) if fold else dt

    def _find_trans(self, dt):
        if dt is None:
            return self._rule_after if self._is_fixed else _NO_TTINFO
        ts = _seconds_of(dt)
        wall = self._wall_starts[dt.fold]
        if wall and ts < wall[0]:
            return self._kind_before
        if not wall or ts > wall[-1]:
            after = self._rule_after
            return after.wall_kind(ts, dt.year, dt.fold) if isinstance(after, _TZStr) else after
        return self._kinds[bisect_right(wall, ts) - 1]

    def __str__(self):
        return f"{self._key}" if self._key is not None else repr(self)

    def __repr__(self):
        # The type's name as CPython's C type gives it (tp_name).
        cls = type(self)
        name = "zoneinfo.ZoneInfo" if cls is ZoneInfo else cls.__name__
        if self._key is None:
            return f"{name}.from_file({self._source_repr})"
        return f"{name}(key={self._key!r})"

    def __reduce__(self):
        return (self.__class__._unpickle, (self._key, self._from_cache))

    def _file_reduce(self):
        import pickle
        raise pickle.PicklingError("Cannot pickle a ZoneInfo file created from a file stream.")

    @classmethod
    def _unpickle(cls, key, from_cache, /):
        return cls(key) if from_cache else cls.no_cache(key)

    def _find_tzfile(self, key):
        return _tzpath.find_tzfile(key)

    def _load_file(self, fobj):
        trans_idx, trans_utc, utcoff, isdst, abbr, tz_str = _common.load_data(fobj)
        dstoff = self._dst_offsets(trans_idx, utcoff, isdst)
        infos = [_ttinfo(_load_timedelta(u), _load_timedelta(d), name) for u, d, name in zip(utcoff, dstoff, abbr)]
        self._utc_starts = trans_utc
        self._wall_starts = self._wall_times(trans_idx, trans_utc, utcoff)
        self._kinds = [infos[i] for i in trans_idx]
        # Before the first transition: the first standard-time type (RFC 8536
        # 3.2), else the first transition's.
        standard = [infos[i] for i, flag in enumerate(isdst) if not flag]
        self._kind_before = standard[0] if standard else (self._kinds[0] if self._kinds else None)
        if tz_str:
            self._rule_after = _parse_tz_str(tz_str.decode())
        elif self._kinds or infos:
            self._rule_after = self._kinds[-1] if self._kinds else infos[-1]
        else:
            raise ValueError("No time zone information found.")
        if len(infos) > 1 or not isinstance(self._rule_after, _ttinfo):
            self._is_fixed = False
        else:
            self._is_fixed = not infos or infos[0] == self._rule_after

    @staticmethod
    def _dst_offsets(trans_idx, utcoffsets, isdsts):
        # TZif records say only whether a type is DST, not by how much:
        # infer it from the neighbouring standard-time transitions.
        ntypes = len(isdsts)
        dst_seconds = [0] * ntypes
        wanted = sum(isdsts)
        found = 0
        for i in range(1, len(trans_idx)):
            if found == wanted:
                break
            k = trans_idx[i]
            if not isdsts[k] or dst_seconds[k] != 0:
                continue
            diff = 0
            prev = trans_idx[i - 1]
            if not isdsts[prev]:
                diff = utcoffsets[k] - utcoffsets[prev]
            if not diff and k < ntypes - 1:
                nxt = trans_idx[i + 1]
                if isdsts[nxt]:
                    continue
                diff = utcoffsets[k] - utcoffsets[nxt]
            if diff:
                found += 1
                dst_seconds[k] = diff
        else:
            # Types never resolved get the usual hour.
            for k in range(ntypes):
                if isdsts[k] and not dst_seconds[k]:
                    dst_seconds[k] = 3600
        return dst_seconds

    @staticmethod
    def _wall_times(trans_idx, trans_list_utc, utcoffsets):
        """The transitions as wall-clock seconds since 1970, for lookups of
        local times."""
        if not trans_list_utc:
            return [[], []]
        # Each transition in wall time, read with the larger of the offsets
        # around it (fold=0) and with the smaller (fold=1).
        early, late = list(trans_list_utc), list(trans_list_utc)
        for i in range(len(trans_idx)):
            if i == 0:
                a = utcoffsets[0]
                b = utcoffsets[trans_idx[0]] if len(utcoffsets) > 1 else a
            else:
                a, b = utcoffsets[trans_idx[i - 1]], utcoffsets[trans_idx[i]]
            early[i] += max(a, b)
            late[i] += min(a, b)
        return [early, late]


class _ttinfo:
    __slots__ = ["utcoff", "dstoff", "tzname"]

    def __init__(self, utcoff, dstoff, tzname):
        self.utcoff, self.dstoff, self.tzname = utcoff, dstoff, tzname

    def __eq__(self, other):
        return (self.utcoff, self.dstoff, self.tzname) == (other.utcoff, other.dstoff, other.tzname)

    def __repr__(self):
        return f"{self.__class__.__name__}({self.utcoff}, {self.dstoff}, {self.tzname})"


_NO_TTINFO = _ttinfo(None, None, None)


class _TZStr:
    # A POSIX TZ string with a daylight saving rule: std and dst are its two
    # _ttinfo, start and end the yearly rules of the switches.
    __slots__ = ("std", "dst", "start", "end", "wall_kind", "utc_kind", "saving")

    def __init__(self, std_abbr, std_offset, dst_abbr, dst_offset, start=None, end=None):
        self.saving = dst_offset - std_offset
        self.std = _ttinfo(utcoff=_load_timedelta(std_offset), dstoff=_load_timedelta(0), tzname=std_abbr)
        self.dst = _ttinfo(utcoff=_load_timedelta(dst_offset), dstoff=_load_timedelta(self.saving), tzname=dst_abbr)
        assert start is not None, "No transition start specified"
        assert end is not None, "No transition end specified"
        self.start, self.end = start, end
        self.wall_kind = self._wall_kind
        self.utc_kind = self._utc_kind

    def transitions(self, year):
        return self.start.year_to_epoch(year), self.end.year_to_epoch(year)

    @staticmethod
    def _inside(ts, start, end):
        # In [start, end), or outside [end, start) for a southern-hemisphere rule.
        return start <= ts < end if start < end else not (end <= ts < start)

    def _wall_kind(self, ts, year, fold):
        start, end = self.transitions(year)
        # The repeated or skipped hour goes to one side by fold.
        if fold == (self.saving >= 0):
            end -= self.saving
        else:
            start += self.saving
        return self.dst if self._inside(ts, start, end) else self.std

    def _utc_kind(self, ts, year):
        # The switches happen at wall times: in UTC, the start is read in
        # standard time and the end in daylight time.
        start, end = (moment - kind.utcoff.total_seconds() for moment, kind
                      in zip(self.transitions(year), (self.std, self.dst)))
        isdst = self._inside(ts, start, end)
        if self.saving > 0:
            lo, hi = end, end + self.saving
        else:
            lo, hi = start, start - self.saving
        return (self.dst if isdst else self.std), lo <= ts < hi


def _post_epoch_days_before_year(year):
    """Days from 1970-01-01 to the first of January of year."""
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400 - EPOCHORDINAL


class _DayOffset:
    # Jn (julian: February 29 never counted) or n (zero-based day of the year).
    __slots__ = ["d", "julian", "hour", "minute", "second"]

    def __init__(self, d, julian, hour=2, minute=0, second=0):
        lowest = 0 + julian
        if not lowest <= d <= 365:
            raise ValueError(f"d must be in [{lowest}, 365], not: {d}")
        self.d, self.julian = d, julian
        self.hour, self.minute, self.second = hour, minute, second

    def year_to_epoch(self, year):
        d = self.d
        if self.julian and d >= 59 and isleap(year):
            d += 1
        return (_post_epoch_days_before_year(year) + d) * 86400 + self.hour * 3600 + self.minute * 60 + self.second


class _CalendarOffset:
    # Mm.w.d: weekday d (0 is Sunday) of week w (5: the last) of month m.
    __slots__ = ["m", "w", "d", "hour", "minute", "second"]

    _DAYS_BEFORE_MONTH = (-1, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)

    def __init__(self, m, w, d, hour=2, minute=0, second=0):
        for name, value, low, high in (("m", m, 1, 12), ("w", w, 1, 5), ("d", d, 0, 6)):
            if not low <= value <= high:
                raise ValueError(f"{name} must be in [{low}, {high}]")
        self.m, self.w, self.d = m, w, d
        self.hour, self.minute, self.second = hour, minute, second

    @classmethod
    def _ymd2ord(cls, year, month, day):
        return (_post_epoch_days_before_year(year) + cls._DAYS_BEFORE_MONTH[month]
                + (month > 2 and isleap(year)) + day)

    def year_to_epoch(self, year):
        """The rule's moment in year, as seconds since 1970 (wall time)."""
        first, length = monthrange(year, self.m)
        # calendar counts weekdays from Monday, the rule from Sunday.
        day = (self.d - (first + 1)) % 7 + 1 + (self.w - 1) * 7
        if day > length:
            day -= 7
        return self._ymd2ord(year, self.m, day) * 86400 + self.hour * 3600 + self.minute * 60 + self.second


_TZ_STR_RE = re.compile(
    r"""
    (?P<std>[^<0-9:.+-]+|<[a-zA-Z0-9+-]+>)
    (?:
        (?P<stdoff>[+-]?\d{1,3}(?::\d{2}(?::\d{2})?)?)
        (?:
            (?P<dst>[^0-9:.+-]+|<[a-zA-Z0-9+-]+>)
            (?P<dstoff>[+-]?\d{1,3}(?::\d{2}(?::\d{2})?)?)?
        )?
    )?
    """, re.ASCII | re.VERBOSE)
# Mm.w.d (the '.' before d is any character, as CPython accepts it).
_MONTH_RULE_RE = re.compile(r"M(\d{1,2})\.(\d).(\d)", re.ASCII)
_HMS_RE = re.compile(r"(?P<sign>[+-])?(?P<h>\d{1,3})(:(?P<m>\d{2})(:(?P<s>\d{2}))?)?", re.ASCII)


def _parse_tz_str(tz_str):
    # The errors name the footer as bytes, as CPython's C parser does.
    shown = repr(tz_str.encode())
    head, *rules = tz_str.split(",", 1)
    found = _TZ_STR_RE.fullmatch(head)
    if not found:
        raise ValueError(f"Invalid STD format in {shown}")
    std_abbr = found.group("std").strip("<>")
    std_offset = _offset_in(found, "stdoff", 0, "STD", shown)
    if found.group("dst") is None:
        if rules:
            raise ValueError(f"Invalid DST format in {shown}")
        return _ttinfo(_load_timedelta(std_offset), _load_timedelta(0), std_abbr)
    dst_abbr = found.group("dst").strip("<>")
    # Daylight time is an hour ahead unless the string says otherwise.
    dst_offset = _offset_in(found, "dstoff", std_offset + 3600, "DST", shown)
    if not rules:
        raise ValueError(f"Invalid DST offset in {shown}")
    try:
        start, end = (_parse_dst_start_end(x) for x in rules[0].split(",", 1))
    except ValueError as e:
        raise ValueError(f"Malformed transition rule in TZ string: {shown}") from e
    return _TZStr(std_abbr, std_offset, dst_abbr, dst_offset, start, end)


def _offset_in(match, group, default, label, shown):
    # The offset in match's group, as seconds east of UTC; default when the
    # group is empty.
    text = match.group(group)
    if not text:
        return default
    try:
        return _parse_tz_delta(text)
    except ValueError as bad:
        raise ValueError(f"Invalid {label} offset in {shown}") from bad


def _parse_dst_start_end(dststr):
    date, *when = dststr.split("/", 1)
    if date[:1] == "M":
        found = _MONTH_RULE_RE.fullmatch(date)
        if not found:
            raise ValueError(f"Invalid dst start/end date: {dststr}")
        rule = _CalendarOffset(*map(int, found.groups()))
    elif date[:1] == "J":
        rule = _DayOffset(int(date[1:]), True)
    else:
        rule = _DayOffset(int(date), False)
    if when:
        rule.hour, rule.minute, rule.second = _parse_transition_time(when[0])
    return rule


def _hms(text):
    m = _HMS_RE.fullmatch(text)
    if m is None:
        return None
    h, mi, s = (int(v or 0) for v in m.group("h", "m", "s"))
    return m.group("sign"), h, mi, s


def _parse_transition_time(time_str):
    parsed = _hms(time_str)
    if parsed is None:
        raise ValueError(f"Invalid time: {time_str}")
    sign, h, m, s = parsed
    if h > 167:
        raise ValueError(f"Hour must be in [0, 167]: {time_str}")
    return (-h, -m, -s) if sign == "-" else (h, m, s)


def _parse_tz_delta(tz_delta):
    parsed = _hms(tz_delta)
    assert parsed is not None, tz_delta
    sign, h, m, s = parsed
    if h > 24:
        raise ValueError(f"Offset hours must be in [0, 24]: {tz_delta}")
    total = (h * 60 + m) * 60 + s
    # POSIX offsets are west of Greenwich: "EST5" is UTC-5.
    return total if sign == "-" else -total
