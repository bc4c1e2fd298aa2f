package marshal

import (
	"encoding/binary"
	"math"
	"math/big"
	"strconv"

	"github.com/kaa-python/kaa/bytecode"
	"github.com/kaa-python/kaa/constant"
)

type reader struct {
	data  []byte
	pos   int
	refs  []constant.Value
	trace *Trace
	depth int
}

// Load reads one marshalled object from data, as marshal.loads does (trailing bytes
// are ignored). The Trace records how it was encoded, for Dump.
func Load(data []byte) (constant.Value, *Trace, error) {
	r := &reader{data: data, trace: &Trace{}}
	v, err := r.object()
	if err != nil {
		return nil, nil, err
	}
	return v, r.trace, nil
}

var errShort = &Error{"EOFError", "marshal data too short"}

func bad(msg string) *Error { return &Error{"ValueError", "bad marshal data (" + msg + ")"} }

func (r *reader) byte() (byte, error) {
	if r.pos >= len(r.data) {
		return 0, errShort
	}
	b := r.data[r.pos]
	r.pos++
	return b, nil
}

func (r *reader) bytes(n int) ([]byte, error) {
	if n < 0 || n > len(r.data)-r.pos {
		return nil, errShort
	}
	b := r.data[r.pos : r.pos+n]
	r.pos += n
	return b, nil
}

func (r *reader) int32() (int32, error) {
	b, err := r.bytes(4)
	if err != nil {
		return 0, err
	}
	return int32(binary.LittleEndian.Uint32(b)), nil
}

// size reads a 4-byte length, checking it against the remaining input.
func (r *reader) size(what string) (int, error) {
	n, err := r.int32()
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, bad(what + " size out of range")
	}
	if int(n) > len(r.data)-r.pos {
		return 0, errShort
	}
	return int(n), nil
}

func (r *reader) object() (constant.Value, error) {
	r.depth++
	defer func() { r.depth-- }()
	if r.depth > maxDepth {
		return nil, bad("nested too deeply")
	}
	code, err := r.byte()
	if err != nil {
		return nil, &Error{"EOFError", "EOF read where object expected"}
	}
	flag := code&flagRef != 0
	t := code &^ flagRef
	if t == typeRef {
		n, err := r.int32()
		if err != nil {
			return nil, err
		}
		if n < 0 || int(n) >= len(r.refs) || r.refs[n] == nil {
			return nil, bad("invalid reference")
		}
		r.trace.steps = append(r.trace.steps, step{code: typeRef, ref: uint32(n)})
		return r.refs[n], nil
	}
	r.trace.steps = append(r.trace.steps, step{code: code})
	// Reserve the reference slot before reading children, as marshal.c does.
	idx := -1
	if flag {
		idx = len(r.refs)
		r.refs = append(r.refs, nil)
	}
	v, err := r.body(t)
	if err != nil {
		return nil, err
	}
	if idx >= 0 {
		r.refs[idx] = v
	}
	return v, nil
}

