package iomod

import (
	"math/big"
	"strings"

	"github.com/kaa-python/kaa/py"
)

// TextIOWrapper: text over a buffered binary stream.

type textIO struct {
	base
	ok, detached bool
	buffer       py.Value
	buf          *buffered // buffer when it is exactly a native buffered stream
	encoding     string
	norm         string // the normalised encoding when the runtime codes it natively
	errors       string
	dec          codecDecoder    // nil when not readable
	nl           *newlineDecoder // dec when reading with universal newlines
	encObj       py.Value        // a registry encoder (non-native encodings)
	writable     bool
	bomPending   bool // the next write starts the stream: utf-16/32 and utf-8-sig put a BOM

	readUniversal, readTranslate, writeTranslate bool
	readNL, writeNL                              string
	lineBuffering, writeThrough                  bool
	seekable, telling, hasRead1                  bool
	chunkSize                                    int

	decoded     string // the decoded chunk
	hasDecoded  bool
	decodedUsed int // bytes of decoded handed out
	usedChars   int // the same in code points
	snapshot    bool
	snapFlags   int64
	snapInput   []byte
	b2cratio    float64
}

func textOf(v py.Value) *textIO { return py.Object[textIO](v) }

func (x *textIO) check() *py.Exception {
	if x.detached {
		return py.Errorf(py.ValueError(), "underlying buffer has been detached")
	}
	if !x.ok {
		return py.Errorf(py.ValueError(), "I/O operation on uninitialized object")
	}
	return nil
}

func (x *textIO) isClosed(t *py.Thread) (bool, *py.Exception) {
	if x.buf != nil && x.buf.ok {
		return x.buf.rawClosed(t)
	}
	return isClosed(t, x.buffer)
}

func (x *textIO) checkOpen(t *py.Thread) *py.Exception {
	if err := x.check(); err != nil {
		return err
	}
	c, err := x.isClosed(t)
	if err == nil && c {
		err = closedErr()
	}
	return err
}

// charsIn counts code points of generalised UTF-8 text.
func charsIn(s string) int { return py.CountChars(s) }

// advance returns the byte length of the first n code points of s (all of s if
// it has fewer) and how many there were.
func advance(s string, n int) (int, int) {
	i, k := 0, 0
	for i < len(s) && k < n {
		if s[i] < 0x80 {
			i++
		} else {
			_, w := py.DecodeChar(s[i:])
			i += w
		}
		k++
	}
	return i, k
}

func (x *textIO) setDecoded(s string) {
	x.decoded, x.hasDecoded, x.decodedUsed, x.usedChars = s, true, 0, 0
}

func (x *textIO) clearDecoded() {
	x.decoded, x.hasDecoded, x.decodedUsed, x.usedChars = "", false, 0, 0
}

func (x *textIO) rest() string { return x.decoded[x.decodedUsed:] }

// take hands out n code points (all that remain when n < 0).
func (x *textIO) take(n int) string {
	r := x.rest()
	if n < 0 {
		x.decodedUsed = len(x.decoded)
		x.usedChars += charsIn(r)
		return r
	}
	b, k := advance(r, n)
	x.decodedUsed += b
	x.usedChars += k
	return r[:b]
}

// bufRead calls the buffer's read1 (or read) for a chunk.
func (x *textIO) bufRead(t *py.Thread, n int, one bool) ([]byte, *py.Exception) {
	if x.buf != nil && x.buf.ok && x.buf.readable {
		if err := x.buf.checkOpen(t, "read of closed file"); err != nil {
			return nil, err
		}
		if one {
			return x.buf.read1(t, int64(n))
		}
		out, _, err := x.buf.read(t, int64(n))
		return out, err
	}
	name := "read"
	if one {
		name = "read1"
	}
	var r py.Value
	var err *py.Exception
	if n < 0 {
		r, err = py.CallMethod(t, x.buffer, name)
	} else {
		r, err = py.CallMethod(t, x.buffer, name, py.Int(int64(n)))
	}
	if err != nil {
		return nil, err
	}
	if r.IsNone() {
		return nil, nil
	}
	b, ok := py.AsBuffer(r)
	if !ok {
		return nil, py.Errorf(py.TypeError(), "underlying %s() should have returned a bytes-like object, not '%s'", name, py.TypeName(r))
	}
	return b, nil
}

// readChunk decodes one more chunk of the buffer; false at end of file.
func (x *textIO) readChunk(t *py.Thread, sizeHint int) (bool, *py.Exception) {
	if x.dec == nil {
		return false, unsupported("not readable")
	}
	var decBuf []byte
	var decFlags int64
	if x.telling {
		var err *py.Exception
		if decBuf, decFlags, err = x.dec.getstate(t); err != nil {
			return false, err
		}
	}
	size := x.chunkSize
	if sizeHint > 0 {
		size = max(size, int(float64(sizeHint)*max(x.b2cratio, 1)))
	}
	input, err := x.bufRead(t, size, x.hasRead1)
	if err != nil {
		return false, err
	}
	eof := len(input) == 0
	out, err := x.dec.decode(t, input, eof)
	if err != nil {
		return false, err
	}
	x.setDecoded(out)
	if n := charsIn(out); n > 0 {
		x.b2cratio = float64(len(input)) / float64(n)
	} else {
		x.b2cratio = 0
	}
	if x.telling {
		x.snapshot, x.snapFlags = true, decFlags
		x.snapInput = append(decBuf, input...)
	}
	return !eof, nil
}

