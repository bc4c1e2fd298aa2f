// Package zlib is the zlib module: DEFLATE compression with the zlib and gzip
// wrappers, and the Adler-32 and CRC-32 checksums.
//
// Compression runs on Go's compress/flate (so its bytes differ from CPython's,
// which links the zlib library; both are valid streams); decompression is this
// package's own resumable inflater (inflate.go), which reads any valid stream
// exactly, stops at an output limit, and reports bad data with zlib's
// messages. See RATIONALE.md.
package zlib

import (
	"hash/crc32"
	"sync"

	"github.com/kaa-python/kaa/py"
)

// The version CPython 3.13's build reports.
const zlibVersion = "1.2.13"

const (
	defBufSize  = 16384
	maxWBits    = 15
	defMemLevel = 8
)

// Def is the zlib module.
var Def = &py.ModuleDef{Name: "zlib", Doc: moduleDoc, Methods: methods, Exec: func(t *py.Thread, m *py.Module) *py.Exception {
	ty := types()
	m.Set("error", py.TypeValue(errType()))
	m.Set("_ZlibDecompressor", py.TypeValue(ty.zd))
	for _, c := range []struct {
		name string
		v    int64
	}{
		{"DEFLATED", 8}, {"DEF_BUF_SIZE", defBufSize}, {"DEF_MEM_LEVEL", defMemLevel}, {"MAX_WBITS", maxWBits},
		{"Z_BEST_COMPRESSION", 9}, {"Z_BEST_SPEED", 1}, {"Z_BLOCK", zBlock}, {"Z_DEFAULT_COMPRESSION", -1},
		{"Z_DEFAULT_STRATEGY", 0}, {"Z_FILTERED", 1}, {"Z_FINISH", zFinish}, {"Z_FIXED", 4},
		{"Z_FULL_FLUSH", zFullFlush}, {"Z_HUFFMAN_ONLY", 2}, {"Z_NO_COMPRESSION", 0}, {"Z_NO_FLUSH", zNoFlush},
		{"Z_PARTIAL_FLUSH", zPartialFlush}, {"Z_RLE", 3}, {"Z_SYNC_FLUSH", zSyncFlush}, {"Z_TREES", zTrees},
	} {
		m.Set(c.name, py.Int(c.v))
	}
	m.Set("ZLIB_VERSION", py.NewStr(zlibVersion))
	m.Set("ZLIB_RUNTIME_VERSION", py.NewStr(zlibVersion))
	m.Set("__version__", py.NewStr("1.0"))
	return nil
}}

const moduleDoc = `The functions in this module allow compression and decompression using the
zlib library, which is based on GNU zip.

adler32(string[, start]) -- Compute an Adler-32 checksum.
compress(data[, level]) -- Compress data, with compression level 0-9 or -1.
compressobj([level[, ...]]) -- Return a compressor object.
crc32(string[, start]) -- Compute a CRC-32 checksum.
decompress(string,[wbits],[bufsize]) -- Decompresses a compressed string.
decompressobj([wbits[, zdict]]) -- Return a decompressor object.

'wbits' is window buffer size and container format.
Compressor objects support compress() and flush() methods; decompressor
objects support decompress() and flush().`

type typeSet struct {
	comp, decomp, zd *py.Type
}

var errType = sync.OnceValue(func() *py.Type { return py.NewExceptionType("zlib.error", py.ExceptionT(), "") })

var types = sync.OnceValue(func() typeSet {
	return typeSet{
		comp:   py.NewType(&py.TypeDef{Name: "zlib.Compress", Final: true, Methods: compMethods, New: noNew("zlib.Compress")}),
		decomp: py.NewType(&py.TypeDef{Name: "zlib.Decompress", Final: true, Methods: decompMethods, New: noNew("zlib.Decompress")}),
		zd: py.NewType(&py.TypeDef{Name: "zlib._ZlibDecompressor", Final: true, Doc: zdDoc,
			Methods: zdMethods, New: zdNew}),
	}
})

const zdDoc = `Create a decompressor object for decompressing data incrementally.

  wbits = 15
  zdict
     The predefined compression dictionary. This is a sequence of bytes
     (such as a bytes object) containing subsequences that are expected
     to occur frequently in the data that is to be compressed. Those
     subsequences that are expected to be most common should come at the
     end of the dictionary. This must be the same dictionary as used by the
     compressor that produced the input data.
`

