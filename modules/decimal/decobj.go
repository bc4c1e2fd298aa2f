package decimal

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"

	"github.com/kaa-python/kaa/py"
)

// decObj is a decimal.Decimal.
type decObj struct {
	py.Header
	n *num
}

var decType *py.Type

func asNum(v py.Value) *num { return py.Object[decObj](v).n }

func isDec(v py.Value) bool { return v.Type() == decType || v.Type().IsSubtype(decType) }

func newDec(typ *py.Type, n *num) py.Value {
	d := &decObj{n: n}
	return py.NewObject(&d.Header, typ)
}

// finish runs an operation under the context o and returns its result as a
// Decimal of type typ, raising the trapped signals.
func (o *ctxObj) finish(t *py.Thread, typ *py.Type, f func(c *ctx, st *status) *num) (r py.Value, err *py.Exception) {
	var st status
	n, perr := protect(func() *num { return f(&o.c, &st) })
	if perr != nil {
		return py.Value{}, perr
	}
	if e := o.addStatus(t, st); e != nil {
		return py.Value{}, e
	}
	return newDec(typ, n), nil
}

// protect runs f, turning the engine's size guard into MemoryError.
func protect(f func() *num) (n *num, err *py.Exception) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(errTooBig); ok {
				err = py.NewException(py.MemoryError())
				return
			}
			panic(r)
		}
	}()
	return f(), nil
}

// ---- conversions ----

// intNumOf is the exact value of a Python int.
func intNumOf(v py.Value) *num {
	if n, ok := py.AsInt64(v); ok {
		neg := n < 0
		u := uint64(n)
		if neg {
			u = uint64(-n)
			if n == math.MinInt64 {
				u = 1 << 63
			}
		}
		return newFinite(neg, new(big.Int).SetUint64(u), 0)
	}
	b, _ := py.AsBigInt(v)
	neg := b.Sign() < 0
	return newFinite(neg, new(big.Int).Abs(b), 0)
}

// floatNum is the exact value of a float.
func floatNum(f float64) *num {
	if math.IsNaN(f) {
		return &num{k: qnan, neg: math.Signbit(f), coef: bigZero}
	}
	if math.IsInf(f, 0) {
		return newInf(f < 0)
	}
	neg := math.Signbit(f)
	f = math.Abs(f)
	if f == 0 {
		return zeroNum(neg, 0)
	}
	mant, exp := math.Frexp(f)
	m := int64(mant * (1 << 53))
	e := exp - 53
	for m%2 == 0 {
		m /= 2
		e++
	}
	c := big.NewInt(m)
	if e >= 0 {
		c.Lsh(c, uint(e))
		return newFinite(neg, c, 0)
	}
	// m / 2**-e = m·5**-e / 10**-e
	c.Mul(c, new(big.Int).Exp(big.NewInt(5), big.NewInt(int64(-e)), nil))
	return newFinite(neg, c, int64(e))
}

func fromFloatValue(t *py.Thread, v py.Value) (*num, *py.Exception) {
	if py.IsInt(v) {
		return intNumOf(v), nil
	}
	f, ok := py.FloatValue(v)
	if !ok {
		if v.Type().IsSubtype(py.FloatType()) {
			ff, err := py.AsFloat(t, v)
			if err != nil {
				return nil, err
			}
			f = ff
		} else {
			return nil, py.Errorf(py.TypeError(), "argument must be int or float")
		}
	}
	return floatNum(f), nil
}

// convert is a Context method's operand: a Decimal or an int.
func (o *ctxObj) convert(t *py.Thread, v py.Value) (*num, *py.Exception) {
	if isDec(v) {
		return asNum(v), nil
	}
	if py.IsInt(v) {
		return intNumOf(v), nil
	}
	return nil, py.Errorf(py.TypeError(), "conversion from %s to Decimal is not supported", py.TypeName(v))
}

// numOp converts an operator's other operand; ok false is NotImplemented.
func numOp(v py.Value) (*num, bool) {
	if isDec(v) {
		return asNum(v), true
	}
	if py.IsInt(v) {
		return intNumOf(v), true
	}
	return nil, false
}