func (x *textIO) read(t *py.Thread, n int64) (string, *py.Exception) {
	if x.dec == nil {
		return "", unsupported("not readable")
	}
	if err := x.flushWrites(t); err != nil {
		return "", err
	}
	if n < 0 {
		input, err := x.bufRead(t, -1, false)
		if err != nil {
			return "", err
		}
		rest := x.take(-1)
		out, err := x.dec.decode(t, input, true)
		if err != nil {
			return "", err
		}
		x.clearDecoded()
		x.snapshot = false
		return rest + out, nil
	}
	var sb strings.Builder
	got := 0
	s := x.take(int(n))
	sb.WriteString(s)
	got += charsIn(s)
	for got < int(n) {
		more, err := x.readChunk(t, int(n)-got)
		if err != nil {
			return "", err
		}
		s := x.take(int(n) - got)
		sb.WriteString(s)
		got += charsIn(s)
		if !more {
			break
		}
	}
	return sb.String(), nil
}

// lineEnd finds the end of the first line in s: the index after its terminator,
// or -1.
func (x *textIO) lineEnd(s string) int {
	switch {
	case x.readTranslate:
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			return i + 1
		}
	case x.readUniversal:
		i := strings.IndexAny(s, "\r\n")
		if i < 0 {
			return -1
		}
		if s[i] == '\n' {
			return i + 1
		}
		// The decoder holds back a final '\r' until it knows what follows.
		if i+1 < len(s) && s[i+1] == '\n' {
			return i + 2
		}
		return i + 1
	default:
		if i := strings.Index(s, x.readNL); i >= 0 {
			return i + len(x.readNL)
		}
	}
	return -1
}

// readline returns the next line and its length in code points.
func (x *textIO) readline(t *py.Thread, limit int64) (string, int, *py.Exception) {
	var line []byte
	lineChars := 0
	eof := false
	for {
		r := x.rest()
		end := -1
		if len(line) > 0 && !x.readUniversal && x.readNL == "\r\n" && line[len(line)-1] == '\r' && strings.HasPrefix(r, "\n") {
			end = 1
		} else {
			end = x.lineEnd(r)
		}
		if end >= 0 {
			s := r[:end]
			n := charsIn(s)
			if limit >= 0 && lineChars+n > int(limit) {
				n = int(limit) - lineChars
			} else if len(line) == 0 {
				// The common case: the whole line is in the decoded chunk.
				x.decodedUsed += end
				x.usedChars += n
				return s, n, nil
			}
			return string(append(line, x.take(n)...)), lineChars + n, nil
		}
		if limit >= 0 {
			if n := charsIn(r); lineChars+n >= int(limit) {
				return string(append(line, x.take(int(limit)-lineChars)...)), int(limit), nil
			}
		}
		s := x.take(-1)
		line = append(line, s...)
		lineChars += charsIn(s)
		if eof {
			return string(line), lineChars, nil
		}
		more, err := x.readChunk(t, 0)
		if err != nil {
			return "", 0, err
		}
		eof = !more
	}
}

// flushWrites is a no-op: writes go through to the buffer at once.
func (x *textIO) flushWrites(t *py.Thread) *py.Exception { return nil }

func (x *textIO) encode(t *py.Thread, s string) ([]byte, *py.Exception) {
	if x.encObj.IsNil() {
		enc := x.norm
		if !x.bomPending {
			switch enc {
			case "utf_16":
				enc = "utf_16_le"
			case "utf_32":
				enc = "utf_32_le"
			case "utf_8_sig":
				enc = "utf_8"
			}
		}
		x.bomPending = false
		return py.EncodeStr(t, s, enc, x.errors)
	}
	r, err := py.CallMethod(t, x.encObj, "encode", py.NewStr(s))
	if err != nil {
		return nil, err
	}
	b, ok := py.AsBytes(r)
	if !ok {
		return nil, py.Errorf(py.TypeError(), "encoder should return a bytes object, not '%s'", py.TypeName(r))
	}
	return b, nil
}

func (x *textIO) write(t *py.Thread, text string, n int) (py.Value, *py.Exception) {
	if !x.writable {
		return py.Value{}, unsupported("not writable")
	}
	hasLF := (x.writeTranslate || x.lineBuffering) && strings.IndexByte(text, '\n') >= 0
	if hasLF && x.writeTranslate && x.writeNL != "\n" && x.writeNL != "" {
		text = strings.ReplaceAll(text, "\n", x.writeNL)
	}
	needFlush := x.lineBuffering && (hasLF || strings.IndexByte(text, '\r') >= 0)
	b, err := x.encode(t, text)
	if err != nil {
		return py.Value{}, err
	}
	if x.hasDecoded || x.snapshot {
		x.clearDecoded()
		x.snapshot = false
		if x.dec != nil {
			if err := x.dec.reset(t); err != nil {
				return py.Value{}, err
			}
		}
	}
	if x.buf != nil && x.buf.ok && x.buf.writable {
		if err := x.buf.checkOpen(t, "write to closed file"); err != nil {
			return py.Value{}, err
		}
		if err := x.buf.write(t, b); err != nil {
			return py.Value{}, err
		}
	} else if _, err := py.CallMethod(t, x.buffer, "write", py.NewBytes(b)); err != nil {
		return py.Value{}, err
	}
	if needFlush || x.writeThrough {
		if _, err := py.CallMethod(t, x.buffer, "flush"); err != nil {
			return py.Value{}, err
		}
	}
	return py.Int(int64(n)), nil
}

