package decimal

import (
	"math/big"
	"strings"

	"github.com/kaa-python/kaa/py"
)

// ctxObj is a decimal.Context.
type ctxObj struct {
	py.Header
	c        ctx
	capitals int
	flags    uint32 // condition bits raised
	traps    uint32 // condition bits that raise
	template bool
	self     py.Value
}

var ctxType, sigDictType *py.Type

func asCtx(v py.Value) *ctxObj { return py.Object[ctxObj](v) }

func newCtx(typ *py.Type, c ctx, capitals int, traps uint32) *ctxObj {
	o := &ctxObj{c: c, capitals: capitals, traps: traps}
	o.self = py.NewObject(&o.Header, typ)
	return o
}

func (o *ctxObj) value() py.Value { return o.self }

func (o *ctxObj) copyCtx(typ *py.Type) *ctxObj {
	n := newCtx(typ, o.c, o.capitals, o.traps)
	n.flags = o.flags
	return n
}

// addStatus records st in the flags and raises the first trapped signal.
func (o *ctxObj) addStatus(t *py.Thread, st uint32) *py.Exception {
	o.flags |= st
	tr := st & o.traps
	if tr == 0 {
		return nil
	}
	var cls *py.Type
	for i, bits := range signalBits {
		if tr&bits != 0 {
			cls = signalOrder[i]
			break
		}
	}
	var list []py.Value
	if tr&sInvalidOp != 0 {
		list = append(list, py.TypeValue(excInvalid))
	}
	for _, b := range []uint32{sConversionSyntax, sDivImpossible, sDivUndefined, sInvalidContext} {
		if tr&b != 0 {
			list = append(list, py.TypeValue(condClass(b)))
		}
	}
	for i, bits := range signalBits[1:] {
		if tr&bits != 0 {
			list = append(list, py.TypeValue(signalOrder[i+1]))
		}
	}
	return py.NewException(cls, py.NewList(list).Value())
}

// signalIndex finds the signal class v among signalOrder.
func signalIndex(v py.Value) int {
	for i, s := range signalOrder {
		if v.Is(py.TypeValue(s)) {
			return i
		}
	}
	return -1
}

const signalsMsg = "valid values for signals are:\n  [InvalidOperation, FloatOperation, DivisionByZero,\n   Overflow, Underflow, Subnormal, Inexact, Rounded,\n   Clamped]"

const roundingMsg = "valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]"

func keyErr(msg string) *py.Exception { return py.NewException(py.KeyError(), py.NewStr(msg)) }

// signalsFrom reads a flags/traps argument: a list of signals or a dict of
// signal → bool.
func signalsFrom(t *py.Thread, v py.Value, allowList bool) (uint32, *py.Exception) {
	if v.Type() == sigDictType {
		d := py.Object[sigDict](v)
		if d.traps {
			return d.ctx.traps, nil
		}
		return d.ctx.flags, nil
	}
	var bits uint32
	if d, ok := py.AsDict(v); ok {
		n := 0
		for _, k := range d.Keys() {
			i := signalIndex(k)
			if i < 0 {
				return 0, keyErr(signalsMsg)
			}
			val, _, _ := d.GetItem(t, k)
			b, err := py.IsTrue(t, val)
			if err != nil {
				return 0, err
			}
			if b {
				bits |= signalBits[i]
			}
			n++
		}
		if n != len(signalOrder) {
			return 0, keyErr("invalid signal dict")
		}
		return bits, nil
	}
	if allowList && v.Type().IsSubtype(py.ListType()) {
		items, err := py.ToSlice(t, v)
		if err != nil {
			return 0, err
		}
		for _, k := range items {
			i := signalIndex(k)
			if i < 0 {
				return 0, keyErr(signalsMsg)
			}
			bits |= signalBits[i]
		}
		return bits, nil
	}
	return 0, py.Errorf(py.TypeError(), "argument must be a signal dict")
}

func intArg(t *py.Thread, v py.Value) (int64, *py.Exception) {
	if !py.IsInt(v) {
		return 0, py.Errorf(py.TypeError(), "an integer is required")
	}
	n, ok := py.AsInt64(v)
	if !ok {
		return 0, py.Errorf(py.OverflowError(), "Python int too large to convert to C ssize_t")
	}
	return n, nil
}

