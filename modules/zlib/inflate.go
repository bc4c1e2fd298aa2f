package zlib

import (
	"encoding/binary"
	"hash/crc32"
)

// This file is a resumable inflater: a DEFLATE (RFC 1951) decoder with the zlib
// (RFC 1950) and gzip (RFC 1952) wrappers, fed input in pieces and asked for
// output up to a limit. Go's compress/flate cannot stop for more input and
// carry on, nor be copied, so decompression objects use this decoder instead.
//
// Every step of decoding is all-or-nothing: a step that runs out of input
// puts back the bits it took and reports needInput; the caller keeps the
// remaining bytes and hands them in again with the next piece. A step is a
// wrapper header or trailer, a block header (with its Huffman tables), one
// literal or length/distance pair, or a run of stored bytes.

// status is why run stopped.
type status int

const (
	needInput  status = iota // the input ran out in the middle of a step
	outputFull               // the output limit was reached
	streamEnd                // the end of the stream (trailer included)
	failed                   // the data is not valid; err says why
)

// wrapper kinds, as CPython's wbits choose them.
const (
	wrapRaw  = 0
	wrapZlib = 1
	wrapGzip = 2
	wrapAuto = 3
)

// decoder modes.
const (
	modeHeader = iota
	modeDictID
	modeBlock
	modeStored
	modeCodes
	modeCopy
	modeTrailer
	modeDone
)

const (
	maxBits  = 15
	fastBits = 9
	window   = 1 << 15
)

// huffman is a canonical Huffman code: counts of codes per length, the
// symbols in code order, and a table for codes of up to fastBits bits.
type huffman struct {
	count  [maxBits + 1]uint16
	symbol []uint16
	fast   [1 << fastBits]uint16 // symbol<<4 | length; 0: not in the table
}

// build makes h from the code lengths; it returns false for an
// over-subscribed set, or an incomplete one unless incomplete is allowed (a
// code with a single symbol, which the format permits).
func (h *huffman) build(lengths []uint8) bool {
	h.count = [maxBits + 1]uint16{}
	for _, l := range lengths {
		h.count[l]++
	}
	left := 1
	for l := 1; l <= maxBits; l++ {
		left <<= 1
		left -= int(h.count[l])
		if left < 0 {
			return false
		}
	}
	var offs [maxBits + 2]uint16
	for l := 1; l <= maxBits; l++ {
		offs[l+1] = offs[l] + h.count[l]
	}
	h.symbol = make([]uint16, len(lengths))
	for s, l := range lengths {
		if l != 0 {
			h.symbol[offs[l]] = uint16(s)
			offs[l]++
		}
	}
	// The fast table: walk the codes in canonical order, storing each short
	// one under every bit-reversed index it prefixes.
	h.fast = [1 << fastBits]uint16{}
	code, idx := 0, 0
	for l := 1; l <= fastBits; l++ {
		for i := 0; i < int(h.count[l]); i++ {
			rev := 0
			for b := 0; b < l; b++ {
				if code&(1<<b) != 0 {
					rev |= 1 << (l - 1 - b)
				}
			}
			for j := rev; j < 1<<fastBits; j += 1 << l {
				h.fast[j] = h.symbol[idx]<<4 | uint16(l)
			}
			code++
			idx++
		}
		code <<= 1
	}
	return true
}

// complete reports whether the code uses the whole code space.
func (h *huffman) complete() bool {
	left := 1
	for l := 1; l <= maxBits; l++ {
		left = left<<1 - int(h.count[l])
	}
	return left == 0
}

// inflater is the decoder's whole state; copying it (with its slices
// duplicated) copies the decompression.
type inflater struct {
	wrap     int // wrapRaw, wrapZlib, wrapGzip, or wrapAuto until the header says
	wbits    int // window bits allowed (zlib header check); 0: take the header's
	mode     int
	dict     []byte // preset dictionary, if any
	needDict bool   // the zlib header asked for a dictionary not given
	dictErr  bool   // the dictionary given is not the one the header names
	dictID   uint32

	in    []byte
	pos   int
	back  []byte // whole bytes the bit buffer held at the stream's end
	bits  uint64
	nbits uint

	final     bool
	stored    int // bytes left in a stored block
	lit, dist *huffman
	copyLen   int // a match still to copy
	copyDist  int

	hist  []byte // the last window bytes of output (dictionary included)
	check uint32 // running adler32 or crc32 of the output
	total uint32 // output length mod 2^32 (gzip)

	err string // the zlib message of a failure
}

