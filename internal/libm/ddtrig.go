package libm

import (
	"math"
	"math/big"
	"sync"
)

// sin, cos, tan, atan and atan2 in double-double, rounded once: glibc's are
// (all but) correctly rounded, Go's are not.

// π/2 as three doubles (about 160 bits).
const (
	pio2a = 1.5707963267948966
	pio2b = 6.123233995736766e-17
	pio2c = -1.4973849048591698e-33
)

var ddPio2 = dd{pio2a, pio2b}

// reduce returns r = x - k*π/2 (|r| <= π/4, as double-double) and k mod 4.
func reduce(x float64) (dd, int) {
	if math.Abs(x) <= math.Pi/4 {
		return dd{x, 0}, 0
	}
	if math.Abs(x) < 1<<20 {
		k := math.Round(x / pio2a)
		p, e := twoProd(k, pio2a) // k*pio2a exactly
		r := ddAdd(dd{x, 0}, dd{-p, -e})
		r = ddAdd(r, ddNeg(ddMulF(dd{pio2b, pio2c}, k)))
		return r, int(int64(k) & 3)
	}
	return reduceBig(x)
}

var (
	bigPiOnce sync.Once
	bigPio2   *big.Float
)

const reducePrec = 1300

// bigPi computes π by Machin's formula at reducePrec bits (once).
func bigPiHalf() *big.Float {
	bigPiOnce.Do(func() {
		atanInv := func(n int64) *big.Float {
			// atan(1/n) = sum (-1)^k / ((2k+1) n^(2k+1))
			sum := new(big.Float).SetPrec(reducePrec)
			term := new(big.Float).SetPrec(reducePrec).Quo(big.NewFloat(1).SetPrec(reducePrec), big.NewFloat(float64(n)).SetPrec(reducePrec))
			n2 := new(big.Float).SetPrec(reducePrec).SetInt64(n * n)
			eps := new(big.Float).SetPrec(reducePrec).SetMantExp(big.NewFloat(1), -reducePrec-10)
			for k := int64(0); ; k++ {
				t := new(big.Float).SetPrec(reducePrec).Quo(term, new(big.Float).SetInt64(2*k+1))
				if k%2 == 0 {
					sum.Add(sum, t)
				} else {
					sum.Sub(sum, t)
				}
				term.Quo(term, n2)
				if term.Cmp(eps) < 0 {
					break
				}
			}
			return sum
		}
		pi := new(big.Float).SetPrec(reducePrec).Mul(big.NewFloat(16), atanInv(5))
		pi.Sub(pi, new(big.Float).SetPrec(reducePrec).Mul(big.NewFloat(4), atanInv(239)))
		bigPio2 = pi.Quo(pi, big.NewFloat(2))
	})
	return bigPio2
}

// reduceBig reduces a huge argument with π/2 at 1300 bits (enough for every
// double: the largest is below 2**1024).
func reduceBig(x float64) (dd, int) {
	p := bigPiHalf()
	bx := new(big.Float).SetPrec(reducePrec).SetFloat64(x)
	q := new(big.Float).SetPrec(reducePrec).Quo(bx, p)
	// k = round(q)
	half := big.NewFloat(0.5)
	if q.Sign() < 0 {
		q.Sub(q, half)
	} else {
		q.Add(q, half)
	}
	k, _ := q.Int(nil)
	kf := new(big.Float).SetPrec(reducePrec).SetInt(k)
	r := new(big.Float).SetPrec(reducePrec).Sub(bx, kf.Mul(kf, p))
	hi, _ := r.Float64()
	lo, _ := r.Sub(r, new(big.Float).SetFloat64(hi)).Float64()
	m := new(big.Int).And(k, big.NewInt(3)).Int64()
	return dd{hi, lo}, int(m)
}

// sinDD and cosDD are the Taylor series for |r| <= π/4, by Horner in r².
func sinDD(r dd) dd { return ddMul(r, evenSeries(ddMul(r, r), 27)) }
func cosDD(r dd) dd { return evenSeries(ddMul(r, r), 26) }

// evenSeries is the alternating series Σ ±r2^k/n! over n = n0, n0+2, …, first
// (n0 = first mod 2, the sign of 1/n! is (-1)^(n/2)), evaluated by Horner in r2.
func evenSeries(r2 dd, first int) dd {
	coef := func(n int) dd {
		if (n/2)%2 == 1 {
			return ddNeg(invFact[n])
		}
		return invFact[n]
	}
	p := coef(first)
	for n := first - 2; n >= 0; n -= 2 {
		p = ddAdd(coef(n), ddMul(p, r2))
	}
	return p
}