// cleanString prepares a str for parsing: surrounding whitespace removed,
// other Unicode digits made ASCII, underscores between digits dropped; ok false
// for characters no numeric string has.
func cleanString(s string, lenient bool) (string, bool) {
	if lenient {
		s = strings.TrimFunc(s, unicode.IsSpace)
	}
	var b strings.Builder
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case r < 128:
			if r == '_' {
				if !lenient || i == 0 || i == len(rs)-1 || !isDigitRune(rs[i-1]) || !isDigitRune(rs[i+1]) {
					return "", false
				}
				continue
			}
			b.WriteRune(r)
		case unicode.IsDigit(r):
			d := digitValue(r)
			if d < 0 {
				return "", false
			}
			b.WriteByte(byte('0' + d))
		case unicode.IsSpace(r):
			return "", false
		default:
			return "", false
		}
	}
	return b.String(), true
}

func isDigitRune(r rune) bool { return r >= '0' && r <= '9' || r > 127 && unicode.IsDigit(r) }

// digitValue is the decimal value of a Unicode decimal digit (Nd): digits come
// in runs of ten starting at a zero.
func digitValue(r rune) int {
	// Nd digits come in runs of ten starting at a zero: count back to the
	// start of the run (the mathematical digits are five runs in a row).
	start := r
	for start > 0 && unicode.Is(unicode.Nd, start-1) && r-start < 49 {
		start--
	}
	return int(r-start) % 10
}

// exactFromString is Decimal(str): exact, NaN payloads kept, syntax errors
// and out-of-range exponents reported through o.
func numFromString(s string, lenient bool) (*num, uint32) {
	cs, ok := cleanString(s, lenient)
	if !ok {
		return newNaN(), sConversionSyntax
	}
	x, ok := parse(cs)
	if !ok {
		return newNaN(), sConversionSyntax
	}
	if x.k == finite {
		if x.exp > maxEmax+maxPrec || x.exp < minEtiny-maxPrec {
			return newNaN(), sInvalidOp
		}
		if x.coef.Sign() != 0 && (x.adj() > maxEmax || x.exp < minEtiny) {
			return newNaN(), sInvalidOp
		}
		if x.coef.Sign() == 0 && (x.exp > maxEmax || x.exp < minEtiny) {
			return newNaN(), sInvalidOp
		}
	}
	if x.isNaN() && ndigits(x.coef) > maxPrec-1 {
		return newNaN(), sConversionSyntax
	}
	return x, 0
}

// numFromTuple is Decimal((sign, digits, exponent)).
func numFromTuple(t *py.Thread, v py.Value) (*num, *py.Exception) {
	items, err := py.ToSlice(t, v)
	if err != nil {
		return nil, err
	}
	if len(items) != 3 {
		return nil, py.Errorf(py.ValueError(), "argument must be a sequence of length 3")
	}
	if !py.IsInt(items[0]) {
		return nil, py.Errorf(py.ValueError(), "sign must be an integer with the value 0 or 1")
	}
	sg, _ := py.AsInt64(items[0])
	if sg != 0 && sg != 1 {
		return nil, py.Errorf(py.ValueError(), "sign must be an integer with the value 0 or 1")
	}
	x := &num{neg: sg == 1, coef: bigZero}
	if s, ok := py.AsStr(items[2]); ok {
		switch s {
		case "F":
			x.k = infinite
		case "n":
			x.k = qnan
		case "N":
			x.k = snan
		default:
			return nil, py.Errorf(py.ValueError(), "string argument in the third position must be 'F', 'n' or 'N'")
		}
	} else if py.IsInt(items[2]) {
		e, ok := py.AsInt64(items[2])
		if !ok {
			return nil, py.Errorf(py.OverflowError(), "Python int too large to convert to C ssize_t")
		}
		// saturate: out of every context's range either way, and safe to add to
		x.exp = min(max(e, -4e18), 4e18)
	} else {
		return nil, py.Errorf(py.ValueError(), "exponent must be an integer")
	}
	if !items[1].Type().IsSubtype(py.TupleType()) && !items[1].Type().IsSubtype(py.ListType()) {
		return nil, py.Errorf(py.ValueError(), "coefficient must be a tuple of digits")
	}
	ds, err := py.ToSlice(t, items[1])
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	for _, d := range ds {
		n, ok := py.AsInt64(d)
		if !py.IsInt(d) || !ok || n < 0 || n > 9 {
			return nil, py.Errorf(py.ValueError(), "coefficient must be a tuple of digits")
		}
		b.WriteByte(byte('0' + n))
	}
	if x.k == infinite {
		return x, nil
	}
	digits := strings.TrimLeft(b.String(), "0")
	if digits != "" {
		x.coef, _ = new(big.Int).SetString(digits, 10)
	}
	return x, nil
}