var fixedLit, fixedDist = func() (*huffman, *huffman) {
	var l [288]uint8
	for i := range l {
		switch {
		case i < 144:
			l[i] = 8
		case i < 256:
			l[i] = 9
		case i < 280:
			l[i] = 7
		default:
			l[i] = 8
		}
	}
	var d [30]uint8
	for i := range d {
		d[i] = 5
	}
	lit, dist := new(huffman), new(huffman)
	lit.build(l[:])
	dist.build(d[:])
	return lit, dist
}()

func newInflater(wrap, wbits int, dict []byte) *inflater {
	z := &inflater{wrap: wrap, wbits: wbits, dict: dict}
	if wrap == wrapRaw {
		z.mode = modeBlock
		if dict != nil {
			z.addHistory(dict)
		}
	}
	return z
}

func (z *inflater) clone() *inflater {
	c := *z
	c.in = append([]byte(nil), z.in...)
	c.hist = append([]byte(nil), z.hist...)
	return &c
}

// fill loads whole bytes into the bit buffer while there is room and input.
func (z *inflater) fill() {
	for z.nbits <= 56 && z.pos < len(z.in) {
		z.bits |= uint64(z.in[z.pos]) << z.nbits
		z.pos++
		z.nbits += 8
	}
}

// need loads bits until n are buffered; false when the input runs out.
func (z *inflater) need(n uint) bool {
	for z.nbits < n {
		if z.pos >= len(z.in) {
			return false
		}
		z.bits |= uint64(z.in[z.pos]) << z.nbits
		z.pos++
		z.nbits += 8
	}
	return true
}

func (z *inflater) take(n uint) uint32 {
	v := uint32(z.bits & (1<<n - 1))
	z.bits >>= n
	z.nbits -= n
	return v
}

// byteAlign drops the bits of a partly used byte.
func (z *inflater) byteAlign() { z.take(z.nbits % 8) }

// mark and restore bracket an all-or-nothing step.
type mark struct {
	pos   int
	bits  uint64
	nbits uint
}

func (z *inflater) mark() mark     { return mark{z.pos, z.bits, z.nbits} }
func (z *inflater) restore(m mark) { z.pos, z.bits, z.nbits = m.pos, m.bits, m.nbits }

// unread returns the whole bytes still in the bit buffer to the input (after
// byteAlign), so that what follows the stream is exact.
func (z *inflater) unread() {
	z.byteAlign()
	z.back = nil
	for z.nbits >= 8 {
		z.back = append(z.back, byte(z.take(8)))
	}
	z.bits = 0
}

// rest is the input after the point decoding reached.
func (z *inflater) rest() []byte {
	if len(z.back) > 0 {
		r := append(z.back, z.in[z.pos:]...)
		z.back = nil
		return r
	}
	return z.in[z.pos:]
}

// readBytes takes n bytes at a byte boundary (the bit buffer first); false
// when they are not all there yet (nothing is taken then).
func (z *inflater) readBytes(n int) ([]byte, bool) {
	if z.nbits%8 != 0 {
		z.byteAlign()
	}
	if int(z.nbits/8)+len(z.in)-z.pos < n {
		return nil, false
	}
	out := make([]byte, n)
	for i := range out {
		if z.nbits >= 8 {
			out[i] = byte(z.take(8))
		} else {
			out[i] = z.in[z.pos]
			z.pos++
		}
	}
	return out, true
}

// decode reads one symbol of h; ok is false when the input ran out (nothing
// taken), bad when the bits are no code of h.
func (z *inflater) decode(h *huffman) (sym int, ok, bad bool) {
	z.fill()
	if e := h.fast[z.bits&(1<<fastBits-1)]; e != 0 && uint(e&15) <= z.nbits {
		z.take(uint(e & 15))
		return int(e >> 4), true, false
	}
	code, first, index := 0, 0, 0
	for l := uint(1); l <= maxBits; l++ {
		if l > z.nbits {
			return 0, false, false
		}
		code |= int(z.bits>>(l-1)) & 1
		count := int(h.count[l])
		if code-first < count {
			z.take(l)
			return int(h.symbol[index+code-first]), true, false
		}
		index += count
		first = (first + count) << 1
		code <<= 1
	}
	return 0, true, true
}

func (z *inflater) fail(msg string) status {
	z.err = msg
	return failed
}

