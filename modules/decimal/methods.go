package decimal

import (
	"math/big"

	"github.com/kaa-python/kaa/py"
)

type unOp func(c *ctx, x *num, st *status) *num

func roundingOf(mode int) unOp {
	return func(c *ctx, x *num, st *status) *num { return c.toIntegral(x, mode, false, st) }
}

// The operations both Decimal and Context have, by name.
var unaryOps = []struct {
	name string
	f    unOp
}{
	{"abs", (*ctx).abs},
	{"plus", (*ctx).plus},
	{"minus", (*ctx).minus},
	{"exp", (*ctx).exp},
	{"ln", (*ctx).ln},
	{"log10", (*ctx).log10},
	{"sqrt", (*ctx).sqrt},
	{"logb", (*ctx).logb},
	{"next_minus", (*ctx).nextMinus},
	{"next_plus", (*ctx).nextPlus},
	{"normalize", (*ctx).reduce},
	{"logical_invert", (*ctx).invert},
}

var binaryOps = []struct {
	name string
	f    binOp
}{
	{"add", (*ctx).add},
	{"subtract", (*ctx).sub},
	{"multiply", (*ctx).mul},
	{"divide", (*ctx).div},
	{"divide_int", (*ctx).divInt},
	{"remainder", (*ctx).rem},
	{"remainder_near", (*ctx).remNear},
	{"compare", func(c *ctx, x, y *num, st *status) *num { return c.compare(x, y, st, false) }},
	{"compare_signal", func(c *ctx, x, y *num, st *status) *num { return c.compare(x, y, st, true) }},
	{"max", func(c *ctx, x, y *num, st *status) *num { return c.minMax(x, y, true, false, st) }},
	{"min", func(c *ctx, x, y *num, st *status) *num { return c.minMax(x, y, false, false, st) }},
	{"max_mag", func(c *ctx, x, y *num, st *status) *num { return c.minMax(x, y, true, true, st) }},
	{"min_mag", func(c *ctx, x, y *num, st *status) *num { return c.minMax(x, y, false, true, st) }},
	{"next_toward", (*ctx).nextTowardOp},
	{"quantize", (*ctx).quantize},
	{"scaleb", (*ctx).scaleb},
	{"shift", func(c *ctx, x, y *num, st *status) *num { return c.shiftOp(x, y, false, st) }},
	{"rotate", func(c *ctx, x, y *num, st *status) *num { return c.shiftOp(x, y, true, st) }},
	{"logical_and", func(c *ctx, x, y *num, st *status) *num { return c.logical(x, y, '&', st) }},
	{"logical_or", func(c *ctx, x, y *num, st *status) *num { return c.logical(x, y, '|', st) }},
	{"logical_xor", func(c *ctx, x, y *num, st *status) *num { return c.logical(x, y, '^', st) }},
}

// Operations that need no context arithmetic.
func copyAbs(x *num) *num    { n := *x; n.neg = false; return &n }
func copyNegate(x *num) *num { n := *x; n.neg = !n.neg; return &n }
func copySign(x, y *num) *num {
	n := *x
	n.neg = y.neg
	return &n
}

func cmpTotalNum(x, y *num, mag bool) *num {
	if mag {
		return intNum(int64(cmpTotalMag(x, y)))
	}
	return intNum(int64(cmpTotal(x, y)))
}

func sameQuantum(x, y *num) bool {
	if x.k != finite || y.k != finite {
		return x.isNaN() && y.isNaN() || x.k == infinite && y.k == infinite
	}
	return x.exp == y.exp
}

func (c *ctx) isNormal(x *num) bool {
	return x.k == finite && x.coef.Sign() != 0 && x.adj() >= c.emin
}

func (c *ctx) isSubnormal(x *num) bool {
	return x.k == finite && x.coef.Sign() != 0 && x.adj() < c.emin
}

var predicates = []struct {
	name string
	f    func(x *num) bool
}{
	{"is_canonical", func(x *num) bool { return true }},
	{"is_finite", func(x *num) bool { return x.k == finite }},
	{"is_infinite", func(x *num) bool { return x.k == infinite }},
	{"is_nan", func(x *num) bool { return x.isNaN() }},
	{"is_qnan", func(x *num) bool { return x.k == qnan }},
	{"is_snan", func(x *num) bool { return x.k == snan }},
	{"is_signed", func(x *num) bool { return x.neg }},
	{"is_zero", func(x *num) bool { return x.isZero() }},
}