// noNew is the __new__ of a type only the module's functions make.
func noNew(name string) func(t *py.Thread, typ *py.Type, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
	return func(t *py.Thread, typ *py.Type, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
		return py.Value{}, py.Errorf(py.TypeError(), "cannot create '%s' instances", name)
	}
}

// zerr is zlib.error with CPython's "Error N while ...: msg" text.
func zerr(code int, while, msg string) *py.Exception {
	if msg == "" {
		switch code {
		case -5:
			msg = "incomplete or truncated stream"
		case -2:
			msg = "inconsistent stream state"
		case -3:
			msg = "invalid input data"
		}
	}
	if msg == "" {
		return py.Errorf(errType(), "Error %d %s", code, while)
	}
	return py.Errorf(errType(), "Error %d %s: %s", code, while, msg)
}

// inflateError is the exception for an inflater that failed.
func inflateError(z *inflater) *py.Exception {
	switch {
	case z.needDict:
		return zerr(2, "while decompressing data", "")
	case z.dictErr:
		return zerr(-3, "while setting zdict", "")
	}
	return zerr(-3, "while decompressing data", z.err)
}

func bufferArg(v py.Value) ([]byte, *py.Exception) {
	if b, ok := py.AsBuffer(v); ok {
		return b, nil
	}
	return nil, py.Errorf(py.TypeError(), "a bytes-like object is required, not '%s'", py.TypeName(v))
}

// intArg is a C int argument.
func intArg(t *py.Thread, v py.Value) (int, *py.Exception) {
	n, err := py.IndexInt(t, v, py.OverflowError())
	if err != nil {
		return 0, err
	}
	if n != int64(int32(n)) {
		if n < 0 {
			return 0, py.Errorf(py.OverflowError(), "signed integer is less than minimum")
		}
		return 0, py.Errorf(py.OverflowError(), "signed integer is greater than maximum")
	}
	return int(n), nil
}

// ssizeArg is a Py_ssize_t argument.
func ssizeArg(t *py.Thread, v py.Value) (int64, *py.Exception) {
	return py.IndexInt(t, v, py.OverflowError())
}

// deflateWrap maps compression wbits to a wrapper and window size; ok is false
// for the values deflateInit2 rejects.
func deflateWrap(wbits int) (wrap, bits int, ok bool) {
	wrap = wrapZlib
	switch {
	case wbits < 0:
		wrap, wbits = wrapRaw, -wbits
	case wbits > 15:
		wrap, wbits = wrapGzip, wbits-16
	}
	if wbits < 8 || wbits > 15 || wbits == 8 && wrap != wrapZlib {
		return 0, 0, false
	}
	if wbits == 8 {
		wbits = 9
	}
	return wrap, wbits, true
}

// inflateWrap maps decompression wbits as inflateInit2 does.
func inflateWrap(wbits int) (wrap, bits int, ok bool) {
	wrap = wrapZlib
	switch {
	case wbits < 0:
		if wbits < -15 {
			return 0, 0, false
		}
		wrap, wbits = wrapRaw, -wbits
	case wbits >= 48:
		return 0, 0, false
	case wbits >= 32:
		wrap, wbits = wrapAuto, wbits&15
	case wbits >= 16:
		wrap, wbits = wrapGzip, wbits&15
	}
	if wbits != 0 && (wbits < 8 || wbits > 15) {
		return 0, 0, false
	}
	return wrap, wbits, true
}