func (z *inflater) addHistory(b []byte) {
	if len(b) >= window {
		z.hist = append(z.hist[:0], b[len(b)-window:]...)
		return
	}
	if len(z.hist)+len(b) > 2*window {
		z.hist = append(z.hist[:0], z.hist[len(z.hist)-window:]...)
	}
	z.hist = append(z.hist, b...)
}

var lenBase = [29]uint16{3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258}
var lenExtra = [29]uint8{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0}
var distBase = [30]uint16{1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577}
var distExtra = [30]uint8{0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13}

var clOrder = [19]uint8{16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15}

// run decodes the input z.in[z.pos:] into out, stopping when out holds limit
// bytes (limit < 0: no limit). New output is appended to out and returned.
func (z *inflater) run(out []byte, limit int) ([]byte, status) {
	start := len(out)
	emit := func(b []byte) {
		out = append(out, b...)
		z.fold(b)
	}
	room := func() int {
		if limit < 0 {
			return 1 << 30
		}
		return limit - (len(out) - start)
	}
	st := z.loop(room, emit)
	return out, st
}

// fold adds new output to the wrapper's running check.
func (z *inflater) fold(b []byte) {
	switch z.wrap {
	case wrapZlib:
		z.check = adler32Update(z.check, b)
	case wrapGzip:
		z.check = crc32.Update(z.check, crc32.IEEETable, b)
		z.total += uint32(len(b))
	}
}

func adler32Update(adler uint32, p []byte) uint32 {
	const mod = 65521
	s1, s2 := adler&0xffff, adler>>16
	for len(p) > 0 {
		n := len(p)
		if n > 5552 {
			n = 5552
		}
		for _, c := range p[:n] {
			s1 += uint32(c)
			s2 += s1
		}
		s1 %= mod
		s2 %= mod
		p = p[n:]
	}
	return s2<<16 | s1
}

func (z *inflater) loop(room func() int, emit func([]byte)) status {
	for {
		switch z.mode {
		case modeDone:
			return streamEnd
		case modeHeader:
			if st, ok := z.header(); !ok {
				return st
			}
		case modeDictID:
			b, ok := z.readBytes(4)
			if !ok {
				return needInput
			}
			z.dictID = binary.BigEndian.Uint32(b)
			if z.dict == nil {
				z.needDict = true
				return failed
			}
			if adler32Update(1, z.dict) != z.dictID {
				z.dictErr = true
				return failed
			}
			z.addHistory(z.dict)
			z.mode = modeBlock
		case modeBlock:
			if z.final {
				z.mode = modeTrailer
				continue
			}
			if st, ok := z.blockHeader(); !ok {
				return st
			}
		case modeStored:
			if z.stored == 0 {
				z.mode = modeBlock
				continue
			}
			n := z.stored
			if r := room(); r < n {
				n = r
			}
			// Bytes still in the bit buffer come first.
			for n > 0 && z.nbits >= 8 {
				b := []byte{byte(z.take(8))}
				emit(b)
				z.addHistory(b)
				z.stored--
				n--
			}
			if avail := len(z.in) - z.pos; avail < n {
				n = avail
			}
			if n > 0 {
				chunk := z.in[z.pos : z.pos+n]
				emit(chunk)
				z.addHistory(chunk)
				z.pos += n
				z.stored -= n
			}
			if z.stored > 0 {
				if room() <= 0 {
					return outputFull
				}
				return needInput
			}
		case modeCopy:
			if z.copyLen > 0 {
				n := z.copyLen
				if r := room(); r < n {
					n = r
				}
				if n == 0 {
					return outputFull
				}
				z.copyMatch(n, emit)
				z.copyLen -= n
				if z.copyLen > 0 {
					return outputFull
				}
			}
			z.mode = modeCodes
		case modeCodes:
			if st, ok := z.codes(room, emit); !ok {
				return st
			}
		case modeTrailer:
			if st, ok := z.trailer(); !ok {
				return st
			}
			z.mode = modeDone
			return streamEnd
		}
	}
}

// copyMatch appends n bytes of a match at distance z.copyDist.
func (z *inflater) copyMatch(n int, emit func([]byte)) {
	buf := make([]byte, 0, n)
	d := z.copyDist
	h := z.hist
	for i := 0; i < n; i++ {
		var c byte
		if d <= len(buf) {
			c = buf[len(buf)-d]
		} else {
			c = h[len(h)-(d-len(buf))]
		}
		buf = append(buf, c)
	}
	emit(buf)
	z.addHistory(buf)
}

