package iomod

import (
	"bytes"
	"fmt"

	"github.com/kaa-python/kaa/py"
)

// BufferedReader, BufferedWriter, BufferedRandom and BufferedRWPair.
//
// Reads go through a buffer of buffer_size bytes. Writes go through to the raw
// stream at once (see RATIONALE.md, "Files write through"): without reference
// counting, a file nobody closes is never finalized, and `open(p, 'wb').write(b)`
// must reach the file as it does in CPython.

type buffered struct {
	base
	raw                py.Value
	rawFile            *fileIO // raw itself when it is exactly a FileIO: called directly
	readable, writable bool
	ok, detached       bool
	bufSize            int
	rbuf               []byte // read ahead: rbuf[rpos:] not yet handed out
	rpos               int
}

func bufOf(v py.Value) *buffered { return py.Object[buffered](v) }

func (b *buffered) avail() int { return len(b.rbuf) - b.rpos }

// check is CHECK_INITIALIZED: detached or never initialised.
func (b *buffered) check() *py.Exception {
	if b.detached {
		return py.Errorf(py.ValueError(), "raw stream has been detached")
	}
	if !b.ok {
		return py.Errorf(py.ValueError(), "I/O operation on uninitialized object")
	}
	return nil
}

func (b *buffered) rawClosed(t *py.Thread) (bool, *py.Exception) {
	if b.rawFile != nil {
		return b.rawFile.fd < 0, nil
	}
	return isClosed(t, b.raw)
}

// checkOpen is check plus CHECK_CLOSED(msg).
func (b *buffered) checkOpen(t *py.Thread, msg string) *py.Exception {
	if err := b.check(); err != nil {
		return err
	}
	c, err := b.rawClosed(t)
	if err != nil {
		return err
	}
	if c && (msg != "read of closed file" || b.avail() == 0) {
		return py.Errorf(py.ValueError(), "%s", msg)
	}
	return nil
}

// rawReadInto reads once from the raw stream into p; n < 0: it would block.
func (b *buffered) rawReadInto(t *py.Thread, p []byte) (int, *py.Exception) {
	if b.rawFile != nil {
		if b.rawFile.fd < 0 {
			return 0, fileClosedErr()
		}
		return b.rawFile.readInto(t, p)
	}
	ba := py.NewByteArray(make([]byte, len(p)))
	mv, err := py.NewMemoryView(t, ba)
	if err != nil {
		return 0, err
	}
	r, err := py.CallMethod(t, b.raw, "readinto", mv)
	if err != nil {
		return 0, err
	}
	if r.IsNone() {
		return -1, nil
	}
	n, err := py.IndexInt(t, r, py.ValueError())
	if err != nil {
		return 0, err
	}
	if n < 0 || n > int64(len(p)) {
		return 0, py.Errorf(py.OSError(), "raw readinto() returned invalid length %d (should have been between 0 and %d)", n, len(p))
	}
	got, _ := py.AsBytes(ba)
	copy(p, got[:n])
	return int(n), nil
}

// rawWrite writes all of p to the raw stream.
func (b *buffered) rawWrite(t *py.Thread, p []byte) *py.Exception {
	for len(p) > 0 {
		var n int
		if b.rawFile != nil {
			if b.rawFile.fd < 0 {
				return fileClosedErr()
			}
			var err *py.Exception
			if n, err = b.rawFile.write(t, p); err != nil {
				return err
			}
		} else {
			r, err := py.CallMethod(t, b.raw, "write", py.NewBytes(p))
			if err != nil {
				return err
			}
			if r.IsNone() {
				n = -1
			} else {
				m, err := py.IndexInt(t, r, py.ValueError())
				if err != nil {
					return err
				}
				if m < 0 || m > int64(len(p)) {
					return py.Errorf(py.OSError(), "raw write() returned invalid length %d (should have been between 0 and %d)", m, len(p))
				}
				n = int(m)
			}
		}
		if n < 0 {
			return py.NewException(py.BlockingIOError(), py.Int(11), py.NewStr("write could not complete without blocking"), py.Int(0))
		}
		p = p[n:]
	}
	return nil
}