// Seek and tell cookies pack the decoder's state as CPython's do: the byte
// position (64 bits), the decoder flags, the bytes to feed and the characters to
// skip (32 bits each), and whether the decoder must be told the input ended.
func buildCookie(pos, flags int64, feed int, needEOF bool, skip int) py.Value {
	if flags == 0 && feed == 0 && !needEOF && skip == 0 {
		return py.Int(pos)
	}
	c := new(big.Int).SetInt64(pos)
	add := func(v int64, shift uint) {
		c.Or(c, new(big.Int).Lsh(new(big.Int).SetUint64(uint64(uint32(v))), shift))
	}
	add(flags, 64)
	add(int64(feed), 96)
	add(int64(skip), 128)
	if needEOF {
		add(1, 160)
	}
	return py.NewBigInt(c)
}

type cookie struct {
	pos, flags int64
	feed, skip int
	needEOF    bool
}

func parseCookie(c *big.Int) cookie {
	field := func(shift, bits uint) uint64 {
		mask := new(big.Int).SetUint64(1<<bits - 1)
		return new(big.Int).And(new(big.Int).Rsh(c, shift), mask).Uint64()
	}
	return cookie{pos: int64(field(0, 63)) | int64(field(63, 1))<<63, flags: int64(int32(field(64, 32))),
		feed: int(int32(field(96, 32))), skip: int(int32(field(128, 32))), needEOF: field(160, 8) != 0}
}

func (x *textIO) tell(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
	if err := x.checkOpen(t); err != nil {
		return py.Value{}, err
	}
	if !x.seekable {
		return py.Value{}, unsupported("underlying stream is not seekable")
	}
	if !x.telling {
		return py.Value{}, py.Errorf(py.OSError(), "telling position disabled by next() call")
	}
	if _, err := py.CallMethod(t, self, "flush"); err != nil {
		return py.Value{}, err
	}
	r, err := py.CallMethod(t, x.buffer, "tell")
	if err != nil {
		return py.Value{}, err
	}
	position, err := py.IndexInt(t, r, py.OverflowError())
	if err != nil {
		return py.Value{}, err
	}
	if x.dec == nil || !x.snapshot {
		return py.Int(position), nil
	}
	flags := x.snapFlags
	next := x.snapInput
	position -= int64(len(next))
	skip := x.usedChars
	if skip == 0 {
		return buildCookie(position, flags, 0, false, 0), nil
	}
	dec := x.dec
	savedBuf, savedFlags, err := dec.getstate(t)
	if err != nil {
		return py.Value{}, err
	}
	defer dec.setstate(t, savedBuf, savedFlags)
	decodeLen := func(b []byte, final bool) (int, *py.Exception) {
		s, err := dec.decode(t, b, final)
		return charsIn(s), err
	}
	// A fast search for a start point close to the position.
	skipBytes := int(x.b2cratio * float64(skip))
	skipBack := 1
	if skipBytes > len(next) {
		skipBytes = len(next)
	}
	found := false
	for skipBytes > 0 {
		if err := x.decoderSetstate(t, position, flags); err != nil {
			return py.Value{}, err
		}
		n, err := decodeLen(next[:skipBytes], false)
		if err != nil {
			return py.Value{}, err
		}
		if n <= skip {
			b, d, err := dec.getstate(t)
			if err != nil {
				return py.Value{}, err
			}
			if len(b) == 0 {
				flags = d
				skip -= n
				found = true
				break
			}
			skipBytes -= len(b)
			skipBack = 1
		} else {
			skipBytes -= skipBack
			skipBack *= 2
		}
	}
	if !found {
		skipBytes = 0
		if err := x.decoderSetstate(t, position, flags); err != nil {
			return py.Value{}, err
		}
	}
	startPos := position + int64(skipBytes)
	startFlags := flags
	if skip == 0 {
		return buildCookie(startPos, startFlags, 0, false, 0), nil
	}
	fed, decodedChars := 0, 0
	needEOF := false
	i := skipBytes
	for ; i < len(next); i++ {
		fed++
		n, err := decodeLen(next[i:i+1], false)
		if err != nil {
			return py.Value{}, err
		}
		decodedChars += n
		b, d, err := dec.getstate(t)
		if err != nil {
			return py.Value{}, err
		}
		if len(b) == 0 && decodedChars <= skip {
			startPos += int64(fed)
			skip -= decodedChars
			startFlags = d
			fed, decodedChars = 0, 0
		}
		if decodedChars >= skip {
			break
		}
	}
	if i >= len(next) {
		n, err := decodeLen(nil, true)
		if err != nil {
			return py.Value{}, err
		}
		decodedChars += n
		needEOF = true
		if decodedChars < skip {
			return py.Value{}, py.Errorf(py.OSError(), "can't reconstruct logical file position")
		}
	}
	return buildCookie(startPos, startFlags, fed, needEOF, skip), nil
}

