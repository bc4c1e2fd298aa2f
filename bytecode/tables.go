package bytecode

// LineRange is one entry of co_lines(): code units [Start, End) (in bytes) belong to
// Line; Line is -1 where the instructions have no line number.
type LineRange struct {
	Start, End, Line int
}

// Position is one code unit's location from co_positions(); -1 means None.
type Position struct {
	Line, EndLine, Col, EndCol int
}

type tableReader struct {
	b []byte
	i int
}

func (r *tableReader) varint() int {
	if r.i >= len(r.b) {
		return 0
	}
	c := r.b[r.i]
	r.i++
	v := int(c & 63)
	shift := 6
	for c&64 != 0 && r.i < len(r.b) {
		c = r.b[r.i]
		r.i++
		v |= int(c&63) << shift
		shift += 6
	}
	return v
}

// bigVarint reads the exception table's varint: 6-bit groups, most significant first,
// bit 6 meaning "more follows" (bit 7 marks the start of an entry).
func (r *tableReader) bigVarint() int {
	if r.i >= len(r.b) {
		return 0
	}
	c := r.b[r.i]
	r.i++
	v := int(c & 63)
	for c&64 != 0 && r.i < len(r.b) {
		c = r.b[r.i]
		r.i++
		v = v<<6 | int(c&63)
	}
	return v
}

func (r *tableReader) svarint() int {
	v := r.varint()
	if v&1 != 0 {
		return -(v >> 1)
	}
	return v >> 1
}

// Positions decodes the location table (co_linetable, 3.11+ format) into one
// Position per code unit, as co_positions() yields them. A table from outside may
// be garbage: bytes past its end read as 0, and each entry ends where the next
// byte with bit 7 set begins, as CPython's reader finds entries.
func Positions(c *Code) []Position {
	var out []Position
	r := &tableReader{b: c.LineTable}
	line := c.FirstLineNo
	for r.i < len(r.b) {
		first := r.b[r.i]
		r.i++
		code := int(first>>3) & 15
		length := int(first&7) + 1
		var p Position
		switch {
		case code == 15:
			p = Position{-1, -1, -1, -1}
		case code == 14:
			line += r.svarint()
			end := line + r.varint()
			col := r.varint() - 1
			ecol := r.varint() - 1
			p = Position{line, end, col, ecol}
		case code == 13:
			line += r.svarint()
			p = Position{line, line, -1, -1}
		case code >= 10:
			line += code - 10
			col := int(r.byte())
			ecol := int(r.byte())
			p = Position{line, line, col, ecol}
		default:
			second := int(r.byte())
			col := code*8 + (second >> 4)
			p = Position{line, line, col, col + second&15}
		}
		for k := 0; k < length; k++ {
			out = append(out, p)
		}
		for r.i < len(r.b) && r.b[r.i]&128 == 0 {
			r.i++
		}
	}
	return out
}

// byte reads one byte; past the end of the table it reads 0.
func (r *tableReader) byte() byte {
	if r.i >= len(r.b) {
		return 0
	}
	r.i++
	return r.b[r.i-1]
}

// Lines returns co_lines(): address ranges and their line numbers, adjacent ranges of
// the same line merged.
func Lines(c *Code) []LineRange {
	var out []LineRange
	for i, p := range Positions(c) {
		if n := len(out); n > 0 && out[n-1].Line == p.Line && out[n-1].End == 2*i {
			out[n-1].End += 2
			continue
		}
		out = append(out, LineRange{Start: 2 * i, End: 2*i + 2, Line: p.Line})
	}
	return out
}

// ExceptEntry is one entry of the exception table.
type ExceptEntry struct {
	Start, End, Target int // byte offsets
	Depth              int
	Lasti              bool
}

// ExceptionTable decodes co_exceptiontable.
func ExceptionTable(c *Code) []ExceptEntry {
	var out []ExceptEntry
	r := &tableReader{b: c.ExceptionTable}
	for r.i < len(r.b) {
		start := r.bigVarint() * 2
		length := r.bigVarint() * 2
		target := r.bigVarint() * 2
		dl := r.bigVarint()
		out = append(out, ExceptEntry{start, start + length, target, dl >> 1, dl&1 != 0})
	}
	return out
}
