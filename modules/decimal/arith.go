package decimal

import (
	"math/big"
)

// status collects the conditions an operation raises.
type status = uint32

// errTooBig is panicked with when a result would need more than maxDigits
// digits; the Python layer turns it into MemoryError.
type errTooBig struct{}

func checkDigits(n int64) {
	if n > maxDigits || n < 0 {
		panic(errTooBig{})
	}
}

// shiftLeft is c × 10**n.
func shiftLeft(c *big.Int, n int64) *big.Int {
	if n == 0 || c.Sign() == 0 {
		return c
	}
	checkDigits(ndigits(c) + n)
	return new(big.Int).Mul(c, pow10(n))
}

// roundUpNeeded says whether dropping a remainder rem (compared with half:
// -1, 0, 1; nonzero says rem != 0) from a quotient whose last digit is last
// rounds away from zero in mode.
func roundUpNeeded(mode int, neg bool, nonzero bool, cmpHalf int, last uint) bool {
	if !nonzero {
		return false
	}
	switch mode {
	case roundDown:
		return false
	case roundUp:
		return true
	case roundCeiling:
		return !neg
	case roundFloor:
		return neg
	case roundHalfUp:
		return cmpHalf >= 0
	case roundHalfDown:
		return cmpHalf > 0
	case roundHalfEven:
		return cmpHalf > 0 || cmpHalf == 0 && last%2 == 1
	case round05Up:
		return last == 0 || last == 5
	}
	return false
}

// dropDigits removes the n lowest digits of c, rounding by mode; inexact says
// a nonzero part was dropped.
func dropDigits(c *big.Int, n int64, neg bool, mode int) (q *big.Int, inexact bool) {
	if n <= 0 {
		return c, false
	}
	if c.Sign() == 0 {
		return c, false
	}
	nd := ndigits(c)
	var r *big.Int
	cmpHalf := -1
	if n > nd {
		q = bigZero
		r = c
	} else {
		q, r = new(big.Int).QuoRem(c, pow10(n), new(big.Int))
		if r.Sign() != 0 {
			// compare 2r with 10**n
			r2 := new(big.Int).Lsh(r, 1)
			cmpHalf = r2.Cmp(pow10(n))
		}
	}
	if r.Sign() == 0 {
		return q, false
	}
	last := uint(0)
	if q.Sign() != 0 {
		last = uint(new(big.Int).Rem(q, bigTen).Uint64())
	}
	if roundUpNeeded(mode, neg, true, cmpHalf, last) {
		q = new(big.Int).Add(q, bigOne)
	}
	return q, true
}

// overflowResult is the result of an overflow in mode for a value of sign neg.
func (c *ctx) overflowResult(neg bool) *num {
	inf := false
	switch c.round {
	case roundHalfUp, roundHalfDown, roundHalfEven, roundUp:
		inf = true
	case roundCeiling:
		inf = !neg
	case roundFloor:
		inf = neg
	}
	if inf {
		return newInf(neg)
	}
	coef := new(big.Int).Sub(pow10(c.prec), bigOne)
	return newFinite(neg, coef, c.etop())
}