func (b *buffered) rawSeek(t *py.Thread, off int64, whence int) (int64, *py.Exception) {
	if b.rawFile != nil {
		if b.rawFile.fd < 0 {
			return 0, fileClosedErr()
		}
		return b.rawFile.seek(t, off, whence)
	}
	r, err := py.CallMethod(t, b.raw, "seek", py.Int(off), py.Int(int64(whence)))
	if err != nil {
		return 0, err
	}
	n, err := py.IndexInt(t, r, py.OverflowError())
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, py.Errorf(py.OSError(), "Raw stream returned invalid position %d", n)
	}
	return n, nil
}

func (b *buffered) rawTell(t *py.Thread) (int64, *py.Exception) {
	if b.rawFile != nil {
		return b.rawSeek(t, 0, 1)
	}
	r, err := py.CallMethod(t, b.raw, "tell")
	if err != nil {
		return 0, err
	}
	n, err := py.IndexInt(t, r, py.OverflowError())
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, py.Errorf(py.OSError(), "Raw stream returned invalid position %d", n)
	}
	return n, nil
}

// rewind gives back the read-ahead: the raw stream's position becomes the
// logical one (before a write, a truncate, a flush of a random-access stream).
func (b *buffered) rewind(t *py.Thread) *py.Exception {
	if n := b.avail(); n > 0 {
		if _, err := b.rawSeek(t, -int64(n), 1); err != nil {
			return err
		}
	}
	b.rbuf, b.rpos = b.rbuf[:0], 0
	return nil
}

// fill reads once from the raw stream into the buffer; it returns the bytes read
// (0 at end of file, -1 when the read would block).
func (b *buffered) fill(t *py.Thread) (int, *py.Exception) {
	if b.rpos > 0 {
		n := copy(b.rbuf, b.rbuf[b.rpos:])
		b.rbuf, b.rpos = b.rbuf[:n], 0
	}
	if cap(b.rbuf)-len(b.rbuf) < b.bufSize/2 || cap(b.rbuf) < b.bufSize {
		nb := make([]byte, len(b.rbuf), len(b.rbuf)+b.bufSize)
		copy(nb, b.rbuf)
		b.rbuf = nb
	}
	n, err := b.rawReadInto(t, b.rbuf[len(b.rbuf):cap(b.rbuf)])
	if err != nil {
		return 0, err
	}
	if n > 0 {
		b.rbuf = b.rbuf[:len(b.rbuf)+n]
	}
	return n, nil
}

func (b *buffered) take(n int) []byte {
	out := bytes.Clone(b.rbuf[b.rpos : b.rpos+n])
	b.rpos += n
	if b.rpos == len(b.rbuf) {
		b.rbuf, b.rpos = b.rbuf[:0], 0
	}
	return out
}