func (x *textIO) seek(t *py.Thread, self, cookieObj py.Value, whence int64) (py.Value, *py.Exception) {
	if err := x.checkOpen(t); err != nil {
		return py.Value{}, err
	}
	if !x.seekable {
		return py.Value{}, unsupported("underlying stream is not seekable")
	}
	cv, err := py.ToInt(t, cookieObj)
	if err != nil {
		return py.Value{}, err
	}
	c, _ := py.AsBigInt(cv)
	switch whence {
	case 1:
		if c.Sign() != 0 {
			return py.Value{}, unsupported("can't do nonzero cur-relative seeks")
		}
		r, err := x.tell(t, self)
		if err != nil {
			return py.Value{}, err
		}
		cookieObj = r
		c, _ = py.AsBigInt(r)
	case 2:
		if c.Sign() != 0 {
			return py.Value{}, unsupported("can't do nonzero end-relative seeks")
		}
		if _, err := py.CallMethod(t, self, "flush"); err != nil {
			return py.Value{}, err
		}
		x.clearDecoded()
		x.snapshot = false
		if x.dec != nil {
			if err := x.dec.reset(t); err != nil {
				return py.Value{}, err
			}
		}
		r, err := py.CallMethod(t, x.buffer, "seek", py.Int(0), py.Int(2))
		if err != nil {
			return py.Value{}, err
		}
		x.encoderAt(t, r)
		return r, nil
	case 0:
	default:
		return py.Value{}, py.Errorf(py.ValueError(), "invalid whence (%d, should be 0, 1 or 2)", whence)
	}
	if c.Sign() < 0 {
		r, _ := py.Repr(t, cookieObj)
		return py.Value{}, py.Errorf(py.ValueError(), "negative seek position %s", r)
	}
	if _, err := py.CallMethod(t, self, "flush"); err != nil {
		return py.Value{}, err
	}
	ck := parseCookie(c)
	if _, err := py.CallMethod(t, x.buffer, "seek", py.Int(ck.pos)); err != nil {
		return py.Value{}, err
	}
	x.clearDecoded()
	x.snapshot = false
	if x.dec != nil {
		if err := x.decoderSetstate(t, ck.pos, ck.flags); err != nil {
			return py.Value{}, err
		}
	}
	if ck.skip > 0 {
		if x.dec == nil {
			return py.Value{}, unsupported("not readable")
		}
		input, err := x.bufRead(t, ck.feed, false)
		if err != nil {
			return py.Value{}, err
		}
		out, err := x.dec.decode(t, input, ck.needEOF)
		if err != nil {
			return py.Value{}, err
		}
		x.setDecoded(out)
		x.snapshot, x.snapFlags, x.snapInput = true, ck.flags, append([]byte(nil), input...)
		if charsIn(out) < ck.skip {
			return py.Value{}, py.Errorf(py.OSError(), "can't restore logical file position")
		}
		x.take(ck.skip)
	}
	x.resetEncoder(t, ck.pos == 0 && ck.flags == 0)
	return cookieObj, nil
}

// decoderSetstate puts the decoder in the state of a cookie's start point; at
// the very start of the stream it is reset instead (a UTF-16 decoder then
// expects a BOM again), which also forgets the newlines seen, as CPython's does.
func (x *textIO) decoderSetstate(t *py.Thread, pos, flags int64) *py.Exception {
	if pos == 0 && flags == 0 {
		return x.dec.reset(t)
	}
	return x.dec.setstate(t, nil, flags)
}

// encoderAt sets the encoder for a write at the position r (a BOM only at 0).
func (x *textIO) encoderAt(t *py.Thread, r py.Value) {
	n, _ := py.AsInt64(r)
	x.resetEncoder(t, n == 0)
}

func (x *textIO) resetEncoder(t *py.Thread, start bool) {
	if !x.writable {
		return
	}
	if x.encObj.IsNil() {
		x.bomPending = start && (x.norm == "utf_16" || x.norm == "utf_32" || x.norm == "utf_8_sig")
		return
	}
	if start {
		py.CallMethod(t, x.encObj, "reset")
	} else {
		py.CallMethod(t, x.encObj, "setstate", py.Int(0))
	}
}

