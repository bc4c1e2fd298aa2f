package decimal

import (
	"math/big"
	"sync"
)

// Transcendental functions: exp, ln, log10 and power, correctly rounded in
// every rounding mode by Ziv's method: approximate at a working precision with a
// known error bound, and widen until both ends of the error interval round to
// the same result.

// Fixed-point values here are integers v standing for v / 10**F.

var constCache struct {
	sync.Mutex
	ln2, ln10   *big.Int
	ln2F, ln10F int64
}

// atanhInv is atanh(1/k) at scale F (truncated; error below 2 units).
func atanhInv(k int64, F int64) *big.Int {
	S := pow10(F + 3)
	bk := big.NewInt(k)
	kk := big.NewInt(k * k)
	term := new(big.Int).Quo(S, bk)
	sum := new(big.Int).Set(term)
	t := new(big.Int)
	for i := int64(1); term.Sign() != 0; i++ {
		term.Quo(term, kk)
		t.Quo(term, big.NewInt(2*i+1))
		sum.Add(sum, t)
	}
	return sum.Quo(sum, pow10(3))
}

// lnConst returns ln 2 (two == true) or ln 10 at scale F.
func lnConst(two bool, F int64) *big.Int {
	constCache.Lock()
	defer constCache.Unlock()
	c, cf := constCache.ln10, constCache.ln10F
	if two {
		c, cf = constCache.ln2, constCache.ln2F
	}
	if c == nil || cf < F {
		G := F + 10
		ln2 := new(big.Int).Lsh(atanhInv(3, G+2), 1)
		ln10 := new(big.Int).Mul(ln2, big.NewInt(3))
		ln10.Add(ln10, new(big.Int).Lsh(atanhInv(9, G+2), 1))
		ln2.Quo(ln2, pow10(2))
		ln10.Quo(ln10, pow10(2))
		constCache.ln2, constCache.ln2F = ln2, G
		constCache.ln10, constCache.ln10F = ln10, G
		c, cf = ln10, G
		if two {
			c = ln2
		}
	}
	return new(big.Int).Quo(c, pow10(cf-F))
}

// expFixed is exp(r) at scale F for |r| below about 3 (error a few units).
func expFixed(r *big.Int, F int64) *big.Int {
	const guard = 12
	const halvings = 12
	G := F + guard
	S := pow10(G)
	R := new(big.Int).Mul(r, pow10(guard))
	R.Quo(R, big.NewInt(1<<halvings))
	sum := new(big.Int).Set(S)
	term := new(big.Int).Set(S)
	for i := int64(1); ; i++ {
		term.Mul(term, R)
		term.Quo(term, S)
		term.Quo(term, big.NewInt(i))
		if term.Sign() == 0 {
			break
		}
		sum.Add(sum, term)
	}
	for i := 0; i < halvings; i++ {
		sum.Mul(sum, sum)
		sum.Quo(sum, S)
	}
	return sum.Quo(sum, pow10(guard))
}

// lnFixed is ln(v) at scale F for v > 0 (v at scale F too; error a few units).
func lnFixed(v *big.Int, F int64) *big.Int {
	const guard = 10
	G := F + guard
	S := pow10(G)
	V := new(big.Int).Mul(v, pow10(guard))
	k := int64(V.BitLen() - S.BitLen())
	f := new(big.Int)
	if k >= 0 {
		f.Rsh(V, uint(k))
	} else {
		f.Lsh(V, uint(-k))
	}
	hi := new(big.Int).Mul(S, big.NewInt(3))
	hi.Rsh(hi, 1)
	lo := new(big.Int).Mul(S, big.NewInt(3))
	lo.Rsh(lo, 2)
	for f.Cmp(hi) > 0 {
		f.Rsh(f, 1)
		k++
	}
	for f.Cmp(lo) < 0 {
		f.Lsh(f, 1)
		k--
	}
	num1 := new(big.Int).Sub(f, S)
	den := new(big.Int).Add(f, S)
	z := num1.Mul(num1, S)
	z.Quo(z, den)
	z2 := new(big.Int).Mul(z, z)
	z2.Quo(z2, S)
	sum := new(big.Int).Set(z)
	term := new(big.Int).Set(z)
	t := new(big.Int)
	for i := int64(1); ; i++ {
		term.Mul(term, z2)
		term.Quo(term, S)
		if term.Sign() == 0 {
			break
		}
		t.Quo(term, big.NewInt(2*i+1))
		sum.Add(sum, t)
	}
	sum.Lsh(sum, 1)
	if k != 0 {
		l2 := lnConst(true, G)
		sum.Add(sum, l2.Mul(l2, big.NewInt(k)))
	}
	return sum.Quo(sum, pow10(guard))
}

