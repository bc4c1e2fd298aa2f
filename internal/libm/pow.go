package libm

import (
	"math"
	"math/big"
)

// Pow is C's pow. Go's math.Pow multiplies out integral exponents in float64
// and drifts by a few ulps (10.0**308 is not 1e308 there); CPython's libm pow is
// correctly rounded. Integral exponents are therefore computed at 128 bits and rounded
// once; other exponents in double-double (ddpow.go).
func Pow(x, y float64) float64 {
	if y == 2 {
		return x * x
	}
	if y == 0.5 && x > 0 && !math.IsInf(x, 0) {
		return math.Sqrt(x) // correctly rounded, as pow(x, 0.5) is
	}
	if y == 1 || x == 0 || x == 1 || math.IsInf(x, 0) || math.IsNaN(x) || math.IsInf(y, 0) || math.IsNaN(y) {
		return math.Pow(x, y)
	}
	if y != math.Trunc(y) || math.Abs(y) > 1<<20 {
		if x < 0 {
			if y != math.Trunc(y) {
				return math.NaN()
			}
			r := powDD(-x, y)
			if math.Mod(y, 2) != 0 {
				r = -r
			}
			return r
		}
		return powDD(x, y)
	}
	n := int64(math.Abs(y))
	base := new(big.Float).SetPrec(128).SetFloat64(x)
	acc := new(big.Float).SetPrec(128).SetInt64(1)
	for n > 0 {
		if n&1 != 0 {
			acc.Mul(acc, base)
		}
		n >>= 1
		if n > 0 {
			base.Mul(base, base)
		}
	}
	if y < 0 {
		acc.Quo(new(big.Float).SetPrec(128).SetInt64(1), acc)
	}
	r, _ := acc.Float64()
	return r
}