// finalize rounds a finite exact result to the context and applies the
// exponent limits (libmpdec's mpd_qfinalize).
func (c *ctx) finalize(x *num, st *status) *num {
	if x.k != finite {
		if x.isNaN() {
			return c.fixNaN(x)
		}
		return x
	}
	if x.coef.Sign() == 0 {
		top := c.emax
		if c.clamp != 0 {
			top = c.etop()
		}
		if x.exp > top {
			*st |= sClamped
			return zeroNum(x.neg, top)
		}
		if x.exp < c.etiny() {
			*st |= sClamped
			return zeroNum(x.neg, c.etiny())
		}
		return x
	}
	nd := ndigits(x.coef)
	adj := x.exp + nd - 1
	if adj > c.emax {
		*st |= sOverflow | sInexact | sRounded
		return c.overflowResult(x.neg)
	}
	if adj < c.emin {
		etiny := c.etiny()
		if x.exp < etiny {
			q, inexact := dropDigits(x.coef, etiny-x.exp, x.neg, c.round)
			*st |= sRounded
			if inexact {
				*st |= sInexact | sUnderflow
				if q.Sign() == 0 {
					*st |= sClamped
				}
			}
			x = newFinite(x.neg, q, etiny)
		}
		*st |= sSubnormal
		return c.foldDown(x, st)
	}
	if nd > c.prec {
		drop := nd - c.prec
		q, inexact := dropDigits(x.coef, drop, x.neg, c.round)
		*st |= sRounded
		if inexact {
			*st |= sInexact
		}
		e := x.exp + drop
		if ndigits(q) > c.prec {
			q = new(big.Int).Quo(q, bigTen)
			e++
		}
		x = newFinite(x.neg, q, e)
		if e+c.prec-1 > c.emax {
			*st |= sOverflow | sInexact | sRounded
			return c.overflowResult(x.neg)
		}
	}
	return c.foldDown(x, st)
}

// foldDown lowers the exponent of a nonzero x to Etop when clamp is set.
func (c *ctx) foldDown(x *num, st *status) *num {
	if c.clamp != 0 && x.coef.Sign() != 0 && x.exp > c.etop() {
		shift := x.exp - c.etop()
		*st |= sClamped
		x = newFinite(x.neg, shiftLeft(x.coef, shift), c.etop())
	}
	return x
}

// fixNaN trims a NaN payload to prec-clamp digits.
func (c *ctx) fixNaN(x *num) *num {
	if x.coef.Sign() == 0 {
		return x
	}
	keep := c.prec - int64(c.clamp)
	if ndigits(x.coef) > keep {
		if keep <= 0 {
			return &num{neg: x.neg, k: x.k, coef: bigZero}
		}
		return &num{neg: x.neg, k: x.k, coef: new(big.Int).Rem(x.coef, pow10(keep))}
	}
	return x
}

// nanOp handles NaN operands of an operation: it returns the result and true
// when one of them is a NaN.
func (c *ctx) nanOp(st *status, xs ...*num) (*num, bool) {
	for _, x := range xs {
		if x.k == snan {
			*st |= sInvalidOp
			return c.fixNaN(&num{neg: x.neg, k: qnan, coef: x.coef}), true
		}
	}
	for _, x := range xs {
		if x.k == qnan {
			return c.fixNaN(x), true
		}
	}
	return nil, false
}

func (c *ctx) invalid(st *status) *num {
	*st |= sInvalidOp
	return newNaN()
}

// ---- addition ----

func (c *ctx) add(x, y *num, st *status) *num {
	if r, ok := c.nanOp(st, x, y); ok {
		return r
	}
	if x.k == infinite || y.k == infinite {
		if x.k == infinite && y.k == infinite {
			if x.neg != y.neg {
				return c.invalid(st)
			}
			return x
		}
		if x.k == infinite {
			return x
		}
		return y
	}
	return c.finalize(addExact(x, y, c), st)
}

func (c *ctx) sub(x, y *num, st *status) *num {
	if y.isNaN() {
		return c.add(x, y, st)
	}
	ny := *y
	ny.neg = !ny.neg
	return c.add(x, &ny, st)
}