// ---- Context methods ----

func ctxOpMethods() []*py.MethodDef {
	var ms []*py.MethodDef
	for _, u := range unaryOps {
		f := u.f
		ms = append(ms, py.Func(u.name, "x, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			o := asCtx(self)
			x, err := o.convert(t, a[0])
			if err != nil {
				return py.Value{}, err
			}
			return o.finish(t, decType, func(c *ctx, st *status) *num { return f(c, x, st) })
		}))
	}
	for _, b := range binaryOps {
		f := b.f
		ms = append(ms, py.Func(b.name, "x, y, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			o := asCtx(self)
			x, err := o.convert(t, a[0])
			if err != nil {
				return py.Value{}, err
			}
			y, err := o.convert(t, a[1])
			if err != nil {
				return py.Value{}, err
			}
			return o.finish(t, decType, func(c *ctx, st *status) *num { return f(c, x, y, st) })
		}))
	}
	for _, p := range predicates {
		f := p.f
		strict := p.name == "is_canonical"
		ms = append(ms, py.Func(p.name, "x, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			if strict && !isDec(a[0]) {
				return py.Value{}, py.Errorf(py.TypeError(), "argument must be a Decimal")
			}
			x, err := asCtx(self).convert(t, a[0])
			if err != nil {
				return py.Value{}, err
			}
			return py.Bool(f(x)), nil
		}))
	}
	ctxUnary := func(name string, f func(t *py.Thread, o *ctxObj, x *num) (py.Value, *py.Exception)) *py.MethodDef {
		return py.Func(name, "x, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			o := asCtx(self)
			x, err := o.convert(t, a[0])
			if err != nil {
				return py.Value{}, err
			}
			return f(t, o, x)
		})
	}
	ctxBinary := func(name string, f func(t *py.Thread, o *ctxObj, x, y *num) (py.Value, *py.Exception)) *py.MethodDef {
		return py.Func(name, "x, y, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			o := asCtx(self)
			x, err := o.convert(t, a[0])
			if err != nil {
				return py.Value{}, err
			}
			y, err := o.convert(t, a[1])
			if err != nil {
				return py.Value{}, err
			}
			return f(t, o, x, y)
		})
	}
	ms = append(ms,
		ctxUnary("is_normal", func(t *py.Thread, o *ctxObj, x *num) (py.Value, *py.Exception) { return py.Bool(o.c.isNormal(x)), nil }),
		ctxUnary("is_subnormal", func(t *py.Thread, o *ctxObj, x *num) (py.Value, *py.Exception) {
			return py.Bool(o.c.isSubnormal(x)), nil
		}),
		ctxUnary("number_class", func(t *py.Thread, o *ctxObj, x *num) (py.Value, *py.Exception) {
			return py.NewStr(o.c.numberClass(x)), nil
		}),
		ctxUnary("to_sci_string", func(t *py.Thread, o *ctxObj, x *num) (py.Value, *py.Exception) {
			return py.NewStr(x.toString(false, o.capitals == 1)), nil
		}),
		ctxUnary("to_eng_string", func(t *py.Thread, o *ctxObj, x *num) (py.Value, *py.Exception) {
			return py.NewStr(x.toString(true, o.capitals == 1)), nil
		}),
		py.Func("canonical", "x, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			if !isDec(a[0]) {
				return py.Value{}, py.Errorf(py.TypeError(), "argument must be a Decimal")
			}
			return a[0], nil
		}),
		ctxUnary("copy_abs", func(t *py.Thread, o *ctxObj, x *num) (py.Value, *py.Exception) {
			return newDec(decType, copyAbs(x)), nil
		}),
		ctxUnary("copy_negate", func(t *py.Thread, o *ctxObj, x *num) (py.Value, *py.Exception) {
			return newDec(decType, copyNegate(x)), nil
		}),
		ctxUnary("copy_decimal", func(t *py.Thread, o *ctxObj, x *num) (py.Value, *py.Exception) { return newDec(decType, x), nil }),
		ctxUnary("to_integral", func(t *py.Thread, o *ctxObj, x *num) (py.Value, *py.Exception) {
			return o.finish(t, decType, func(c *ctx, st *status) *num { return c.toIntegral(x, c.round, false, st) })
		}),
		ctxUnary("to_integral_value", func(t *py.Thread, o *ctxObj, x *num) (py.Value, *py.Exception) {
			return o.finish(t, decType, func(c *ctx, st *status) *num { return c.toIntegral(x, c.round, false, st) })
		}),
		ctxUnary("to_integral_exact", func(t *py.Thread, o *ctxObj, x *num) (py.Value, *py.Exception) {
			return o.finish(t, decType, func(c *ctx, st *status) *num { return c.toIntegral(x, c.round, true, st) })
		}),
		ctxBinary("compare_total", func(t *py.Thread, o *ctxObj, x, y *num) (py.Value, *py.Exception) {
			return newDec(decType, cmpTotalNum(x, y, false)), nil
		}),
		ctxBinary("compare_total_mag", func(t *py.Thread, o *ctxObj, x, y *num) (py.Value, *py.Exception) {
			return newDec(decType, cmpTotalNum(x, y, true)), nil
		}),
		ctxBinary("copy_sign", func(t *py.Thread, o *ctxObj, x, y *num) (py.Value, *py.Exception) {
			return newDec(decType, copySign(x, y)), nil
		}),
		ctxBinary("same_quantum", func(t *py.Thread, o *ctxObj, x, y *num) (py.Value, *py.Exception) {
			return py.Bool(sameQuantum(x, y)), nil
		}),
		ctxBinary("divmod", func(t *py.Thread, o *ctxObj, x, y *num) (py.Value, *py.Exception) {
			return o.divmodValues(t, x, y)
		}),
		py.Func("fma", "x, y, z, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			o := asCtx(self)
			var ns [3]*num
			for i := range ns {
				n, err := o.convert(t, a[i])
				if err != nil {
					return py.Value{}, err
				}
				ns[i] = n
			}
			return o.finish(t, decType, func(c *ctx, st *status) *num { return c.fma(ns[0], ns[1], ns[2], st) })
		}),
		py.Func("power", "a, b, modulo=None", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			o := asCtx(self)
			return powerCall(t, o, a[0], a[1], a[2], true)
		}),
	)
	return ms
}

