package marshal

import (
	"encoding/binary"
	"math"
	"math/big"
	"strconv"
)

// The pieces of the format the marshal module (modules/marshal) builds on to write
// and read Python objects of every kind, with references by object identity.

// Type codes, exported for the marshal module.
const (
	TypeNull          = typeNull
	TypeNone          = typeNone
	TypeFalse         = typeFalse
	TypeTrue          = typeTrue
	TypeStopIter      = typeStopIter
	TypeEllipsis      = typeEllipsis
	TypeInt           = typeInt
	TypeInt64         = typeInt64
	TypeFloat         = typeFloat
	TypeBinaryFloat   = typeBinaryFloat
	TypeComplex       = typeComplex
	TypeBinaryComplex = typeBinaryComplex
	TypeLong          = typeLong
	TypeString        = typeString
	TypeInterned      = typeInterned
	TypeRef           = typeRef
	TypeTuple         = typeTuple
	TypeList          = typeList
	TypeDict          = typeDict
	TypeCode          = typeCode
	TypeUnicode       = typeUnicode
	TypeUnknown       = typeUnknown
	TypeSet           = typeSet
	TypeFrozenSet     = typeFrozenSet
	TypeASCII         = typeASCII
	TypeASCIIInterned = typeASCIIInterned
	TypeSmallTuple    = typeSmallTuple
	TypeShortASCII    = typeShortASCII
	TypeShortASCIIInt = typeShortASCIIInt
	FlagRef           = flagRef
)

// MaxDepth is CPython's MAX_MARSHAL_STACK_DEPTH: the nesting marshal writes and
// reads at most.
const MaxDepth = maxDepth

// CurrentVersion is marshal.version in CPython 3.13 (Py_MARSHAL_VERSION), the
// version dumps writes by default.
const CurrentVersion = 4

// AppendInt32 appends n as the format's 4-byte little-endian integer.
func AppendInt32(b []byte, n int32) []byte { return binary.LittleEndian.AppendUint32(b, uint32(n)) }

// LongDigits is the body of TYPE_LONG for v: its signed count of 15-bit digits and
// the digits, least significant first. ok is false when the count does not fit
// the format's 32 bits.
func LongDigits(v *big.Int) (n int32, digits []uint16, ok bool) {
	a := new(big.Int).Abs(v)
	words := a.Bits()
	nbits := a.BitLen()
	count := (nbits + 14) / 15
	if count > math.MaxInt32 {
		return 0, nil, false
	}
	digits = make([]uint16, count)
	for i := range digits {
		var d uint
		for j := 0; j < 15; j++ {
			bit := i*15 + j
			w := bit / bits
			if w < len(words) && uint(words[w])>>(uint(bit)%bits)&1 != 0 {
				d |= 1 << j
			}
		}
		digits[i] = uint16(d)
	}
	n = int32(count)
	if v.Sign() < 0 {
		n = -n
	}
	return n, digits, true
}

const bits = 32 << (^uint(0) >> 63)

// AppendLong appends TYPE_LONG's body for v (digit count, then digits).
func AppendLong(b []byte, v *big.Int) ([]byte, bool) {
	n, digits, ok := LongDigits(v)
	if !ok {
		return b, false
	}
	b = AppendInt32(b, n)
	for _, d := range digits {
		b = binary.LittleEndian.AppendUint16(b, d)
	}
	return b, true
}

// LongFromDigits is the int of TYPE_LONG's digits (least significant first), with
// CPython's errors for a digit of 2**15 or more and a zero top digit.
func LongFromDigits(neg bool, digits []uint16) (*big.Int, *Error) {
	v := new(big.Int)
	d := new(big.Int)
	for i := len(digits) - 1; i >= 0; i-- {
		if digits[i] >= 1<<15 {
			return nil, bad("digit out of range in long")
		}
		v.Lsh(v, 15)
		v.Or(v, d.SetUint64(uint64(digits[i])))
	}
	if len(digits) > 0 && digits[len(digits)-1] == 0 {
		return nil, bad("unnormalized long data")
	}
	if neg {
		v.Neg(v)
	}
	return v, nil
}

// Bad is the ValueError "bad marshal data (msg)".
func Bad(msg string) *Error { return bad(msg) }

// FloatText is a float as marshal versions 0 and 1 write it: C's "%.17g", with
// "inf", "-inf" and "nan".
func FloatText(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	return strconv.FormatFloat(f, 'g', 17, 64)
}

// ParseFloatText reads a float as TYPE_FLOAT holds it (float()'s syntax without
// surrounding space or underscores); ok is false when it is not one.
func ParseFloatText(s string) (float64, bool) {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return 0, false
	}
	for i := 0; i < len(s); i++ {
		if s[i] == '_' || s[i] <= ' ' {
			return 0, false
		}
	}
	switch lower(s) {
	case "inf", "+inf", "infinity", "+infinity":
		return math.Inf(1), true
	case "-inf", "-infinity":
		return math.Inf(-1), true
	case "nan", "+nan", "-nan":
		return math.NaN(), true
	}
	if len(s) > 1 && (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
		return 0, false
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return v, true
		}
		return 0, false
	}
	return v, true
}

func lower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return string(b)
}