var methods = []*py.MethodDef{
	py.Func("adler32", "data, value=1, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		data, err := bufferArg(a[0])
		if err != nil {
			return py.Value{}, err
		}
		v, err := maskedUint(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		return py.Int(int64(adler32Update(v, data))), nil
	}),
	py.Func("crc32", "data, value=0, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		data, err := bufferArg(a[0])
		if err != nil {
			return py.Value{}, err
		}
		v, err := maskedUint(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		return py.Int(int64(crc32.Update(v, crc32.IEEETable, data))), nil
	}),
	py.Func("compress", "data, /, level=-1, wbits=15", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		data, err := bufferArg(a[0])
		if err != nil {
			return py.Value{}, err
		}
		level, err := intArg(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		wbits, err := intArg(t, a[2])
		if err != nil {
			return py.Value{}, err
		}
		wrap, bits, ok := deflateWrap(wbits)
		if !ok || level < -1 || level > 9 {
			return py.Value{}, py.Errorf(errType(), "Bad compression level")
		}
		d := newDeflater(wrap, level, 0, bits, nil)
		var out []byte
		t.Release()
		out = append(d.compress(data), d.flush(zFinish)...)
		t.Acquire()
		return py.NewBytes(out), nil
	}),
	py.Func("decompress", "data, /, wbits=15, bufsize=16384", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		data, err := bufferArg(a[0])
		if err != nil {
			return py.Value{}, err
		}
		wbits, err := intArg(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		bufsize, err := ssizeArg(t, a[2])
		if err != nil {
			return py.Value{}, err
		}
		if bufsize < 0 {
			return py.Value{}, py.Errorf(py.ValueError(), "bufsize must be non-negative")
		}
		wrap, bits, ok := inflateWrap(wbits)
		if !ok {
			return py.Value{}, zerr(-2, "while preparing to decompress data", "")
		}
		z := newInflater(wrap, bits, nil)
		z.in = data
		out, st := z.run(nil, -1)
		switch st {
		case failed:
			return py.Value{}, inflateError(z)
		case streamEnd:
			return py.NewBytes(out), nil
		}
		return py.Value{}, zerr(-5, "while decompressing data", "")
	}),
	py.Func("compressobj", "level=-1, method=8, wbits=15, memLevel=8, strategy=0, zdict=None", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		var n [5]int
		for i := range n {
			v, err := intArg(t, a[i])
			if err != nil {
				return py.Value{}, err
			}
			n[i] = v
		}
		level, method, wbits, memLevel, strategy := n[0], n[1], n[2], n[3], n[4]
		var dict []byte
		if !a[5].IsNone() {
			b, err := bufferArg(a[5])
			if err != nil {
				return py.Value{}, err
			}
			dict = append([]byte{}, b...)
		}
		wrap, bits, ok := deflateWrap(wbits)
		if !ok || level < -1 || level > 9 || method != 8 || memLevel < 1 || memLevel > 9 || strategy < 0 || strategy > 4 {
			return py.Value{}, py.Errorf(py.ValueError(), "Invalid initialization option")
		}
		c := &compObj{d: newDeflater(wrap, level, strategy, bits, dict)}
		return py.NewObject(&c.Header, types().comp), nil
	}),
	py.Func("decompressobj", "wbits=15, zdict=b''", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		z, err := newInflaterArgs(t, a[0], a[1])
		if err != nil {
			return py.Value{}, err
		}
		d := &decompObj{z: z}
		return py.NewObject(&d.Header, types().decomp), nil
	}),
}

// newInflaterArgs makes the inflater of decompressobj and _ZlibDecompressor.
func newInflaterArgs(t *py.Thread, wbitsV, zdictV py.Value) (*inflater, *py.Exception) {
	wbits, err := intArg(t, wbitsV)
	if err != nil {
		return nil, err
	}
	var dict []byte
	if !zdictV.IsNil() {
		b, ok := py.AsBuffer(zdictV)
		if !ok {
			return nil, py.Errorf(py.TypeError(), "zdict argument must support the buffer protocol")
		}
		if len(b) > 0 {
			dict = append([]byte{}, b...)
		}
	}
	wrap, bits, ok := inflateWrap(wbits)
	if !ok {
		return nil, py.Errorf(py.ValueError(), "Invalid initialization option")
	}
	return newInflater(wrap, bits, dict), nil
}

func maskedUint(t *py.Thread, v py.Value) (uint32, *py.Exception) {
	if !py.IsInt(v) {
		iv, err := py.Index(t, v)
		if err != nil {
			return 0, err
		}
		v = iv
	}
	if n, ok := py.AsInt64(v); ok {
		return uint32(n), nil
	}
	b, _ := py.AsBigInt(v)
	m := b.Uint64()
	if b.Sign() < 0 {
		m = -m
	}
	return uint32(m), nil
}

// compObj is a zlib.Compress object.
type compObj struct {
	py.Header
	mu sync.Mutex
	d  *deflater
}

func compOf(v py.Value) *compObj { return py.Object[compObj](v) }

// lock takes o's lock without holding the interpreter lock while waiting.
func lockMu(t *py.Thread, mu *sync.Mutex) {
	if !mu.TryLock() {
		t.Release()
		mu.Lock()
		t.Acquire()
	}
}