// addExact is x+y for finite x, y, exact up to what rounding to c can see.
func addExact(x, y *num, c *ctx) *num {
	minExp := min(x.exp, y.exp)
	if x.coef.Sign() == 0 || y.coef.Sign() == 0 {
		var r *num
		switch {
		case x.coef.Sign() == 0 && y.coef.Sign() == 0:
			neg := x.neg && y.neg
			if x.neg != y.neg && c.round == roundFloor {
				neg = true
			}
			return zeroNum(neg, minExp)
		case x.coef.Sign() == 0:
			r = y
		default:
			r = x
		}
		// pad the nonzero operand toward minExp, no further than prec digits
		nd := ndigits(r.coef)
		target := max(minExp, r.exp-max(0, c.prec+1-nd))
		if target < r.exp {
			return newFinite(r.neg, shiftLeft(r.coef, r.exp-target), target)
		}
		return r
	}
	hi, lo := x, y
	if hi.exp < lo.exp {
		hi, lo = lo, hi
	}
	// An operand far below the other's precision only counts as a sticky digit.
	stickyExp := min(hi.exp, hi.adj()-c.prec) - 2
	if lo.adj() < stickyExp {
		lo = newFinite(lo.neg, bigOne, stickyExp)
	}
	a := shiftLeft(hi.coef, hi.exp-lo.exp)
	b := lo.coef
	e := lo.exp
	if hi.neg {
		a = new(big.Int).Neg(a)
	}
	if lo.neg {
		b = new(big.Int).Neg(b)
	}
	s := new(big.Int).Add(a, b)
	if s.Sign() == 0 {
		neg := c.round == roundFloor
		return zeroNum(neg, min(x.exp, y.exp))
	}
	neg := s.Sign() < 0
	return newFinite(neg, s.Abs(s), e)
}

// ---- multiplication ----

func (c *ctx) mul(x, y *num, st *status) *num {
	if r, ok := c.nanOp(st, x, y); ok {
		return r
	}
	neg := x.neg != y.neg
	if x.k == infinite || y.k == infinite {
		if x.isZero() || y.isZero() {
			return c.invalid(st)
		}
		return newInf(neg)
	}
	return c.finalize(mulExact(x, y), st)
}

func mulExact(x, y *num) *num {
	if x.coef.Sign() == 0 || y.coef.Sign() == 0 {
		return zeroNum(x.neg != y.neg, x.exp+y.exp)
	}
	checkDigits(ndigits(x.coef) + ndigits(y.coef))
	return newFinite(x.neg != y.neg, new(big.Int).Mul(x.coef, y.coef), x.exp+y.exp)
}

// ---- division ----

func (c *ctx) div(x, y *num, st *status) *num {
	if r, ok := c.nanOp(st, x, y); ok {
		return r
	}
	neg := x.neg != y.neg
	if x.k == infinite {
		if y.k == infinite {
			return c.invalid(st)
		}
		return newInf(neg)
	}
	if y.k == infinite {
		*st |= sClamped
		return zeroNum(neg, c.etiny())
	}
	if y.coef.Sign() == 0 {
		if x.coef.Sign() == 0 {
			*st |= sDivUndefined
			return newNaN()
		}
		*st |= sDivByZero
		return newInf(neg)
	}
	ideal := x.exp - y.exp
	if x.coef.Sign() == 0 {
		return c.finalize(zeroNum(neg, ideal), st)
	}
	dx, dy := ndigits(x.coef), ndigits(y.coef)
	shift := max(0, c.prec+1+dy-dx)
	checkDigits(dx + shift)
	num1 := shiftLeft(x.coef, shift)
	q, r := new(big.Int).QuoRem(num1, y.coef, new(big.Int))
	exp := ideal - shift
	if r.Sign() != 0 {
		last := new(big.Int).Rem(q, bigTen).Int64()
		if last == 0 || last == 5 {
			q.Add(q, bigOne)
		}
	} else {
		q, exp = stripTo(q, exp, ideal)
	}
	return c.finalize(newFinite(neg, q, exp), st)
}

// stripTo removes trailing zeros from q while its exponent is below ideal.
func stripTo(q *big.Int, exp, ideal int64) (*big.Int, int64) {
	if exp >= ideal || q.Sign() == 0 {
		if q.Sign() == 0 && exp < ideal {
			return q, ideal
		}
		return q, exp
	}
	rem := new(big.Int)
	// strip in big steps first
	for step := int64(16); step >= 1; step /= 2 {
		for exp+step <= ideal {
			qq, rr := new(big.Int).QuoRem(q, pow10(step), rem)
			if rr.Sign() != 0 {
				break
			}
			q = qq
			exp += step
		}
	}
	return q, exp
}