// setup makes the decoder and encoder for the current encoding, errors and
// newline settings.
func (x *textIO) setup(t *py.Thread) *py.Exception {
	x.dec, x.nl, x.encObj, x.writable = nil, nil, py.Value{}, false
	x.norm = py.NormEncoding(x.encoding)
	if !py.BuiltinCodec(x.norm) {
		x.norm = ""
		if _, err := codecInfo(t, x.encoding); err != nil {
			return err
		}
	}
	r, err := py.CallMethod(t, x.buffer, "readable")
	if err != nil {
		return err
	}
	if ok, _ := py.IsTrue(t, r); ok {
		inner, err := lookupDecoder(t, x.encoding, x.norm, x.errors)
		if err != nil {
			return err
		}
		x.dec, x.nl = inner, nil
		if x.readUniversal {
			x.nl = &newlineDecoder{inner: inner, translate: x.readTranslate}
			x.dec = x.nl
		}
	}
	w, err := py.CallMethod(t, x.buffer, "writable")
	if err != nil {
		return err
	}
	if ok, _ := py.IsTrue(t, w); ok {
		x.writable = true
		if x.norm == "" {
			info, err := codecInfo(t, x.encoding)
			if err != nil {
				return err
			}
			mk, err := py.GetAttrS(t, info, "incrementalencoder")
			if err != nil {
				return err
			}
			if x.encObj, err = py.Call(t, mk, py.NewStr(x.errors)); err != nil {
				return err
			}
		}
		start := true
		if x.seekable {
			pos, err := py.CallMethod(t, x.buffer, "tell")
			if err != nil {
				return err
			}
			n, _ := py.AsInt64(pos)
			start = n == 0
		}
		x.resetEncoder(t, start)
	}
	return nil
}

func (x *textIO) setNewline(nl py.Value) {
	if nl.IsNone() {
		x.readUniversal, x.readTranslate, x.readNL = true, true, ""
		x.writeTranslate, x.writeNL = true, "\n"
		return
	}
	s, _ := py.AsStr(nl)
	x.readUniversal = s == ""
	x.readTranslate = false
	x.readNL = s
	x.writeTranslate = s != ""
	x.writeNL = s
	if s == "" {
		x.writeNL = "\n"
	}
}

func checkNewline(t *py.Thread, fn string, nl py.Value) *py.Exception {
	if nl.IsNone() {
		return nil
	}
	s, ok := py.AsStr(nl)
	if !ok {
		return py.Errorf(py.TypeError(), "%s() argument 'newline' must be str or None, not %s", fn, py.TypeName(nl))
	}
	if strings.IndexByte(s, 0) >= 0 {
		return py.Errorf(py.ValueError(), "embedded null character")
	}
	if s != "" && s != "\n" && s != "\r" && s != "\r\n" {
		return py.Errorf(py.ValueError(), "illegal newline value: %s", s)
	}
	return nil
}

func optStr(fn, arg string, v py.Value) (string, bool, *py.Exception) {
	if v.IsNil() || v.IsNone() {
		return "", false, nil
	}
	s, ok := py.AsStr(v)
	if !ok {
		return "", false, py.Errorf(py.TypeError(), "%s() argument '%s' must be str or None, not %s", fn, arg, py.TypeName(v))
	}
	if strings.IndexByte(s, 0) >= 0 {
		return "", false, py.Errorf(py.ValueError(), "embedded null character")
	}
	return s, true, nil
}

// localeEncoding is locale.getencoding() on Linux in a UTF-8 or C locale, as
// CPython 3.13 reports it.
const localeEncoding = "UTF-8"

var textInit = py.Func("TextIOWrapper", "buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
	x := textOf(self)
	x.ok, x.detached = false, false
	enc, hasEnc, err := optStr("TextIOWrapper", "encoding", a[1])
	if err != nil {
		return py.Value{}, err
	}
	errs, hasErrs, err := optStr("TextIOWrapper", "errors", a[2])
	if err != nil {
		return py.Value{}, err
	}
	if err := checkNewline(t, "TextIOWrapper", a[3]); err != nil {
		return py.Value{}, err
	}
	lb, err := py.IsTrue(t, a[4])
	if err != nil {
		return py.Value{}, err
	}
	wt, err := py.IsTrue(t, a[5])
	if err != nil {
		return py.Value{}, err
	}
	if !hasEnc {
		if err := warnDefaultEncoding(t, 1); err != nil {
			return py.Value{}, err
		}
	}
	if !hasEnc || enc == "locale" {
		enc = localeEncoding
	}
	if !hasErrs {
		errs = "strict"
	}
	x.buffer, x.buf = a[0], nil
	if typ := a[0].Type(); typ == bufferedReaderType || typ == bufferedWriterType || typ == bufferedRandomType {
		x.buf = bufOf(a[0])
	}
	x.encoding, x.errors = enc, errs
	x.setNewline(a[3])
	x.lineBuffering, x.writeThrough = lb, wt
	x.chunkSize = 8192
	x.clearDecoded()
	x.snapshot = false
	s, err := py.CallMethod(t, x.buffer, "seekable")
	if err != nil {
		return py.Value{}, err
	}
	x.seekable, _ = py.IsTrue(t, s)
	x.telling = x.seekable
	_, x.hasRead1, err = py.LookupAttrS(t, x.buffer, "read1")
	if err != nil {
		return py.Value{}, err
	}
	if err := x.setup(t); err != nil {
		return py.Value{}, err
	}
	x.ok = true
	return none, nil
})