// read is BufferedReader.read(n): n bytes, fewer only at end of file or when the
// raw stream would block (nil, true: nothing at all could be read).
func (b *buffered) read(t *py.Thread, n int64) ([]byte, bool, *py.Exception) {
	if n < 0 {
		out := b.take(b.avail())
		var chunk py.Value
		var err *py.Exception
		for {
			if b.rawFile != nil {
				chunk, err = b.rawFile.readall(t)
			} else if ra, ok, e := py.LookupAttrS(t, b.raw, "readall"); e != nil {
				return nil, false, e
			} else if ok {
				chunk, err = py.Call(t, ra)
			} else {
				chunk, err = py.CallMethod(t, b.raw, "read")
			}
			if err != nil {
				return nil, false, err
			}
			if chunk.IsNone() {
				if len(out) == 0 {
					return nil, true, nil
				}
				return out, false, nil
			}
			c, ok := py.AsBytes(chunk)
			if !ok || chunk.Type() != py.BytesType() {
				return nil, false, py.Errorf(py.TypeError(), "readall() should return bytes")
			}
			out = append(out, c...)
			return out, false, nil
		}
	}
	if int64(b.avail()) >= n {
		return b.take(int(n)), false, nil
	}
	if err := t.CheckAlloc(n, 1); err != nil {
		return nil, false, err
	}
	out := make([]byte, 0, n)
	out = append(out, b.take(b.avail())...)
	for int64(len(out)) < n {
		need := int(n) - len(out)
		if need >= b.bufSize {
			// Large reads go straight into the result.
			chunk := make([]byte, need)
			got, err := b.rawReadInto(t, chunk)
			if err != nil {
				return nil, false, err
			}
			if got <= 0 {
				if got < 0 && len(out) == 0 {
					return nil, true, nil
				}
				break
			}
			out = append(out, chunk[:got]...)
			continue
		}
		got, err := b.fill(t)
		if err != nil {
			return nil, false, err
		}
		if got <= 0 {
			if got < 0 && len(out) == 0 {
				return nil, true, nil
			}
			break
		}
		out = append(out, b.take(min(need, b.avail()))...)
	}
	return out, false, nil
}

func (b *buffered) readline(t *py.Thread, limit int64) ([]byte, *py.Exception) {
	var out []byte
	for {
		avail := b.rbuf[b.rpos:]
		if limit >= 0 && int64(len(out)+len(avail)) > limit {
			avail = avail[:limit-int64(len(out))]
		}
		if i := bytes.IndexByte(avail, '\n'); i >= 0 {
			return append(out, b.take(i+1)...), nil
		}
		out = append(out, b.take(len(avail))...)
		if limit >= 0 && int64(len(out)) >= limit {
			return out, nil
		}
		n, err := b.fill(t)
		if err != nil {
			return nil, err
		}
		if n <= 0 {
			return out, nil
		}
	}
}

func (b *buffered) peek(t *py.Thread) ([]byte, *py.Exception) {
	if b.avail() == 0 {
		if _, err := b.fill(t); err != nil {
			return nil, err
		}
	}
	return bytes.Clone(b.rbuf[b.rpos:]), nil
}

func (b *buffered) read1(t *py.Thread, n int64) ([]byte, *py.Exception) {
	if n < 0 {
		n = int64(b.bufSize)
	}
	if n == 0 {
		return []byte{}, nil
	}
	if b.avail() > 0 {
		return b.take(min(int(n), b.avail())), nil
	}
	if n > int64(b.bufSize) {
		if err := t.CheckAlloc(n, 1); err != nil {
			return nil, err
		}
		chunk := make([]byte, n)
		got, err := b.rawReadInto(t, chunk)
		if err != nil {
			return nil, err
		}
		return chunk[:max(got, 0)], nil
	}
	if _, err := b.fill(t); err != nil {
		return nil, err
	}
	return b.take(min(int(n), b.avail())), nil
}

func (b *buffered) tell(t *py.Thread) (int64, *py.Exception) {
	pos, err := b.rawTell(t)
	if err != nil {
		return 0, err
	}
	pos -= int64(b.avail())
	if pos < 0 {
		pos = 0
	}
	return pos, nil
}

func (b *buffered) seek(t *py.Thread, target int64, whence int) (int64, *py.Exception) {
	if whence != 2 && b.avail() >= 0 && len(b.rbuf) > 0 {
		cur, err := b.rawTell(t)
		if err != nil {
			return 0, err
		}
		avail := int64(b.avail())
		off := target
		if whence == 0 {
			off = target - (cur - avail)
		}
		if off >= -int64(b.rpos) && off <= avail {
			b.rpos += int(off)
			return cur - avail + off, nil
		}
	}
	if whence == 1 {
		target -= int64(b.avail())
	}
	pos, err := b.rawSeek(t, target, whence)
	if err != nil {
		return 0, err
	}
	b.rbuf, b.rpos = b.rbuf[:0], 0
	return pos, nil
}

