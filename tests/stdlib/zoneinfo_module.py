# zoneinfo over the system's tz database: offsets, names and DST across
# transitions (folds and gaps), fromutc and astimezone, zones with and without
# rules after their last transition, fixed zones, caching, keys and errors,
# TZif files read with from_file, TZ-string rules, and TZPATH.
import io
import os
import zoneinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError
from datetime import datetime, timedelta, timezone, UTC


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


keys = ['America/New_York', 'Europe/London', 'Europe/Paris', 'Australia/Sydney', 'Asia/Kolkata', 'Asia/Tokyo', 'UTC', 'Etc/GMT+5',
        'America/Sao_Paulo', 'Pacific/Apia', 'Africa/Casablanca', 'Europe/Dublin', 'Asia/Kathmandu', 'America/St_Johns', 'Pacific/Chatham',
        'Antarctica/Troll', 'Europe/Moscow', 'America/Santiago', 'Asia/Tehran', 'Australia/Lord_Howe']
stamps = [-2 ** 31, -1e9, 0, 1e9, 1.2e9, 1.6e9, 1.7e9, 2 ** 31, 4e9, 1e10, 2.5e11]
for key in keys:
    z = ZoneInfo(key)
    print(key, str(z), repr(z), z.key, z.utcoffset(None), z.dst(None), z.tzname(None))
    for ts in stamps:
        d = datetime.fromtimestamp(ts, z)
        print('  ', ts, d, d.tzname(), d.dst(), d.fold, d.astimezone(UTC) == datetime.fromtimestamp(ts, UTC), d.timestamp() == int(ts))
    for y in (1900, 1970, 2000, 2024, 2050, 2400):
        for m in (1, 4, 7, 10):
            d = datetime(y, m, 15, 12, tzinfo=z)
            print('  ', d.isoformat(), d.tzname(), d.dst(), end=';')
        print()

ny = ZoneInfo('America/New_York')
for h in range(0, 4):
    for fold in (0, 1):
        d = datetime(2023, 11, 5, h, 30, fold=fold, tzinfo=ny)
        g = datetime(2023, 3, 12, h, 30, fold=fold, tzinfo=ny)
        print(d, d.fold, d.tzname(), d.utcoffset(), d.astimezone(UTC), '|', g, g.tzname(), g.utcoffset(), g.astimezone(UTC))
for m in range(0, 240, 30):
    u = datetime(2023, 11, 5, 4, tzinfo=UTC) + timedelta(minutes=m)
    l = u.astimezone(ny)
    print(u, l, l.fold, l.tzname(), l.astimezone(UTC) == u)
for m in range(0, 200, 40):
    u = datetime(2060, 11, 2, 4, tzinfo=UTC) + timedelta(minutes=m)
    l = u.astimezone(ny)
    print(u, l, l.fold, l.tzname(), l.astimezone(UTC) == u)
syd = ZoneInfo('Australia/Sydney')
for m in range(0, 200, 40):
    u = datetime(2070, 4, 5, 15, tzinfo=UTC) + timedelta(minutes=m)
    l = u.astimezone(syd)
    print(u, l, l.fold, l.tzname(), l.astimezone(UTC) == u)
print(datetime(2023, 11, 5, 1, 30, tzinfo=ny) == datetime(2023, 11, 5, 1, 30, fold=1, tzinfo=ny))
print(datetime(2023, 11, 5, 1, 30, fold=1, tzinfo=ny) - datetime(2023, 11, 5, 1, 30, tzinfo=ny))

print(ZoneInfo('America/New_York') is ny, ZoneInfo.no_cache('America/New_York') is ny, ny.__reduce__()[1], ZoneInfo.no_cache('UTC').__reduce__()[1])
ZoneInfo.clear_cache(only_keys=['UTC'])
ZoneInfo.clear_cache()
print(ZoneInfo('America/New_York') is ny)


class Sub(ZoneInfo):
    pass


s = Sub('Europe/Paris')
print(repr(s), s is Sub('Europe/Paris'), s is ZoneInfo('Europe/Paris'), type(Sub._unpickle('UTC', True)).__name__)
for bad in ['Nowhere/Town', '/etc/passwd', '../etc/zoneinfo', 'America/../America/New_York', 'America/', '', 'America', 5, 'right/UTC' * 0 + 'posixrules']:
    show('ZoneInfo(%r)' % (bad,), lambda: ZoneInfo(bad))
