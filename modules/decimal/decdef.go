package decimal

import (
	"math/big"

	"github.com/kaa-python/kaa/py"
)

// decMethod is a Decimal method taking the listed operands and context=None.
func decUnary(name string, f unOp) *py.MethodDef {
	return py.Func(name, "context=None", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
		o, err := ctxArg(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		x := asNum(self)
		return o.finish(t, decType, func(c *ctx, st *status) *num { return f(c, x, st) })
	})
}

func decBinary(name string, f binOp) *py.MethodDef {
	return py.Func(name, "other, context=None", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
		o, err := ctxArg(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		y, err := o.convert(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		x := asNum(self)
		return o.finish(t, decType, func(c *ctx, st *status) *num { return f(c, x, y, st) })
	})
}

func decNoCtx(name string, f func(t *py.Thread, self py.Value, x *num) (py.Value, *py.Exception)) *py.MethodDef {
	return py.FuncNoArgs(name, func(t *py.Thread, self py.Value) (py.Value, *py.Exception) { return f(t, self, asNum(self)) })
}

func decWithCtx(name string, f func(t *py.Thread, o *ctxObj, x *num) (py.Value, *py.Exception)) *py.MethodDef {
	return py.Func(name, "context=None", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
		o, err := ctxArg(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		return f(t, o, asNum(self))
	})
}

func decOther(name string, f func(t *py.Thread, o *ctxObj, x, y *num) (py.Value, *py.Exception)) *py.MethodDef {
	return py.Func(name, "other, context=None", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
		o, err := ctxArg(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		y, err := o.convert(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		return f(t, o, asNum(self), y)
	})
}

func integralMethod(name string, exact bool) *py.MethodDef {
	return py.Func(name, "rounding=None, context=None", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
		o, err := ctxArg(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		mode := o.c.round
		if !a[0].IsNone() {
			m, err := roundingArg(a[0])
			if err != nil {
				return py.Value{}, err
			}
			mode = m
		}
		x := asNum(self)
		return o.finish(t, decType, func(c *ctx, st *status) *num { return c.toIntegral(x, mode, exact, st) })
	})
}

func decMethods() []*py.MethodDef {
	var ms []*py.MethodDef
	for _, u := range unaryOps {
		switch u.name {
		case "abs", "plus", "minus":
			continue
		}
		ms = append(ms, decUnary(u.name, u.f))
	}
	for _, b := range binaryOps {
		switch b.name {
		case "add", "subtract", "multiply", "divide", "divide_int", "remainder", "quantize":
			continue
		}
		ms = append(ms, decBinary(b.name, b.f))
	}
	for _, p := range predicates {
		f := p.f
		ms = append(ms, decNoCtx(p.name, func(t *py.Thread, self py.Value, x *num) (py.Value, *py.Exception) { return py.Bool(f(x)), nil }))
	}
	bin := func(name string, f func(t *py.Thread, a, b py.Value) (py.Value, *py.Exception)) *py.MethodDef {
		return py.FuncO(name, func(t *py.Thread, self, o py.Value) (py.Value, *py.Exception) { return f(t, self, o) })
	}
	for _, op := range []struct {
		name string
		f    binOp
	}{{"add", (*ctx).add}, {"sub", (*ctx).sub}, {"mul", (*ctx).mul}, {"truediv", (*ctx).div}, {"floordiv", (*ctx).divInt}, {"mod", (*ctx).rem}} {
		ms = append(ms, bin("__"+op.name+"__", opFn(op.f, false)), bin("__r"+op.name+"__", opFn(op.f, true)))
	}
	ms = append(ms, bin("__divmod__", divmodFn(false)), bin("__rdivmod__", divmodFn(true)))
	ms = append(ms, py.Func("__rpow__", "other, modulo=None", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
		return powFn(true)(t, self, a[0])
	}))
	for _, u := range []struct {
		name string
		f    unOp
	}{{"__neg__", (*ctx).minus}, {"__pos__", (*ctx).plus}, {"__abs__", (*ctx).abs}} {
		f := u.f
		ms = append(ms, py.FuncNoArgs(u.name, func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			o, err := current(t)
			if err != nil {
				return py.Value{}, err
			}
			x := asNum(self)
			return o.finish(t, decType, func(c *ctx, st *status) *num { return f(c, x, st) })
		}))
	}
	ms = append(ms,
		decWithCtx("is_normal", func(t *py.Thread, o *ctxObj, x *num) (py.Value, *py.Exception) { return py.Bool(o.c.isNormal(x)), nil }),
		decWithCtx("is_subnormal", func(t *py.Thread, o *ctxObj, x *num) (py.Value, *py.Exception) {
			return py.Bool(o.c.isSubnormal(x)), nil
		}),
		decWithCtx("number_class", func(t *py.Thread, o *ctxObj, x *num) (py.Value, *py.Exception) {
			return py.NewStr(o.c.numberClass(x)), nil
		}),
		decWithCtx("to_eng_string", func(t *py.Thread, o *ctxObj, x *num) (py.Value, *py.Exception) {
			return py.NewStr(x.toString(true, o.capitals == 1)), nil
		}),
		decOther("compare_total", func(t *py.Thread, o *ctxObj, x, y *num) (py.Value, *py.Exception) {
			return newDec(decType, cmpTotalNum(x, y, false)), nil
		}),
		decOther("compare_total_mag", func(t *py.Thread, o *ctxObj, x, y *num) (py.Value, *py.Exception) {
			return newDec(decType, cmpTotalNum(x, y, true)), nil
		}),
		decOther("copy_sign", func(t *py.Thread, o *ctxObj, x, y *num) (py.Value, *py.Exception) {
			return newDec(decType, copySign(x, y)), nil
		}),
		decOther("same_quantum", func(t *py.Thread, o *ctxObj, x, y *num) (py.Value, *py.Exception) {
			return py.Bool(sameQuantum(x, y)), nil
		}),
		decNoCtx("canonical", func(t *py.Thread, self py.Value, x *num) (py.Value, *py.Exception) { return self, nil }),
		decNoCtx("conjugate", func(t *py.Thread, self py.Value, x *num) (py.Value, *py.Exception) { return self, nil }),
		decNoCtx("copy_abs", func(t *py.Thread, self py.Value, x *num) (py.Value, *py.Exception) {
			return newDec(decType, copyAbs(x)), nil
		}),
		decNoCtx("copy_negate", func(t *py.Thread, self py.Value, x *num) (py.Value, *py.Exception) {
			return newDec(decType, copyNegate(x)), nil
		}),
		decNoCtx("radix", func(t *py.Thread, self py.Value, x *num) (py.Value, *py.Exception) {
			return newDec(decType, intNum(10)), nil
		}),
		decNoCtx("adjusted", func(t *py.Thread, self py.Value, x *num) (py.Value, *py.Exception) {
			if x.k != finite {
				return py.Int(0), nil
			}
			if x.coef.Sign() == 0 {
				return py.Int(x.exp), nil
			}
			return py.Int(x.adj()), nil
		}),
		decNoCtx("__copy__", func(t *py.Thread, self py.Value, x *num) (py.Value, *py.Exception) { return self, nil }),
		py.FuncO("__deepcopy__", func(t *py.Thread, self, memo py.Value) (py.Value, *py.Exception) { return self, nil }),
		decNoCtx("__reduce__", func(t *py.Thread, self py.Value, x *num) (py.Value, *py.Exception) {
			return py.NewTuple(py.TypeValue(self.Type()), py.NewTuple(py.NewStr(x.toString(false, true)))), nil
		}),
		decNoCtx("as_tuple", asTuple),
		decNoCtx("as_integer_ratio", asIntegerRatio),
		decNoCtx("__float__", func(t *py.Thread, self py.Value, x *num) (py.Value, *py.Exception) { return decFloat(t, self) }),
		decNoCtx("__int__", func(t *py.Thread, self py.Value, x *num) (py.Value, *py.Exception) { return toPyInt(t, x, roundDown) }),
		decNoCtx("__trunc__", func(t *py.Thread, self py.Value, x *num) (py.Value, *py.Exception) { return toPyInt(t, x, roundDown) }),
		decNoCtx("__floor__", func(t *py.Thread, self py.Value, x *num) (py.Value, *py.Exception) { return toPyInt(t, x, roundFloor) }),
		decNoCtx("__ceil__", func(t *py.Thread, self py.Value, x *num) (py.Value, *py.Exception) {
			return toPyInt(t, x, roundCeiling)
		}),
		decNoCtx("__complex__", func(t *py.Thread, self py.Value, x *num) (py.Value, *py.Exception) {
			f, err := decFloat(t, self)
			if err != nil {
				return py.Value{}, err
			}
			return py.Call(t, py.TypeValue(py.ComplexType()), f)
		}),
		decNoCtx("__sizeof__", func(t *py.Thread, self py.Value, x *num) (py.Value, *py.Exception) {
			return py.Int(104 + 8*int64(len(x.coef.Bits()))), nil
		}),
		py.GetSetDef("real", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) { return self, nil }, nil),
		py.GetSetDef("imag", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return newDec(decType, zeroNum(false, 0)), nil
		}, nil),
		py.FuncVar("__round__", 0, 1, decRound),
		py.FuncVar("__format__", 1, 2, decFormat),
		integralMethod("to_integral", false),
		integralMethod("to_integral_value", false),
		integralMethod("to_integral_exact", true),
		py.Func("quantize", "exp, rounding=None, context=None", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			o, err := ctxArg(t, a[2])
			if err != nil {
				return py.Value{}, err
			}
			y, err := o.convert(t, a[0])
			if err != nil {
				return py.Value{}, err
			}
			w := o
			if !a[1].IsNone() {
				m, err := roundingArg(a[1])
				if err != nil {
					return py.Value{}, err
				}
				w = o.copyCtx(ctxType)
				w.c.round = m
				w.flags = 0
				x := asNum(self)
				r, err := w.finish(t, decType, func(c *ctx, st *status) *num { return c.quantize(x, y, st) })
				o.flags |= w.flags
				if err != nil {
					return py.Value{}, err
				}
				return r, nil
			}
			x := asNum(self)
			return o.finish(t, decType, func(c *ctx, st *status) *num { return c.quantize(x, y, st) })
		}),
		py.Func("fma", "other, third, context=None", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			o, err := ctxArg(t, a[2])
			if err != nil {
				return py.Value{}, err
			}
			y, err := o.convert(t, a[0])
			if err != nil {
				return py.Value{}, err
			}
			z, err := o.convert(t, a[1])
			if err != nil {
				return py.Value{}, err
			}
			x := asNum(self)
			return o.finish(t, decType, func(c *ctx, st *status) *num { return c.fma(x, y, z, st) })
		}),
		&py.MethodDef{Name: "from_float", Class: true, Fn: func(t *py.Thread, cls py.Value, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
			if len(args) != 1 || kw != nil && len(args) > 0 && false {
				return py.Value{}, py.Errorf(py.TypeError(), "Decimal.from_float() takes exactly one argument (%d given)", len(args))
			}
			n, err := fromFloatValue(t, args[0])
			if err != nil {
				return py.Value{}, err
			}
			typ := py.AsType(cls)
			if typ == decType {
				return newDec(decType, n), nil
			}
			return py.Call(t, cls, newDec(decType, n))
		}},
		py.Func("__pow__", "other, modulo=None", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			y, ok := numOp(a[0])
			if !ok {
				return py.NotImplemented(), nil
			}
			o, err := current(t)
			if err != nil {
				return py.Value{}, err
			}
			if !a[1].IsNone() {
				if _, ok := numOp(a[1]); !ok {
					return py.Value{}, py.Errorf(py.TypeError(), "unsupported operand type(s) for ** or pow(): 'decimal.Decimal', '%s', '%s'", py.TypeName(a[0]), py.TypeName(a[1]))
				}
				return powerCall(t, o, self, a[0], a[1], false)
			}
			x := asNum(self)
			return o.finish(t, decType, func(c *ctx, st *status) *num { return c.power(x, y, st) })
		}),
	)
	return ms
}