// codes decodes literals and matches of a Huffman block until the block ends
// (ok true), or stops with a status.
func (z *inflater) codes(room func() int, emit func([]byte)) (status, bool) {
	lits := make([]byte, 0, 256)
	flush := func() {
		if len(lits) > 0 {
			emit(lits)
			z.addHistory(lits)
			lits = lits[:0]
		}
	}
	defer flush()
	for {
		if room()-len(lits) <= 0 {
			return outputFull, false
		}
		m := z.mark()
		sym, ok, bad := z.decode(z.lit)
		if !ok {
			z.restore(m)
			return needInput, false
		}
		if bad {
			return z.fail("invalid literal/length code"), false
		}
		if sym < 256 {
			lits = append(lits, byte(sym))
			if len(lits) == cap(lits) {
				flush()
			}
			continue
		}
		if sym == 256 {
			z.mode = modeBlock
			return 0, true
		}
		sym -= 257
		if sym >= 29 {
			return z.fail("invalid literal/length code"), false
		}
		if !z.need(uint(lenExtra[sym])) {
			z.restore(m)
			return needInput, false
		}
		length := int(lenBase[sym]) + int(z.take(uint(lenExtra[sym])))
		ds, ok, bad := z.decode(z.dist)
		if !ok {
			z.restore(m)
			return needInput, false
		}
		if bad || ds >= 30 {
			return z.fail("invalid distance code"), false
		}
		if !z.need(uint(distExtra[ds])) {
			z.restore(m)
			return needInput, false
		}
		dist := int(distBase[ds]) + int(z.take(uint(distExtra[ds])))
		flush()
		if dist > len(z.hist) {
			return z.fail("invalid distance too far back"), false
		}
		z.copyDist = dist
		n := length
		if r := room(); r < n {
			n = r
		}
		z.copyMatch(n, emit)
		if n < length {
			z.copyLen = length - n
			z.mode = modeCopy
			return outputFull, false
		}
	}
}

// blockHeader reads a block's header, and for a dynamic block its code
// tables, all at once.
func (z *inflater) blockHeader() (status, bool) {
	m := z.mark()
	if !z.need(3) {
		return needInput, false
	}
	final := z.take(1) == 1
	switch z.take(2) {
	case 0:
		z.byteAlign()
		b, ok := z.readBytes(4)
		if !ok {
			z.restore(m)
			return needInput, false
		}
		n := binary.LittleEndian.Uint16(b)
		if n != ^binary.LittleEndian.Uint16(b[2:]) {
			return z.fail("invalid stored block lengths"), false
		}
		z.stored = int(n)
		z.mode = modeStored
	case 1:
		z.lit, z.dist = fixedLit, fixedDist
		z.mode = modeCodes
	case 2:
		st, ok := z.dynamic()
		if !ok {
			if st == needInput {
				z.restore(m)
			}
			return st, false
		}
		z.mode = modeCodes
	default:
		return z.fail("invalid block type"), false
	}
	z.final = final
	return 0, true
}

func (z *inflater) dynamic() (status, bool) {
	if !z.need(14) {
		return needInput, false
	}
	nlen := int(z.take(5)) + 257
	ndist := int(z.take(5)) + 1
	ncode := int(z.take(4)) + 4
	if nlen > 286 || ndist > 30 {
		return z.fail("too many length or distance symbols"), false
	}
	var cl [19]uint8
	for i := 0; i < ncode; i++ {
		if !z.need(3) {
			return needInput, false
		}
		cl[clOrder[i]] = uint8(z.take(3))
	}
	var clh huffman
	if !clh.build(cl[:]) || !clh.complete() {
		return z.fail("invalid code lengths set"), false
	}
	lengths := make([]uint8, nlen+ndist)
	for i := 0; i < nlen+ndist; {
		sym, ok, bad := z.decode(&clh)
		if !ok {
			return needInput, false
		}
		if bad {
			return z.fail("invalid code lengths set"), false
		}
		if sym < 16 {
			lengths[i] = uint8(sym)
			i++
			continue
		}
		var rep int
		var val uint8
		switch sym {
		case 16:
			if i == 0 {
				return z.fail("invalid bit length repeat"), false
			}
			if !z.need(2) {
				return needInput, false
			}
			val = lengths[i-1]
			rep = 3 + int(z.take(2))
		case 17:
			if !z.need(3) {
				return needInput, false
			}
			rep = 3 + int(z.take(3))
		default:
			if !z.need(7) {
				return needInput, false
			}
			rep = 11 + int(z.take(7))
		}
		if i+rep > nlen+ndist {
			return z.fail("invalid bit length repeat"), false
		}
		for ; rep > 0; rep-- {
			lengths[i] = val
			i++
		}
	}
	if lengths[256] == 0 {
		return z.fail("invalid code -- missing end-of-block"), false
	}
	lit, dist := new(huffman), new(huffman)
	if !lit.build(lengths[:nlen]) || !lit.complete() && !single(lit) {
		return z.fail("invalid literal/lengths set"), false
	}
	if !dist.build(lengths[nlen:]) || !dist.complete() && !single(dist) {
		return z.fail("invalid distances set"), false
	}
	z.lit, z.dist = lit, dist
	return 0, true
}