// exactNum converts a constructor argument exactly; status bits go to the
// context.
func exactNum(t *py.Thread, o *ctxObj, v py.Value) (*num, *py.Exception) {
	switch {
	case isDec(v):
		return asNum(v), nil
	case py.IsInt(v):
		return intNumOf(v), nil
	case v.Type().IsSubtype(py.StrType()):
		s, _ := py.AsStr(v)
		n, st := numFromString(s, true)
		if st != 0 {
			if err := o.addStatus(t, st); err != nil {
				return nil, err
			}
		}
		return n, nil
	case v.IsFloat() || v.Type().IsSubtype(py.FloatType()):
		if err := o.addStatus(t, sFloatOp); err != nil {
			return nil, err
		}
		return fromFloatValue(t, v)
	case v.Type().IsSubtype(py.TupleType()) || v.Type().IsSubtype(py.ListType()):
		n, err := numFromTuple(t, v)
		if err != nil {
			return nil, err
		}
		if n.k == finite && (n.coef.Sign() != 0 && n.adj() > maxEmax || n.exp > maxEmax || n.exp < minEtiny) {
			if err := o.addStatus(t, sInvalidOp); err != nil {
				return nil, err
			}
			return newNaN(), nil
		}
		return n, nil
	}
	return nil, py.Errorf(py.TypeError(), "conversion from %s to Decimal is not supported", py.TypeName(v))
}

var decNewSig = py.ParseSignature("Decimal", "value='0', context=None")

func decNew(t *py.Thread, typ *py.Type, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
	var a [2]py.Value
	if err := decNewSig.Bind(args, kw, a[:]); err != nil {
		return py.Value{}, err
	}
	if a[0].IsNil() {
		return newDec(typ, zeroNum(false, 0)), nil
	}
	o, err := ctxArg(t, a[1])
	if err != nil {
		return py.Value{}, err
	}
	if isDec(a[0]) && typ == decType && a[0].Type() == decType {
		return a[0], nil
	}
	n, err := exactNum(t, o, a[0])
	if err != nil {
		return py.Value{}, err
	}
	return newDec(typ, n), nil
}

// ctxArg is an optional context argument (None: the current context).
func ctxArg(t *py.Thread, v py.Value) (*ctxObj, *py.Exception) {
	if v.IsNil() || v.IsNone() {
		return current(t)
	}
	if !v.Type().IsSubtype(ctxType) {
		return nil, py.Errorf(py.TypeError(), "optional argument must be a context")
	}
	return asCtx(v), nil
}

// createDecimal is Context.create_decimal: the value rounded to the context.
func createDecimal(t *py.Thread, o *ctxObj, v py.Value) (py.Value, *py.Exception) {
	var n *num
	if s, ok := py.AsStr(v); ok {
		var st uint32
		n, st = numFromString(s, false)
		if st != 0 {
			if err := o.addStatus(t, st); err != nil {
				return py.Value{}, err
			}
			return newDec(decType, n), nil
		}
		if n.isNaN() && ndigits(n.coef) > o.c.prec-int64(o.c.clamp) {
			if err := o.addStatus(t, sConversionSyntax); err != nil {
				return py.Value{}, err
			}
			return newDec(decType, newNaN()), nil
		}
	} else if v.Type().IsSubtype(py.TupleType()) || v.Type().IsSubtype(py.ListType()) {
		var err *py.Exception
		if n, err = numFromTuple(t, v); err != nil {
			return py.Value{}, err
		}
	} else {
		var err *py.Exception
		n, err = exactNum(t, o, v)
		if err != nil {
			return py.Value{}, err
		}
		if n.isNaN() && ndigits(n.coef) > o.c.prec-int64(o.c.clamp) {
			if err := o.addStatus(t, sConversionSyntax); err != nil {
				return py.Value{}, err
			}
			return newDec(decType, newNaN()), nil
		}
	}
	return o.finish(t, decType, func(c *ctx, st *status) *num {
		if n.isNaN() {
			return n
		}
		return c.finalize(n, st)
	})
}