func roundingArg(v py.Value) (int, *py.Exception) {
	if s, ok := py.AsStr(v); ok {
		for i, n := range roundNames {
			if s == n {
				return i, nil
			}
		}
	}
	return 0, py.Errorf(py.TypeError(), roundingMsg)
}

func (o *ctxObj) setPrec(t *py.Thread, v py.Value) *py.Exception {
	n, err := intArg(t, v)
	if err != nil {
		return err
	}
	if n < 1 || n > maxPrec {
		return py.Errorf(py.ValueError(), "valid range for prec is [1, MAX_PREC]")
	}
	o.c.prec = n
	return nil
}

func (o *ctxObj) setEmin(t *py.Thread, v py.Value) *py.Exception {
	n, err := intArg(t, v)
	if err != nil {
		return err
	}
	if n > 0 || n < minEmin {
		return py.Errorf(py.ValueError(), "valid range for Emin is [MIN_EMIN, 0]")
	}
	o.c.emin = n
	return nil
}

func (o *ctxObj) setEmax(t *py.Thread, v py.Value) *py.Exception {
	n, err := intArg(t, v)
	if err != nil {
		return err
	}
	if n < 0 || n > maxEmax {
		return py.Errorf(py.ValueError(), "valid range for Emax is [0, MAX_EMAX]")
	}
	o.c.emax = n
	return nil
}

func bit01(t *py.Thread, v py.Value, what string) (int, *py.Exception) {
	n, err := intArg(t, v)
	if err != nil {
		return 0, err
	}
	if n != 0 && n != 1 {
		return 0, py.Errorf(py.ValueError(), "valid values for %s are 0 or 1", what)
	}
	return int(n), nil
}

// setFields applies prec, rounding, Emin, Emax, capitals, clamp, flags, traps
// (zero or None values are left alone).
func (o *ctxObj) setFields(t *py.Thread, a []py.Value, local bool) *py.Exception {
	given := func(v py.Value) bool { return !v.IsNil() && !v.IsNone() }
	if given(a[0]) {
		if err := o.setPrec(t, a[0]); err != nil {
			return err
		}
	}
	if given(a[1]) {
		r, err := roundingArg(a[1])
		if err != nil {
			return err
		}
		o.c.round = r
	}
	if given(a[2]) {
		if err := o.setEmin(t, a[2]); err != nil {
			return err
		}
	}
	if given(a[3]) {
		if err := o.setEmax(t, a[3]); err != nil {
			return err
		}
	}
	if given(a[4]) {
		n, err := bit01(t, a[4], "capitals")
		if err != nil {
			return err
		}
		o.capitals = n
	}
	if given(a[5]) {
		n, err := bit01(t, a[5], "clamp")
		if err != nil {
			return err
		}
		o.c.clamp = n
	}
	if given(a[6]) {
		b, err := signalsFrom(t, a[6], true)
		if err != nil {
			return err
		}
		o.flags = b
	}
	if given(a[7]) {
		b, err := signalsFrom(t, a[7], true)
		if err != nil {
			return err
		}
		o.traps = b
	}
	return nil
}