func (r *reader) body(t byte) (constant.Value, error) {
	switch t {
	case typeNull:
		return nil, nil
	case typeNone:
		return constant.None, nil
	case typeFalse:
		return constant.Bool(false), nil
	case typeTrue:
		return constant.Bool(true), nil
	case typeStopIter:
		return StopIteration{}, nil
	case typeEllipsis:
		return constant.Ellipsis, nil
	case typeInt:
		n, err := r.int32()
		if err != nil {
			return nil, err
		}
		return constant.NewInt(int64(n)), nil
	case typeInt64:
		b, err := r.bytes(8)
		if err != nil {
			return nil, err
		}
		return constant.NewInt(int64(binary.LittleEndian.Uint64(b))), nil
	case typeLong:
		return r.long()
	case typeBinaryFloat:
		b, err := r.bytes(8)
		if err != nil {
			return nil, err
		}
		return constant.Float(math.Float64frombits(binary.LittleEndian.Uint64(b))), nil
	case typeBinaryComplex:
		b, err := r.bytes(16)
		if err != nil {
			return nil, err
		}
		re := math.Float64frombits(binary.LittleEndian.Uint64(b))
		im := math.Float64frombits(binary.LittleEndian.Uint64(b[8:]))
		return constant.Complex(complex(re, im)), nil
	case typeFloat:
		f, err := r.textFloat()
		if err != nil {
			return nil, err
		}
		return constant.Float(f), nil
	case typeComplex:
		re, err := r.textFloat()
		if err != nil {
			return nil, err
		}
		im, err := r.textFloat()
		if err != nil {
			return nil, err
		}
		return constant.Complex(complex(re, im)), nil
	case typeString:
		n, err := r.size("bytes object")
		if err != nil {
			return nil, err
		}
		b, err := r.bytes(n)
		if err != nil {
			return nil, err
		}
		return constant.Bytes(b), nil
	case typeUnicode, typeInterned:
		n, err := r.size("string")
		if err != nil {
			return nil, err
		}
		b, err := r.bytes(n)
		if err != nil {
			return nil, err
		}
		if !validWTF8(b) {
			return nil, &Error{"UnicodeDecodeError", "'utf-8' codec can't decode bytes: invalid data"}
		}
		return constant.Str(b), nil
	case typeASCII, typeASCIIInterned, typeShortASCII, typeShortASCIIInt:
		var n int
		if t == typeShortASCII || t == typeShortASCIIInt {
			c, err := r.byte()
			if err != nil {
				return nil, err
			}
			n = int(c)
		} else {
			var err error
			if n, err = r.size("string"); err != nil {
				return nil, err
			}
		}
		b, err := r.bytes(n)
		if err != nil {
			return nil, err
		}
		return latin1(b), nil
	case typeTuple, typeSmallTuple, typeList, typeSet, typeFrozenSet:
		var n int
		if t == typeSmallTuple {
			c, err := r.byte()
			if err != nil {
				return nil, err
			}
			n = int(c)
		} else {
			var err error
			if n, err = r.size(kindName(t)); err != nil {
				return nil, err
			}
		}
		items := make([]constant.Value, 0, min(n, 1024))
		for i := 0; i < n; i++ {
			v, err := r.object()
			if err != nil {
				return nil, err
			}
			if v == nil {
				return nil, bad("NULL object in " + kindName(t))
			}
			items = append(items, v)
		}
		switch t {
		case typeList:
			return List(items), nil
		case typeSet:
			return Set(items), nil
		case typeFrozenSet:
			return constant.FrozenSet(items), nil
		}
		return constant.Tuple(items), nil
	case typeDict:
		d := Dict{}
		for {
			k, err := r.object()
			if err != nil {
				return nil, err
			}
			if k == nil {
				break
			}
			v, err := r.object()
			if err != nil {
				return nil, err
			}
			if v == nil {
				break
			}
			d.Keys = append(d.Keys, k)
			d.Values = append(d.Values, v)
		}
		return d, nil
	case typeCode:
		return r.code()
	}
	return nil, bad("unknown type code")
}

func kindName(t byte) string {
	switch t {
	case typeList:
		return "list"
	case typeSet, typeFrozenSet:
		return "set"
	}
	return "tuple"
}

// latin1 converts ASCII-coded string bytes (which marshal allows to be any byte, read
// as Latin-1) into a Str.
func latin1(b []byte) constant.Str {
	for _, c := range b {
		if c >= 0x80 {
			r := make([]rune, len(b))
			for i, c := range b {
				r[i] = rune(c)
			}
			return constant.Str(string(r))
		}
	}
	return constant.Str(b)
}

// validWTF8 reports whether b is UTF-8 in which surrogates may appear (surrogatepass).
func validWTF8(b []byte) bool {
	for i := 0; i < len(b); {
		c := b[i]
		switch {
		case c < 0x80:
			i++
		case c >= 0xC2 && c <= 0xDF:
			if i+1 >= len(b) || b[i+1]&0xC0 != 0x80 {
				return false
			}
			i += 2
		case c >= 0xE0 && c <= 0xEF:
			if i+2 >= len(b) || b[i+1]&0xC0 != 0x80 || b[i+2]&0xC0 != 0x80 || (c == 0xE0 && b[i+1] < 0xA0) {
				return false
			}
			i += 3
		case c >= 0xF0 && c <= 0xF4:
			if i+3 >= len(b) || b[i+1]&0xC0 != 0x80 || b[i+2]&0xC0 != 0x80 || b[i+3]&0xC0 != 0x80 ||
				(c == 0xF0 && b[i+1] < 0x90) || (c == 0xF4 && b[i+1] > 0x8F) {
				return false
			}
			i += 4
		default:
			return false
		}
	}
	return true
}

