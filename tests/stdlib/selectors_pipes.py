# selectors: each selector over a pipe: register, modify, unregister, select with
# timeouts, get_key/get_map, closed file objects, and the errors.
import os
import selectors
import time

print(selectors.DefaultSelector.__name__, selectors.EVENT_READ, selectors.EVENT_WRITE)


class File:
    def __init__(self, fd, name):
        self.fd, self.name = fd, name

    def fileno(self):
        return self.fd

    def __repr__(self):
        return f'<File {self.name}>'


def show(ready):
    return sorted((key.fileobj.name, key.events, key.data, ev) for key, ev in ready)


for cls in [selectors.SelectSelector, selectors.PollSelector, selectors.EpollSelector]:
    print('--', cls.__name__)
    r, w = os.pipe()
    rf, wf = File(r, 'r'), File(w, 'w')
    with cls() as sel:
        key = sel.register(rf, selectors.EVENT_READ, 'rdata')
        print(key.fileobj, key.events, key.data, key.fd == r)
        sel.register(wf, selectors.EVENT_WRITE)
        print(show(sel.select(0)))
        os.write(w, b'hello')
        print(show(sel.select()))
        print(show(sel.select(-1)))
        k2 = sel.modify(wf, selectors.EVENT_WRITE, 'new data')
        print(k2.data, sel.get_key(wf).data)
        sel.modify(wf, selectors.EVENT_READ | selectors.EVENT_WRITE)
        print(show(sel.select(0.01)))
        print(len(sel.get_map()), sorted(k.name for k in [sel.get_map()[rf].fileobj, sel.get_map()[w].fileobj]))
        print(sel.unregister(wf).fileobj)
        os.read(r, 5)
        start = time.monotonic()
        print(show(sel.select(0.05)), time.monotonic() - start >= 0.05)
        for f, a in [(sel.register, (rf, selectors.EVENT_READ)), (sel.register, (wf, 0)),
                     (sel.register, (wf, 4)), (sel.register, ('x', 1)), (sel.register, (-1, 1)),
                     (sel.unregister, (wf,)), (sel.get_key, (wf,)), (sel.modify, (wf, 1))]:
            try:
                f(*a)
            except (KeyError, ValueError) as e:
                print(type(e).__name__, str(e).replace(f'FD {r}', 'FD R'))
        # A file object closed while registered can still be unregistered.
        os.close(w)
        print(show(sel.select(0)))
        os.close(r)
        rf.fd = -1
        print(sel.unregister(rf).fileobj)
        if hasattr(sel, 'fileno'):
            print(type(sel.fileno()).__name__)
    print(sel.get_map())
    try:
        sel.get_key(rf)
    except RuntimeError as e:
        print(e)
print(selectors.SelectorKey._fields)
print(issubclass(selectors.SelectSelector, selectors.BaseSelector), selectors._fileobj_to_fd(5))