// signalNames lists the signals set in bits in libmpdec's bit order (the
// order of Context's repr).
func signalNames(bits uint32) string {
	var parts []string
	invDone := false
	for i := 0; i < nConditions; i++ {
		b := uint32(1) << i
		if bits&b == 0 {
			continue
		}
		if b&sInvalidAll != 0 {
			if invDone {
				continue
			}
			invDone = true
			parts = append(parts, "InvalidOperation")
			continue
		}
		parts = append(parts, condClass(b).Name)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

func ctxRepr(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
	o := asCtx(v)
	var b strings.Builder
	b.WriteString("Context(prec=")
	b.WriteString(itoa(o.c.prec))
	b.WriteString(", rounding=" + roundNames[o.c.round])
	b.WriteString(", Emin=" + itoa(o.c.emin) + ", Emax=" + itoa(o.c.emax))
	b.WriteString(", capitals=" + itoa(int64(o.capitals)) + ", clamp=" + itoa(int64(o.c.clamp)))
	b.WriteString(", flags=" + signalNames(o.flags) + ", traps=" + signalNames(o.traps) + ")")
	return py.NewStr(b.String()), nil
}

func itoa(n int64) string { return big.NewInt(n).String() }

func ctxNew(t *py.Thread, typ *py.Type, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
	st := stateOf(t)
	var o *ctxObj
	if st != nil && st.defCtx != nil {
		o = st.defCtx.copyCtx(typ)
		o.flags = 0
	} else {
		o = newCtx(typ, ctx{prec: 28, emax: 999999, emin: -999999, round: roundHalfEven}, 1, sInvalidAll|sDivByZero|sOverflow)
	}
	return o.value(), nil
}

var ctxInitSig = py.ParseSignature("Context", "prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None, flags=None, traps=None")

func ctxInit(t *py.Thread, self py.Value, args []py.Value, kw *py.Tuple) *py.Exception {
	var a [8]py.Value
	if err := ctxInitSig.Bind(args, kw, a[:]); err != nil {
		return err
	}
	return asCtx(self).setFields(t, a[:], false)
}

func ctxGetSet(name string, get func(o *ctxObj) py.Value, set func(t *py.Thread, o *ctxObj, v py.Value) *py.Exception) *py.MethodDef {
	return py.GetSetDef(name, func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		return get(asCtx(self)), nil
	}, func(t *py.Thread, self, v py.Value) *py.Exception {
		if v.IsNil() {
			return py.Errorf(py.AttributeError(), "context attributes cannot be deleted")
		}
		return set(t, asCtx(self), v)
	})
}

func newSigDict(o *ctxObj, traps bool) py.Value {
	d := &sigDict{ctx: o, traps: traps}
	return py.NewObject(&d.Header, sigDictType)
}

var ctxAttrs = []*py.MethodDef{
	ctxGetSet("prec", func(o *ctxObj) py.Value { return py.Int(o.c.prec) }, func(t *py.Thread, o *ctxObj, v py.Value) *py.Exception { return o.setPrec(t, v) }),
	ctxGetSet("Emin", func(o *ctxObj) py.Value { return py.Int(o.c.emin) }, func(t *py.Thread, o *ctxObj, v py.Value) *py.Exception { return o.setEmin(t, v) }),
	ctxGetSet("Emax", func(o *ctxObj) py.Value { return py.Int(o.c.emax) }, func(t *py.Thread, o *ctxObj, v py.Value) *py.Exception { return o.setEmax(t, v) }),
	ctxGetSet("rounding", func(o *ctxObj) py.Value { return py.NewStr(roundNames[o.c.round]) }, func(t *py.Thread, o *ctxObj, v py.Value) *py.Exception {
		r, err := roundingArg(v)
		if err != nil {
			return err
		}
		o.c.round = r
		return nil
	}),
	ctxGetSet("capitals", func(o *ctxObj) py.Value { return py.Int(int64(o.capitals)) }, func(t *py.Thread, o *ctxObj, v py.Value) *py.Exception {
		n, err := bit01(t, v, "capitals")
		if err == nil {
			o.capitals = n
		}
		return err
	}),
	ctxGetSet("clamp", func(o *ctxObj) py.Value { return py.Int(int64(o.c.clamp)) }, func(t *py.Thread, o *ctxObj, v py.Value) *py.Exception {
		n, err := bit01(t, v, "clamp")
		if err == nil {
			o.c.clamp = n
		}
		return err
	}),
	ctxGetSet("flags", func(o *ctxObj) py.Value { return newSigDict(o, false) }, func(t *py.Thread, o *ctxObj, v py.Value) *py.Exception {
		b, err := signalsFrom(t, v, false)
		if err == nil {
			o.flags = b
		}
		return err
	}),
	ctxGetSet("traps", func(o *ctxObj) py.Value { return newSigDict(o, true) }, func(t *py.Thread, o *ctxObj, v py.Value) *py.Exception {
		b, err := signalsFrom(t, v, false)
		if err == nil {
			o.traps = b
		}
		return err
	}),
	py.FuncNoArgs("Etiny", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		return py.Int(asCtx(self).c.etiny()), nil
	}),
	py.FuncNoArgs("Etop", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		return py.Int(asCtx(self).c.etop()), nil
	}),
	py.FuncNoArgs("radix", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		return newDec(decType, intNum(10)), nil
	}),
	py.FuncNoArgs("clear_flags", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		asCtx(self).flags = 0
		return py.None(), nil
	}),
	py.FuncNoArgs("clear_traps", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		asCtx(self).traps = 0
		return py.None(), nil
	}),
	py.FuncNoArgs("copy", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		return asCtx(self).copyCtx(self.Type()).value(), nil
	}),
	py.FuncNoArgs("__copy__", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		return asCtx(self).copyCtx(self.Type()).value(), nil
	}),
	py.FuncNoArgs("__reduce__", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		o := asCtx(self)
		return py.NewTuple(py.TypeValue(self.Type()), py.NewTuple(py.Int(o.c.prec), py.NewStr(roundNames[o.c.round]),
			py.Int(o.c.emin), py.Int(o.c.emax), py.Int(int64(o.capitals)), py.Int(int64(o.c.clamp)),
			signalList(o.flags), signalList(o.traps))), nil
	}),
	py.Func("create_decimal", "num='0'", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
		return createDecimal(t, asCtx(self), a[0])
	}),
	py.FuncO("create_decimal_from_float", func(t *py.Thread, self, f py.Value) (py.Value, *py.Exception) {
		o := asCtx(self)
		n, err := fromFloatValue(t, f)
		if err != nil {
			return py.Value{}, err
		}
		return o.finish(t, decType, func(c *ctx, st *status) *num { return c.finalize(n, st) })
	}),
	py.FuncVar("_apply", 1, 1, func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
		o := asCtx(self)
		x, err := o.convert(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		return o.finish(t, decType, func(c *ctx, st *status) *num { return c.finalize(x, st) })
	}),
}

