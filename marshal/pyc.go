package marshal

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"github.com/kaa-python/kaa/internal/siphash"

	"github.com/kaa-python/kaa/bytecode"
)

// Magic is CPython 3.13's .pyc magic number (3571) as it starts every .pyc file.
var Magic = [4]byte{0xf3, 0x0d, 0x0d, 0x0a}

// Header flag bits (PEP 552).
const (
	FlagHashBased   = 1 << 0
	FlagCheckSource = 1 << 1
)

// Header is the 16-byte .pyc header.
type Header struct {
	Flags uint32
	// For timestamp-based pycs: the source's mtime and size, each mod 2**32.
	Mtime, Size uint32
	// For hash-based pycs: SourceHash of the source bytes.
	Hash [8]byte
}

// HashBased reports whether the pyc is checked against a hash of its source.
func (h Header) HashBased() bool { return h.Flags&FlagHashBased != 0 }

// Bytes encodes the header.
func (h Header) Bytes() []byte {
	b := append([]byte(nil), Magic[:]...)
	b = binary.LittleEndian.AppendUint32(b, h.Flags)
	if h.HashBased() {
		return append(b, h.Hash[:]...)
	}
	b = binary.LittleEndian.AppendUint32(b, h.Mtime)
	return binary.LittleEndian.AppendUint32(b, h.Size)
}

// ImportError is a .pyc rejected as importlib rejects it; importlib then recompiles.
type ImportError struct{ Msg string }

func (e *ImportError) Error() string { return e.Msg }

// ParseHeader checks and decodes the header of a .pyc, as importlib's _classify_pyc.
func ParseHeader(name string, data []byte) (Header, error) {
	if len(data) < 16 {
		return Header{}, &EOFErrorf{fmt.Sprintf("reached EOF while reading pyc header of %s", name)}
	}
	if !bytes.Equal(data[:4], Magic[:]) {
		return Header{}, &ImportError{fmt.Sprintf("bad magic number in %s: %q", name, data[:4])}
	}
	h := Header{Flags: binary.LittleEndian.Uint32(data[4:8])}
	if h.Flags&^3 != 0 {
		return Header{}, &ImportError{fmt.Sprintf("invalid flags %#x in %s", h.Flags, name)}
	}
	if h.HashBased() {
		copy(h.Hash[:], data[8:16])
	} else {
		h.Mtime = binary.LittleEndian.Uint32(data[8:12])
		h.Size = binary.LittleEndian.Uint32(data[12:16])
	}
	return h, nil
}

// EOFErrorf is importlib's EOFError for a truncated header.
type EOFErrorf struct{ Msg string }

func (e *EOFErrorf) Error() string { return e.Msg }

// ReadPyc decodes a whole .pyc file: its header and code object.
func ReadPyc(name string, data []byte) (Header, *bytecode.Code, error) {
	h, err := ParseHeader(name, data)
	if err != nil {
		return h, nil, err
	}
	v, _, err := Load(data[16:])
	if err != nil {
		return h, nil, err
	}
	c, ok := v.(*bytecode.Code)
	if !ok {
		return h, nil, &ImportError{fmt.Sprintf("Non-code object in %s", name)}
	}
	return h, c, nil
}

// WritePyc encodes a .pyc file for code with header h.
func WritePyc(h Header, code *bytecode.Code) ([]byte, error) {
	body, err := Dump(code, nil)
	if err != nil {
		return nil, err
	}
	return append(h.Bytes(), body...), nil
}

// TimestampHeader is the header of a timestamp-based pyc for a source of the given
// mtime (seconds) and size.
func TimestampHeader(mtime int64, size int64) Header {
	return Header{Mtime: uint32(mtime), Size: uint32(size)}
}

// HashHeader is the header of a hash-based pyc for source (checked or unchecked).
func HashHeader(source []byte, checked bool) Header {
	h := Header{Flags: FlagHashBased}
	if checked {
		h.Flags |= FlagCheckSource
	}
	binary.LittleEndian.PutUint64(h.Hash[:], SourceHash(source))
	return h
}

// ValidTimestamp reports whether a timestamp pyc is fresh for a source with this
// mtime and size, as importlib's _validate_timestamp_pyc.
func (h Header) ValidTimestamp(mtime, size int64) bool {
	return !h.HashBased() && h.Mtime == uint32(mtime) && h.Size == uint32(size)
}

// ValidHash reports whether a hash pyc matches source.
func (h Header) ValidHash(source []byte) bool {
	var want [8]byte
	binary.LittleEndian.PutUint64(want[:], SourceHash(source))
	return h.HashBased() && want == h.Hash
}

// SourceHash is importlib.util.source_hash: SipHash-1-3 of the source keyed with the
// magic number (k0 = the magic read as a little-endian integer, k1 = 0).
func SourceHash(source []byte) uint64 {
	return siphash.Sum13(uint64(binary.LittleEndian.Uint32(Magic[:])), 0, source)
}