func asTuple(t *py.Thread, self py.Value, x *num) (py.Value, *py.Exception) {
	st := stateOf(t)
	sg := py.Int(0)
	if x.neg {
		sg = py.Int(1)
	}
	var digits []py.Value
	var exp py.Value
	switch x.k {
	case infinite:
		digits = []py.Value{py.Int(0)}
		exp = py.NewStr("F")
	case qnan, snan:
		if x.coef.Sign() != 0 {
			for _, ch := range x.coef.String() {
				digits = append(digits, py.Int(int64(ch-'0')))
			}
		}
		exp = py.NewStr("n")
		if x.k == snan {
			exp = py.NewStr("N")
		}
	default:
		for _, ch := range x.coef.String() {
			digits = append(digits, py.Int(int64(ch-'0')))
		}
		exp = py.Int(x.exp)
	}
	return py.Call(t, st.decTuple, sg, py.NewTuple(digits...), exp)
}

func asIntegerRatio(t *py.Thread, self py.Value, x *num) (py.Value, *py.Exception) {
	switch x.k {
	case qnan, snan:
		return py.Value{}, py.Errorf(py.ValueError(), "cannot convert NaN to integer ratio")
	case infinite:
		return py.Value{}, py.Errorf(py.OverflowError(), "cannot convert Infinity to integer ratio")
	}
	var n, d *big.Int
	if x.exp >= 0 {
		var perr *py.Exception
		_, perr = protect(func() *num { n = shiftLeft(x.coef, x.exp); return nil })
		if perr != nil {
			return py.Value{}, perr
		}
		d = big.NewInt(1)
	} else {
		var perr *py.Exception
		_, perr = protect(func() *num { d = new(big.Int).Set(pow10(-x.exp)); return nil })
		if perr != nil {
			return py.Value{}, perr
		}
		n = new(big.Int).Set(x.coef)
		g := new(big.Int).GCD(nil, nil, n, d)
		if g.Sign() != 0 {
			n.Quo(n, g)
			d.Quo(d, g)
		}
		if n.Sign() == 0 {
			d = big.NewInt(1)
		}
	}
	if x.neg {
		n = new(big.Int).Neg(n)
	}
	return py.NewTuple(py.NewBigInt(n), py.NewBigInt(d)), nil
}