// toFixed is x at scale F (truncated).
func toFixed(x *num, F int64) *big.Int {
	var v *big.Int
	if s := x.exp + F; s >= 0 {
		v = shiftLeft(x.coef, s)
	} else if -s > ndigits(x.coef) {
		v = new(big.Int)
	} else {
		v = new(big.Int).Quo(x.coef, pow10(-s))
	}
	if x.neg {
		v = new(big.Int).Neg(v)
	}
	return v
}

// expOfFixed approximates exp(X/10**F): coefficient and exponent, with an
// error below errUnits units of the coefficient's last place.
func expOfFixed(X *big.Int, F int64) (*big.Int, int64) {
	L := lnConst(false, F)
	// n = round(X / ln10)
	n := new(big.Int).Lsh(X, 1)
	n.Add(n, L)
	n.Quo(n, new(big.Int).Lsh(L, 1))
	if X.Sign() < 0 {
		// floor-ish division for negatives
		n = new(big.Int).Lsh(X, 1)
		n.Sub(n, L)
		n.Quo(n, new(big.Int).Lsh(L, 1))
	}
	g := ndigits(n) + 2
	L2 := lnConst(false, F+g)
	R := new(big.Int).Mul(X, pow10(g))
	R.Sub(R, L2.Mul(L2, n))
	R.Quo(R, pow10(g))
	E := expFixed(R, F)
	return E, n.Int64() - F
}

const errUnits = 50

// ziv runs approx at growing precisions until the interval it gives rounds to
// one result under c. approx returns a coefficient (possibly negative) and an
// exponent; the true value lies strictly within errUnits of it.
func (c *ctx) ziv(st *status, start int64, approx func(F int64) (*big.Int, int64)) *num {
	for F := start; ; F = F*2 + 10 {
		A, e := approx(F)
		neg := A.Sign() < 0
		a := new(big.Int).Abs(A)
		lo := new(big.Int).Sub(a, big.NewInt(errUnits))
		hi := new(big.Int).Add(a, big.NewInt(errUnits))
		var s1, s2 status
		r1 := c.finalize(newFinite(neg, lo, e), &s1)
		r2 := c.finalize(newFinite(neg, hi, e), &s2)
		if lo.Sign() > 0 && sameNum(r1, r2) || F > 4*c.prec+200 {
			s := s1 | sInexact | sRounded
			if s&sSubnormal != 0 {
				s |= sUnderflow
			}
			if r1.k == finite && r1.coef.Sign() == 0 {
				s |= sClamped
			}
			*st |= s
			return r1
		}
	}
}

func sameNum(a, b *num) bool {
	return a.k == b.k && a.neg == b.neg && a.exp == b.exp && a.coef.Cmp(b.coef) == 0
}

// ---- exp ----

func (c *ctx) exp(x *num, st *status) *num {
	if c.round != roundHalfEven {
		w := *c
		w.round = roundHalfEven
		return w.exp(x, st)
	}
	if r, ok := c.nanOp(st, x); ok {
		return r
	}
	if x.k == infinite {
		if x.neg {
			return zeroNum(false, 0)
		}
		return x
	}
	if x.coef.Sign() == 0 {
		return newFinite(false, bigOne, 0)
	}
	if x.adj() < -(c.prec + 2) {
		// exp(x) lies strictly between 1 and 1 ± 10**-(prec+1)
		r := addExact(newFinite(false, bigOne, 0), newFinite(x.neg, bigOne, -(c.prec+4)), c)
		res := c.finalize(r, st)
		*st |= sInexact | sRounded
		return res
	}
	if x.adj() >= 19 {
		return c.outOfRange(!x.neg, false, st)
	}
	start := c.prec + 10
	return c.ziv(st, start, func(F int64) (*big.Int, int64) {
		return expOfFixed(toFixed(x, F+2), F+2)
	})
}

// outOfRange is the result of an exp/power far beyond the exponent limits:
// overflow when big, else underflow to zero.
func (c *ctx) outOfRange(big_, neg bool, st *status) *num {
	if big_ {
		*st |= sOverflow | sInexact | sRounded
		return c.overflowResult(neg)
	}

	r := c.finalize(newFinite(neg, bigOne, c.etiny()-2), st)
	*st |= sInexact | sRounded | sUnderflow | sSubnormal
	return r
}

