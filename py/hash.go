package py

import (
	"encoding/binary"
	"math"
	"math/big"
	"math/rand/v2"
	"os"
	"strconv"
)

// hashKey is the process's str/bytes hash key, fixed at start-up from PYTHONHASHSEED
// as CPython fixes it: unset or "random" picks a random key, "0" disables
// randomisation (a zero key), N seeds CPython's LCG so hashes equal python3.13's under
// the same PYTHONHASHSEED. Like CPython's, it is per process, and never changes after
// initialisation (str objects cache their hash).
var hashKey = initHashKey(os.Getenv("PYTHONHASHSEED"))

func initHashKey(env string) hashSecret {
	var buf [24]byte
	if env == "" || env == "random" {
		// The runtime's generator, seeded from the OS's entropy at start-up (as
		// CPython seeds from urandom), without crypto/rand's start-up cost.
		for i := 0; i < len(buf); i += 8 {
			binary.LittleEndian.PutUint64(buf[i:], rand.Uint64())
		}
	} else if seed, err := strconv.ParseUint(env, 10, 32); err == nil && seed != 0 {
		x := uint32(seed)
		for i := range buf {
			x = x*214013 + 2531011
			buf[i] = byte(x >> 16)
		}
	}
	return hashSecret{binary.LittleEndian.Uint64(buf[0:]), binary.LittleEndian.Uint64(buf[8:])}
}

const (
	hashModulus = 1<<61 - 1
	hashInf     = 314159
)

// intHash is hash() of an int64.
func intHash(i int64) int64 {
	var h int64
	if i >= 0 {
		h = int64(uint64(i) % hashModulus)
	} else {
		h = -int64(uint64(-(i+1)+1) % hashModulus)
		if i == math.MinInt64 {
			h = -int64((uint64(1) << 63) % hashModulus)
		}
	}
	if h == -1 {
		h = -2
	}
	return h
}

var bigModulus = big.NewInt(hashModulus)

// bigHash is hash() of a big int.
func bigHash(b *big.Int) int64 {
	m := new(big.Int).Abs(b)
	m.Mod(m, bigModulus)
	h := m.Int64()
	if b.Sign() < 0 {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

// floatHash is CPython's _Py_HashDouble (NaN hashes by identity in CPython; Kaa uses 0
// for unboxed NaNs, which are not objects).
func floatHash(f float64) int64 {
	if math.IsInf(f, 0) {
		if f > 0 {
			return hashInf
		}
		return -hashInf
	}
	if math.IsNaN(f) {
		return 0
	}
	if f == math.Trunc(f) && math.Abs(f) < 1<<63 {
		return intHash(int64(f))
	}
	m, e := math.Frexp(f)
	sign := int64(1)
	if m < 0 {
		sign = -1
		m = -m
	}
	var x uint64
	for m != 0 {
		x = ((x << 28) & hashModulus) | x>>(61-28)
		m *= 268435456.0
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= hashModulus {
			x -= hashModulus
		}
	}
	if e >= 0 {
		e = e % 61
	} else {
		e = 61 - 1 - ((-1 - e) % 61)
	}
	x = ((x << uint(e)) & hashModulus) | x>>(61-uint(e))
	h := int64(x) * sign
	if h == -1 {
		h = -2
	}
	return h
}

// tupleHash combines item hashes as CPython's tuplehash (xxHash-based).
func tupleHash(hs []int64) int64 {
	const (
		p1 = 11400714785074694791
		p2 = 14029467366897019727
		p5 = 2870177450012600261
	)
	acc := uint64(p5)
	for _, h := range hs {
		acc += uint64(h) * p2
		acc = acc<<31 | acc>>33
		acc *= p1
	}
	acc += uint64(len(hs)) ^ (p5 ^ 3527539)
	if acc == math.MaxUint64 {
		return 1546275796
	}
	return int64(acc)
}