// divMod is the integer part of x/y and the remainder for finite x, y (y != 0);
// ok false is DivisionImpossible (the quotient needs more than prec digits).
func (c *ctx) divMod(x, y *num) (q *big.Int, r *num, ok bool) {
	neg := x.neg != y.neg
	if x.coef.Sign() == 0 {
		return bigZero, zeroNum(x.neg, min(x.exp, y.exp)), true
	}
	xa, ya := x.adj(), y.adj()
	if xa-ya-1 >= c.prec {
		return nil, nil, false
	}
	e := min(x.exp, y.exp)
	if xa < ya-1 {
		// |x| < |y|: quotient 0, remainder x at exponent e
		return bigZero, newFinite(x.neg, shiftLeft(x.coef, x.exp-e), e), true
	}
	a := shiftLeft(x.coef, x.exp-e)
	b := shiftLeft(y.coef, y.exp-e)
	qq, rr := new(big.Int).QuoRem(a, b, new(big.Int))
	if ndigits(qq) > c.prec {
		return nil, nil, false
	}
	_ = neg
	return qq, newFinite(x.neg, rr, e), true
}

func (c *ctx) divInt(x, y *num, st *status) *num {
	if r, ok := c.nanOp(st, x, y); ok {
		return r
	}
	neg := x.neg != y.neg
	if x.k == infinite {
		if y.k == infinite {
			return c.invalid(st)
		}
		return newInf(neg)
	}
	if y.k == infinite {
		return zeroNum(neg, 0)
	}
	if y.coef.Sign() == 0 {
		if x.coef.Sign() == 0 {
			*st |= sDivUndefined
			return newNaN()
		}
		*st |= sDivByZero
		return newInf(neg)
	}
	q, _, ok := c.divMod(x, y)
	if !ok {
		*st |= sDivImpossible
		return newNaN()
	}
	return c.finalize(newFinite(neg, q, 0), st)
}

// remSpecial is what remainder and remainder-near decide before dividing:
// NaN operands, infinities and a zero divisor; done reports that r is the result.
func (c *ctx) remSpecial(x, y *num, st *status) (r *num, done bool) {
	if r, ok := c.nanOp(st, x, y); ok {
		return r, true
	}
	if x.k == infinite {
		return c.invalid(st), true
	}
	if y.k == infinite {
		return c.finalize(x, st), true
	}
	if y.coef.Sign() == 0 {
		if x.coef.Sign() == 0 {
			*st |= sDivUndefined
		} else {
			*st |= sInvalidOp
		}
		return newNaN(), true
	}
	return nil, false
}

func (c *ctx) rem(x, y *num, st *status) *num {
	if r, done := c.remSpecial(x, y, st); done {
		return r
	}
	_, r, ok := c.divMod(x, y)
	if !ok {
		*st |= sDivImpossible
		return newNaN()
	}
	return c.finalize(r, st)
}

// divmodOp is divmod(x, y) as Context.divmod: the integer quotient and remainder.
func (c *ctx) divmodOp(x, y *num, st *status) (*num, *num) {
	if r, ok := c.nanOp(st, x, y); ok {
		return r, r
	}
	neg := x.neg != y.neg
	if x.k == infinite {
		if y.k == infinite {
			n := c.invalid(st)
			return n, n
		}
		*st |= sInvalidOp
		return newInf(neg), newNaN()
	}
	if y.k == infinite {
		return zeroNum(neg, 0), c.finalize(x, st)
	}
	if y.coef.Sign() == 0 {
		if x.coef.Sign() == 0 {
			*st |= sDivUndefined
			return newNaN(), newNaN()
		}
		*st |= sDivByZero | sInvalidOp
		return newInf(neg), newNaN()
	}
	q, r, ok := c.divMod(x, y)
	if !ok {
		*st |= sDivImpossible
		return newNaN(), newNaN()
	}
	return c.finalize(newFinite(neg, q, 0), st), c.finalize(r, st)
}

