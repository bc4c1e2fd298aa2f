package constant

import (
	"math"
	"math/big"
)

// PowFloat is C's pow. Go's math.Pow multiplies out integral exponents in float64
// and drifts by a few ulps (10.0**308 is not 1e308 there); CPython's libm pow is
// correctly rounded. Integral exponents are therefore computed at 128 bits and rounded
// once; other exponents use math.Pow (known to differ from glibc in the last bit now
// and then).
func PowFloat(x, y float64) float64 {
	if y == 2 {
		return x * x
	}
	if y == 1 || x == 0 || x == 1 || math.IsInf(x, 0) || math.IsNaN(x) || math.IsInf(y, 0) || math.IsNaN(y) || y != math.Trunc(y) || math.Abs(y) > 1<<20 {
		return math.Pow(x, y)
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