var reconfigure = py.Func("reconfigure", "*, encoding=None, errors=None, newline=..., line_buffering=None, write_through=None", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
	x := textOf(self)
	if err := x.check(); err != nil {
		return py.Value{}, err
	}
	enc, hasEnc, err := optStr("reconfigure", "encoding", a[0])
	if err != nil {
		return py.Value{}, err
	}
	errs, hasErrs, err := optStr("reconfigure", "errors", a[1])
	if err != nil {
		return py.Value{}, err
	}
	nlGiven := !a[2].IsNil() && a[2].Type() != py.EllipsisType()
	if nlGiven {
		if err := checkNewline(t, "reconfigure", a[2]); err != nil {
			return py.Value{}, err
		}
	}
	if x.hasDecoded && (hasEnc || hasErrs || nlGiven) {
		return py.Value{}, unsupported("It is not possible to set the encoding or newline of stream after the first read")
	}
	if hasEnc && enc == "locale" {
		enc = localeEncoding
	}
	if hasEnc && !hasErrs {
		errs, hasErrs = "strict", true
	}
	if _, err := py.CallMethod(t, self, "flush"); err != nil {
		return py.Value{}, err
	}
	if !a[3].IsNone() {
		if x.lineBuffering, err = py.IsTrue(t, a[3]); err != nil {
			return py.Value{}, err
		}
	}
	if !a[4].IsNone() {
		if x.writeThrough, err = py.IsTrue(t, a[4]); err != nil {
			return py.Value{}, err
		}
	}
	if hasEnc || hasErrs || nlGiven {
		old := *x
		if hasEnc {
			x.encoding = enc
		}
		if hasErrs {
			x.errors = errs
		}
		if nlGiven {
			x.setNewline(a[2])
		}
		if err := x.setup(t); err != nil {
			*x = old
			return py.Value{}, err
		}
	}
	return none, nil
})

func tm(name, sig string, fn func(t *py.Thread, self py.Value, x *textIO, a []py.Value) (py.Value, *py.Exception)) *py.MethodDef {
	return py.Func(name, sig, func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
		x := textOf(self)
		if err := x.check(); err != nil {
			return py.Value{}, err
		}
		return fn(t, self, x, a)
	})
}

func textDelegate(name string) *py.MethodDef {
	return tm(name, "", func(t *py.Thread, self py.Value, x *textIO, a []py.Value) (py.Value, *py.Exception) {
		return py.CallMethod(t, x.buffer, name)
	})
}

// textMember is an attribute CPython keeps as a member: readable after detach.
func textMember(name string, fn func(x *textIO) py.Value) *py.MethodDef {
	return py.GetSetDef(name, func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		x := textOf(self)
		if x.encoding == "" {
			return none, nil
		}
		return fn(x), nil
	}, nil)
}

func textGet(name string, fn func(t *py.Thread, x *textIO) (py.Value, *py.Exception)) *py.MethodDef {
	return py.GetSetDef(name, func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		x := textOf(self)
		if err := x.check(); err != nil {
			return py.Value{}, err
		}
		return fn(t, x)
	}, nil)
}

var textIOType *py.Type

