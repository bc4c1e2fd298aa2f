package libm

import "math"

// VectorNorm is CPython's vector_norm: an accurate sqrt of a sum of squares.
func VectorNorm(vec []float64, maxv float64, foundNaN bool) float64 {
	if math.IsInf(maxv, 0) {
		return maxv
	}
	if foundNaN {
		return math.NaN()
	}
	if maxv == 0 || len(vec) <= 1 {
		return maxv
	}
	_, maxE := math.Frexp(maxv)
	if maxE < -1023 {
		const dblMin = 2.2250738585072014e-308
		for i := range vec {
			vec[i] /= dblMin
		}
		return dblMin * VectorNorm(vec, maxv/dblMin, foundNaN)
	}
	scale := math.Ldexp(1, -maxE)
	csum, frac1, frac2 := 1.0, 0.0, 0.0
	// addProduct adds a*b to csum losslessly (exact product by FMA, exact sum),
	// keeping the low parts in frac1 and frac2.
	addProduct := func(a, b float64) {
		prHi := a * b
		prLo := math.FMA(a, b, -prHi)
		smHi := csum + prHi
		frac1 += prLo
		frac2 += (csum - smHi) + prHi
		csum = smHi
	}
	for _, x := range vec {
		x *= scale
		addProduct(x, x)
	}
	h := math.Sqrt(csum - 1 + (frac1 + frac2))
	addProduct(-h, h)
	x := csum - 1 + (frac1 + frac2)
	h += x / (2 * h) // differential correction
	return h / scale
}