// powerCall is pow(a, b[, modulo]) under o; strict converts as Context.power.
func powerCall(t *py.Thread, o *ctxObj, av, bv, mv py.Value, strict bool) (py.Value, *py.Exception) {
	x, err := o.convert(t, av)
	if err != nil {
		return py.Value{}, err
	}
	y, err := o.convert(t, bv)
	if err != nil {
		return py.Value{}, err
	}
	if mv.IsNil() || mv.IsNone() {
		return o.finish(t, decType, func(c *ctx, st *status) *num { return c.power(x, y, st) })
	}
	m, err := o.convert(t, mv)
	if err != nil {
		return py.Value{}, err
	}
	return o.finish(t, decType, func(c *ctx, st *status) *num { return c.powMod(x, y, m, st) })
}

// powMod is three-argument pow: integers only, exact.
func (c *ctx) powMod(x, y, m *num, st *status) *num {
	if r, ok := c.nanOp(st, x, y, m); ok {
		return r
	}
	isInt := func(v *num) bool {
		if v.k != finite {
			return false
		}
		if v.exp >= 0 {
			return true
		}
		_, inexact := rescale(v, 0, roundDown)
		return !inexact
	}
	if !isInt(x) || !isInt(y) || !isInt(m) {
		return c.invalid(st)
	}
	if y.neg && y.coef.Sign() != 0 || m.coef.Sign() == 0 {
		return c.invalid(st)
	}
	if x.coef.Sign() == 0 && y.coef.Sign() == 0 {
		return c.invalid(st)
	}
	toInt := func(v *num) *big.Int {
		r, _ := rescale(v, 0, roundDown)
		if r.exp > 0 {
			return shiftLeft(r.coef, r.exp)
		}
		return r.coef
	}
	mi := toInt(m)
	if ndigits(mi) > c.prec {
		return c.invalid(st)
	}
	// the base reduced modulo m without building it: coef·10**exp mod m
	xr, _ := rescale(x, max(0, x.exp), roundDown)
	xi := new(big.Int).Exp(bigTen, big.NewInt(xr.exp), mi)
	xi.Mul(xi, xr.coef)
	xi.Mod(xi, mi)
	yi := toInt(y)
	r := new(big.Int).Exp(xi, yi, mi)
	if mi.Cmp(bigOne) == 0 {
		r = new(big.Int)
	}
	neg := x.neg && yi.Bit(0) == 1
	if r.Sign() == 0 {
		return zeroNum(neg, 0)
	}
	return newFinite(neg, r, 0)
}