func (b *buffered) write(t *py.Thread, p []byte) *py.Exception {
	if b.readable && b.avail() > 0 {
		if err := b.rewind(t); err != nil {
			return err
		}
	}
	b.rbuf, b.rpos = b.rbuf[:0], 0
	return b.rawWrite(t, p)
}

// bufferedInit is __init__(raw, buffer_size=DEFAULT_BUFFER_SIZE) of the three
// single-stream classes.
func bufferedInit(t *py.Thread, self py.Value, raw py.Value, size py.Value, readable, writable bool) *py.Exception {
	b := bufOf(self)
	b.ok, b.detached = false, false
	if readable {
		if err := checkBool(t, raw, "readable", "File or stream is not readable."); err != nil {
			return err
		}
	}
	if writable {
		if err := checkBool(t, raw, "writable", "File or stream is not writable."); err != nil {
			return err
		}
	}
	n, err := py.IndexInt(t, size, py.OverflowError())
	if err != nil {
		return err
	}
	if n <= 0 {
		return py.Errorf(py.ValueError(), "buffer size must be strictly positive")
	}
	b.raw, b.rawFile = raw, nil
	if raw.Type() == fileIOType {
		b.rawFile = fileOf(raw)
	}
	b.readable, b.writable = readable, writable
	b.bufSize = int(min(n, 1<<30))
	b.rbuf, b.rpos = nil, 0
	b.ok = true
	return nil
}

func newBuffered(t *py.Thread, typ *py.Type, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
	b := &buffered{}
	return py.NewObject(&b.Header, typ), nil
}

// bm is a buffered method that first checks the object is usable.
func bm(name, sig string, fn func(t *py.Thread, self py.Value, b *buffered, a []py.Value) (py.Value, *py.Exception)) *py.MethodDef {
	return py.Func(name, sig, func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
		b := bufOf(self)
		if err := b.check(); err != nil {
			return py.Value{}, err
		}
		return fn(t, self, b, a)
	})
}

// delegate is a method that calls the raw stream's.
func delegateRaw(name string) *py.MethodDef {
	return bm(name, "", func(t *py.Thread, self py.Value, b *buffered, a []py.Value) (py.Value, *py.Exception) {
		return py.CallMethod(t, b.raw, name)
	})
}

func bufferedRepr(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
	b := bufOf(self)
	tn := typeQualName(self)
	if !b.ok {
		return py.NewStr("<" + tn + ">"), nil
	}
	name, found, err := py.LookupAttrS(t, self, "name")
	if err != nil {
		if err.Matches(py.ValueError()) {
			return py.NewStr("<" + tn + ">"), nil
		}
		return py.Value{}, err
	}
	if !found {
		return py.NewStr("<" + tn + ">"), nil
	}
	r, err := reprGuarded(t, self, name)
	if err != nil {
		return py.Value{}, err
	}
	return py.NewStr(fmt.Sprintf("<%s name=%s>", tn, r)), nil
}

func bufferedNext(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
	if self.Type() != bufferedReaderType && self.Type() != bufferedRandomType {
		line, err := py.CallMethod(t, self, "readline")
		if err != nil {
			return py.Value{}, err
		}
		if n, err := py.Len(t, line); err != nil || n == 0 {
			return py.Value{}, err
		}
		return line, nil
	}
	b := bufOf(self)
	if err := b.checkOpen(t, "readline of closed file"); err != nil {
		return py.Value{}, err
	}
	line, err := b.readline(t, -1)
	if err != nil || len(line) == 0 {
		return py.Value{}, err
	}
	return py.NewBytes(line), nil
}

