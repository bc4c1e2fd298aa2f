"""Names for the mode bits, file types and flags in os.stat() and os.lstat()
results, with the tests and formatting built on them (S_ISDIR, filemode, ...).

The module is meant for star imports.
"""
# Kaa's stat, as CPython's: the native _stat does the work; this module adds the
# constants _stat lacks on Linux (Windows' file attributes, SF_RESTRICTED) and
# the table filemode is described by.

from _stat import *

SF_RESTRICTED = 0x00080000      # entitlement restricted

# Windows' FILE_ATTRIBUTE_* (what os.stat()'s st_file_attributes holds there),
# one bit each, from bit 0 up; bit 3 has no name.
def _file_attributes():
    names = ("READONLY HIDDEN SYSTEM - DIRECTORY ARCHIVE DEVICE NORMAL TEMPORARY "
             "SPARSE_FILE REPARSE_POINT COMPRESSED OFFLINE NOT_CONTENT_INDEXED "
             "ENCRYPTED INTEGRITY_STREAM VIRTUAL NO_SCRUB_DATA").split()
    return {"FILE_ATTRIBUTE_" + name: 1 << bit for bit, name in enumerate(names) if name != "-"}


globals().update(_file_attributes())
del _file_attributes

# filemode's table: per character, the (bits, letter) pairs tried in turn.
_filemode_table = (
    ((S_IFLNK, "l"), (S_IFSOCK, "s"), (S_IFREG, "-"), (S_IFBLK, "b"),
     (S_IFDIR, "d"), (S_IFCHR, "c"), (S_IFIFO, "p")),
    ((S_IRUSR, "r"),),
    ((S_IWUSR, "w"),),
    ((S_IXUSR | S_ISUID, "s"), (S_ISUID, "S"), (S_IXUSR, "x")),
    ((S_IRGRP, "r"),),
    ((S_IWGRP, "w"),),
    ((S_IXGRP | S_ISGID, "s"), (S_ISGID, "S"), (S_IXGRP, "x")),
    ((S_IROTH, "r"),),
    ((S_IWOTH, "w"),),
    ((S_IXOTH | S_ISVTX, "t"), (S_ISVTX, "T"), (S_IXOTH, "x")),
)