// single reports an incomplete code that zlib accepts: one of one bit.
func single(h *huffman) bool {
	n := 0
	for l := 1; l <= maxBits; l++ {
		n += int(h.count[l])
	}
	return n == 0 || n == 1 && h.count[1] == 1
}

// header reads the zlib or gzip header.
func (z *inflater) header() (status, bool) {
	m := z.mark()
	b, ok := z.readBytes(2)
	if !ok {
		return needInput, false
	}
	if z.wrap&wrapGzip != 0 && b[0] == 0x1f && b[1] == 0x8b {
		st, ok := z.gzipHeader()
		if !ok && st == needInput {
			z.restore(m)
		}
		return st, ok
	}
	if z.wrap&wrapZlib == 0 || (int(b[0])<<8|int(b[1]))%31 != 0 {
		return z.fail("incorrect header check"), false
	}
	if b[0]&15 != 8 {
		return z.fail("unknown compression method"), false
	}
	wb := int(b[0]>>4) + 8
	if z.wbits == 0 {
		z.wbits = wb
	}
	if wb > 15 || wb > z.wbits {
		return z.fail("invalid window size"), false
	}
	z.wrap = wrapZlib
	z.check = 1
	if b[1]&0x20 != 0 {
		z.mode = modeDictID
	} else {
		z.mode = modeBlock
	}
	return 0, true
}

func (z *inflater) gzipHeader() (status, bool) {
	b, ok := z.readBytes(8)
	if !ok {
		return needInput, false
	}
	hdr := append([]byte{0x1f, 0x8b}, b...)
	if b[0] != 8 {
		return z.fail("unknown compression method"), false
	}
	flags := b[1]
	if flags&0xe0 != 0 {
		return z.fail("unknown header flags set"), false
	}
	if flags&4 != 0 { // FEXTRA
		x, ok := z.readBytes(2)
		if !ok {
			return needInput, false
		}
		hdr = append(hdr, x...)
		y, ok := z.readBytes(int(binary.LittleEndian.Uint16(x)))
		if !ok {
			return needInput, false
		}
		hdr = append(hdr, y...)
	}
	for _, f := range []byte{8, 16} { // FNAME, FCOMMENT: zero-terminated
		if flags&f == 0 {
			continue
		}
		for {
			c, ok := z.readBytes(1)
			if !ok {
				return needInput, false
			}
			hdr = append(hdr, c[0])
			if c[0] == 0 {
				break
			}
		}
	}
	if flags&2 != 0 { // FHCRC
		c, ok := z.readBytes(2)
		if !ok {
			return needInput, false
		}
		if uint16(crc32.ChecksumIEEE(hdr)) != binary.LittleEndian.Uint16(c) {
			return z.fail("header crc mismatch"), false
		}
	}
	z.wrap = wrapGzip
	z.check = 0
	z.total = 0
	z.mode = modeBlock
	return 0, true
}

// trailer checks the wrapper's trailer.
func (z *inflater) trailer() (status, bool) {
	z.byteAlign()
	switch z.wrap {
	case wrapZlib:
		b, ok := z.readBytes(4)
		if !ok {
			return needInput, false
		}
		if binary.BigEndian.Uint32(b) != z.check {
			z.err = "incorrect data check"
			return failed, false
		}
	case wrapGzip:
		b, ok := z.readBytes(8)
		if !ok {
			return needInput, false
		}
		if binary.LittleEndian.Uint32(b) != z.check {
			z.err = "incorrect data check"
			return failed, false
		}
		if binary.LittleEndian.Uint32(b[4:]) != z.total {
			z.err = "incorrect length check"
			return failed, false
		}
	}
	z.unread()
	return 0, true
}