func signalList(bits uint32) py.Value {
	var l []py.Value
	for i, b := range signalBits {
		if bits&b != 0 {
			l = append(l, py.TypeValue(signalOrder[i]))
		}
	}
	return py.NewList(l).Value()
}

var ctxDef = &py.TypeDef{
	Name: "decimal.Context",
	Doc:  "Context(prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None, flags=None, traps=None)\n--\n\nThe context affects almost all operations and controls rounding,\nOver/Underflow, raising of exceptions and much more.  A new context\ncan be constructed as follows:\n\n    >>> c = Context(prec=28, Emin=-425000000, Emax=425000000,\n    ...             rounding=ROUND_HALF_EVEN, capitals=1, clamp=1,\n    ...             traps=[InvalidOperation, DivisionByZero, Overflow],\n    ...             flags=[])\n    >>>\n\n",
	New:  ctxNew,
	Init: ctxInit,
	Repr: ctxRepr,
	SetAttr: func(t *py.Thread, self py.Value, name *py.Str, val py.Value) *py.Exception {
		n := name.String()
		switch n {
		case "prec", "Emin", "Emax", "rounding", "capitals", "clamp", "flags", "traps":
			return py.GenericSetAttr(t, self, name, val)
		}
		if self.Type() == ctxType {
			return py.Errorf(py.AttributeError(), "'decimal.Context' object has no attribute '%s'", n)
		}
		return py.GenericSetAttr(t, self, name, val)
	},
	Methods: nil, // filled in init (ctxMethods)
}

func init() {
	ctxDef.Methods = append(append([]*py.MethodDef{}, ctxAttrs...), ctxOpMethods()...)
}

// ---- SignalDict ----

type sigDict struct {
	py.Header
	ctx   *ctxObj
	traps bool
}

var noBits uint32

func (d *sigDict) bits() *uint32 {
	if d.ctx == nil {
		noBits = 0
		return &noBits
	}
	if d.traps {
		return &d.ctx.traps
	}
	return &d.ctx.flags
}