// ---- str, repr, hash ----

func decStr(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
	o, err := current(t)
	if err != nil {
		return py.Value{}, err
	}
	return py.NewStr(asNum(v).toString(false, o.capitals == 1)), nil
}

func decRepr(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
	o, err := current(t)
	if err != nil {
		return py.Value{}, err
	}
	return py.NewStr("Decimal('" + asNum(v).toString(false, o.capitals == 1) + "')"), nil
}

const hashModulus = 1<<61 - 1

func decHash(t *py.Thread, v py.Value) (int64, *py.Exception) {
	x := asNum(v)
	switch x.k {
	case snan:
		return 0, py.Errorf(py.TypeError(), "Cannot hash a signaling NaN value")
	case qnan:
		h, err := py.GetAttrS(t, py.TypeValue(py.ObjectType()), "__hash__")
		if err != nil {
			return 0, err
		}
		r, err := py.Call(t, h, v) // a quiet NaN hashes by identity
		if err != nil {
			return 0, err
		}
		n, _ := py.AsInt64(r)
		return n, nil
	case infinite:
		if x.neg {
			return -314159, nil
		}
		return 314159, nil
	}
	m := big.NewInt(hashModulus)
	var h *big.Int
	if x.exp >= 0 {
		p := new(big.Int).Exp(bigTen, big.NewInt(x.exp), m)
		h = new(big.Int).Mul(x.coef, p)
	} else {
		inv := new(big.Int).ModInverse(bigTen, m)
		p := new(big.Int).Exp(inv, big.NewInt(-x.exp), m)
		h = new(big.Int).Mul(x.coef, p)
	}
	h.Mod(h, m)
	r := h.Int64()
	if x.neg {
		r = -r
	}
	if r == -1 {
		r = -2
	}
	return r, nil
}

// ---- comparison ----

// cmpOther converts the other operand of a comparison: Decimal, int, float
// (FloatOperation), Fraction/Rational (exactly, by scaling), complex with zero
// imaginary part for == and !=. ok false is NotImplemented.
func cmpOther(t *py.Thread, o *ctxObj, self *num, v py.Value, op py.CompareOp) (x, y *num, ok bool, err *py.Exception) {
	x = self
	if n, ok := numOp(v); ok {
		return x, n, true, nil
	}
	eq := op == py.EQ || op == py.NE
	if v.IsFloat() || v.Type().IsSubtype(py.FloatType()) {
		if eq {
			o.flags |= sFloatOp
		} else if err := o.addStatus(t, sFloatOp); err != nil {
			return nil, nil, false, err
		}
		f, _ := py.AsFloat(t, v)
		return x, floatNum(f), true, nil
	}
	if v.Type().IsSubtype(py.ComplexType()) && eq {
		im, err := py.GetAttrS(t, v, "imag")
		if err != nil {
			return nil, nil, false, err
		}
		fi, _ := py.AsFloat(t, im)
		if fi != 0 {
			return nil, nil, false, nil
		}
		re, _ := py.GetAttrS(t, v, "real")
		fr, _ := py.AsFloat(t, re)
		o.flags |= sFloatOp
		return x, floatNum(fr), true, nil
	}
	// numbers.Rational: compare x·denominator with numerator
	nb, err := py.Import(t, "numbers")
	if err != nil {
		return nil, nil, false, nil
	}
	rat, err := py.GetAttrS(t, nb, "Rational")
	if err != nil {
		return nil, nil, false, nil
	}
	is, err := py.IsInstance(t, v, rat)
	if err != nil || !is {
		return nil, nil, false, err
	}
	numer, err := py.GetAttrS(t, v, "numerator")
	if err != nil {
		return nil, nil, false, err
	}
	denom, err := py.GetAttrS(t, v, "denominator")
	if err != nil {
		return nil, nil, false, err
	}
	if !py.IsInt(numer) || !py.IsInt(denom) {
		return nil, nil, false, nil
	}
	if x.k == finite {
		d := intNumOf(denom)
		x = mulExact(x, d)
	}
	return x, intNumOf(numer), true, nil
}