// commonMethods are those of all three single-stream classes.
func commonMethods() []*py.MethodDef {
	return []*py.MethodDef{
		bm("detach", "", func(t *py.Thread, self py.Value, b *buffered, a []py.Value) (py.Value, *py.Exception) {
			if _, err := py.CallMethod(t, self, "flush"); err != nil {
				return py.Value{}, err
			}
			raw := b.raw
			b.raw, b.rawFile, b.detached, b.ok = py.Value{}, nil, true, false
			return raw, nil
		}),
		bm("flush", "", func(t *py.Thread, self py.Value, b *buffered, a []py.Value) (py.Value, *py.Exception) {
			if !b.writable {
				// A reader's flush is the raw stream's.
				return py.CallMethod(t, b.raw, "flush")
			}
			if err := b.checkOpen(t, "flush of closed file"); err != nil {
				return py.Value{}, err
			}
			if b.readable && b.writable {
				return none, b.rewind(t)
			}
			return none, nil
		}),
		bm("close", "", func(t *py.Thread, self py.Value, b *buffered, a []py.Value) (py.Value, *py.Exception) {
			if c, err := b.rawClosed(t); err != nil || c {
				return none, err
			}
			_, ferr := py.CallMethod(t, self, "flush")
			_, cerr := py.CallMethod(t, b.raw, "close")
			b.rbuf, b.rpos = nil, 0
			if ferr != nil {
				return py.Value{}, ferr
			}
			return none, cerr
		}),
		bm("seekable", "", func(t *py.Thread, self py.Value, b *buffered, a []py.Value) (py.Value, *py.Exception) {
			return py.CallMethod(t, b.raw, "seekable")
		}),
		delegateRaw("fileno"),
		delegateRaw("isatty"),
		bm("_dealloc_warn", "source, /", func(t *py.Thread, self py.Value, b *buffered, a []py.Value) (py.Value, *py.Exception) {
			return none, nil
		}),
		bm("tell", "", func(t *py.Thread, self py.Value, b *buffered, a []py.Value) (py.Value, *py.Exception) {
			pos, err := b.tell(t)
			return py.Int(pos), err
		}),
		bm("seek", "target, whence=0, /", func(t *py.Thread, self py.Value, b *buffered, a []py.Value) (py.Value, *py.Exception) {
			whence, err := py.IndexInt(t, a[1], py.OverflowError())
			if err != nil {
				return py.Value{}, err
			}
			if whence < 0 || whence > 4 {
				return py.Value{}, py.Errorf(py.ValueError(), "whence value %d unsupported", whence)
			}
			if err := b.checkOpen(t, "seek of closed file"); err != nil {
				return py.Value{}, err
			}
			if _, err := py.CallMethod(t, b.raw, "seekable"); err != nil {
				return py.Value{}, err
			}
			if a[0].IsFloat() {
				return py.Value{}, py.Errorf(py.TypeError(), "'float' object cannot be interpreted as an integer")
			}
			target, err := py.IndexInt(t, a[0], py.OverflowError())
			if err != nil {
				return py.Value{}, err
			}
			pos, err := b.seek(t, target, int(whence))
			return py.Int(pos), err
		}),
		bm("truncate", "pos=None, /", func(t *py.Thread, self py.Value, b *buffered, a []py.Value) (py.Value, *py.Exception) {
			if err := b.checkOpen(t, "truncate of closed file"); err != nil {
				return py.Value{}, err
			}
			if !b.writable {
				return py.Value{}, unsupported("truncate")
			}
			if err := b.rewind(t); err != nil {
				return py.Value{}, err
			}
			pos := a[0]
			if pos.IsNone() {
				p, err := b.rawTell(t)
				if err != nil {
					return py.Value{}, err
				}
				pos = py.Int(p)
			}
			return py.CallMethod(t, b.raw, "truncate", pos)
		}),
		bm("__sizeof__", "", func(t *py.Thread, self py.Value, b *buffered, a []py.Value) (py.Value, *py.Exception) {
			return py.Int(int64(120 + b.bufSize)), nil
		}),
		py.Func("__reduce__", "", cannotPickle),
		py.Func("__reduce_ex__", "protocol, /", cannotPickle),
		py.GetSetDef("raw", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			b := bufOf(self)
			if b.detached {
				return none, nil
			}
			if err := b.check(); err != nil {
				return py.Value{}, err
			}
			return b.raw, nil
		}, nil),
		py.GetSetDef("closed", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			b := bufOf(self)
			if err := b.check(); err != nil {
				return py.Value{}, err
			}
			if b.rawFile != nil {
				return py.Bool(b.rawFile.fd < 0), nil
			}
			return py.GetAttrS(t, b.raw, "closed")
		}, nil),
		py.GetSetDef("name", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			b := bufOf(self)
			if err := b.check(); err != nil {
				return py.Value{}, err
			}
			return py.GetAttrS(t, b.raw, "name")
		}, nil),
		py.GetSetDef("mode", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			b := bufOf(self)
			if err := b.check(); err != nil {
				return py.Value{}, err
			}
			return py.GetAttrS(t, b.raw, "mode")
		}, nil),
		py.GetSetDef("_finalizing", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return py.False(), nil
		}, nil),
	}
}