var sigDictDef = &py.TypeDef{
	Name: "decimal.SignalDictMixin",
	New: func(t *py.Thread, typ *py.Type, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
		d := &sigDict{}
		return py.NewObject(&d.Header, typ), nil
	},
	Len: func(t *py.Thread, self py.Value) (int, *py.Exception) {
		if py.Object[sigDict](self).ctx == nil {
			return 0, py.Errorf(py.ValueError(), "invalid signal dict")
		}
		return len(signalOrder), nil
	},
	GetItem: func(t *py.Thread, self, key py.Value) (py.Value, *py.Exception) {
		d := py.Object[sigDict](self)
		if d.ctx == nil {
			return py.Value{}, py.Errorf(py.ValueError(), "invalid signal dict")
		}
		i := signalIndex(key)
		if i < 0 {
			return py.Value{}, keyErr(signalsMsg)
		}
		return py.Bool(*d.bits()&signalBits[i] != 0), nil
	},
	SetItem: func(t *py.Thread, self, key, val py.Value) *py.Exception {
		d := py.Object[sigDict](self)
		if d.ctx == nil {
			return py.Errorf(py.ValueError(), "invalid signal dict")
		}
		if val.IsNil() {
			return py.Errorf(py.ValueError(), "signal keys cannot be deleted")
		}
		i := signalIndex(key)
		if i < 0 {
			return keyErr(signalsMsg)
		}
		b, err := py.IsTrue(t, val)
		if err != nil {
			return err
		}
		if b {
			*d.bits() |= signalBits[i]
		} else {
			*d.bits() &^= signalBits[i]
		}
		return nil
	},
	Compare: func(t *py.Thread, a, b py.Value, op py.CompareOp) (py.Value, *py.Exception) {
		if op != py.EQ && op != py.NE {
			return py.NotImplemented(), nil
		}
		if py.Object[sigDict](a).ctx == nil || b.Type() == sigDictType && py.Object[sigDict](b).ctx == nil {
			return py.Value{}, py.Errorf(py.ValueError(), "invalid signal dict")
		}
		x, err := py.CallMethod(t, a, "copy")
		if err != nil {
			return py.Value{}, err
		}
		y := b
		if b.Type() == sigDictType {
			if y, err = py.CallMethod(t, b, "copy"); err != nil {
				return py.Value{}, err
			}
		} else if _, ok := py.AsDict(b); !ok {
			return py.NotImplemented(), nil
		}
		return py.RichCompare(t, x, y, op)
	},
	Contains: func(t *py.Thread, self, key py.Value) (bool, *py.Exception) {
		return signalIndex(key) >= 0, nil
	},
	Iter: func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		if py.Object[sigDict](self).ctx == nil {
			return py.Value{}, py.Errorf(py.ValueError(), "invalid signal dict")
		}
		l := make([]py.Value, len(signalOrder))
		for i, s := range signalOrder {
			l[i] = py.TypeValue(s)
		}
		return py.Iter(t, py.NewList(l).Value())
	},
	Repr: func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		d := py.Object[sigDict](self)
		if d.ctx == nil {
			return py.Value{}, py.Errorf(py.ValueError(), "invalid signal dict")
		}
		var parts []string
		for i, s := range signalOrder {
			v := "False"
			if *d.bits()&signalBits[i] != 0 {
				v = "True"
			}
			parts = append(parts, "<class '"+"decimal."+s.Name+"'>:"+v)
		}
		return py.NewStr("{" + strings.Join(parts, ", ") + "}"), nil
	},
	Methods: []*py.MethodDef{
		py.FuncNoArgs("copy", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			d := py.Object[sigDict](self)
			if d.ctx == nil {
				return py.Value{}, py.Errorf(py.ValueError(), "invalid signal dict")
			}
			out := py.NewDict()
			for i, s := range signalOrder {
				if err := out.SetItem(t, py.TypeValue(s), py.Bool(*d.bits()&signalBits[i] != 0)); err != nil {
					return py.Value{}, err
				}
			}
			return out.Value(), nil
		}),
		py.FuncNoArgs("keys", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			l := make([]py.Value, len(signalOrder))
			for i, s := range signalOrder {
				l[i] = py.TypeValue(s)
			}
			return py.NewList(l).Value(), nil
		}),
		py.FuncNoArgs("values", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			d := py.Object[sigDict](self)
			l := make([]py.Value, len(signalOrder))
			for i := range signalOrder {
				l[i] = py.Bool(*d.bits()&signalBits[i] != 0)
			}
			return py.NewList(l).Value(), nil
		}),
		py.FuncNoArgs("items", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			d := py.Object[sigDict](self)
			l := make([]py.Value, len(signalOrder))
			for i, s := range signalOrder {
				l[i] = py.NewTuple(py.TypeValue(s), py.Bool(*d.bits()&signalBits[i] != 0))
			}
			return py.NewList(l).Value(), nil
		}),
		py.Func("get", "key, default=None", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			d := py.Object[sigDict](self)
			i := signalIndex(a[0])
			if i < 0 {
				return a[1], nil
			}
			return py.Bool(*d.bits()&signalBits[i] != 0), nil
		}),
	},
}
