"""IsolatedAsyncioTestCase: a TestCase whose test methods may be coroutines.

It needs asyncio, which Kaa does not have yet: importing this module raises
ImportError saying so."""

__unittest = True

try:
    import asyncio
except ImportError as exc:
    raise ImportError(
        "unittest.IsolatedAsyncioTestCase needs the asyncio module, "
        "which Kaa does not provide yet") from exc

raise ImportError("unittest.IsolatedAsyncioTestCase is not implemented in Kaa yet")