func readMethods() []*py.MethodDef {
	return []*py.MethodDef{
		bm("readable", "", func(t *py.Thread, self py.Value, b *buffered, a []py.Value) (py.Value, *py.Exception) {
			return py.CallMethod(t, b.raw, "readable")
		}),
		bm("read", "size=-1, /", func(t *py.Thread, self py.Value, b *buffered, a []py.Value) (py.Value, *py.Exception) {
			n, err := sizeArg(t, a[0])
			if err != nil {
				return py.Value{}, err
			}
			if n < -1 {
				return py.Value{}, py.Errorf(py.ValueError(), "read length must be non-negative or -1")
			}
			if err := b.checkOpen(t, "read of closed file"); err != nil {
				return py.Value{}, err
			}
			out, blocked, err := b.read(t, n)
			if err != nil {
				return py.Value{}, err
			}
			if blocked {
				return none, nil
			}
			return py.NewBytes(out), nil
		}),
		bm("read1", "size=-1, /", func(t *py.Thread, self py.Value, b *buffered, a []py.Value) (py.Value, *py.Exception) {
			n, err := py.IndexInt(t, a[0], py.OverflowError())
			if err != nil {
				return py.Value{}, err
			}
			if err := b.checkOpen(t, "read of closed file"); err != nil {
				return py.Value{}, err
			}
			out, err := b.read1(t, n)
			if err != nil {
				return py.Value{}, err
			}
			return py.NewBytes(out), nil
		}),
		bm("peek", "size=0, /", func(t *py.Thread, self py.Value, b *buffered, a []py.Value) (py.Value, *py.Exception) {
			if _, err := py.IndexInt(t, a[0], py.OverflowError()); err != nil {
				return py.Value{}, err
			}
			if err := b.checkOpen(t, "peek of closed file"); err != nil {
				return py.Value{}, err
			}
			if b.writable {
				if err := b.rewind(t); err != nil {
					return py.Value{}, err
				}
			}
			out, err := b.peek(t)
			if err != nil {
				return py.Value{}, err
			}
			return py.NewBytes(out), nil
		}),
		bm("readinto", "buffer, /", func(t *py.Thread, self py.Value, b *buffered, a []py.Value) (py.Value, *py.Exception) {
			return bufReadinto(t, b, a[0], "readinto", false)
		}),
		bm("readinto1", "buffer, /", func(t *py.Thread, self py.Value, b *buffered, a []py.Value) (py.Value, *py.Exception) {
			return bufReadinto(t, b, a[0], "readinto1", true)
		}),
		bm("readline", "size=-1, /", func(t *py.Thread, self py.Value, b *buffered, a []py.Value) (py.Value, *py.Exception) {
			n, err := sizeArg(t, a[0])
			if err != nil {
				return py.Value{}, err
			}
			if err := b.checkOpen(t, "readline of closed file"); err != nil {
				return py.Value{}, err
			}
			out, err := b.readline(t, n)
			if err != nil {
				return py.Value{}, err
			}
			return py.NewBytes(out), nil
		}),
	}
}