func decCompare(t *py.Thread, a, b py.Value, op py.CompareOp) (py.Value, *py.Exception) {
	o, err := current(t)
	if err != nil {
		return py.Value{}, err
	}
	x, y, ok, err := cmpOther(t, o, asNum(a), b, op)
	if err != nil {
		return py.Value{}, err
	}
	if !ok {
		return py.NotImplemented(), nil
	}
	if x.isNaN() || y.isNaN() {
		if op == py.EQ || op == py.NE {
			if x.k == snan || y.k == snan {
				if err := o.addStatus(t, sInvalidOp); err != nil {
					return py.Value{}, err
				}
			}
			return py.Bool(op == py.NE), nil
		}
		if err := o.addStatus(t, sInvalidOp); err != nil {
			return py.Value{}, err
		}
		return py.False(), nil
	}
	r := cmpNum(x, y)
	var res bool
	switch op {
	case py.LT:
		res = r < 0
	case py.LE:
		res = r <= 0
	case py.EQ:
		res = r == 0
	case py.NE:
		res = r != 0
	case py.GT:
		res = r > 0
	case py.GE:
		res = r >= 0
	}
	return py.Bool(res), nil
}

// ---- operators ----

type binOp func(c *ctx, x, y *num, st *status) *num

func opFn(f binOp, reflected bool) func(t *py.Thread, a, b py.Value) (py.Value, *py.Exception) {
	return func(t *py.Thread, a, b py.Value) (py.Value, *py.Exception) {
		x, ok1 := numOp(a)
		y, ok2 := numOp(b)
		if !ok1 || !ok2 {
			return py.NotImplemented(), nil
		}
		o, err := current(t)
		if err != nil {
			return py.Value{}, err
		}
		if reflected {
			x, y = y, x
		}
		return o.finish(t, decType, func(c *ctx, st *status) *num { return f(c, x, y, st) })
	}
}

func divmodFn(reflected bool) func(t *py.Thread, a, b py.Value) (py.Value, *py.Exception) {
	return func(t *py.Thread, a, b py.Value) (py.Value, *py.Exception) {
		x, ok1 := numOp(a)
		y, ok2 := numOp(b)
		if !ok1 || !ok2 {
			return py.NotImplemented(), nil
		}
		if reflected {
			x, y = y, x
		}
		o, err := current(t)
		if err != nil {
			return py.Value{}, err
		}
		return o.divmodValues(t, x, y)
	}
}

func (o *ctxObj) divmodValues(t *py.Thread, x, y *num) (py.Value, *py.Exception) {
	var st status
	var q, r *num
	_, perr := protect(func() *num { q, r = o.c.divmodOp(x, y, &st); return nil })
	if perr != nil {
		return py.Value{}, perr
	}
	if err := o.addStatus(t, st); err != nil {
		return py.Value{}, err
	}
	return py.NewTuple(newDec(decType, q), newDec(decType, r)), nil
}

func powFn(reflected bool) func(t *py.Thread, a, b py.Value) (py.Value, *py.Exception) {
	return func(t *py.Thread, a, b py.Value) (py.Value, *py.Exception) {
		x, ok1 := numOp(a)
		y, ok2 := numOp(b)
		if !ok1 || !ok2 {
			return py.NotImplemented(), nil
		}
		if reflected {
			x, y = y, x
		}
		o, err := current(t)
		if err != nil {
			return py.Value{}, err
		}
		return o.finish(t, decType, func(c *ctx, st *status) *num { return c.power(x, y, st) })
	}
}

