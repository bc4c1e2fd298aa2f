package bytecode

// EncodeLocations builds a location table (co_linetable) from one Position per code
// unit, as CPython's assembler does: each maximal run of code units with the same
// position becomes entries of at most 8 units, each in the shortest form that holds
// it. firstLine is co_firstlineno.
func EncodeLocations(pos []Position, firstLine int) []byte {
	e := &locEncoder{line: firstLine}
	for i := 0; i < len(pos); {
		j := i + 1
		for j < len(pos) && pos[j] == pos[i] {
			j++
		}
		n := j - i
		for n > 8 {
			e.entry(pos[i], 8)
			n -= 8
		}
		e.entry(pos[i], n)
		i = j
	}
	return e.buf
}

type locEncoder struct {
	buf  []byte
	line int
}

func (e *locEncoder) first(code, size int) {
	e.buf = append(e.buf, byte(0x80|code<<3|(size-1)))
}

func (e *locEncoder) varint(v int) {
	for v >= 64 {
		e.buf = append(e.buf, byte(0x40|v&0x3f))
		v >>= 6
	}
	e.buf = append(e.buf, byte(v))
}

func (e *locEncoder) svarint(v int) {
	if v < 0 {
		e.varint((-v)<<1 | 1)
	} else {
		e.varint(v << 1)
	}
}

// entry writes one entry for size code units at position p (assemble.c's
// write_location_info_entry).
func (e *locEncoder) entry(p Position, size int) {
	if p.Line < 0 {
		e.first(15, size)
		return
	}
	delta := p.Line - e.line
	col, endCol := p.Col, p.EndCol
	if col < 0 || endCol < 0 {
		if p.EndLine == p.Line || p.EndLine == -1 {
			e.first(13, size)
			e.svarint(delta)
			e.line = p.Line
			return
		}
	} else if p.EndLine == p.Line {
		if delta == 0 && col < 80 && endCol-col < 16 && endCol >= col {
			e.first(col/8, size)
			e.buf = append(e.buf, byte((col%8)<<4|(endCol-col)))
			return
		}
		if delta >= 0 && delta < 3 && col < 128 && endCol < 128 {
			e.first(10+delta, size)
			e.buf = append(e.buf, byte(col), byte(endCol))
			e.line = p.Line
			return
		}
	}
	e.first(14, size)
	e.svarint(delta)
	e.varint(p.EndLine - p.Line)
	e.varint(col + 1)
	e.varint(endCol + 1)
	e.line = p.Line
}

// EncodeExceptionTable builds co_exceptiontable from its entries (offsets in bytes).
func EncodeExceptionTable(entries []ExceptEntry) []byte {
	var b []byte
	item := func(v int, msb byte) {
		for shift := 24; shift >= 6; shift -= 6 {
			if v >= 1<<shift {
				b = append(b, byte((v>>shift)&0x3f)|0x40|msb)
				msb = 0
			}
		}
		b = append(b, byte(v&0x3f)|msb)
	}
	for _, en := range entries {
		dl := en.Depth << 1
		if en.Lasti {
			dl |= 1
		}
		item(en.Start/2, 0x80)
		item((en.End-en.Start)/2, 0)
		item(en.Target/2, 0)
		item(dl, 0)
	}
	return b
}