func (c *ctx) remNear(x, y *num, st *status) *num {
	if r, done := c.remSpecial(x, y, st); done {
		return r
	}
	q, r, ok := c.divMod(x, y)
	if !ok {
		*st |= sDivImpossible
		return newNaN()
	}
	if r.coef.Sign() == 0 {
		return c.finalize(r, st)
	}
	if r.adj() < y.adj()-1 {
		return c.finalize(r, st) // 2|r| < |y|
	}
	// compare 2|r| with |y| at r's exponent
	yc := shiftLeft(y.coef, y.exp-r.exp)
	r2 := new(big.Int).Lsh(r.coef, 1)
	cmp := r2.Cmp(yc)
	if cmp > 0 || cmp == 0 && q.Bit(0) == 1 {
		// r - sign(x/y)·|y| flips the sign: |y| - |r|
		nr := new(big.Int).Sub(yc, r.coef)
		q = new(big.Int).Add(q, bigOne)
		if ndigits(q) > c.prec {
			*st |= sDivImpossible
			return newNaN()
		}
		r = newFinite(!r.neg, nr, r.exp)
	}
	return c.finalize(r, st)
}

// ---- comparison ----

// cmpAbs compares |x| and |y| for finite x, y.
func cmpAbs(x, y *num) int {
	xz, yz := x.coef.Sign() == 0, y.coef.Sign() == 0
	switch {
	case xz && yz:
		return 0
	case xz:
		return -1
	case yz:
		return 1
	}
	xa, ya := x.adj(), y.adj()
	if xa != ya {
		if xa < ya {
			return -1
		}
		return 1
	}
	if x.exp > y.exp {
		return shiftLeft(x.coef, x.exp-y.exp).Cmp(y.coef)
	}
	return x.coef.Cmp(shiftLeft(y.coef, y.exp-x.exp))
}

// cmpNum compares non-NaN x and y.
func cmpNum(x, y *num) int {
	if x.k == infinite || y.k == infinite {
		xv, yv := 0, 0
		if x.k == infinite {
			xv = 1
			if x.neg {
				xv = -1
			}
		}
		if y.k == infinite {
			yv = 1
			if y.neg {
				yv = -1
			}
		}
		if xv != yv {
			if xv < yv {
				return -1
			}
			return 1
		}
		if xv != 0 {
			return 0
		}
		// one infinite, other finite
	}
	if x.k == infinite {
		if x.neg {
			return -1
		}
		return 1
	}
	if y.k == infinite {
		if y.neg {
			return 1
		}
		return -1
	}
	xz, yz := x.coef.Sign() == 0, y.coef.Sign() == 0
	if xz && yz {
		return 0
	}
	xs, ys := sign(x), sign(y)
	if xs != ys {
		if xs < ys {
			return -1
		}
		return 1
	}
	r := cmpAbs(x, y)
	if xs < 0 {
		return -r
	}
	return r
}

func sign(x *num) int {
	if x.k == finite && x.coef.Sign() == 0 {
		return 0
	}
	if x.neg {
		return -1
	}
	return 1
}

func (c *ctx) compare(x, y *num, st *status, signal bool) *num {
	if signal && (x.isNaN() || y.isNaN()) {
		*st |= sInvalidOp
		r, _ := c.nanOp(new(status), x, y)
		return r
	}
	if r, ok := c.nanOp(st, x, y); ok {
		return r
	}
	return intNum(int64(cmpNum(x, y)))
}

func intNum(v int64) *num {
	neg := v < 0
	if neg {
		v = -v
	}
	return newFinite(neg, big.NewInt(v), 0)
}

// cmpTotal is compare_total's order.
func cmpTotal(x, y *num) int {
	if x.neg != y.neg {
		if x.neg {
			return -1
		}
		return 1
	}
	r := cmpTotalMag(x, y)
	if x.neg {
		return -r
	}
	return r
}

func cmpTotalMag(x, y *num) int {
	rank := func(v *num) int {
		switch v.k {
		case finite:
			return 0
		case infinite:
			return 1
		case snan:
			return 2
		}
		return 3
	}
	rx, ry := rank(x), rank(y)
	if rx != ry {
		if rx < ry {
			return -1
		}
		return 1
	}
	switch x.k {
	case infinite:
		return 0
	case qnan, snan:
		return x.coef.Cmp(y.coef)
	}
	if r := cmpAbs(x, y); r != 0 {
		return r
	}
	switch {
	case x.exp < y.exp:
		return -1
	case x.exp > y.exp:
		return 1
	}
	return 0
}