func decOps(typ *py.Type) {
	py.SetBinaryOp(typ, "+", opFn((*ctx).add, false), opFn((*ctx).add, true), nil)
	py.SetBinaryOp(typ, "-", opFn((*ctx).sub, false), opFn((*ctx).sub, true), nil)
	py.SetBinaryOp(typ, "*", opFn((*ctx).mul, false), opFn((*ctx).mul, true), nil)
	py.SetBinaryOp(typ, "/", opFn((*ctx).div, false), opFn((*ctx).div, true), nil)
	py.SetBinaryOp(typ, "//", opFn((*ctx).divInt, false), opFn((*ctx).divInt, true), nil)
	py.SetBinaryOp(typ, "%", opFn((*ctx).rem, false), opFn((*ctx).rem, true), nil)
	py.SetBinaryOp(typ, "**", powFn(false), powFn(true), nil)
	unary := func(f func(c *ctx, x *num, st *status) *num) func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		return func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
			o, err := current(t)
			if err != nil {
				return py.Value{}, err
			}
			x := asNum(v)
			return o.finish(t, decType, func(c *ctx, st *status) *num { return f(c, x, st) })
		}
	}
	py.SetUnaryOp(typ, "-", unary((*ctx).minus))
	py.SetUnaryOp(typ, "+", unary((*ctx).plus))
	py.SetUnaryOp(typ, "abs", unary((*ctx).abs))
	py.SetUnaryOp(typ, "float", func(t *py.Thread, v py.Value) (py.Value, *py.Exception) { return decFloat(t, v) })
	py.SetUnaryOp(typ, "int", func(t *py.Thread, v py.Value) (py.Value, *py.Exception) { return toPyInt(t, asNum(v), roundDown) })
}

// ---- integer conversions ----

func toPyInt(t *py.Thread, x *num, mode int) (py.Value, *py.Exception) {
	switch x.k {
	case qnan, snan:
		return py.Value{}, py.Errorf(py.ValueError(), "cannot convert NaN to integer")
	case infinite:
		return py.Value{}, py.Errorf(py.OverflowError(), "cannot convert Infinity to integer")
	}
	var c *big.Int
	if x.exp >= 0 {
		if x.coef.Sign() == 0 {
			return py.Int(0), nil
		}
		var r *num
		n, perr := protect(func() *num { r = newFinite(x.neg, shiftLeft(x.coef, x.exp), 0); return r })
		if perr != nil {
			return py.Value{}, perr
		}
		c = n.coef
	} else {
		r, _ := rescale(x, 0, mode)
		c = r.coef
	}
	if x.neg {
		c = new(big.Int).Neg(c)
	}
	return py.NewBigInt(c), nil
}

func decFloat(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
	x := asNum(self)
	if x.k == snan {
		return py.Value{}, py.Errorf(py.ValueError(), "cannot convert signaling NaN to float")
	}
	if x.isNaN() {
		if x.neg {
			return py.Float(-py.NaN()), nil
		}
		return py.Float(py.NaN()), nil
	}
	s := x.toString(false, true)
	if x.k == finite && (x.adj() > 400 || x.adj() < -400) {
		if x.coef.Sign() == 0 {
			if x.neg {
				return py.Float(math.Copysign(0, -1)), nil
			}
			return py.Float(0), nil
		}
		if x.adj() > 400 {
			return py.Float(math.Inf(map[bool]int{true: -1, false: 1}[x.neg])), nil
		}
		if x.neg {
			return py.Float(math.Copysign(0, -1)), nil
		}
		return py.Float(0), nil
	}
	f, err := strconv.ParseFloat(strings.Replace(s, "Infinity", "Inf", 1), 64)
	if err != nil && !math.IsInf(f, 0) {
		return py.Value{}, py.Errorf(py.ValueError(), "could not convert string to float: '%s'", s)
	}
	return py.Float(f), nil
}
