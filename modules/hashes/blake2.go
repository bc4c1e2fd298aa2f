package hashes

import (
	"encoding/binary"
	"fmt"
	"math/big"
	"math/bits"
	"strings"
	"sync"

	"github.com/kaa-python/kaa/py"
)

// BLAKE2 (RFC 7693) in its two widths: BLAKE2b on 64-bit words, 12 rounds and
// 128-byte blocks; BLAKE2s on 32-bit words, 10 rounds and 64-byte blocks. The
// state keeps 32-bit words in uint64s for BLAKE2s, so that one type serves both;
// only the compression function differs. Go's standard library has neither, and
// golang.org/x/crypto's lacks the salt and personalisation that hashlib exposes.

// blakeSpec is one width's constants.
type blakeSpec struct {
	name                       string
	block, maxDigest, maxKey   int
	saltLen, personLen         int
	maxOffsetBits              int // node_offset's field, 64 or 48 bits
	iv                         [8]uint64
	compress                   func(b *blake, block []byte, final bool)
	paramLen, offsetAt, saltAt int
}

var blake2bSpec = &blakeSpec{
	name: "blake2b", block: 128, maxDigest: 64, maxKey: 64, saltLen: 16, personLen: 16, maxOffsetBits: 64,
	iv: [8]uint64{0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
		0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179},
	compress: compress64, paramLen: 64, offsetAt: 8, saltAt: 32,
}

var blake2sSpec = &blakeSpec{
	name: "blake2s", block: 64, maxDigest: 32, maxKey: 32, saltLen: 8, personLen: 8, maxOffsetBits: 48,
	iv:       [8]uint64{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19},
	compress: compress32, paramLen: 32, offsetAt: 8, saltAt: 16,
}