func bufReadinto(t *py.Thread, b *buffered, buf py.Value, name string, one bool) (py.Value, *py.Exception) {
	dst, ok := py.WritableBuffer(buf)
	if !ok {
		return py.Value{}, py.Errorf(py.TypeError(), "%s() argument must be read-write bytes-like object, not %s", name, py.TypeName(buf))
	}
	if err := b.checkOpen(t, "readinto of closed file"); err != nil {
		return py.Value{}, err
	}
	var out []byte
	var err *py.Exception
	blocked := false
	if one {
		out, err = b.read1(t, int64(len(dst)))
	} else {
		out, blocked, err = b.read(t, int64(len(dst)))
	}
	if err != nil {
		return py.Value{}, err
	}
	if blocked {
		return none, nil
	}
	return py.Int(int64(copy(dst, out))), nil
}

func writeMethods() []*py.MethodDef {
	return []*py.MethodDef{writeMethod(), bm("writable", "", func(t *py.Thread, self py.Value, b *buffered, a []py.Value) (py.Value, *py.Exception) {
		return py.CallMethod(t, b.raw, "writable")
	})}
}

func writeMethod() *py.MethodDef {
	return bm("write", "buffer, /", func(t *py.Thread, self py.Value, b *buffered, a []py.Value) (py.Value, *py.Exception) {
		p, ok := py.AsBuffer(a[0])
		if !ok {
			return py.Value{}, py.Errorf(py.TypeError(), "a bytes-like object is required, not '%s'", py.TypeName(a[0]))
		}
		if err := b.checkOpen(t, "write to closed file"); err != nil {
			return py.Value{}, err
		}
		n := len(p)
		if err := b.write(t, p); err != nil {
			return py.Value{}, err
		}
		return py.Int(int64(n)), nil
	})
}

func initFunc(name string, readable, writable bool) func(t *py.Thread, self py.Value, args []py.Value, kw *py.Tuple) *py.Exception {
	def := py.Func(name, "raw, buffer_size=8192", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
		return none, bufferedInit(t, self, a[0], a[1], readable, writable)
	})
	return func(t *py.Thread, self py.Value, args []py.Value, kw *py.Tuple) *py.Exception {
		_, err := def.Fn(t, self, args, kw)
		return err
	}
}

func selfIter(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
	if err := checkClosed(t, self); err != nil {
		return py.Value{}, err
	}
	return self, nil
}

var bufferedReaderType *py.Type

func init() {
	bufferedReaderType = py.NewType(&py.TypeDef{
		Name:    "_io.BufferedReader",
		Doc:     "Create a new buffered reader using the given readable raw IO object.",
		Base:    bufferedIOBaseType,
		Dict:    true,
		New:     newBuffered,
		Init:    initFunc("BufferedReader", true, false),
		Repr:    bufferedRepr,
		Iter:    selfIter,
		Next:    bufferedNext,
		Methods: append(commonMethods(), readMethods()...),
	})
}

var bufferedWriterType = py.NewType(&py.TypeDef{
	Name:    "_io.BufferedWriter",
	Doc:     "A buffer for a writeable sequential RawIO object.",
	Base:    bufferedIOBaseType,
	Dict:    true,
	New:     newBuffered,
	Init:    initFunc("BufferedWriter", false, true),
	Repr:    bufferedRepr,
	Methods: append(commonMethods(), writeMethods()...),
})

var bufferedRandomType *py.Type

func init() {
	bufferedRandomType = py.NewType(&py.TypeDef{
		Name: "_io.BufferedRandom",
		Doc:  "A buffered interface to random access streams.",
		Base: bufferedIOBaseType,
		Dict: true,
		New:  newBuffered,
		Init: func(t *py.Thread, self py.Value, args []py.Value, kw *py.Tuple) *py.Exception {
			_, err := randomInit.Fn(t, self, args, kw)
			return err
		},
		Repr:    bufferedRepr,
		Iter:    selfIter,
		Next:    bufferedNext,
		Methods: append(append(commonMethods(), readMethods()...), writeMethods()...),
	})
}

