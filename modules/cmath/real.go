package cmath

import (
	"math"

	"github.com/kaa-python/kaa/internal/libm"
)

// Real hyperbolic functions in the way of the C library CPython calls (fdlibm's
// method over expm1 and exp): Go's own differ in the last bit, and math.Exp
// overflows early on amd64.

const hugeExp = 709.782712893384 // log of the largest double

func cosh(x float64) float64 {
	ax := math.Abs(x)
	switch {
	case math.IsNaN(x):
		return x
	case ax < 0.5*ln2:
		t := math.Expm1(ax)
		w := 1 + t
		if ax < 0x1p-55 {
			return w
		}
		return 1 + (t*t)/(w+w)
	case ax < 22:
		t := libm.Exp(ax)
		return 0.5*t + 0.5/t
	case ax < hugeExp:
		return 0.5 * libm.Exp(ax)
	}
	w := libm.Exp(0.5 * ax)
	return (0.5 * w) * w
}

func sinh(x float64) float64 {
	ax := math.Abs(x)
	h := math.Copysign(0.5, x)
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0):
		return x
	case ax < 22:
		if ax < 0x1p-28 {
			return x
		}
		t := math.Expm1(ax)
		if ax < 1 {
			return h * (2*t - t*t/(t+1))
		}
		return h * (t + t/(t+1))
	case ax < hugeExp:
		return h * libm.Exp(ax)
	}
	w := libm.Exp(0.5 * ax)
	return (h * w) * w
}

func tanh(x float64) float64 {
	ax := math.Abs(x)
	var z float64
	switch {
	case math.IsNaN(x):
		return x
	case ax < 0x1p-55:
		return x
	case ax >= 22:
		z = 1
	case ax >= 1:
		t := math.Expm1(2 * ax)
		z = 1 - 2/(t+2)
	default:
		t := math.Expm1(-2 * ax)
		z = -t / (t + 2)
	}
	return math.Copysign(z, x)
}

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
