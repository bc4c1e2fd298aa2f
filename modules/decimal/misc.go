package decimal

import (
	"math/big"
	"strings"
)

// ---- square root ----

func (c *ctx) sqrt(x *num, st *status) *num {
	if r, ok := c.nanOp(st, x); ok {
		return r
	}
	if x.k == infinite {
		if x.neg {
			return c.invalid(st)
		}
		return x
	}
	ideal := floorDiv(x.exp, 2)
	if x.coef.Sign() == 0 {
		return c.finalize(zeroNum(x.neg, ideal), st)
	}
	if x.neg {
		return c.invalid(st)
	}
	nd := ndigits(x.coef)
	// shift so that the radicand has at least 2·prec+2 digits and an even exponent
	s := max(0, 2*c.prec+2-nd)
	if (x.exp-s)%2 != 0 {
		s++
	}
	checkDigits(nd + s)
	v := shiftLeft(x.coef, s)
	r := new(big.Int).Sqrt(v)
	exp := (x.exp - s) / 2
	if new(big.Int).Mul(r, r).Cmp(v) == 0 {
		r, exp = stripTo(r, exp, ideal)
	} else {
		last := new(big.Int).Rem(r, bigTen).Int64()
		if last == 0 || last == 5 {
			r.Add(r, bigOne)
		}
	}
	w := *c
	w.round = roundHalfEven
	return w.finalize(newFinite(false, r, exp), st)
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// ---- min / max ----

// minMax is max (wantMax) or min, by magnitude when mag.
func (c *ctx) minMax(x, y *num, wantMax, mag bool, st *status) *num {
	if x.isNaN() || y.isNaN() {
		if x.k == snan || y.k == snan {
			r, _ := c.nanOp(st, x, y)
			return r
		}
		// a quiet NaN loses to a number
		if x.isNaN() && !y.isNaN() {
			return c.finalize(y, st)
		}
		if y.isNaN() && !x.isNaN() {
			return c.finalize(x, st)
		}
		return c.fixNaN(x)
	}
	var r int
	if mag {
		ax, ay := *x, *y
		ax.neg, ay.neg = false, false
		r = cmpNum(&ax, &ay)
		if r == 0 {
			r = cmpNum(x, y)
		}
	} else {
		r = cmpNum(x, y)
	}
	if r == 0 {
		r = cmpTotal(x, y)
	}
	pick := x
	if (r < 0) == wantMax {
		pick = y
	}
	if r == 0 {
		pick = x
	}
	return c.finalize(pick, st)
}

// ---- next ----

func (c *ctx) nextPlus(x *num, st *status) *num {
	if r, ok := c.nanOp(st, x); ok {
		return r
	}
	if x.k == infinite {
		if x.neg {
			return c.overflowMax(true)
		}
		return x
	}
	return c.nextToward(x, true)
}

func (c *ctx) nextMinus(x *num, st *status) *num {
	if r, ok := c.nanOp(st, x); ok {
		return r
	}
	if x.k == infinite {
		if !x.neg {
			return c.overflowMax(false)
		}
		return x
	}
	return c.nextToward(x, false)
}

// overflowMax is the largest finite value of the context with sign neg.
func (c *ctx) overflowMax(neg bool) *num {
	return newFinite(neg, new(big.Int).Sub(pow10(c.prec), bigOne), c.etop())
}

// nextToward steps finite x one unit up or down.
func (c *ctx) nextToward(x *num, up bool) *num {
	var st status
	w := *c
	if up {
		w.round = roundCeiling
	} else {
		w.round = roundFloor
	}
	// add a tiny sticky of the right sign below the context's resolution
	etiny := c.etiny()
	tinyExp := etiny - 1
	if x.coef.Sign() != 0 {
		tinyExp = min(etiny, x.adj()-c.prec) - 1
	}
	tiny := newFinite(!up, bigOne, tinyExp)
	r := addExact(x, tiny, &w)
	return w.finalize(r, &st)
}

func (c *ctx) nextTowardOp(x, y *num, st *status) *num {
	if r, ok := c.nanOp(st, x, y); ok {
		return r
	}
	cmp := cmpNum(x, y)
	if cmp == 0 {
		r := *x
		r.neg = y.neg
		return &r
	}
	var r *num
	if cmp < 0 {
		r = c.nextPlus(x, new(status))
	} else {
		r = c.nextMinus(x, new(status))
	}
	if r.k == infinite {
		*st |= sOverflow | sInexact | sRounded
	} else if r.k == finite && r.adj() < c.emin {
		*st |= sUnderflow | sSubnormal | sInexact | sRounded
		if r.coef.Sign() == 0 {
			*st |= sClamped
		}
	}
	return r
}

// ---- scaleb, logb ----

func (c *ctx) scaleb(x, y *num, st *status) *num {
	if r, ok := c.nanOp(st, x, y); ok {
		return r
	}
	if y.k != finite || y.exp != 0 {
		return c.invalid(st)
	}
	lim := 2 * (c.emax + c.prec)
	if ndigits(y.coef) > 19 || !y.coef.IsInt64() || y.coef.Int64() > lim {
		return c.invalid(st)
	}
	n := y.coef.Int64()
	if y.neg {
		n = -n
	}
	if x.k == infinite {
		return x
	}
	return c.finalize(newFinite(x.neg, x.coef, x.exp+n), st)
}

func (c *ctx) logb(x *num, st *status) *num {
	if r, ok := c.nanOp(st, x); ok {
		return r
	}
	if x.k == infinite {
		return newInf(false)
	}
	if x.coef.Sign() == 0 {
		*st |= sDivByZero
		return newInf(true)
	}
	return c.finalize(intNum(x.adj()), st)
}

// ---- digit-wise operations ----

// logicalDigits returns the digits of x (a finite non-negative integer of 0/1
// digits), keeping at most the prec lowest ones.
func (c *ctx) logicalDigits(x *num) (string, bool) {
	if x.k != finite || x.neg || x.exp != 0 {
		return "", false
	}
	s := x.coef.String()
	for i := 0; i < len(s); i++ {
		if s[i] != '0' && s[i] != '1' {
			return "", false
		}
	}
	if int64(len(s)) > c.prec {
		s = s[int64(len(s))-c.prec:]
	}
	return s, true
}

func digitsNum(s string) *num {
	s = strings.TrimLeft(s, "0")
	if s == "" {
		return zeroNum(false, 0)
	}
	v, _ := new(big.Int).SetString(s, 10)
	return newFinite(false, v, 0)
}

func padLeft(s string, n int) string {
	if len(s) >= n {
		return s
	}
	return strings.Repeat("0", n-len(s)) + s
}

func (c *ctx) logical(x, y *num, op byte, st *status) *num {
	a, ok1 := c.logicalDigits(x)
	b, ok2 := c.logicalDigits(y)
	if !ok1 || !ok2 {
		return c.invalid(st)
	}
	n := max(len(a), len(b))
	a, b = padLeft(a, n), padLeft(b, n)
	out := make([]byte, n)
	for i := range out {
		p, q := a[i] == '1', b[i] == '1'
		var r bool
		switch op {
		case '&':
			r = p && q
		case '|':
			r = p || q
		default:
			r = p != q
		}
		if r {
			out[i] = '1'
		} else {
			out[i] = '0'
		}
	}
	return digitsNum(string(out))
}

func (c *ctx) invert(x *num, st *status) *num {
	a, ok := c.logicalDigits(x)
	if !ok {
		return c.invalid(st)
	}
	checkDigits(c.prec)
	out := []byte(padLeft(a, int(c.prec)))
	for i := range out {
		out[i] ^= 1
	}
	return digitsNum(string(out))
}

// shiftArg validates the second operand of shift/rotate.
func (c *ctx) shiftArg(y *num) (int64, bool) {
	if y.k != finite || y.exp != 0 || !y.coef.IsInt64() {
		return 0, false
	}
	n := y.coef.Int64()
	if n > c.prec {
		return 0, false
	}
	if y.neg {
		n = -n
	}
	return n, true
}

func (c *ctx) shiftOp(x, y *num, rotate bool, st *status) *num {
	if r, ok := c.nanOp(st, x, y); ok {
		return r
	}
	n, ok := c.shiftArg(y)
	if !ok {
		return c.invalid(st)
	}
	if x.k == infinite {
		return x
	}
	p := c.prec
	v := x.coef
	if ndigits(v) > p {
		v = new(big.Int).Rem(v, pow10(p))
	}
	var r *big.Int
	if rotate {
		k := ((n % p) + p) % p
		hi := shiftLeft(v, k)
		if ndigits(hi) > p {
			hi = new(big.Int).Rem(hi, pow10(p))
		}
		var lo *big.Int
		if p-k > ndigits(v) {
			lo = new(big.Int)
		} else {
			lo = new(big.Int).Quo(v, pow10(p-k))
		}
		r = hi.Add(new(big.Int).Set(hi), lo)
	} else if n >= 0 {
		r = shiftLeft(v, n)
		if ndigits(r) > p {
			r = new(big.Int).Rem(r, pow10(p))
		}
	} else if -n > ndigits(v) {
		r = new(big.Int)
	} else {
		r = new(big.Int).Quo(v, pow10(-n))
	}
	if r.Sign() == 0 {
		return zeroNum(x.neg, x.exp)
	}
	return newFinite(x.neg, r, x.exp)
}

// ---- fused multiply-add ----

func (c *ctx) fma(x, y, z *num, st *status) *num {
	if x.isNaN() || y.isNaN() {
		if r, ok := c.nanOp(st, x, y, z); ok {
			return r
		}
	}
	if x.k == infinite || y.k == infinite {
		if x.isZero() || y.isZero() {
			return c.invalid(st)
		}
		p := newInf(x.neg != y.neg)
		if r, ok := c.nanOp(st, z); ok {
			return r
		}
		return c.add(p, z, st)
	}
	if r, ok := c.nanOp(st, z); ok {
		return r
	}
	p := mulExact(x, y)
	if z.k == infinite {
		return z
	}
	return c.finalize(addExact(p, z, c), st)
}

// numberClass is number_class's answer.
func (c *ctx) numberClass(x *num) string {
	switch x.k {
	case snan:
		return "sNaN"
	case qnan:
		return "NaN"
	case infinite:
		if x.neg {
			return "-Infinity"
		}
		return "+Infinity"
	}
	sg := "+"
	if x.neg {
		sg = "-"
	}
	if x.coef.Sign() == 0 {
		return sg + "Zero"
	}
	if x.adj() < c.emin {
		return sg + "Subnormal"
	}
	return sg + "Normal"
}
