package libm

import "math"

// asin and acos in double-double, rounded once. (glibc's sinh, cosh, tanh,
// asinh and acosh are not correctly rounded — Go's match them more often than
// correctly rounded values would — so those stay Go's.)

func round1(x dd) float64 { return x.hi + x.lo }

// asinDD is asin(x) for |x| < 1: atan(x / sqrt((1-x)(1+x))).
func asinDD(x float64) dd {
	h, l := twoSum(1, -x)
	p, q := twoSum(1, x)
	return atanDD(ddDiv(dd{x, 0}, ddSqrt(ddMul(dd{h, l}, dd{p, q}))))
}

// Asin is asin(x).
func Asin(x float64) float64 {
	if math.IsNaN(x) || math.Abs(x) >= 1 || x == 0 {
		return math.Asin(x)
	}
	return round1(asinDD(x))
}

// Acos is acos(x) = π/2 - asin(x).
func Acos(x float64) float64 {
	if math.IsNaN(x) || math.Abs(x) >= 1 {
		return math.Acos(x)
	}
	return round1(ddAdd(ddPio2, ddNeg(asinDD(x))))
}