func (r *reader) textFloat() (float64, error) {
	n, err := r.byte()
	if err != nil {
		return 0, err
	}
	b, err := r.bytes(int(n))
	if err != nil {
		return 0, err
	}
	v, err := strconv.ParseFloat(string(b), 64)
	if err != nil {
		return 0, bad("invalid float")
	}
	return v, nil
}

// long reads TYPE_LONG: a signed digit count and 15-bit digits, least significant first.
func (r *reader) long() (constant.Value, error) {
	n, err := r.int32()
	if err != nil {
		return nil, err
	}
	neg := n < 0
	size := int(n)
	if neg {
		size = -size
	}
	if size > (len(r.data)-r.pos)/2 {
		return nil, errShort
	}
	v := new(big.Int)
	d := new(big.Int)
	for i := size - 1; i >= 0; i-- {
		b := r.data[r.pos+2*i : r.pos+2*i+2]
		digit := binary.LittleEndian.Uint16(b)
		if digit >= 1<<15 {
			return nil, bad("digit out of range in long")
		}
		if i == size-1 && digit == 0 {
			return nil, bad("unnormalized long data")
		}
		v.Lsh(v, 15)
		v.Or(v, d.SetUint64(uint64(digit)))
	}
	r.pos += 2 * size
	if neg {
		v.Neg(v)
	}
	return constant.NewBigInt(v), nil
}

func (r *reader) code() (constant.Value, error) {
	c := &bytecode.Code{}
	ints := []*int{&c.ArgCount, &c.PosOnlyArgCount, &c.KwOnlyArgCount, &c.StackSize}
	for _, p := range ints {
		n, err := r.int32()
		if err != nil {
			return nil, err
		}
		*p = int(n)
	}
	flags, err := r.int32()
	if err != nil {
		return nil, err
	}
	c.Flags = uint32(flags)
	getBytes := func() ([]byte, error) {
		v, err := r.object()
		if err != nil {
			return nil, err
		}
		b, ok := v.(constant.Bytes)
		if !ok {
			return nil, bad("code object field is not bytes")
		}
		return []byte(b), nil
	}
	getTuple := func() (constant.Tuple, error) {
		v, err := r.object()
		if err != nil {
			return nil, err
		}
		t, ok := v.(constant.Tuple)
		if !ok {
			return nil, bad("code object field is not a tuple")
		}
		return t, nil
	}
	getStr := func() (string, error) {
		v, err := r.object()
		if err != nil {
			return "", err
		}
		s, ok := v.(constant.Str)
		if !ok {
			return "", bad("code object field is not a str")
		}
		return string(s), nil
	}
	names := func() ([]string, error) {
		t, err := getTuple()
		if err != nil {
			return nil, err
		}
		out := make([]string, len(t))
		for i, v := range t {
			s, ok := v.(constant.Str)
			if !ok {
				return nil, bad("name is not a str")
			}
			out[i] = string(s)
		}
		return out, nil
	}
	if c.Code, err = getBytes(); err != nil {
		return nil, err
	}
	consts, err := getTuple()
	if err != nil {
		return nil, err
	}
	c.Consts = consts
	if c.Names, err = names(); err != nil {
		return nil, err
	}
	if c.LocalsPlusNames, err = names(); err != nil {
		return nil, err
	}
	if c.LocalsPlusKinds, err = getBytes(); err != nil {
		return nil, err
	}
	if c.Filename, err = getStr(); err != nil {
		return nil, err
	}
	if c.Name, err = getStr(); err != nil {
		return nil, err
	}
	if c.QualName, err = getStr(); err != nil {
		return nil, err
	}
	fl, err := r.int32()
	if err != nil {
		return nil, err
	}
	c.FirstLineNo = int(fl)
	if c.LineTable, err = getBytes(); err != nil {
		return nil, err
	}
	if c.ExceptionTable, err = getBytes(); err != nil {
		return nil, err
	}
	if typ, msg := bytecode.Validate(c); typ != "" {
		return nil, &Error{typ, msg}
	}
	return c, nil
}
