package decimal

import (
	"math/big"
	"strconv"
	"strings"
	"sync"
)

// kind is the class of a decimal value.
type kind uint8

const (
	finite kind = iota
	infinite
	qnan
	snan
)

// num is an immutable decimal value: (-1)**neg × coef × 10**exp for finite
// values; coef is the payload of a NaN. A coef is never mutated once a num holds it.
type num struct {
	neg  bool
	k    kind
	exp  int64
	coef *big.Int
}

// Conditions, as libmpdec's status bits.
const (
	sClamped uint32 = 1 << iota
	sConversionSyntax
	sDivByZero
	sDivImpossible
	sDivUndefined
	sInexact
	sInvalidContext
	sInvalidOp
	sFloatOp
	sOverflow
	sRounded
	sSubnormal
	sUnderflow
	nConditions = iota
)

// sInvalidAll is every condition reported as InvalidOperation.
const sInvalidAll = sConversionSyntax | sDivImpossible | sDivUndefined | sInvalidContext | sInvalidOp

// Rounding modes (indices into roundNames).
const (
	roundUp = iota
	roundDown
	roundCeiling
	roundFloor
	roundHalfUp
	roundHalfDown
	roundHalfEven
	round05Up
)

var roundNames = [...]string{"ROUND_UP", "ROUND_DOWN", "ROUND_CEILING", "ROUND_FLOOR", "ROUND_HALF_UP", "ROUND_HALF_DOWN", "ROUND_HALF_EVEN", "ROUND_05UP"}

const (
	maxPrec  = 999999999999999999
	maxEmax  = 999999999999999999
	minEmin  = -999999999999999999
	minEtiny = minEmin - (maxPrec - 1)
	// maxDigits bounds the coefficients the engine will build: a result that
	// would need more raises MemoryError, as libmpdec's allocation failure.
	maxDigits = 200_000_000
)

// ctx is the arithmetic part of a Context.
type ctx struct {
	prec, emax, emin int64
	round            int
	clamp            int
}

func (c *ctx) etiny() int64 { return c.emin - c.prec + 1 }
func (c *ctx) etop() int64  { return c.emax - c.prec + 1 }

var (
	bigZero = big.NewInt(0)
	bigOne  = big.NewInt(1)
	bigTen  = big.NewInt(10)
)

var pow10Cache struct {
	sync.Mutex
	p []*big.Int
}

// pow10 is 10**n (n >= 0); callers must not modify it.
func pow10(n int64) *big.Int {
	if n < 256 {
		pow10Cache.Lock()
		defer pow10Cache.Unlock()
		if pow10Cache.p == nil {
			pow10Cache.p = make([]*big.Int, 256)
			p := big.NewInt(1)
			for i := range pow10Cache.p {
				pow10Cache.p[i] = new(big.Int).Set(p)
				p.Mul(p, bigTen)
			}
		}
		return pow10Cache.p[n]
	}
	checkDigits(n)
	return new(big.Int).Exp(bigTen, big.NewInt(n), nil)
}

// ndigits is the number of decimal digits of |c| (1 for zero).
func ndigits(c *big.Int) int64 {
	if c.Sign() == 0 {
		return 1
	}
	if c.IsUint64() {
		u := c.Uint64()
		n := int64(1)
		for u >= 10 {
			u /= 10
			n++
		}
		return n
	}
	bl := int64(c.BitLen())
	// digits is floor(log10(c))+1; log10(2) ≈ 0.30103.
	est := (bl - 1) * 30103 / 100000
	// est <= floor(log10 c); adjust upward.
	abs := c
	if c.Sign() < 0 {
		abs = new(big.Int).Abs(c)
	}
	for abs.Cmp(pow10(est+1)) >= 0 {
		est++
	}
	return est + 1
}

func (x *num) isZero() bool    { return x.k == finite && x.coef.Sign() == 0 }
func (x *num) isNaN() bool     { return x.k == qnan || x.k == snan }
func (x *num) isSpecial() bool { return x.k != finite }
func (x *num) digits() int64   { return ndigits(x.coef) }
func (x *num) adj() int64      { return x.exp + ndigits(x.coef) - 1 }

func newFinite(neg bool, coef *big.Int, exp int64) *num {
	return &num{neg: neg, k: finite, exp: exp, coef: coef}
}

func newInf(neg bool) *num { return &num{neg: neg, k: infinite, coef: bigZero} }
func newNaN() *num         { return &num{k: qnan, coef: bigZero} }
func zeroNum(neg bool, exp int64) *num {
	return &num{neg: neg, k: finite, exp: exp, coef: bigZero}
}

// ---- strings ----

