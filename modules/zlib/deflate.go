package zlib

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"hash/crc32"
)

// deflater is a compression stream: Go's compress/flate for the DEFLATE data,
// with the zlib or gzip wrapper and its checksum written here. Its bytes are
// not zlib's (a different encoder), but any inflater reads them.
//
// flate.Writer cannot be copied, so the deflater remembers what it was given
// since its encoder was last made (at the start, or a full flush): copy makes
// a fresh encoder and feeds it the same calls, which yields the same state
// since the encoder is deterministic.
type deflater struct {
	wrap     int
	level    int // 0-9, or flate.HuffmanOnly
	fl       int // the header's level bits (zlib) or XFL byte (gzip)
	wbits    int
	dict     []byte
	buf      *bytes.Buffer
	w        *flate.Writer
	started  bool // the header is written
	check    uint32
	total    uint32
	finished bool
	// replay holds the calls since w was made: data, or nil for a sync flush.
	replay [][]byte
	// dictLive: w was made with dict (no full flush since).
	dictLive bool
}

func newDeflater(wrap, level, strategy, wbits int, dict []byte) *deflater {
	d := &deflater{wrap: wrap, wbits: wbits, dict: dict, buf: new(bytes.Buffer)}
	if level == -1 {
		level = 6
	}
	d.level = level
	if strategy == 2 { // Z_HUFFMAN_ONLY
		d.level = flate.HuffmanOnly
	}
	switch wrap {
	case wrapZlib:
		switch {
		case strategy >= 2 || level < 2:
			d.fl = 0
		case level < 6:
			d.fl = 1
		case level == 6:
			d.fl = 2
		default:
			d.fl = 3
		}
		d.check = 1
	case wrapGzip:
		switch {
		case level == 9:
			d.fl = 2
		case strategy >= 2 || level < 2:
			d.fl = 4
		}
	}
	d.w = d.encoder(dict)
	d.dictLive = dict != nil
	return d
}

func (d *deflater) encoder(dict []byte) *flate.Writer {
	var w *flate.Writer
	if dict != nil {
		w, _ = flate.NewWriterDict(d.buf, d.level, dict)
	} else {
		w, _ = flate.NewWriter(d.buf, d.level)
	}
	return w
}

func (d *deflater) header() {
	if d.started {
		return
	}
	d.started = true
	switch d.wrap {
	case wrapZlib:
		cmf := byte((d.wbits-8)<<4 | 8)
		d.buf.Write(zlibHeader(cmf, byte(d.fl<<6)|dictBit(d.dict)))
		if d.dict != nil {
			var id [4]byte
			binary.BigEndian.PutUint32(id[:], adler32Update(1, d.dict))
			d.buf.Write(id[:])
		}
	case wrapGzip:
		d.buf.Write([]byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, byte(d.fl), 3})
	}
}

func dictBit(dict []byte) byte {
	if dict != nil {
		return 0x20
	}
	return 0
}

// zlibHeader completes FLG's check bits so that CMF*256+FLG is a multiple of 31.
func zlibHeader(cmf, flg byte) []byte {
	v := int(cmf)<<8 | int(flg)
	if r := v % 31; r != 0 {
		flg += byte(31 - r)
	}
	return []byte{cmf, flg}
}

func (d *deflater) take() []byte {
	out := append([]byte(nil), d.buf.Bytes()...)
	d.buf.Reset()
	return out
}

func (d *deflater) compress(data []byte) []byte {
	d.header()
	if len(data) > 0 {
		d.w.Write(data)
		d.sum(data)
		d.replay = append(d.replay, append([]byte(nil), data...))
	}
	return d.take()
}

func (d *deflater) sum(data []byte) {
	switch d.wrap {
	case wrapZlib:
		d.check = adler32Update(d.check, data)
	case wrapGzip:
		d.check = crc32.Update(d.check, crc32.IEEETable, data)
		d.total += uint32(len(data))
	}
}

// Flush modes.
const (
	zNoFlush      = 0
	zPartialFlush = 1
	zSyncFlush    = 2
	zFullFlush    = 3
	zFinish       = 4
	zBlock        = 5
	zTrees        = 6
)

func (d *deflater) flush(mode int) []byte {
	d.header()
	switch mode {
	case zNoFlush:
	case zFinish:
		d.w.Close()
		switch d.wrap {
		case wrapZlib:
			var t [4]byte
			binary.BigEndian.PutUint32(t[:], d.check)
			d.buf.Write(t[:])
		case wrapGzip:
			var t [8]byte
			binary.LittleEndian.PutUint32(t[:], d.check)
			binary.LittleEndian.PutUint32(t[4:], d.total)
			d.buf.Write(t[:])
		}
		d.finished = true
		d.replay = nil
	case zFullFlush:
		// A sync flush, then a fresh encoder: what follows refers to nothing
		// before it, as a zlib full flush promises.
		d.w.Flush()
		d.w = d.encoder(nil)
		d.replay = nil
		d.dictLive = false
	default:
		d.w.Flush()
		d.replay = append(d.replay, nil)
	}
	return d.take()
}

func (d *deflater) clone() *deflater {
	c := *d
	c.buf = new(bytes.Buffer)
	c.replay = append([][]byte(nil), d.replay...)
	if !d.finished {
		var dict []byte
		if d.dictLive {
			dict = d.dict
		}
		c.w = c.encoder(dict)
		for _, op := range d.replay {
			if op == nil {
				c.w.Flush()
			} else {
				c.w.Write(op)
			}
		}
		// The replay's output was d's, already handed out.
		c.buf.Reset()
	}
	c.buf.Write(d.buf.Bytes())
	return &c
}