show('no key', lambda: ZoneInfo())
show('fromutc naive', lambda: ny.fromutc(datetime(2020, 1, 1)))
show('fromutc other', lambda: ny.fromutc(datetime(2020, 1, 1, tzinfo=UTC)))
show('fromutc int', lambda: ny.fromutc(5))
show('utcoffset int', lambda: ny.utcoffset(5))
show('isinstance', lambda: isinstance(ZoneInfoNotFoundError('x'), KeyError))

with open('/usr/share/zoneinfo/Europe/Berlin', 'rb') as f:
    data = f.read()
z = ZoneInfo.from_file(io.BytesIO(data), key='Berlin')
print(repr(z), z.key, str(z), datetime(2024, 7, 1, tzinfo=z).tzname(), datetime(2090, 7, 1, tzinfo=z).utcoffset())
z2 = ZoneInfo.from_file(io.BytesIO(data))
print(str(z2).startswith('ZoneInfo.from_file(<_io.BytesIO'), z2.key)
show('from_file bad', lambda: ZoneInfo.from_file(io.BytesIO(b'nope')))


def tzif(tz_str, types=((0, 0, 'LMT'),), trans=()):
    # A version 2 TZif file with the given types, transitions and footer.
    import struct
    names = b''
    idx = []
    for _, _, n in types:
        idx.append(len(names))
        names += n.encode() + b'\0'
    body = struct.pack('>%dq' % len(trans), *[t for t, _ in trans]) + bytes(i for _, i in trans)
    body += b''.join(struct.pack('>lbb', off, dst, i) for (off, dst, _), i in zip(types, idx)) + names
    head = lambda: b'TZif2' + b'\0' * 15 + struct.pack('>6l', 0, 0, 0, len(trans), len(types), len(names))
    v1 = b'TZif2' + b'\0' * 15 + struct.pack('>6l', 0, 0, 0, 0, 1, 1) + struct.pack('>lbb', 0, 0, 0) + b'\0'
    return v1 + head() + body + b'\n' + tz_str.encode() + b'\n'


for s in ['EST5EDT,M3.2.0,M11.1.0', '<+0330>-3:30', 'AEST-10AEDT,M10.1.0,M4.1.0/3', 'IST-1GMT0,M10.5.0,M3.5.0/1', 'WART4WARST,J1/0,J365/25',
          'XXX3YYY,0/0,365/24', 'ABC-5:30:15', 'CET-1CEST,M3.5.0,M10.5.0/3', '<-03>3<-02>,M3.5.0/-2,M10.5.0/-1', 'EST5EDT', 'EST5,M3.2.0,M11.1.0',
          'EST25EDT,M3.2.0,M11.1.0', 'EST5EDT,M13.2.0,M11.1.0', 'EST5EDT,M3.2.0/170,M11.1.0', '5', 'EST5EDT4,J0,J365', 'UTC0', '']:
    try:
        z = ZoneInfo.from_file(io.BytesIO(tzif(s)), key=s)
        print(repr(s), [(d.isoformat(), d.tzname(), d.dst()) for d in (datetime(2030, m, 1, 12, tzinfo=z) for m in (1, 4, 7, 10))],
              datetime(2030, 3, 10, 2, 30, tzinfo=z).utcoffset())
    except Exception as e:
        print(repr(s), type(e).__name__, e)

print(zoneinfo.TZPATH, 'TZPATH' in dir(zoneinfo), zoneinfo.__all__)
zoneinfo.reset_tzpath(['/nonexistent'])
print(zoneinfo.TZPATH)
show('after reset', lambda: ZoneInfo('Asia/Dubai'))
show('reset str', lambda: zoneinfo.reset_tzpath('/usr/share/zoneinfo'))
show('reset relative', lambda: zoneinfo.reset_tzpath(['a/b', '/c', 'd']))
zoneinfo.reset_tzpath()
print(zoneinfo.TZPATH)
zones = zoneinfo.available_timezones()
print(len(zones) > 300, 'America/New_York' in zones, 'posixrules' in zones, any(z.startswith('right/') for z in zones), 'UTC' in zones)
show('missing attr', lambda: zoneinfo.nothing)