func init() {
	textIOType = py.NewType(&py.TypeDef{
		Name: "_io.TextIOWrapper",
		Doc:  "Character and line based layer over a BufferedIOBase object, buffer.",
		Base: textIOBaseType,
		Dict: true,
		New: func(t *py.Thread, typ *py.Type, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
			x := &textIO{chunkSize: 8192}
			return py.NewObject(&x.Header, typ), nil
		},
		Init: func(t *py.Thread, self py.Value, args []py.Value, kw *py.Tuple) *py.Exception {
			_, err := textInit.Fn(t, self, args, kw)
			return err
		},
		Repr: func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			x := textOf(self)
			tn := typeQualName(self)
			if !x.ok {
				return py.NewStr("<" + tn + ">"), nil
			}
			var sb strings.Builder
			sb.WriteString("<" + tn)
			for _, attr := range []string{"name", "mode"} {
				v, found, err := py.LookupAttrS(t, self, attr)
				if err != nil {
					if err.Matches(py.ValueError()) {
						continue
					}
					return py.Value{}, err
				}
				if found {
					r, err := reprGuarded(t, self, v)
					if err != nil {
						return py.Value{}, err
					}
					sb.WriteString(" " + attr + "=" + r)
				}
			}
			r, _ := py.Repr(t, py.NewStr(x.encoding))
			sb.WriteString(" encoding=" + r + ">")
			return py.NewStr(sb.String()), nil
		},
		Iter: selfIter,
		Next: func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			x := textOf(self)
			if err := x.checkOpen(t); err != nil {
				return py.Value{}, err
			}
			x.telling = false
			var line py.Value
			if self.Type() == textIOType {
				s, n, err := x.readline(t, -1)
				if err != nil {
					return py.Value{}, err
				}
				line = py.NewStrText(s, n)
			} else {
				r, err := py.CallMethod(t, self, "readline")
				if err != nil {
					return py.Value{}, err
				}
				if _, ok := py.AsStr(r); !ok {
					return py.Value{}, py.Errorf(py.OSError(), "readline() should have returned a str object, not '%s'", py.TypeName(r))
				}
				line = r
			}
			if py.StrLen(line) == 0 {
				x.snapshot = false
				x.telling = x.seekable
				return py.Value{}, nil
			}
			return line, nil
		},
		Methods: []*py.MethodDef{
			tm("detach", "", func(t *py.Thread, self py.Value, x *textIO, a []py.Value) (py.Value, *py.Exception) {
				if _, err := py.CallMethod(t, self, "flush"); err != nil {
					return py.Value{}, err
				}
				b := x.buffer
				x.buffer, x.buf, x.detached = py.None(), nil, true
				return b, nil
			}),
			reconfigure,
			tm("write", "text, /", func(t *py.Thread, self py.Value, x *textIO, a []py.Value) (py.Value, *py.Exception) {
				s, ok := py.AsStr(a[0])
				if !ok {
					return py.Value{}, py.Errorf(py.TypeError(), "write() argument must be str, not %s", py.TypeName(a[0]))
				}
				if err := x.checkOpen(t); err != nil {
					return py.Value{}, err
				}
				return x.write(t, s, py.StrLen(a[0]))
			}),
			tm("read", "size=-1, /", func(t *py.Thread, self py.Value, x *textIO, a []py.Value) (py.Value, *py.Exception) {
				n, err := sizeArg(t, a[0])
				if err != nil {
					return py.Value{}, err
				}
				if err := x.checkOpen(t); err != nil {
					return py.Value{}, err
				}
				s, err := x.read(t, n)
				if err != nil {
					return py.Value{}, err
				}
				return py.NewStr(s), nil
			}),
			tm("readline", "size=-1, /", func(t *py.Thread, self py.Value, x *textIO, a []py.Value) (py.Value, *py.Exception) {
				if a[0].IsFloat() || !a[0].IsNone() && !py.IsInt(a[0]) {
					if _, ok, _ := py.LookupSpecial(t, a[0], "__index__"); !ok {
						return py.Value{}, py.Errorf(py.TypeError(), "argument should be integer or None, not '%s'", py.TypeName(a[0]))
					}
				}
				n, err := sizeArg(t, a[0])
				if err != nil {
					return py.Value{}, err
				}
				if err := x.checkOpen(t); err != nil {
					return py.Value{}, err
				}
				if x.dec == nil {
					return py.Value{}, unsupported("not readable")
				}
				s, k, err := x.readline(t, n)
				if err != nil {
					return py.Value{}, err
				}
				return py.NewStrText(s, k), nil
			}),
			tm("flush", "", func(t *py.Thread, self py.Value, x *textIO, a []py.Value) (py.Value, *py.Exception) {
				if err := x.checkOpen(t); err != nil {
					return py.Value{}, err
				}
				x.telling = x.seekable
				return py.CallMethod(t, x.buffer, "flush")
			}),
			tm("close", "", func(t *py.Thread, self py.Value, x *textIO, a []py.Value) (py.Value, *py.Exception) {
				c, err := x.isClosed(t)
				if err != nil || c {
					return none, err
				}
				_, ferr := py.CallMethod(t, self, "flush")
				_, cerr := py.CallMethod(t, x.buffer, "close")
				if ferr != nil {
					return py.Value{}, ferr
				}
				return none, cerr
			}),
			textDelegate("fileno"),
			textDelegate("seekable"),
			textDelegate("readable"),
			textDelegate("writable"),
			textDelegate("isatty"),
			tm("seek", "cookie, whence=0, /", func(t *py.Thread, self py.Value, x *textIO, a []py.Value) (py.Value, *py.Exception) {
				whence, err := py.IndexInt(t, a[1], py.OverflowError())
				if err != nil {
					return py.Value{}, err
				}
				return x.seek(t, self, a[0], whence)
			}),
			tm("tell", "", func(t *py.Thread, self py.Value, x *textIO, a []py.Value) (py.Value, *py.Exception) {
				return x.tell(t, self)
			}),
			tm("truncate", "pos=None, /", func(t *py.Thread, self py.Value, x *textIO, a []py.Value) (py.Value, *py.Exception) {
				if _, err := py.CallMethod(t, self, "flush"); err != nil {
					return py.Value{}, err
				}
				return py.CallMethod(t, x.buffer, "truncate", a[0])
			}),
			py.Func("__reduce__", "", cannotPickle),
			py.Func("__reduce_ex__", "protocol, /", cannotPickle),
			textMember("encoding", func(x *textIO) py.Value { return py.NewStr(x.encoding) }),
			textMember("errors", func(x *textIO) py.Value { return py.NewStr(x.errors) }),
			textMember("buffer", func(x *textIO) py.Value { return x.buffer }),
			textMember("line_buffering", func(x *textIO) py.Value { return py.Bool(x.lineBuffering) }),
			textMember("write_through", func(x *textIO) py.Value { return py.Bool(x.writeThrough) }),
			textGet("closed", func(t *py.Thread, x *textIO) (py.Value, *py.Exception) {
				if x.buf != nil && x.buf.ok {
					c, err := x.buf.rawClosed(t)
					return py.Bool(c), err
				}
				return py.GetAttrS(t, x.buffer, "closed")
			}),
			textGet("name", func(t *py.Thread, x *textIO) (py.Value, *py.Exception) { return py.GetAttrS(t, x.buffer, "name") }),
			textGet("newlines", func(t *py.Thread, x *textIO) (py.Value, *py.Exception) {
				if x.nl == nil {
					return none, nil
				}
				return seenNewlines(x.nl.seen), nil
			}),
			textMember("_finalizing", func(x *textIO) py.Value { return py.False() }),
			py.GetSetDef("_CHUNK_SIZE", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
				x := textOf(self)
				if err := x.check(); err != nil {
					return py.Value{}, err
				}
				return py.Int(int64(x.chunkSize)), nil
			}, func(t *py.Thread, self, v py.Value) *py.Exception {
				x := textOf(self)
				if err := x.check(); err != nil {
					return err
				}
				if v.IsNil() {
					return py.Errorf(py.AttributeError(), "cannot delete attribute")
				}
				n, err := py.IndexInt(t, v, py.OverflowError())
				if err != nil {
					return err
				}
				if n <= 0 {
					return py.Errorf(py.ValueError(), "a strictly positive integer is required")
				}
				x.chunkSize = int(min(n, 1<<30))
				return nil
			}),
		},
	})
}