// ---- ln, log10 ----

// lnApprox is ln(x) for finite x > 0 at scale F (with a few units of error).
func lnApprox(x *num, F int64) *big.Int {
	nd := ndigits(x.coef)
	a := x.adj()
	var M *big.Int
	if s := F - nd + 1; s >= 0 {
		M = shiftLeft(x.coef, s)
	} else {
		M = new(big.Int).Quo(x.coef, pow10(-s))
	}
	r := lnFixed(M, F)
	if a != 0 {
		g := ndigits(big.NewInt(a)) + 2
		L := lnConst(false, F+g)
		L.Mul(L, big.NewInt(a))
		L.Quo(L, pow10(g))
		r.Add(r, L)
	}
	return r
}

// nearOneDigits is how many leading digits of ln(x) vanish because x is
// close to 1.
func nearOneDigits(x *num, c *ctx) int64 {
	a := x.adj()
	if a != 0 && a != -1 {
		return 0
	}
	d := addExact(x, newFinite(true, bigOne, 0), &ctx{prec: ndigits(x.coef) + 5, emax: maxEmax, emin: minEmin})
	if d.coef.Sign() == 0 {
		return 0
	}
	if da := d.adj(); da < 0 {
		return -da
	}
	return 0
}

func isOne(x *num) bool {
	return x.k == finite && !x.neg && x.coef.Sign() != 0 && x.adj() == 0 && isPow10(x.coef)
}

func isPow10(c *big.Int) bool {
	return c.Sign() > 0 && c.Cmp(pow10(ndigits(c)-1)) == 0
}

func (c *ctx) lnSpecial(x *num, st *status) (*num, bool) {
	if r, ok := c.nanOp(st, x); ok {
		return r, true
	}
	if x.k == infinite {
		if x.neg {
			return c.invalid(st), true
		}
		return x, true
	}
	if x.coef.Sign() == 0 {
		return newInf(true), true
	}
	if x.neg {
		return c.invalid(st), true
	}
	return nil, false
}

func (c *ctx) ln(x *num, st *status) *num {
	if c.round != roundHalfEven {
		w := *c
		w.round = roundHalfEven
		return w.ln(x, st)
	}
	if r, ok := c.lnSpecial(x, st); ok {
		return r
	}
	if isOne(x) {
		return zeroNum(false, 0)
	}
	start := c.prec + 10 + nearOneDigits(x, c)
	return c.ziv(st, start, func(F int64) (*big.Int, int64) {
		return lnApprox(x, F), -F
	})
}

func (c *ctx) log10(x *num, st *status) *num {
	if c.round != roundHalfEven {
		w := *c
		w.round = roundHalfEven
		return w.log10(x, st)
	}
	if r, ok := c.lnSpecial(x, st); ok {
		return r
	}
	if isPow10(x.coef) {
		return c.finalize(intNum(x.adj()), st)
	}
	start := c.prec + 10 + nearOneDigits(x, c)
	return c.ziv(st, start, func(F int64) (*big.Int, int64) {
		l := lnApprox(x, F+3)
		l.Mul(l, pow10(F+3))
		l.Quo(l, lnConst(false, F+3))
		return l, -(F + 3)
	})
}

// ---- power ----

// intValue is y's integer value when y is an integer (ok false otherwise).
func intValue(y *num) (*big.Int, bool) {
	if y.k != finite {
		return nil, false
	}
	if y.coef.Sign() == 0 {
		return new(big.Int), true
	}
	if y.exp >= 0 {
		if y.exp > 40 {
			return nil, true // huge integer: caller handles by magnitude
		}
		v := shiftLeft(y.coef, y.exp)
		if y.neg {
			v = new(big.Int).Neg(v)
		}
		return v, true
	}
	q, inexact := rescale(y, 0, roundDown)
	if inexact {
		return nil, false
	}
	v := q.coef
	if y.neg {
		v = new(big.Int).Neg(v)
	}
	return v, true
}

func isOdd(y *num) bool {
	if y.k != finite || y.coef.Sign() == 0 {
		return false
	}
	if y.exp > 0 {
		return false
	}
	q, inexact := rescale(y, 0, roundDown)
	return !inexact && q.coef.Bit(0) == 1
}

