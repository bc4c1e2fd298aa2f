package py

import (
	"encoding/binary"
	"strings"
	"sync/atomic"
	"unicode/utf8"
	"unsafe"

	"github.com/kaa-python/kaa/constant"
	"github.com/kaa-python/kaa/internal/siphash"
)

// Str is a Python str. s holds the text in UTF-8 generalised to lone surrogates
// (the constant package's encoding); n is the number of code points. Strings with
// only ASCII index by byte; others build a rune slice the first time they are indexed.
type Str struct {
	Header
	s string
	n int
	// hash is the str's hash plus one, 0 until computed (a hash is never -1).
	// Written atomically: strs made at package initialisation are shared by every
	// interpreter, whose goroutines may hash them at the same moment.
	hash  atomic.Uint64
	runes []rune
	buf   *strBuf // the append buffer s views, when s came from a concatenation
}

// strBuf is the spare capacity behind concatenated strings, so that a loop of
// `s += piece` appends in place instead of copying s every time (CPython
// resizes in place when s has a single reference). A Str views b[:len(s)];
// bytes are only ever written past used, so every view stays immutable, and
// only the string that ends at used may extend it.
type strBuf struct {
	b    []byte
	used int
}

// concatStr is x + y for exact strs.
func (t *Thread) concatStr(x, y *Str) (Value, *Exception) {
	if len(y.s) == 0 {
		return Value{p: unsafe.Pointer(x)}, nil
	}
	total := len(x.s) + len(y.s)
	if total >= 128 {
		// The new buffer has room to grow twice over (below).
		if err := t.checkAlloc(int64(total), 2); err != nil {
			return Value{}, err
		}
	}
	if b := x.buf; b != nil && b.used == len(x.s) && total <= cap(b.b) {
		nb := b.b[:total]
		copy(nb[len(x.s):], y.s)
		b.b, b.used = nb, total
		return Value{p: unsafe.Pointer(&Str{Header: Header{typ: strType}, s: unsafe.String(&nb[0], total), n: x.n + y.n, buf: b})}, nil
	}
	if total < 128 {
		return newStrN(x.s+y.s, x.n+y.n), nil
	}
	nb := make([]byte, total, total*2)
	copy(nb, x.s)
	copy(nb[len(x.s):], y.s)
	return Value{p: unsafe.Pointer(&Str{Header: Header{typ: strType}, s: unsafe.String(&nb[0], total), n: x.n + y.n, buf: &strBuf{b: nb, used: total}})}, nil
}

// strType is str.
var strType = newType("str", nil, nil)

// NewStr returns the Python str for s (UTF-8, surrogates allowed as WTF-8).
func NewStr(s string) Value {
	return Value{p: unsafe.Pointer(newStr(s))}
}

func newStr(s string) *Str {
	return &Str{Header: Header{typ: strType}, s: s, n: countRunes(s)}
}

func newStrN(s string, n int) Value {
	return Value{p: unsafe.Pointer(&Str{Header: Header{typ: strType}, s: s, n: n})}
}

func countRunes(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			rest := s[i:]
			if strings.IndexByte(rest, 0xED) < 0 {
				return i + utf8.RuneCountInString(rest)
			}
			// 0xED may start a surrogate's 3-byte form, one code point, which
			// utf8 counts as three invalid bytes.
			n := i
			for j := i; j < len(s); n++ {
				_, w := decodeRune(s[j:])
				j += w
			}
			return n
		}
	}
	return len(s)
}

func (v Value) str() *Str { return (*Str)(v.p) }

// String returns the Go string of a str Value (surrogates in WTF-8).
func (s *Str) String() string { return s.s }

// isASCII reports whether every code point is ASCII.
func (s *Str) isASCII() bool { return s.n == len(s.s) }

