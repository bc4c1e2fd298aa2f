"""Reading TZif files (RFC 8536) for zoneinfo."""
import struct


def load_tzdata(key):
    """Open the TZif data of key in the tzdata package (ZoneInfoNotFoundError
    when there is no such package or zone)."""
    *folders, name = key.split("/")
    package = ".".join(["tzdata.zoneinfo", *folders])
    try:
        from importlib import resources
        return resources.files(package).joinpath(name).open("rb")
    except (ImportError, FileNotFoundError, UnicodeEncodeError):
        raise ZoneInfoNotFoundError(f"No time zone found with key {key}")


def load_data(fobj):
    """Parse a TZif stream: (transition type indices, transition times in UTC,
    UTC offsets, DST flags, abbreviations, the footer's TZ string as bytes
    or None for a version 1 file)."""
    header = _TZifHeader.from_file(fobj)
    if header.version == 1:
        width, code = 4, "l"
    else:
        # Version 2 and later repeat the data with 64-bit times after the
        # 32-bit block: skip that block and read the second header.
        fobj.seek(header.timecnt * 5 + header.typecnt * 6 + header.charcnt + header.leapcnt * 8
                  + header.isstdcnt + header.isutcnt, 1)
        header = _TZifHeader.from_file(fobj)
        width, code = 8, "q"
    n = header.timecnt
    trans_list_utc = struct.unpack(f">{n}{code}", fobj.read(n * width)) if n else ()
    trans_idx = struct.unpack(f">{n}B", fobj.read(n)) if n else ()
    records = [struct.unpack(">lbb", fobj.read(6)) for _ in range(header.typecnt)]
    utcoff = tuple(r[0] for r in records)
    isdst = tuple(r[1] for r in records)
    chars = fobj.read(header.charcnt)
    names = {}

    def name_at(i):
        if i not in names:
            names[i] = chars[i:chars.find(b"\x00", i)].decode()
        return names[i]

    abbr = tuple(name_at(r[2]) for r in records)
    tz_str = None
    if header.version >= 2:
        fobj.seek(header.isutcnt + header.isstdcnt + header.leapcnt * 12, 1)
        nl = fobj.read(1)
        assert nl == b"\n", nl
        footer = bytearray()
        while (c := fobj.read(1)) != b"\n":
            footer += c
        tz_str = bytes(footer)
    return trans_idx, trans_list_utc, utcoff, isdst, abbr, tz_str


class _TZifHeader:
    __slots__ = ["version", "isutcnt", "isstdcnt", "leapcnt", "timecnt", "typecnt", "charcnt"]

    def __init__(self, *args):
        for name, value in zip(self.__slots__, args, strict=True):
            setattr(self, name, value)

    @classmethod
    def from_file(cls, stream):
        if stream.read(4) != b"TZif":
            raise ValueError("Invalid TZif file: magic not found")
        v = stream.read(1)
        version = 1 if v == b"\x00" else int(v)
        stream.read(15)  # reserved
        return cls(version, *struct.unpack(">6l", stream.read(24)))


class ZoneInfoNotFoundError(KeyError):
    """Exception raised when a ZoneInfo key is not found."""