func decRound(t *py.Thread, self py.Value, args []py.Value) (py.Value, *py.Exception) {
	x := asNum(self)
	o, err := current(t)
	if err != nil {
		return py.Value{}, err
	}
	if len(args) == 1 && !args[0].IsNone() {
		if !py.IsInt(args[0]) {
			return py.Value{}, py.Errorf(py.TypeError(), "optional arg must be an integer")
		}
		n, ok := py.AsInt64(args[0])
		if !ok {
			return py.Value{}, py.Errorf(py.OverflowError(), "Python int too large to convert to C ssize_t")
		}
		return o.finish(t, decType, func(c *ctx, st *status) *num {
			if x.isNaN() {
				r, _ := c.nanOp(st, x)
				return r
			}
			if x.k == infinite {
				return c.invalid(st)
			}
			return c.quantizeExp(x, -n, st)
		})
	}
	return toPyInt(t, x, roundHalfEven)
}

var decDef = &py.TypeDef{
	Name:    "decimal.Decimal",
	Doc:     "Decimal(value='0', context=None)\n--\n\nConstruct a new Decimal object. 'value' can be an integer, string, tuple,\nor another Decimal object. If no value is given, return Decimal('0'). The\ncontext does not affect the conversion and is only passed to determine if\nthe InvalidOperation trap is active.\n\n",
	New:     decNew,
	Repr:    decRepr,
	Str:     decStr,
	Hash:    decHash,
	Compare: decCompare,
	Bool: func(t *py.Thread, v py.Value) (bool, *py.Exception) {
		x := asNum(v)
		return x.k != finite || x.coef.Sign() != 0, nil
	},
}

func init() {
	decDef.Methods = decMethods()
}
