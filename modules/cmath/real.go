package cmath

import (
	"math"

	"github.com/kaa-python/kaa/internal/libm"
)

// asinh by fdlibm's method over libm's log: for the arguments cmath's
// formulas produce it gives the C library's results more often than Go's.
func asinh(x float64) float64 {
	ax := math.Abs(x)
	var w float64
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0):
		return x
	case ax < 0x1p-28:
		return x
	case ax > 0x1p28:
		w = libm.Log(ax) + ln2
	case ax > 2:
		w = libm.Log(2*ax + 1/(math.Sqrt(x*x+1)+ax))
	default:
		t := x * x
		w = math.Log1p(ax + t/(1+math.Sqrt(1+t)))
	}
	return math.Copysign(w, x)
}