// IncrementalNewlineDecoder, for Python code: the same logic over any decoder
// object (or None, for text input).

type nlDecoderObj struct {
	py.Header
	ok      bool
	nd      newlineDecoder
	decoder py.Value
}

func nlOf(t *py.Thread, v py.Value) (*nlDecoderObj, *py.Exception) {
	d := py.Object[nlDecoderObj](v)
	if !d.ok {
		return nil, py.Errorf(py.ValueError(), "IncrementalNewlineDecoder.__init__() not called")
	}
	return d, nil
}

var nlInit = py.Func("IncrementalNewlineDecoder", "decoder, translate, errors='strict'", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
	d := py.Object[nlDecoderObj](self)
	tr, err := py.IsTrue(t, a[1])
	if err != nil {
		return py.Value{}, err
	}
	d.decoder = a[0]
	d.nd = newlineDecoder{translate: tr}
	if !a[0].IsNone() {
		d.nd.inner = &pyDecoder{a[0]}
	}
	d.ok = true
	return none, nil
})

var nlDecoderType = py.NewType(&py.TypeDef{
	Name: "_io.IncrementalNewlineDecoder",
	Doc:  "Codec used when reading a file in universal newlines mode.",
	New: func(t *py.Thread, typ *py.Type, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
		d := &nlDecoderObj{}
		return py.NewObject(&d.Header, typ), nil
	},
	Init: func(t *py.Thread, self py.Value, args []py.Value, kw *py.Tuple) *py.Exception {
		_, err := nlInit.Fn(t, self, args, kw)
		return err
	},
	Methods: []*py.MethodDef{
		py.Func("decode", "input, final=False", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			d, err := nlOf(t, self)
			if err != nil {
				return py.Value{}, err
			}
			final, err := py.IsTrue(t, a[1])
			if err != nil {
				return py.Value{}, err
			}
			var out py.Value
			if d.nd.inner != nil {
				if out, err = py.CallMethod(t, d.decoder, "decode", a[0], py.Bool(final)); err != nil {
					return py.Value{}, err
				}
			} else {
				out = a[0]
			}
			s, ok := py.AsStr(out)
			if !ok {
				return py.Value{}, py.Errorf(py.TypeError(), "decoder should return a string result, not '%s'", py.TypeName(out))
			}
			return py.NewStr(d.nd.decodeText(s, final)), nil
		}),
		py.FuncNoArgs("getstate", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			d, err := nlOf(t, self)
			if err != nil {
				return py.Value{}, err
			}
			buf, flags, err := d.nd.getstate(t)
			if err != nil {
				return py.Value{}, err
			}
			return py.NewTuple(py.NewBytes(buf), py.Int(flags)), nil
		}),
		py.FuncO("setstate", func(t *py.Thread, self, state py.Value) (py.Value, *py.Exception) {
			d, err := nlOf(t, self)
			if err != nil {
				return py.Value{}, err
			}
			items, ok := py.TupleItems(state)
			if !ok {
				return py.Value{}, py.Errorf(py.TypeError(), "state argument must be a tuple")
			}
			if len(items) != 2 {
				return py.Value{}, py.Errorf(py.TypeError(), "setstate(): illegal state argument")
			}
			flags, err := py.IndexInt(t, items[1], py.OverflowError())
			if err != nil {
				return py.Value{}, err
			}
			d.nd.pendingCR = flags&1 != 0
			if d.nd.inner != nil {
				_, err := py.CallMethod(t, d.decoder, "setstate", py.NewTuple(items[0], py.Int(flags>>1)))
				return none, err
			}
			return none, nil
		}),
		py.FuncNoArgs("reset", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			d, err := nlOf(t, self)
			if err != nil {
				return py.Value{}, err
			}
			return none, d.nd.reset(t)
		}),
		py.GetSetDef("newlines", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			d, err := nlOf(t, self)
			if err != nil {
				return py.Value{}, err
			}
			return seenNewlines(d.nd.seen), nil
		}, nil),
	},
})
