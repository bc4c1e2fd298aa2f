// Package random is the _random module: the Mersenne Twister (MT19937) generator
// behind random.Random, seeded, stepped and saved exactly as CPython's so that a
// seed gives the same numbers on both.
package random

import (
	crand "crypto/rand"
	"encoding/binary"
	"math/big"
	"os"
	"sync"
	"time"

	"github.com/kaa-python/kaa/py"
)

// Def is the _random module.
var Def = &py.ModuleDef{
	Name: "_random",
	Doc:  "Module implements the Mersenne Twister random number generator.",
	Exec: exec,
}

var (
	typeOnce   sync.Once
	randomType *py.Type
)

func exec(t *py.Thread, m *py.Module) *py.Exception {
	typeOnce.Do(func() {
		randomType = py.NewType(&py.TypeDef{
			Name:    "_random.Random",
			Doc:     "Random() -> create a random number generator with its own internal state.",
			New:     newRandom,
			Init:    initRandom,
			Methods: methods(),
		})
	})
	m.Set("Random", py.TypeValue(randomType))
	return nil
}

// The generator's dimensions and constants (Matsumoto and Nishimura, 1998).
const (
	n         = 624
	m         = 397
	matrixA   = 0x9908b0df
	upperMask = 0x80000000
	lowerMask = 0x7fffffff
)

// generator is a Random: the twister's state words and the next word's index
// (n: the state must be twisted before the next draw).
type generator struct {
	py.Header
	mt    [n]uint32
	index int
}

func of(v py.Value) *generator { return py.Object[generator](v) }

// twist regenerates all n state words.
func (g *generator) twist() {
	mt := &g.mt
	mix := func(i, j, k int) {
		y := mt[i]&upperMask | mt[j]&lowerMask
		mt[i] = mt[k] ^ y>>1 ^ (y&1)*matrixA
	}
	for i := 0; i < n-m; i++ {
		mix(i, i+1, i+m)
	}
	for i := n - m; i < n-1; i++ {
		mix(i, i+1, i+m-n)
	}
	mix(n-1, 0, m-1)
	g.index = 0
}

// next draws one tempered 32-bit word.
func (g *generator) next() uint32 {
	if g.index >= n {
		g.twist()
	}
	y := g.mt[g.index]
	g.index++
	y ^= y >> 11
	y ^= y << 7 & 0x9d2c5680
	y ^= y << 15 & 0xefc60000
	return y ^ y>>18
}

// float53 is random(): 27 and 26 bits of two draws make a 53-bit fraction.
func (g *generator) float53() float64 {
	hi, lo := g.next()>>5, g.next()>>6
	return (float64(hi)*67108864.0 + float64(lo)) / 9007199254740992.0
}

// fill sets the state from one word (init_genrand).
func (g *generator) fill(s uint32) {
	g.mt[0] = s
	for i := 1; i < n; i++ {
		prev := g.mt[i-1]
		g.mt[i] = 1812433253*(prev^prev>>30) + uint32(i)
	}
	g.index = n
}

