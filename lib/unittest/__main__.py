"""`python -m unittest [options] [tests]`: run the named tests, or discover
them when none are named."""

import os
import sys

from .main import main as _main

__unittest = True

# Usage messages should say how the program was started, not where this
# file lives.
if os.path.basename(sys.argv[0]) == "__main__.py":
    sys.argv[0] = f"{os.path.basename(sys.executable)} -m unittest"

_main(module=None)