// sinAndCos is sin(x) and cos(x) in double-double, from one reduction.
func sinAndCos(x float64, wantSin, wantCos bool) (s, c dd) {
	r, k := reduce(x)
	var sr, cr dd
	if wantSin || k&1 == 1 && wantCos {
		sr = sinDD(r)
	}
	if wantCos || k&1 == 1 && wantSin {
		cr = cosDD(r)
	}
	switch k & 3 {
	case 1:
		return cr, ddNeg(sr)
	case 2:
		return ddNeg(sr), ddNeg(cr)
	case 3:
		return ddNeg(cr), sr
	}
	return sr, cr
}

func special(x float64) bool { return math.IsNaN(x) || math.IsInf(x, 0) }

// Sin is sin(x).
func Sin(x float64) float64 {
	if special(x) || x == 0 {
		return math.Sin(x)
	}
	s, _ := sinAndCos(x, true, false)
	return s.hi + s.lo
}

// Cos is cos(x).
func Cos(x float64) float64 {
	if special(x) {
		return math.Cos(x)
	}
	_, c := sinAndCos(x, false, true)
	return c.hi + c.lo
}

// Tan is tan(x).
func Tan(x float64) float64 {
	if special(x) || x == 0 {
		return math.Tan(x)
	}
	t := ddDiv(sinAndCos(x, true, true))
	return t.hi + t.lo
}

func ddSqrt(a dd) dd {
	if a.hi <= 0 {
		return dd{0, 0}
	}
	s := math.Sqrt(a.hi)
	p, e := twoProd(s, s)
	r := ddAdd(a, dd{-p, -e})
	return ddAdd(dd{s, 0}, dd{r.hi / (2 * s), 0})
}

// atanDD is atan(t) for a double-double t.
func atanDD(t dd) dd {
	neg := t.hi < 0
	if neg {
		t = ddNeg(t)
	}
	inv := false
	if t.hi > 1 {
		t = ddDiv(dd{1, 0}, t)
		inv = true
	}
	// atan(t) = 2 atan(t / (1 + sqrt(1 + t²)))
	halvings := 0
	for t.hi > 0.125 {
		t = ddDiv(t, ddAdd(dd{1, 0}, ddSqrt(ddAdd(dd{1, 0}, ddMul(t, t)))))
		halvings++
	}
	t2 := ddMul(t, t)
	sum := dd{0, 0}
	for n := 37; n >= 1; n -= 2 { // 1 - t²/3 + t⁴/5 - …, by Horner (t < 1/8)
		sum = ddAdd(invInt[n], ddNeg(ddMul(t2, sum)))
	}
	r := ddMul(t, sum)
	r = ddMulF(r, math.Ldexp(1, halvings))
	if inv {
		r = ddAdd(ddPio2, ddNeg(r))
	}
	if neg {
		r = ddNeg(r)
	}
	return r
}

// Atan is atan(x).
func Atan(x float64) float64 {
	if special(x) || x == 0 {
		return math.Atan(x)
	}
	r := atanDD(dd{x, 0})
	return r.hi + r.lo
}

// Atan2 is atan2(y, x), with C99's special cases. The quotient taken is at
// most 1 in magnitude, so it never overflows.
func Atan2(y, x float64) float64 {
	if q := y / x; x > 0 && !math.IsInf(x, 0) && y != 0 && math.Abs(q) < 0x1p-60 {
		// atan(q) = q(1 - q²/3 + …) rounds as q does (a NaN or infinite y
		// fails the test); the double-double quotient would lose bits when q
		// is subnormal, and Go's atan2 is not correctly rounded.
		return q
	}
	if special(x) || special(y) || x == 0 || y == 0 {
		return math.Atan2(y, x)
	}
	var r dd
	if math.Abs(y) > math.Abs(x) { // atan2(y, x) = ±π/2 - atan(x/y)
		r = ddAdd(ddPio2, ddNeg(atanDD(ddDiv(dd{x, 0}, dd{y, 0}))))
		if y < 0 {
			r = ddAdd(ddNeg(ddPio2), ddNeg(atanDD(ddDiv(dd{x, 0}, dd{y, 0}))))
		}
		return r.hi + r.lo
	}
	r = atanDD(ddDiv(dd{y, 0}, dd{x, 0}))
	if x < 0 {
		pi := dd{2 * pio2a, 2 * pio2b}
		if y > 0 {
			r = ddAdd(r, pi)
		} else {
			r = ddAdd(r, ddNeg(pi))
		}
	}
	return r.hi + r.lo
}