var randomInit = py.Func("BufferedRandom", "raw, buffer_size=8192", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
	if err := checkBool(t, a[0], "seekable", "File or stream is not seekable."); err != nil {
		return py.Value{}, err
	}
	return none, bufferedInit(t, self, a[0], a[1], true, true)
})

// BufferedRWPair: a reader and a writer over two raw streams, one object.

type rwPair struct {
	base
	reader, writer py.Value
}

func pairOf(t *py.Thread, v py.Value) (*rwPair, *py.Exception) {
	p := py.Object[rwPair](v)
	if p.reader.IsNil() {
		return nil, py.Errorf(py.ValueError(), "I/O operation on uninitialized object")
	}
	return p, nil
}

func pairCall(name string, reader bool, sig string) *py.MethodDef {
	return py.Func(name, sig, func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
		p, err := pairOf(t, self)
		if err != nil {
			return py.Value{}, err
		}
		obj := p.writer
		if reader {
			obj = p.reader
		}
		m, err := py.GetAttrS(t, obj, name)
		if err != nil {
			return py.Value{}, err
		}
		var args []py.Value
		for _, x := range a {
			if !x.IsNil() {
				args = append(args, x)
			}
		}
		return py.Call(t, m, args...)
	})
}

var rwPairType = py.NewType(&py.TypeDef{
	Name: "_io.BufferedRWPair",
	Doc:  "A buffered reader and writer object together.",
	Base: bufferedIOBaseType,
	Dict: true,
	New: func(t *py.Thread, typ *py.Type, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
		p := &rwPair{}
		return py.NewObject(&p.Header, typ), nil
	},
	Init: func(t *py.Thread, self py.Value, args []py.Value, kw *py.Tuple) *py.Exception {
		_, err := pairInit.Fn(t, self, args, kw)
		return err
	},
	Methods: []*py.MethodDef{
		pairCall("read", true, "size=-1, /"),
		pairCall("peek", true, "size=0, /"),
		pairCall("read1", true, "size=-1, /"),
		pairCall("readinto", true, "buffer, /"),
		pairCall("readinto1", true, "buffer, /"),
		pairCall("write", false, "buffer, /"),
		pairCall("flush", false, ""),
		pairCall("readable", true, ""),
		pairCall("writable", false, ""),
		py.FuncNoArgs("close", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			p, err := pairOf(t, self)
			if err != nil {
				return py.Value{}, err
			}
			_, werr := py.CallMethod(t, p.writer, "close")
			_, rerr := py.CallMethod(t, p.reader, "close")
			if werr != nil {
				return py.Value{}, werr
			}
			return none, rerr
		}),
		py.FuncNoArgs("isatty", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			p, err := pairOf(t, self)
			if err != nil {
				return py.Value{}, err
			}
			r, err := py.CallMethod(t, p.writer, "isatty")
			if err != nil {
				return py.Value{}, err
			}
			if ok, _ := py.IsTrue(t, r); ok {
				return r, nil
			}
			return py.CallMethod(t, p.reader, "isatty")
		}),
		py.GetSetDef("closed", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			p, err := pairOf(t, self)
			if err != nil {
				return py.Value{}, err
			}
			return py.GetAttrS(t, p.writer, "closed")
		}, nil),
	},
})

var pairInit = py.Func("BufferedRWPair", "reader, writer, buffer_size=8192, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
	p := py.Object[rwPair](self)
	if err := checkBool(t, a[0], "readable", "File or stream is not readable."); err != nil {
		return py.Value{}, err
	}
	if err := checkBool(t, a[1], "writable", "File or stream is not writable."); err != nil {
		return py.Value{}, err
	}
	r, err := py.Call(t, py.TypeValue(bufferedReaderType), a[0], a[2])
	if err != nil {
		return py.Value{}, err
	}
	w, err := py.Call(t, py.TypeValue(bufferedWriterType), a[1], a[2])
	if err != nil {
		return py.Value{}, err
	}
	p.reader, p.writer = r, w
	return none, nil
})
