"""Decoding of TZif files (RFC 8536) for zoneinfo, and access to the zones
shipped in the optional tzdata package."""
import struct

# After the magic come a version byte, 15 reserved bytes and six big-endian
# 32-bit counts, in this order.
_COUNT_NAMES = ("isutcnt", "isstdcnt", "leapcnt", "timecnt", "typecnt", "charcnt")


def load_tzdata(key):
    """Open the TZif data of key in the tzdata package (ZoneInfoNotFoundError
    when there is no such package or zone)."""
    pieces = key.split("/")
    package = ".".join(["tzdata", "zoneinfo"] + pieces[:-1])
    try:
        import importlib.resources as res
        return res.files(package).joinpath(pieces[-1]).open("rb")
    except (ImportError, FileNotFoundError, UnicodeEncodeError):
        raise ZoneInfoNotFoundError(f"No time zone found with key {key}")


def _read_header(stream):
    # A dict of the six counts plus "version" (1 for a NUL version byte).
    magic = stream.read(4)
    if magic != b"TZif":
        raise ValueError("Invalid TZif file: magic not found")
    tag = stream.read(1)
    stream.read(15)
    fields = dict(zip(_COUNT_NAMES, struct.unpack(">6l", stream.read(24))))
    fields["version"] = 1 if tag == b"\x00" else int(tag)
    return fields


def _read_footer(stream):
    # The POSIX TZ rule of v2+ files, framed by newlines, as bytes.
    opening = stream.read(1)
    assert opening == b"\n", opening
    rule = bytearray()
    while True:
        ch = stream.read(1)
        if ch == b"\n":
            return bytes(rule)
        rule += ch


def load_data(fobj):
    """Parse a TZif stream: (transition type indices, transition times in UTC,
    UTC offsets, DST flags, abbreviations, the footer's TZ string as bytes
    or None for a version 1 file)."""
    hdr = _read_header(fobj)
    time_code = "l"
    if hdr["version"] > 1:
        # The 32-bit data block is followed by a copy with 64-bit times and a
        # header of its own: jump over the first block.
        first_block = (5 * hdr["timecnt"] + 6 * hdr["typecnt"] + hdr["charcnt"]
                       + 8 * hdr["leapcnt"] + hdr["isstdcnt"] + hdr["isutcnt"])
        fobj.seek(first_block, 1)
        hdr = _read_header(fobj)
        time_code = "q"
    count = hdr["timecnt"]
    times = indices = ()
    if count:
        width = struct.calcsize(">" + time_code)
        times = struct.unpack(">%d%s" % (count, time_code), fobj.read(count * width))
        indices = struct.unpack(">%dB" % count, fobj.read(count))
    kinds = [struct.unpack(">lbb", fobj.read(6)) for _ in range(hdr["typecnt"])]
    table = fobj.read(hdr["charcnt"])
    # Abbreviations are NUL-terminated strings inside one character table.
    decoded = {start: table[start:table.find(b"\x00", start)].decode()
               for start in {k[2] for k in kinds}}
    offsets = tuple(k[0] for k in kinds)
    dst_flags = tuple(k[1] for k in kinds)
    abbrevs = tuple(decoded[k[2]] for k in kinds)
    rule = None
    if hdr["version"] > 1:
        # Leap second records (12 bytes each in v2+) and the two indicator
        # arrays come before the footer.
        fobj.seek(12 * hdr["leapcnt"] + hdr["isstdcnt"] + hdr["isutcnt"], 1)
        rule = _read_footer(fobj)
    return indices, times, offsets, dst_flags, abbrevs, rule


class ZoneInfoNotFoundError(KeyError):
    """KeyError for a zone key that has no time zone data anywhere."""