// coefStr is the decimal digits of the coefficient.
func (x *num) coefStr() string { return x.coef.String() }

// sci is to-scientific-string; eng uses engineering notation.
func (x *num) toString(eng, upper bool) string {
	var b strings.Builder
	if x.neg {
		b.WriteByte('-')
	}
	switch x.k {
	case infinite:
		b.WriteString("Infinity")
		return b.String()
	case qnan, snan:
		if x.k == snan {
			b.WriteByte('s')
		}
		b.WriteString("NaN")
		if x.coef.Sign() != 0 {
			b.WriteString(x.coef.String())
		}
		return b.String()
	}
	ds := x.coef.String()
	n := int64(len(ds))
	adj := x.exp + n - 1
	if x.exp <= 0 && adj >= -6 {
		if x.exp == 0 {
			b.WriteString(ds)
		} else if n > -x.exp {
			b.WriteString(ds[:n+x.exp])
			b.WriteByte('.')
			b.WriteString(ds[n+x.exp:])
		} else {
			b.WriteString("0.")
			b.WriteString(strings.Repeat("0", int(-x.exp-n)))
			b.WriteString(ds)
		}
		return b.String()
	}
	dot := int64(1) // digits before the point
	e := adj
	if eng {
		if x.coef.Sign() == 0 {
			// zero: the exponent is a multiple of three, with up to two zeros after the point
			m := ((adj % 3) + 3) % 3
			if m != 0 {
				e = adj + (3 - m)
				dot = 1 - (3 - m)
			}
		} else {
			m := ((adj % 3) + 3) % 3
			e = adj - m
			dot = 1 + m
		}
	}
	switch {
	case dot <= 0:
		b.WriteString("0.")
		b.WriteString(strings.Repeat("0", int(-dot)))
		b.WriteString(ds)
	case dot >= n:
		b.WriteString(ds)
		b.WriteString(strings.Repeat("0", int(dot-n)))
	default:
		b.WriteString(ds[:dot])
		b.WriteByte('.')
		b.WriteString(ds[dot:])
	}
	if e != 0 {
		if upper {
			b.WriteByte('E')
		} else {
			b.WriteByte('e')
		}
		if e > 0 {
			b.WriteByte('+')
		}
		b.WriteString(strconv.FormatInt(e, 10))
	}
	return b.String()
}

// parse reads a numeric string (already stripped of surrounding whitespace, with
// ASCII digits); ok false is a syntax error.
func parse(s string) (*num, bool) {
	x := &num{coef: bigZero}
	if s == "" {
		return nil, false
	}
	switch s[0] {
	case '-':
		x.neg = true
		s = s[1:]
	case '+':
		s = s[1:]
	}
	low := strings.ToLower(s)
	if low == "inf" || low == "infinity" {
		x.k = infinite
		return x, true
	}
	if strings.HasPrefix(low, "nan") || strings.HasPrefix(low, "snan") {
		x.k = qnan
		p := low[3:]
		if low[0] == 's' {
			x.k = snan
			p = low[4:]
		}
		if p != "" {
			for i := 0; i < len(p); i++ {
				if p[i] < '0' || p[i] > '9' {
					return nil, false
				}
			}
			p = strings.TrimLeft(p, "0")
			if p != "" {
				c, _ := new(big.Int).SetString(p, 10)
				x.coef = c
			}
		}
		return x, true
	}
	// digits [. digits] [e [sign] digits]
	var ds strings.Builder
	i := 0
	nint, nfrac := 0, 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		ds.WriteByte(s[i])
		i++
		nint++
	}
	if i < len(s) && s[i] == '.' {
		i++
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			ds.WriteByte(s[i])
			i++
			nfrac++
		}
	}
	if nint+nfrac == 0 {
		return nil, false
	}
	var exp int64
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		eneg := false
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			eneg = s[i] == '-'
			i++
		}
		if i == len(s) {
			return nil, false
		}
		big := false
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			if exp > 4e17 {
				big = true
			} else {
				exp = exp*10 + int64(s[i]-'0')
			}
			i++
		}
		if big {
			// beyond any representable exponent: saturate (the result is
			// out of range and ends as an error or zero/infinity)
			exp = 4e18
		}
		if eneg {
			exp = -exp
		}
	}
	if i != len(s) {
		return nil, false
	}
	digits := strings.TrimLeft(ds.String(), "0")
	if digits == "" {
		x.coef = bigZero
	} else if len(digits) < 19 {
		v, _ := strconv.ParseUint(digits, 10, 64)
		x.coef = new(big.Int).SetUint64(v)
	} else {
		x.coef, _ = new(big.Int).SetString(digits, 10)
	}
	x.exp = exp - int64(nfrac)
	return x, true
}
