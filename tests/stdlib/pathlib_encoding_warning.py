# With PYTHONWARNDEFAULTENCODING, Path's text operations without an encoding
# warn (EncodingWarning) at the caller's line; bytes operations do not.
import os
import tempfile
import warnings
from pathlib import Path

with tempfile.TemporaryDirectory() as top:
    p = Path(top, 'f.txt')
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        p.write_text('x')
        p.read_text()
        p.open().close()
        p.open('w').close()
        p.open('rb').close()
        p.write_bytes(b'y')
        p.read_bytes()
        p.write_text('z', encoding='utf-8')
        p.read_text(encoding='locale')
    for x in w:
        print(x.category.__name__, x.message, os.path.basename(x.filename), x.lineno)