var compMethods = []*py.MethodDef{
	py.FuncO("compress", func(t *py.Thread, self, data py.Value) (py.Value, *py.Exception) {
		b, err := bufferArg(data)
		if err != nil {
			return py.Value{}, err
		}
		c := compOf(self)
		lockMu(t, &c.mu)
		defer c.mu.Unlock()
		if c.d.finished {
			return py.Value{}, zerr(-2, "while compressing data", "")
		}
		t.Release()
		out := c.d.compress(b)
		t.Acquire()
		return py.NewBytes(out), nil
	}),
	py.Func("flush", "mode=4, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
		mode, err := intArg(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		c := compOf(self)
		lockMu(t, &c.mu)
		defer c.mu.Unlock()
		if mode == zNoFlush {
			return py.NewBytes(nil), nil
		}
		if c.d.finished {
			return py.Value{}, zerr(-2, "while flushing", "")
		}
		if mode < 0 || mode > zTrees {
			return py.Value{}, zerr(-2, "while flushing", "")
		}
		return py.NewBytes(c.d.flush(mode)), nil
	}),
	py.FuncNoArgs("copy", compCopy),
	py.FuncNoArgs("__copy__", compCopy),
	py.FuncO("__deepcopy__", func(t *py.Thread, self, memo py.Value) (py.Value, *py.Exception) {
		return compCopy(t, self)
	}),
}

func compCopy(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
	c := compOf(self)
	lockMu(t, &c.mu)
	defer c.mu.Unlock()
	if c.d.finished {
		return py.Value{}, py.Errorf(py.ValueError(), "Inconsistent stream state")
	}
	n := &compObj{d: c.d.clone()}
	return py.NewObject(&n.Header, self.Type()), nil
}

// decompObj is a zlib.Decompress object.
type decompObj struct {
	py.Header
	mu       sync.Mutex
	z        *inflater
	pending  []byte // input held by the inflater for a step not yet complete
	unused   []byte
	tail     []byte
	eof      bool
	failure  *inflater // set once decoding failed: the error repeats
	finished bool      // flush() ended the stream object
}

func decompOf(v py.Value) *decompObj { return py.Object[decompObj](v) }

// feed runs the inflater on pending+data with an output limit (< 0: none),
// updating the object's attributes.
func (d *decompObj) feed(data []byte, limit int) ([]byte, *py.Exception) {
	if d.failure != nil {
		return nil, inflateError(d.failure)
	}
	in := data
	if len(d.pending) > 0 {
		in = append(append([]byte{}, d.pending...), data...)
	}
	d.z.in, d.z.pos = in, 0
	out, st := d.z.run(nil, limit)
	rest := d.z.rest()
	d.z.in, d.z.pos = nil, 0
	switch st {
	case failed:
		d.failure = d.z
		d.pending = append([]byte{}, rest...)
		return nil, inflateError(d.z)
	case needInput:
		d.pending = append([]byte{}, rest...)
		d.tail = nil
	case outputFull:
		d.pending = nil
		d.tail = append([]byte{}, rest...)
	case streamEnd:
		d.pending = nil
		// As CPython: what follows the stream is unused data; it is also
		// the unconsumed tail when the call was fed a tail (max_length).
		if len(d.tail) > 0 {
			d.tail = append([]byte{}, rest...)
		}
		d.eof = true
		d.unused = append(d.unused, rest...)
	}
	return out, nil
}

var decompMethods = []*py.MethodDef{
	py.Func("decompress", "data, /, max_length=0", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
		data, err := bufferArg(a[0])
		if err != nil {
			return py.Value{}, err
		}
		maxLen, err := ssizeArg(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		if maxLen < 0 {
			return py.Value{}, py.Errorf(py.ValueError(), "max_length must be non-negative")
		}
		limit := -1
		if maxLen > 0 && maxLen < 1<<40 {
			limit = int(maxLen)
		}
		d := decompOf(self)
		lockMu(t, &d.mu)
		defer d.mu.Unlock()
		if d.finished {
			return py.Value{}, zerr(-2, "while decompressing data", "")
		}
		t.Release()
		out, e := d.feed(data, limit)
		t.Acquire()
		if e != nil {
			return py.Value{}, e
		}
		return py.NewBytes(out), nil
	}),
	py.Func("flush", "length=16384, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
		n, err := ssizeArg(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		if n <= 0 {
			return py.Value{}, py.Errorf(py.ValueError(), "length must be greater than zero")
		}
		d := decompOf(self)
		lockMu(t, &d.mu)
		defer d.mu.Unlock()
		if d.finished {
			return py.NewBytes(nil), nil
		}
		tail := d.tail
		t.Release()
		out, e := d.feed(tail, -1)
		t.Acquire()
		if e != nil {
			return py.Value{}, e
		}
		if d.eof {
			d.finished = true // zlib's stream is ended: only flush still works
		}
		return py.NewBytes(out), nil
	}),
	py.FuncNoArgs("copy", decompCopy),
	py.FuncNoArgs("__copy__", decompCopy),
	py.FuncO("__deepcopy__", func(t *py.Thread, self, memo py.Value) (py.Value, *py.Exception) {
		return decompCopy(t, self)
	}),
	py.GetSetDef("unused_data", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		d := decompOf(self)
		lockMu(t, &d.mu)
		defer d.mu.Unlock()
		return py.NewBytes(append([]byte{}, d.unused...)), nil
	}, nil),
	py.GetSetDef("unconsumed_tail", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		d := decompOf(self)
		lockMu(t, &d.mu)
		defer d.mu.Unlock()
		return py.NewBytes(append([]byte{}, d.tail...)), nil
	}, nil),
	py.GetSetDef("eof", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		d := decompOf(self)
		lockMu(t, &d.mu)
		defer d.mu.Unlock()
		return py.Bool(d.eof), nil
	}, nil),
}

