# io.BytesIO and io.StringIO after close(): which methods still answer, and each
# one's message (BytesIO's end with a period, StringIO's own do not, IOBase's do).
import io

for cls, init in ((io.BytesIO, b"ab\ncd"), (io.StringIO, "ab\ncd")):
    f = cls(init)
    f.close()
    f.close()
    print(cls.__name__, f.closed)
    for m in ("readable", "writable", "seekable", "isatty", "flush", "getvalue", "read", "readline",
              "readlines", "tell", "truncate", "__next__", "__enter__", "fileno", "detach",
              "getbuffer", "read1", "line_buffering", "newlines", "encoding", "errors"):
        try:
            a = getattr(f, m)
        except AttributeError:
            print(" ", m, "absent")
            continue
        except ValueError as e:
            print(" ", m, "getattr", e)
            continue
        try:
            r = a() if callable(a) else a
            print(" ", m, "->", r)
        except Exception as e:
            print(" ", m, type(e).__name__, e)
    try:
        print(" iter", iter(f) is f)
    except ValueError as e:
        print(" iter", e)
    for m, args in (("write", (init[:1],)), ("writelines", ([init[:1]],)), ("seek", (0,)),
                    ("readinto", (bytearray(2),)), ("readinto", ())):
        if not hasattr(f, m):
            continue
        try:
            print(" ", m, getattr(f, m)(*args))
        except Exception as e:
            print(" ", m, type(e).__name__, e)
    with cls() as g:
        print(g.readable(), g.writable(), g.seekable(), g.isatty(), g.flush())
    print(g.closed)
    try:
        with g:
            pass
    except ValueError as e:
        print(e)
