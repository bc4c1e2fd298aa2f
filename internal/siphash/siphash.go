// Package siphash is SipHash-1-3, the keyed hash CPython uses for str/bytes hashes
// and for hash-based .pyc source hashes.
package siphash

import "encoding/binary"

func rotl(x uint64, b uint) uint64 { return x<<b | x>>(64-b) }

// Sum13 is SipHash with one compression and three finalisation rounds.
func Sum13(k0, k1 uint64, src []byte) uint64 {
	v0 := k0 ^ 0x736f6d6570736575
	v1 := k1 ^ 0x646f72616e646f6d
	v2 := k0 ^ 0x6c7967656e657261
	v3 := k1 ^ 0x7465646279746573
	round := func() {
		v0 += v1
		v1 = rotl(v1, 13)
		v1 ^= v0
		v0 = rotl(v0, 32)
		v2 += v3
		v3 = rotl(v3, 16)
		v3 ^= v2
		v0 += v3
		v3 = rotl(v3, 21)
		v3 ^= v0
		v2 += v1
		v1 = rotl(v1, 17)
		v1 ^= v2
		v2 = rotl(v2, 32)
	}
	n := len(src)
	b := uint64(n) << 56
	for len(src) >= 8 {
		m := binary.LittleEndian.Uint64(src)
		v3 ^= m
		round()
		v0 ^= m
		src = src[8:]
	}
	var t uint64
	for i := len(src) - 1; i >= 0; i-- {
		t = t<<8 | uint64(src[i])
	}
	b |= t
	v3 ^= b
	round()
	v0 ^= b
	v2 ^= 0xff
	round()
	round()
	round()
	return v0 ^ v1 ^ v2 ^ v3
}