// seedWords sets the state from a key of words (init_by_array).
func (g *generator) seedWords(key []uint32) {
	g.fill(19650218)
	mt := &g.mt
	i, j := 1, 0
	for k := max(n, len(key)); k > 0; k-- {
		prev := mt[i-1]
		mt[i] = (mt[i] ^ (prev^prev>>30)*1664525) + key[j] + uint32(j)
		i, j = i+1, j+1
		if i >= n {
			mt[0], i = mt[n-1], 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k := n - 1; k > 0; k-- {
		prev := mt[i-1]
		mt[i] = (mt[i] ^ (prev^prev>>30)*1566083941) - uint32(i)
		i++
		if i >= n {
			mt[0], i = mt[n-1], 1
		}
	}
	mt[0] = 0x80000000
}

// seedFresh seeds from the system's entropy, or failing that from the clocks and
// the process id.
func (g *generator) seedFresh() {
	var buf [4 * n]byte
	key := make([]uint32, n)
	if _, err := crand.Read(buf[:]); err == nil {
		for i := range key {
			key[i] = binary.LittleEndian.Uint32(buf[4*i:])
		}
		g.seedWords(key)
		return
	}
	now := uint64(time.Now().UnixNano())
	mono := uint64(time.Since(time.Time{}))
	g.seedWords([]uint32{uint32(now), uint32(now >> 32), uint32(os.Getpid()), uint32(mono), uint32(mono >> 32)})
}

// seed is Random.seed: None draws fresh entropy; an int seeds with its absolute
// value's 32-bit words, least significant first; anything else with its hash
// taken as unsigned.
func (g *generator) seed(t *py.Thread, arg py.Value) *py.Exception {
	if arg.IsNil() || arg.IsNone() {
		g.seedFresh()
		return nil
	}
	num, ok := py.AsBigInt(arg)
	if ok {
		num.Abs(num)
	} else {
		h, err := py.Hash(t, arg)
		if err != nil {
			return err
		}
		num = new(big.Int).SetUint64(uint64(h))
	}
	words := num.Bits()
	key := make([]uint32, 0, 2*len(words)+1)
	for _, w := range words {
		key = append(key, uint32(w), uint32(uint64(w)>>32))
	}
	// Keep the words the number needs (at least one).
	for len(key) > 1 && key[len(key)-1] == 0 {
		key = key[:len(key)-1]
	}
	if len(key) == 0 {
		key = append(key, 0)
	}
	g.seedWords(key)
	return nil
}

// bits is getrandbits(k): k bits filled 32 at a time from the least significant
// end, the last draw keeping its top bits.
func (g *generator) bits(k int64) py.Value {
	if k <= 32 {
		return py.Int(int64(g.next() >> (32 - k)))
	}
	words := make([]big.Word, 0, (k+63)/64)
	var acc uint64
	half := false
	for left := k; left > 0; left -= 32 {
		r := g.next()
		if left < 32 {
			r >>= 32 - left
		}
		if half {
			words = append(words, big.Word(acc|uint64(r)<<32))
			acc, half = 0, false
		} else {
			acc, half = uint64(r), true
		}
	}
	if half {
		words = append(words, big.Word(acc))
	}
	return py.NewBigInt(new(big.Int).SetBits(words))
}

func newRandom(t *py.Thread, typ *py.Type, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
	g := &generator{index: n + 1}
	return py.NewObject(&g.Header, typ), nil
}

// initRandom is Random.__init__ of the base type: an optional seed, positional.
func initRandom(t *py.Thread, self py.Value, args []py.Value, kwnames *py.Tuple) *py.Exception {
	nkw := 0
	if kwnames != nil {
		nkw = len(kwnames.Items())
	}
	if nkw > 0 && self.Type() == randomType {
		return py.Errorf(py.TypeError(), "Random() takes no keyword arguments")
	}
	pos := args[:len(args)-nkw]
	if len(pos) > 1 {
		return py.Errorf(py.TypeError(), "Random() requires 0 or 1 argument")
	}
	var arg py.Value
	if len(pos) == 1 {
		arg = pos[0]
	}
	return of(self).seed(t, arg)
}

func methods() []*py.MethodDef {
	return []*py.MethodDef{
		py.FuncNoArgs("random", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return py.Float(of(self).float53()), nil
		}),
		py.Func("seed", "n=None, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			if err := of(self).seed(t, a[0]); err != nil {
				return py.Value{}, err
			}
			return py.None(), nil
		}),
		py.FuncNoArgs("getstate", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			g := of(self)
			items := make([]py.Value, n+1)
			for i, w := range g.mt {
				items[i] = py.Int(int64(w))
			}
			items[n] = py.Int(int64(g.index))
			return py.NewTuple(items...), nil
		}),
		py.FuncO("setstate", func(t *py.Thread, self, state py.Value) (py.Value, *py.Exception) {
			items, ok := py.TupleItems(state)
			if !ok {
				return py.Value{}, py.Errorf(py.TypeError(), "state vector must be a tuple")
			}
			if len(items) != n+1 {
				return py.Value{}, py.Errorf(py.ValueError(), "state vector is the wrong size")
			}
			var words [n]uint32
			for i := range words {
				w, err := unsignedLong(items[i])
				if err != nil {
					return py.Value{}, err
				}
				words[i] = uint32(w)
			}
			idx, err := py.IndexInt(t, items[n], py.OverflowError())
			if err != nil {
				if err.Matches(py.OverflowError()) {
					return py.Value{}, py.Errorf(py.OverflowError(), "Python int too large to convert to C long")
				}
				return py.Value{}, err
			}
			if idx < 0 || idx > n {
				return py.Value{}, py.Errorf(py.ValueError(), "invalid state")
			}
			g := of(self)
			g.mt, g.index = words, int(idx)
			return py.None(), nil
		}),
		py.FuncO("getrandbits", func(t *py.Thread, self, kv py.Value) (py.Value, *py.Exception) {
			k, err := py.IndexInt(t, kv, py.OverflowError())
			if err != nil {
				if err.Matches(py.OverflowError()) {
					return py.Value{}, py.Errorf(py.OverflowError(), "Python int too large to convert to C int")
				}
				return py.Value{}, err
			}
			if k < -1<<31 || k >= 1<<31 {
				return py.Value{}, py.Errorf(py.OverflowError(), "Python int too large to convert to C int")
			}
			if k < 0 {
				return py.Value{}, py.Errorf(py.ValueError(), "number of bits must be non-negative")
			}
			if k == 0 {
				return py.Int(0), nil
			}
			return of(self).bits(k), nil
		}),
	}
}

// unsignedLong is PyLong_AsUnsignedLong: an int (no __index__) in [0, 2**64).
func unsignedLong(v py.Value) (uint64, *py.Exception) {
	b, ok := py.AsBigInt(v)
	if !ok {
		return 0, py.Errorf(py.TypeError(), "an integer is required")
	}
	if b.Sign() < 0 {
		return 0, py.Errorf(py.OverflowError(), "can't convert negative value to unsigned int")
	}
	if b.BitLen() > 64 {
		return 0, py.Errorf(py.OverflowError(), "Python int too large to convert to C unsigned long")
	}
	return b.Uint64(), nil
}