func (c *ctx) power(x, y *num, st *status) *num {
	if r, ok := c.nanOp(st, x, y); ok {
		return r
	}
	n, isInt := intValue(y)
	neg := false
	if isInt {
		neg = x.neg && isOdd(y)
	} else if x.neg && !x.isZero() {
		return c.invalid(st)
	}
	if y.k == infinite {
		if isOne(x) && !x.neg {
			return c.oneResult(st)
		}
		ax := copyAbs(x)
		if x.k == infinite || cmpNum(ax, newFinite(false, bigOne, 0)) > 0 {
			if y.neg {
				return zeroNum(false, 0)
			}
			return newInf(false)
		}
		if cmpNum(ax, newFinite(false, bigOne, 0)) < 0 {
			if y.neg {
				return newInf(false)
			}
			return zeroNum(false, 0)
		}
	}
	if x.k == infinite {
		switch {
		case y.coef.Sign() == 0:
			return newFinite(neg, bigOne, 0)
		case y.neg:
			return zeroNum(neg, 0)
		}
		return newInf(neg)
	}
	if x.coef.Sign() == 0 {
		switch {
		case y.coef.Sign() == 0:
			return c.invalid(st)
		case y.neg:
			return newInf(neg)
		}
		return zeroNum(neg, 0)
	}
	ax := copyAbs(x)
	if isOne(ax) {
		// 1.000 ** y
		if isInt && n != nil {
			if n.Sign() < 0 {
				return newFinite(neg, bigOne, 0)
			}
			shift := new(big.Int).Mul(n, big.NewInt(-x.exp))
			if shift.IsInt64() && shift.Int64() <= c.prec-1 {
				s := shift.Int64()
				return c.finalize(newFinite(neg, pow10(s), -s), st)
			}
			r := newFinite(neg, pow10(c.prec-1), 1-c.prec)
			*st |= sRounded
			return c.finalize(r, st)
		}
		if isInt {
			// a huge integer exponent
			if y.neg || x.exp == 0 {
				return newFinite(neg, bigOne, 0)
			}
			*st |= sRounded
			return c.finalize(newFinite(neg, pow10(c.prec-1), 1-c.prec), st)
		}
		return c.oneResultSign(neg, st)
	}
	if y.coef.Sign() == 0 {
		return newFinite(false, bigOne, 0)
	}
	// |x| ** y = exp(y·ln|x|); libmpdec's bounds check first: a lower bound
	// of log10|y·ln|x|| beyond the digits of Emax (or of Etiny) is a certain
	// overflow (underflow)
	nf := 30 + nearOneDigits(ax, c)
	l0 := lnApprox(ax, nf)
	lsz := ndigits(l0) - nf // ≈ adj(ln|x|)+1
	mag := y.adj() + lsz
	l10 := new(big.Int).Mul(l0, pow10(nf))
	l10.Quo(l10, lnConst(false, nf))
	lbOmega := y.adj() + ndigits(l10) - nf - 1 // ≈ adj(y·log10|x|)
	big_ := (l0.Sign() > 0) != y.neg
	if big_ && lbOmega > ndigits(big.NewInt(c.emax)) || !big_ && lbOmega > ndigits(big.NewInt(c.etiny())) || mag >= 20 {
		return c.outOfRange(big_, neg, st)
	}
	if isInt && n != nil {
		return c.intPowerLib(ax, y, n, neg, st)
	}
	if mag-1 < -(max(ndigits(ax.coef), c.prec) + 23) {
		// libmpdec works at max(digits(x), prec)+23 digits, half-even: there
		// exp(y·ln|x|) is exactly 1, which it gives as 1.000… (prec digits)
		return c.oneResultSign(neg, st)
	}
	if mag < -(c.prec + 3) {
		// |y·ln x| < 10**-(prec+2): the result is 1 ± a sticky digit
		below := (l0.Sign() < 0) != y.neg
		r := addExact(newFinite(false, bigOne, 0), newFinite(below, bigOne, -(c.prec+4)), c)
		res := c.finalize(r, st)
		*st |= sInexact | sRounded
		if neg {
			res.neg = true
		}
		return res
	}
	start := c.prec + 10
	return c.ziv(st, start, func(F int64) (*big.Int, int64) {
		G := F + 4 + max(0, y.adj()+1)
		L := lnApprox(ax, G+nearOneDigits(ax, c))
		// T = y·L at scale F
		T := new(big.Int).Mul(L, y.coef)
		if y.neg {
			T.Neg(T)
		}
		sh := G + nearOneDigits(ax, c) - F - y.exp
		if sh >= 0 {
			T.Quo(T, pow10(sh))
		} else {
			T.Mul(T, pow10(-sh))
		}
		E, e := expOfFixed(T, F)
		if neg {
			E.Neg(E)
		}
		return E, e
	})
}

