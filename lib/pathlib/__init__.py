"""Object-oriented file system paths.

PurePath and its flavours (PurePosixPath, PureWindowsPath) compute with
paths without touching the disk; Path (PosixPath here, WindowsPath on
Windows) adds the operations that do.
"""

from ._abc import *
from ._local import *

__all__ = (_abc.__all__ +
           _local.__all__)
