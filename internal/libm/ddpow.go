package libm

import (
	"math"
)

// Double-double arithmetic (about 106 significant bits) for a pow that rounds
// like glibc's correctly rounded one: x**y = exp(y*log(x)) evaluated with
// enough spare bits that rounding the result once to float64 gives the
// correctly rounded value (barring cases astronomically close to a tie).

type dd struct{ hi, lo float64 }

func twoSum(a, b float64) (float64, float64) {
	s := a + b
	bb := s - a
	return s, (a - (s - bb)) + (b - bb)
}

func quickTwoSum(a, b float64) (float64, float64) {
	s := a + b
	return s, b - (s - a)
}

func twoProd(a, b float64) (float64, float64) {
	p := a * b
	return p, math.FMA(a, b, -p)
}

func ddAdd(a, b dd) dd {
	s, e := twoSum(a.hi, b.hi)
	t, f := twoSum(a.lo, b.lo)
	e += t
	s, e = quickTwoSum(s, e)
	e += f
	s, e = quickTwoSum(s, e)
	return dd{s, e}
}

func ddNeg(a dd) dd { return dd{-a.hi, -a.lo} }

func ddMul(a, b dd) dd {
	p, e := twoProd(a.hi, b.hi)
	e += a.hi*b.lo + a.lo*b.hi
	p, e = quickTwoSum(p, e)
	return dd{p, e}
}

func ddMulF(a dd, b float64) dd {
	p, e := twoProd(a.hi, b)
	e += a.lo * b
	p, e = quickTwoSum(p, e)
	return dd{p, e}
}

func ddDiv(a, b dd) dd {
	q1 := a.hi / b.hi
	r := ddAdd(a, ddNeg(ddMulF(b, q1)))
	q2 := r.hi / b.hi
	r = ddAdd(r, ddNeg(ddMulF(b, q2)))
	q3 := r.hi / b.hi
	q1, q2 = quickTwoSum(q1, q2)
	return ddAdd(dd{q1, q2}, dd{q3, 0})
}

var ddLn2 = dd{0.6931471805599453, 2.3190468138462996e-17}

// The series coefficients invFact and invInt are tables (ddcoef_gen.go), not
// computed at start-up.

// ddLog is log(x) for finite x > 0.
func ddLog(x float64) dd {
	m, e := math.Frexp(x) // x = m * 2**e, m in [0.5, 1)
	if m < math.Sqrt2/2 {
		m *= 2
		e--
	}
	// log(m) = 2 atanh(s), s = (m-1)/(m+1), |s| < 0.172
	num := dd{m - 1, 0} // exact: m is within a factor 2 of 1
	h, l := twoSum(m, 1)
	s := ddDiv(num, dd{h, l})
	s2 := ddMul(s, s)
	sum := dd{0, 0}
	for k := 45; k >= 1; k -= 2 { // Horner on 1 + s²/3 + s⁴/5 + … (s² < 0.03)
		sum = ddAdd(invInt[k], ddMul(sum, s2))
	}
	lm := ddMulF(ddMul(s, sum), 2)
	return ddAdd(ddMulF(ddLn2, float64(e)), lm)
}

// ddExp is exp(z) rounded to float64.
func ddExp(z dd) float64 {
	if z.hi > 709.8 {
		return math.Inf(1)
	}
	if z.hi < -745.2 {
		return 0
	}
	e, k := ddExpScaled(z)
	return math.Ldexp(e.hi+e.lo, k)
}

// ddExpScaled is exp(z) as a double-double m and a power of two: m·2**k.
func ddExpScaled(z dd) (dd, int) {
	k := math.Round(z.hi / ddLn2.hi)
	r := ddAdd(z, ddNeg(ddMulF(ddLn2, k)))
	// exp(r) = exp(r/256)**256; |r/256| < 0.0014, so 11 Taylor terms.
	r = dd{r.hi / 256, r.lo / 256}
	sum := invFact[11]
	for n := 10; n >= 0; n-- {
		sum = ddAdd(invFact[n], ddMul(r, sum))
	}
	for i := 0; i < 8; i++ {
		sum = ddMul(sum, sum)
	}
	return sum, int(k)
}

// powDD is x**y for finite x > 0 and finite y.
func powDD(x, y float64) float64 {
	return ddExp(ddMulF(ddLog(x), y))
}

var ddLn10 = dd{2.302585092994046, -2.1707562233822494e-16}

// Exp is exp(x) rounded from double-double (glibc's exp is all but
// correctly rounded; Go's math.Exp is off by an ulp more often).
func Exp(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return math.Exp(x)
	}
	return ddExp(dd{x, 0})
}

// Log is log(x) rounded from double-double.
func Log(x float64) float64 {
	if !(x > 0) || math.IsInf(x, 0) {
		return math.Log(x)
	}
	l := ddLog(x)
	return l.hi + l.lo
}

// Log2 is log2(x): exact for powers of two.
func Log2(x float64) float64 {
	if !(x > 0) || math.IsInf(x, 0) {
		return math.Log2(x)
	}
	if m, e := math.Frexp(x); m == 0.5 {
		return float64(e - 1)
	}
	l := ddDiv(ddLog(x), ddLn2)
	return l.hi + l.lo
}

// Log10 is log10(x) computed the way glibc's (fdlibm's) log10 does — it is
// not correctly rounded, and CPython prints what it returns: x is split as
// 2**k * m with m in [1, 2) (or [0.5, 1) when k < 0), and
// log10(x) = k*log10(2) + log(m)/ln(10) with log10(2) in two parts.
func Log10(x float64) float64 {
	if !(x > 0) || math.IsInf(x, 0) {
		return math.Log10(x)
	}
	const (
		ivln10    = 4.34294481903251816668e-01
		log10_2hi = 3.01029995663611771306e-01
		log10_2lo = 3.69423907715893078616e-13
	)
	k := 0
	bits := math.Float64bits(x)
	if bits>>52 == 0 { // subnormal
		x *= 1 << 54
		k -= 54
		bits = math.Float64bits(x)
	}
	k += int(bits>>52) - 1023
	i := 0
	if k < 0 {
		i = 1
	}
	bits = bits&(1<<52-1) | uint64(0x3ff-i)<<52
	y := float64(k + i)
	// float64() conversions keep the compiler from fusing into FMAs (glibc does not)
	z := float64(y*log10_2lo) + float64(ivln10*Log(math.Float64frombits(bits)))
	return z + float64(y*log10_2hi)
}

// Exp2 is 2**x: exact for integral x, correctly rounded otherwise.
func Exp2(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) || x == math.Trunc(x) {
		return math.Exp2(x)
	}
	return ddExp(ddMulF(ddLn2, x))
}
