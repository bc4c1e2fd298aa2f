package libm

import "math"

// The hyperbolic functions as the C library computes them.

const hugeExp = 709.782712893384 // log of the largest double

// Cosh is cosh(x) by fdlibm's method (C library results, where Go's differ
// in the last bit; Go's exp also overflows early on amd64).
func Cosh(x float64) float64 {
	ax := math.Abs(x)
	switch {
	case math.IsNaN(x):
		return x
	case ax < 0.5*math.Ln2:
		t := math.Expm1(ax)
		w := 1 + t
		if ax < 0x1p-55 {
			return w
		}
		return 1 + (t*t)/(w+w)
	case ax < 22:
		t := Exp(ax)
		return 0.5*t + 0.5/t
	case ax < hugeExp:
		return 0.5 * Exp(ax)
	}
	w := Exp(0.5 * ax)
	return (0.5 * w) * w
}

// Sinh is sinh(x) by fdlibm's method.
func Sinh(x float64) float64 {
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
		return h * Exp(ax)
	}
	w := Exp(0.5 * ax)
	return (h * w) * w
}

// Tanh is tanh(x) by fdlibm's method.
func Tanh(x float64) float64 {
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