func (c *ctx) oneResult(st *status) *num { return c.oneResultSign(false, st) }

func (c *ctx) oneResultSign(neg bool, st *status) *num {
	*st |= sInexact | sRounded
	return c.finalize(newFinite(neg, pow10(c.prec-1), 1-c.prec), st)
}

// intPower is |x| ** n exactly when the result is small enough to build; ok
// false sends the caller to the general method.
func (c *ctx) intPower(ax *num, n *big.Int, neg bool, st *status) (*num, bool) {
	coef, exp := ax.coef, ax.exp
	// strip trailing zeros of the coefficient into the exponent for estimates
	sc, se := stripTo(coef, exp, exp+ndigits(coef))
	if !n.IsInt64() {
		return nil, false
	}
	nn := n.Int64()
	an := nn
	if an < 0 {
		an = -an
	}
	if isPow10(sc) {
		// 10**k ** n
		k := se
		if k != 0 && (an > 4e18/abs64(k)) {
			return c.outOfRange((k > 0) == (nn > 0), neg, st), true
		}
		if nn > 0 {
			// coefficient coef**n: (j digits) with exponent exp·n
			j := ndigits(coef) - 1
			if j*an+1 <= c.prec && abs64(exp) <= 4e18/max(an, 1) {
				return c.finalize(newFinite(neg, pow10(j*an), exp*an), st), true
			}
			total := (j + exp) * an
			r := newFinite(neg, pow10(c.prec-1), total-c.prec+1)
			*st |= sRounded
			return c.finalize(r, st), true
		}
		if nn < 0 {
			r := c.div(newFinite(false, bigOne, 0), newFinite(false, bigOne, (ndigits(coef)-1+exp)*an), st)
			if r.k != qnan {
				r.neg = neg
			}
			return r, true
		}
	}
	limit := max(4*c.prec, 2000)
	if an*ndigits(sc) > limit {
		return nil, false
	}
	if abs64(exp) > 4e18/max(an, 1) {
		return nil, false
	}
	p := new(big.Int).Exp(coef, big.NewInt(an), nil)
	P := newFinite(false, p, exp*an)
	if nn >= 0 {
		P.neg = neg
		return c.finalize(P, st), true
	}
	r := c.div(newFinite(false, bigOne, 0), P, st)
	if r.k == finite || r.k == infinite {
		r.neg = neg
	}
	return r, true
}

func abs64(v int64) int64 {
	if v < 0 {
		return -v
	}
	return v
}

// intPowerLib is |x| ** n for an integer n as libmpdec computes it (whose
// results CPython gives): binary exponentiation, left to right, each step
// rounded half-even to prec+digits(y)+exp(y)+2 digits within the context's
// exponent limits (so an intermediate underflow ends as zero), 1/|x| first for
// a negative n; then the result rounded to the context.
func (c *ctx) intPowerLib(ax, y *num, n *big.Int, neg bool, st *status) *num {
	w := *c
	w.prec += ndigits(y.coef) + y.exp + 2
	w.round = roundHalfEven
	w.clamp = 0
	base := ax
	e := new(big.Int).Abs(n)
	if n.Sign() < 0 {
		w.prec++
		base = w.div(newFinite(false, bigOne, 0), ax, st)
	}
	if e.Sign() == 0 {
		return newFinite(neg, bigOne, 0)
	}
	var ws status
	r := base
	for i := e.BitLen() - 2; i >= 0; i-- {
		r = w.mul(r, r, &ws)
		if e.Bit(i) == 1 {
			r = w.mul(r, base, &ws)
		}
		if r.k == infinite || r.k == finite && r.coef.Sign() == 0 && ws&sClamped != 0 {
			break
		}
	}
	*st |= ws
	if r.k == infinite {
		r = newFinite(neg, bigOne, 4e18)
	} else {
		r = &num{neg: neg, k: r.k, exp: r.exp, coef: r.coef}
	}
	return c.finalize(r, st)
}