// decodeRune decodes one code point of generalised UTF-8.
func decodeRune(s string) (rune, int) {
	if len(s) > 0 && s[0] < 0x80 {
		return rune(s[0]), 1
	}
	if len(s) >= 3 && s[0] == 0xED && s[1] >= 0xA0 && s[1] <= 0xBF && s[2]&0xC0 == 0x80 {
		return rune(s[0]&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s)
}

// appendRune appends r in generalised UTF-8 (surrogates as 3-byte forms).
func appendRune(b []byte, r rune) []byte {
	if r >= 0xD800 && r <= 0xDFFF {
		return append(b, 0xED, byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(b, r)
}

func writeRune(b *strings.Builder, r rune) {
	if r >= 0xD800 && r <= 0xDFFF {
		b.WriteByte(0xED)
		b.WriteByte(byte(0x80 | (r>>6)&0x3F))
		b.WriteByte(byte(0x80 | r&0x3F))
		return
	}
	b.WriteRune(r)
}

func runeStr(r rune) string {
	if r < 0x80 {
		return asciiStrs[r]
	}
	return string(appendRune(nil, r))
}

var asciiStrs = func() (t [128]string) {
	for i := range t {
		t[i] = string(rune(i))
	}
	return
}()

// Runes returns the code points.
func (s *Str) Runes() []rune {
	if s.runes == nil {
		rs := make([]rune, 0, s.n)
		for i := 0; i < len(s.s); {
			r, n := decodeRune(s.s[i:])
			rs = append(rs, r)
			i += n
		}
		s.runes = rs
	}
	return s.runes
}

// at returns code point i (0 <= i < n).
func (s *Str) at(i int) rune {
	if s.isASCII() {
		return rune(s.s[i])
	}
	return s.Runes()[i]
}

// substr returns code points [i, j).
func (s *Str) substr(i, j int) string {
	if s.isASCII() {
		return s.s[i:j]
	}
	b := make([]byte, 0, j-i)
	for _, r := range s.Runes()[i:j] {
		b = appendRune(b, r)
	}
	return string(b)
}

// hashSecret is the siphash key pair; PYTHONHASHSEED=0 (and Kaa's tests) use zeros.
type hashSecret struct{ k0, k1 uint64 }

// strHash is CPython's str hash: SipHash-1-3 of the string in its compact
// representation (1, 2 or 4 bytes per code point by the widest one).
func strHash(key hashSecret, s *Str) int64 {
	if h := s.hash.Load(); h != 0 {
		return int64(h - 1)
	}
	var h int64
	if s.n > 0 {
		var buf []byte
		if s.isASCII() {
			buf = unsafe.Slice(unsafe.StringData(s.s), len(s.s))
		} else {
			rs := s.Runes()
			var maxr rune
			for _, r := range rs {
				maxr = max(maxr, r)
			}
			switch {
			case maxr < 0x100:
				buf = make([]byte, len(rs))
				for i, r := range rs {
					buf[i] = byte(r)
				}
			case maxr < 0x10000:
				buf = make([]byte, 2*len(rs))
				for i, r := range rs {
					binary.LittleEndian.PutUint16(buf[2*i:], uint16(r))
				}
			default:
				buf = make([]byte, 4*len(rs))
				for i, r := range rs {
					binary.LittleEndian.PutUint32(buf[4*i:], uint32(r))
				}
			}
		}
		h = int64(siphash.Sum13(key.k0, key.k1, buf))
		if h == -1 {
			h = -2
		}
	}
	s.hash.Store(uint64(h) + 1)
	return h
}

// strRepr is repr() of a str.
func strRepr(s string) string { return constant.StrRepr(s) }

// Common attribute and method names, made once.
var (
	strModule   = newStr("__module__")
	strDoc      = newStr("__doc__")
	strName     = newStr("__name__")
	strQualname = newStr("__qualname__")
	strDict     = newStr("__dict__")
	strInit     = newStr("__init__")
	strNew      = newStr("__new__")
	strCall     = newStr("__call__")
	strGetattr  = newStr("__getattr__")
	strClass    = newStr("__class__")
	strEmpty    = newStr("")
)

func strOf(s *Str) Value { return Value{p: unsafe.Pointer(s)} }

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