// ---- unary ----

func (c *ctx) plus(x *num, st *status) *num {
	if r, ok := c.nanOp(st, x); ok {
		return r
	}
	if x.isZero() && c.round != roundFloor {
		return c.finalize(zeroNum(false, x.exp), st)
	}
	return c.finalize(x, st)
}

func (c *ctx) minus(x *num, st *status) *num {
	if r, ok := c.nanOp(st, x); ok {
		return r
	}
	n := *x
	n.neg = !n.neg
	if x.isZero() && c.round != roundFloor {
		n.neg = false
	}
	return c.finalize(&n, st)
}

func (c *ctx) abs(x *num, st *status) *num {
	if r, ok := c.nanOp(st, x); ok {
		return r
	}
	n := *x
	n.neg = false
	return c.finalize(&n, st)
}

// ---- quantize and integral values ----

// rescale sets x's exponent to exp, rounding (no range checks).
func rescale(x *num, exp int64, mode int) (*num, bool) {
	if exp > x.exp {
		q, inexact := dropDigits(x.coef, exp-x.exp, x.neg, mode)
		return newFinite(x.neg, q, exp), inexact
	}
	if exp < x.exp {
		if x.coef.Sign() == 0 {
			return zeroNum(x.neg, exp), false
		}
		return newFinite(x.neg, shiftLeft(x.coef, x.exp-exp), exp), false
	}
	return x, false
}

func (c *ctx) quantize(x, y *num, st *status) *num {
	if r, ok := c.nanOp(st, x, y); ok {
		return r
	}
	if x.k == infinite || y.k == infinite {
		if x.k == infinite && y.k == infinite {
			return x
		}
		return c.invalid(st)
	}
	return c.quantizeExp(x, y.exp, st)
}

func (c *ctx) quantizeExp(x *num, exp int64, st *status) *num {
	if exp > c.emax || exp < c.etiny() {
		return c.invalid(st)
	}
	if x.coef.Sign() == 0 {
		return c.finalize(zeroNum(x.neg, exp), st)
	}
	// result digits = adj - exp + 1
	if x.adj()-exp+1 > c.prec {
		return c.invalid(st)
	}
	r, inexact := rescale(x, exp, c.round)
	if r.coef.Sign() != 0 && ndigits(r.coef) > c.prec {
		return c.invalid(st)
	}
	if exp > x.exp {
		*st |= sRounded
		if inexact {
			*st |= sInexact
		}
	}
	if r.coef.Sign() != 0 && r.adj() < c.emin {
		*st |= sSubnormal
	}
	if r.coef.Sign() != 0 && r.adj() > c.emax {
		return c.invalid(st)
	}
	return r
}

// toIntegral rounds to an integer; exact reports Inexact/Rounded.
func (c *ctx) toIntegral(x *num, mode int, exact bool, st *status) *num {
	if r, ok := c.nanOp(st, x); ok {
		return r
	}
	if x.k == infinite || x.exp >= 0 {
		return x
	}
	if x.coef.Sign() == 0 {
		return zeroNum(x.neg, 0)
	}
	r, inexact := rescale(x, 0, mode)
	if exact {
		*st |= sRounded
		if inexact {
			*st |= sInexact
		}
	}
	return r
}

// reduce is normalize: finalize, then strip trailing zeros.
func (c *ctx) reduce(x *num, st *status) *num {
	if r, ok := c.nanOp(st, x); ok {
		return r
	}
	if x.k == infinite {
		return x
	}
	r := c.finalize(x, st)
	if r.k != finite {
		return r
	}
	if r.coef.Sign() == 0 {
		return zeroNum(r.neg, 0)
	}
	top := c.emax
	if c.clamp != 0 {
		top = c.etop()
	}
	q, e := stripTo(r.coef, r.exp, top)
	return newFinite(r.neg, q, e)
}