// sigma is the message-word schedule of each round (rounds past 10 repeat it).
var sigma = [10][16]byte{
	{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
	{14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
	{11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
	{7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
	{9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
	{2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
	{12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
	{13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
	{6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
	{10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
}

// mixOrder lists the four column and four diagonal mixes of a round.
var mixOrder = [8][4]int{
	{0, 4, 8, 12}, {1, 5, 9, 13}, {2, 6, 10, 14}, {3, 7, 11, 15},
	{0, 5, 10, 15}, {1, 6, 11, 12}, {2, 7, 8, 13}, {3, 4, 9, 14},
}

// blake is a running BLAKE2 state. The last block seen is held back in buf
// until more data arrives or the digest is taken, since the final block is
// compressed with the finalisation flag.
type blake struct {
	spec     *blakeSpec
	h        [8]uint64
	count    [2]uint64 // bytes compressed so far (128-bit counter)
	buf      []byte
	size     int
	lastNode bool
}

func (b *blake) Write(p []byte) (int, error) {
	n := len(p)
	bs := b.spec.block
	for len(p) > 0 {
		if len(b.buf) == bs {
			b.compressBuf(false)
		}
		k := copy(b.buf[len(b.buf):bs], p)
		b.buf = b.buf[:len(b.buf)+k]
		p = p[k:]
	}
	return n, nil
}

func (b *blake) compressBuf(final bool) {
	b.count[0] += uint64(len(b.buf))
	if b.count[0] < uint64(len(b.buf)) {
		b.count[1]++
	}
	block := b.buf[:b.spec.block]
	clear(block[len(b.buf):])
	b.spec.compress(b, block, final)
	b.buf = b.buf[:0]
}

func (b *blake) sum(int) []byte {
	c := b.clone().(*blake)
	c.compressBuf(true)
	out := make([]byte, 0, 64)
	for _, w := range c.h {
		if c.spec.block == 128 {
			out = binary.LittleEndian.AppendUint64(out, w)
		} else {
			out = binary.LittleEndian.AppendUint32(out, uint32(w))
		}
	}
	return out[:b.size]
}

func (b *blake) clone() state {
	c := *b
	c.buf = append(make([]byte, 0, b.spec.block), b.buf...)
	return &c
}

// flags returns the finalisation words f0 and f1 as a mask of the word width.
func (b *blake) flags(final bool, ones uint64) (f0, f1 uint64) {
	if final {
		f0 = ones
		if b.lastNode {
			f1 = ones
		}
	}
	return
}

func compress64(b *blake, block []byte, final bool) {
	var m [16]uint64
	for i := range m {
		m[i] = binary.LittleEndian.Uint64(block[8*i:])
	}
	var v [16]uint64
	copy(v[:8], b.h[:])
	copy(v[8:], b.spec.iv[:])
	f0, f1 := b.flags(final, ^uint64(0))
	v[12] ^= b.count[0]
	v[13] ^= b.count[1]
	v[14] ^= f0
	v[15] ^= f1
	for r := 0; r < 12; r++ {
		s := &sigma[r%10]
		for i, q := range mixOrder {
			x, y := m[s[2*i]], m[s[2*i+1]]
			a, bb, c, d := q[0], q[1], q[2], q[3]
			v[a] += v[bb] + x
			v[d] = bits.RotateLeft64(v[d]^v[a], -32)
			v[c] += v[d]
			v[bb] = bits.RotateLeft64(v[bb]^v[c], -24)
			v[a] += v[bb] + y
			v[d] = bits.RotateLeft64(v[d]^v[a], -16)
			v[c] += v[d]
			v[bb] = bits.RotateLeft64(v[bb]^v[c], -63)
		}
	}
	for i := range b.h {
		b.h[i] ^= v[i] ^ v[i+8]
	}
}

func compress32(b *blake, block []byte, final bool) {
	var m [16]uint32
	for i := range m {
		m[i] = binary.LittleEndian.Uint32(block[4*i:])
	}
	var v [16]uint32
	for i := range 8 {
		v[i], v[i+8] = uint32(b.h[i]), uint32(b.spec.iv[i])
	}
	f0, f1 := b.flags(final, 0xffffffff)
	v[12] ^= uint32(b.count[0])
	v[13] ^= uint32(b.count[0] >> 32)
	v[14] ^= uint32(f0)
	v[15] ^= uint32(f1)
	for r := 0; r < 10; r++ {
		s := &sigma[r]
		for i, q := range mixOrder {
			x, y := m[s[2*i]], m[s[2*i+1]]
			a, bb, c, d := q[0], q[1], q[2], q[3]
			v[a] += v[bb] + x
			v[d] = bits.RotateLeft32(v[d]^v[a], -16)
			v[c] += v[d]
			v[bb] = bits.RotateLeft32(v[bb]^v[c], -12)
			v[a] += v[bb] + y
			v[d] = bits.RotateLeft32(v[d]^v[a], -8)
			v[c] += v[d]
			v[bb] = bits.RotateLeft32(v[bb]^v[c], -7)
		}
	}
	for i := range b.h {
		b.h[i] = uint64(uint32(b.h[i]) ^ v[i] ^ v[i+8])
	}
}

// blakeParams are the constructor's tree and output parameters.
type blakeParams struct {
	size, fanout, depth, nodeDepth, inner int
	leaf                                  uint32
	offset                                uint64
	key, salt, person                     []byte
	lastNode                              bool
}

// newBlake starts a state from its parameter block (and key block).
func newBlake(spec *blakeSpec, p *blakeParams) *blake {
	block := make([]byte, spec.paramLen)
	block[0], block[1], block[2], block[3] = byte(p.size), byte(len(p.key)), byte(p.fanout), byte(p.depth)
	binary.LittleEndian.PutUint32(block[4:], p.leaf)
	var off [8]byte
	binary.LittleEndian.PutUint64(off[:], p.offset)
	copy(block[spec.offsetAt:], off[:spec.maxOffsetBits/8])
	tree := spec.offsetAt + spec.maxOffsetBits/8
	block[tree], block[tree+1] = byte(p.nodeDepth), byte(p.inner)
	copy(block[spec.saltAt:], p.salt)
	copy(block[spec.saltAt+spec.saltLen:], p.person)
	b := &blake{spec: spec, size: p.size, lastNode: p.lastNode, buf: make([]byte, 0, spec.block)}
	for i := range b.h {
		if spec.block == 128 {
			b.h[i] = spec.iv[i] ^ binary.LittleEndian.Uint64(block[8*i:])
		} else {
			b.h[i] = spec.iv[i] ^ uint64(binary.LittleEndian.Uint32(block[4*i:]))
		}
	}
	if len(p.key) > 0 {
		keyBlock := make([]byte, spec.block)
		copy(keyBlock, p.key)
		b.Write(keyBlock)
	}
	return b
}

const blakeSig = "data=b'', /, *, digest_size=%d, key=b'', salt=b'', person=b'', fanout=1, depth=1, leaf_size=0, node_offset=0, node_depth=0, inner_size=0, last_node=False, usedforsecurity=True"

// blakeArgs checks the constructor's arguments in CPython's order.
func blakeArgs(t *py.Thread, spec *blakeSpec, a []py.Value) (*blakeParams, *py.Exception) {
	p := &blakeParams{}
	ints := []struct {
		v   py.Value
		dst *int
	}{{a[1], &p.size}, {a[5], &p.fanout}, {a[6], &p.depth}, {a[9], &p.nodeDepth}, {a[10], &p.inner}}
	for _, f := range ints {
		n, err := py.IndexInt(t, f.v, py.OverflowError())
		if err != nil {
			return nil, err
		}
		if n < -1<<31 || n >= 1<<31 {
			return nil, py.Errorf(py.OverflowError(), "Python int too large to convert to C int")
		}
		*f.dst = int(n)
	}
	buffers := []struct {
		v   py.Value
		dst *[]byte
	}{{a[2], &p.key}, {a[3], &p.salt}, {a[4], &p.person}}
	for _, f := range buffers {
		if f.v.IsNil() { // the default, b''
			continue
		}
		if _, isStr := py.AsStr(f.v); isStr {
			return nil, py.Errorf(py.TypeError(), "a bytes-like object is required, not 'str'")
		}
		b, ok := py.AsBuffer(f.v)
		if !ok {
			return nil, py.Errorf(py.TypeError(), "a bytes-like object is required, not '%s'", py.TypeName(f.v))
		}
		*f.dst = b
	}
	leaf, err := unsignedArg(t, a[7])
	if err != nil {
		return nil, err
	}
	if p.offset, err = unsignedArg(t, a[8]); err != nil {
		return nil, err
	}
	if p.lastNode, err = py.IsTrue(t, a[11]); err != nil {
		return nil, err
	}
	if _, err = py.IsTrue(t, a[12]); err != nil {
		return nil, err
	}
	switch {
	case p.size <= 0 || p.size > spec.maxDigest:
		return nil, py.Errorf(py.ValueError(), "digest_size must be between 1 and %d bytes", spec.maxDigest)
	case len(p.salt) > spec.saltLen:
		return nil, py.Errorf(py.ValueError(), "maximum salt length is %d bytes", spec.saltLen)
	case len(p.person) > spec.personLen:
		return nil, py.Errorf(py.ValueError(), "maximum person length is %d bytes", spec.personLen)
	case p.fanout < 0 || p.fanout > 255:
		return nil, py.Errorf(py.ValueError(), "fanout must be between 0 and 255")
	case p.depth <= 0 || p.depth > 255:
		return nil, py.Errorf(py.ValueError(), "depth must be between 1 and 255")
	case leaf > 0xffffffff:
		return nil, py.Errorf(py.OverflowError(), "leaf_size is too large")
	case spec.maxOffsetBits < 64 && p.offset >= 1<<spec.maxOffsetBits:
		return nil, py.Errorf(py.OverflowError(), "node_offset is too large")
	case p.nodeDepth < 0 || p.nodeDepth > 255:
		return nil, py.Errorf(py.ValueError(), "node_depth must be between 0 and 255")
	case p.inner < 0 || p.inner > spec.maxDigest:
		return nil, py.Errorf(py.ValueError(), "inner_size must be between 0 and is %d", spec.maxDigest)
	case len(p.key) > spec.maxKey:
		return nil, py.Errorf(py.ValueError(), "maximum key length is %d bytes", spec.maxKey)
	}
	p.leaf = uint32(leaf)
	return p, nil
}

// unsignedArg converts leaf_size and node_offset as CPython's unsigned
// converters do.
func unsignedArg(t *py.Thread, v py.Value) (uint64, *py.Exception) {
	n, ok := py.AsBigInt(v)
	if !ok {
		if _, err := py.IndexInt(t, v, py.OverflowError()); err != nil {
			return 0, err
		}
		iv, err := py.ToInt(t, v)
		if err != nil {
			return 0, err
		}
		n, _ = py.AsBigInt(iv)
	}
	if n.Sign() < 0 {
		return 0, py.Errorf(py.ValueError(), "value must be positive")
	}
	if n.Cmp(new(big.Int).SetUint64(^uint64(0))) > 0 {
		return 0, py.Errorf(py.OverflowError(), "int too big to convert")
	}
	return n.Uint64(), nil
}

var (
	blakeOnce  sync.Once
	blakeTypes [2]*py.Type
)

func blakeType(spec *blakeSpec) *py.Type {
	sig := py.ParseSignature(spec.name, fmt.Sprintf(blakeSig, spec.maxDigest))
	alg := &algorithm{name: spec.name, block: spec.block}
	methods := commonMethods(spec.name, false)
	// digest_size is the object's own, not the algorithm's.
	for i, m := range methods {
		if m.Name == "digest_size" {
			methods[i] = py.GetSetDef("digest_size", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
				return py.Int(int64(of(self).st.(*blake).size)), nil
			}, nil)
		}
	}
	methods = append(methods,
		py.ClassConst("SALT_SIZE", py.Int(int64(spec.saltLen))),
		py.ClassConst("PERSON_SIZE", py.Int(int64(spec.personLen))),
		py.ClassConst("MAX_KEY_SIZE", py.Int(int64(spec.maxKey))),
		py.ClassConst("MAX_DIGEST_SIZE", py.Int(int64(spec.maxDigest))))
	return py.NewType(&py.TypeDef{
		Name:    "_blake2." + spec.name,
		Final:   true,
		Methods: methods,
		New: func(t *py.Thread, typ *py.Type, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
			a := make([]py.Value, sig.Slots())
			if err := sig.Bind(args, kwnames, a); err != nil {
				return py.Value{}, err
			}
			p, err := blakeArgs(t, spec, a)
			if err != nil {
				return py.Value{}, err
			}
			return newDigest(t, typ, alg, newBlake(spec, p), a[0])
		},
	})
}

// BLAKE2Def is the _blake2 module.
var BLAKE2Def = &py.ModuleDef{Name: "_blake2", Exec: func(t *py.Thread, m *py.Module) *py.Exception {
	blakeOnce.Do(func() {
		blakeTypes = [2]*py.Type{blakeType(blake2bSpec), blakeType(blake2sSpec)}
	})
	for i, spec := range []*blakeSpec{blake2bSpec, blake2sSpec} {
		m.Set(spec.name, py.TypeValue(blakeTypes[i]))
		up := strings.ToUpper(spec.name)
		m.Set(up+"_SALT_SIZE", py.Int(int64(spec.saltLen)))
		m.Set(up+"_PERSON_SIZE", py.Int(int64(spec.personLen)))
		m.Set(up+"_MAX_KEY_SIZE", py.Int(int64(spec.maxKey)))
		m.Set(up+"_MAX_DIGEST_SIZE", py.Int(int64(spec.maxDigest)))
	}
	return nil
}}