func decompCopy(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
	d := decompOf(self)
	lockMu(t, &d.mu)
	defer d.mu.Unlock()
	if d.finished {
		return py.Value{}, py.Errorf(py.ValueError(), "Inconsistent stream state")
	}
	n := &decompObj{z: d.z.clone(), eof: d.eof, failure: d.failure,
		pending: append([]byte{}, d.pending...), unused: append([]byte{}, d.unused...), tail: append([]byte{}, d.tail...)}
	return py.NewObject(&n.Header, self.Type()), nil
}

// zdObj is a zlib._ZlibDecompressor: input it cannot use yet stays inside.
type zdObj struct {
	py.Header
	mu         sync.Mutex
	z          *inflater
	buf        []byte
	unused     []byte
	eof        bool
	needsInput bool
	failure    *inflater
}

func zdOf(v py.Value) *zdObj { return py.Object[zdObj](v) }

var zdSig = sync.OnceValue(func() *py.Signature { return py.ParseSignature("_ZlibDecompressor", "wbits=15, zdict=b''") })

func zdNew(t *py.Thread, typ *py.Type, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
	var a [2]py.Value
	if err := zdSig().Bind(args, kwnames, a[:]); err != nil {
		return py.Value{}, err
	}
	z, err := newInflaterArgs(t, a[0], a[1])
	if err != nil {
		return py.Value{}, err
	}
	o := &zdObj{z: z, needsInput: true}
	return py.NewObject(&o.Header, typ), nil
}

var zdMethods = []*py.MethodDef{
	py.Func("decompress", "data, max_length=-1", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
		data, err := bufferArg(a[0])
		if err != nil {
			return py.Value{}, err
		}
		maxLen, err := ssizeArg(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		o := zdOf(self)
		lockMu(t, &o.mu)
		defer o.mu.Unlock()
		if o.eof {
			return py.Value{}, py.Errorf(py.EOFError(), "End of stream already reached")
		}
		if o.failure != nil {
			return py.Value{}, inflateError(o.failure)
		}
		limit := -1
		if maxLen >= 0 && maxLen < 1<<40 {
			limit = int(maxLen)
		}
		in := append(o.buf, data...)
		o.z.in, o.z.pos = in, 0
		t.Release()
		out, st := o.z.run(nil, limit)
		t.Acquire()
		rest := append([]byte{}, o.z.rest()...)
		o.z.in, o.z.pos = nil, 0
		switch st {
		case failed:
			o.failure = o.z
			o.buf = nil
			return py.Value{}, inflateError(o.z)
		case needInput:
			o.buf = rest
			o.needsInput = true
		case outputFull:
			o.buf = rest
			o.needsInput = false
		case streamEnd:
			o.buf = nil
			o.eof = true
			o.needsInput = false
			o.unused = rest
		}
		return py.NewBytes(out), nil
	}),
	py.GetSetDef("unused_data", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		o := zdOf(self)
		lockMu(t, &o.mu)
		defer o.mu.Unlock()
		return py.NewBytes(append([]byte{}, o.unused...)), nil
	}, nil),
	py.GetSetDef("eof", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		o := zdOf(self)
		lockMu(t, &o.mu)
		defer o.mu.Unlock()
		return py.Bool(o.eof), nil
	}, nil),
	py.GetSetDef("needs_input", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		o := zdOf(self)
		lockMu(t, &o.mu)
		defer o.mu.Unlock()
		return py.Bool(o.needsInput), nil
	}, nil),
}
