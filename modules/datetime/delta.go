package datetime

import (
	"math"
	"math/big"
	"strconv"

	"github.com/kaa-python/kaa/py"
)

// delta is a timedelta: days in ±999999999, 0 <= secs < 86400, 0 <= us < 10**6.
type delta struct {
	py.Header
	days, secs, us int64
}

func asDelta(v py.Value) *delta { return py.Object[delta](v) }

func isDelta(v py.Value) bool { return v.Type() == deltaType || v.Type().IsSubtype(deltaType) }

func newDelta(days, secs, us int64) py.Value {
	d := &delta{days: days, secs: secs, us: us}
	return py.NewObject(&d.Header, deltaType)
}

func daysOverflow(days *big.Int) *py.Exception {
	if !days.IsInt64() || days.Int64() > 1<<31-1 || days.Int64() < -1<<31 {
		return py.Errorf(py.OverflowError(), "Python int too large to convert to C int")
	}
	return py.Errorf(py.OverflowError(), "days=%s; must have magnitude <= 999999999", days.String())
}

// normDelta normalises days, secs and us (each small enough not to overflow) into
// a timedelta of type typ.
func normDelta(days, secs, us int64) (int64, int64, int64, *py.Exception) {
	if us < 0 || us >= usPerSec {
		q := floorDiv(us, usPerSec)
		secs += q
		us -= q * usPerSec
	}
	if secs < 0 || secs >= 86400 {
		q := floorDiv(secs, 86400)
		days += q
		secs -= q * 86400
	}
	if days < -maxDays || days > maxDays {
		return 0, 0, 0, daysOverflow(big.NewInt(days))
	}
	return days, secs, us, nil
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func mkDelta(t *py.Thread, typ *py.Type, days, secs, us int64) (py.Value, *py.Exception) {
	days, secs, us, err := normDelta(days, secs, us)
	if err != nil {
		return py.Value{}, err
	}
	if typ == deltaType {
		return newDelta(days, secs, us), nil
	}
	d := &delta{days: days, secs: secs, us: us}
	return py.NewObject(&d.Header, typ), nil
}

// toUS is the delta in microseconds.
func (d *delta) toUS() *big.Int {
	if d.days > -100000 && d.days < 100000 {
		return big.NewInt(d.days*usPerDay + d.secs*usPerSec + d.us)
	}
	r := big.NewInt(d.days)
	r.Mul(r, big.NewInt(usPerDay))
	return r.Add(r, big.NewInt(d.secs*usPerSec+d.us))
}

func (d *delta) usSmall() (int64, bool) {
	if d.days > -100000 && d.days < 100000 {
		return d.days*usPerDay + d.secs*usPerSec + d.us, true
	}
	return 0, false
}

var bigUSPerDay = big.NewInt(usPerDay)

// deltaFromUS makes a timedelta from microseconds.
func deltaFromUS(t *py.Thread, typ *py.Type, us *big.Int) (py.Value, *py.Exception) {
	if us.IsInt64() {
		u := us.Int64()
		return mkDelta(t, typ, 0, 0, u)
	}
	days, rem := new(big.Int).DivMod(us, bigUSPerDay, new(big.Int))
	if !days.IsInt64() || days.Int64() < -maxDays || days.Int64() > maxDays {
		return py.Value{}, daysOverflow(days)
	}
	return mkDelta(t, typ, days.Int64(), 0, rem.Int64())
}

var deltaSig = "days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0"

var deltaNames = []string{"days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"}
var deltaFactors = []int64{usPerDay, usPerSec, 1, 1000, 60 * usPerSec, 3600 * usPerSec, 7 * usPerDay}

func deltaNew(t *py.Thread, typ *py.Type, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
	var vals [7]py.Value
	if kwLen(kw) == 0 && len(args) <= 7 {
		copy(vals[:], args)
	} else {
		if len(args)-kwLen(kw) > 7 {
			return py.Value{}, py.Errorf(py.TypeError(), "__new__() takes at most 7 arguments (%d given)", len(args))
		}
		npos := len(args) - kwLen(kw)
		copy(vals[:], args[:npos])
		for i, k := range kw.Items() {
			name, _ := py.AsStr(k)
			j := -1
			for n, dn := range deltaNames {
				if dn == name {
					j = n
				}
			}
			if j < 0 {
				return py.Value{}, py.Errorf(py.TypeError(), "__new__() got an unexpected keyword argument '%s'", name)
			}
			if !vals[j].IsNil() {
				return py.Value{}, py.Errorf(py.TypeError(), "argument for __new__() given by name ('%s') and position (%d)", name, j+1)
			}
			vals[j] = args[npos+i]
		}
	}
	// Fast path: small ints only.
	var sum int64
	fast := true
	for _, i := range [...]int{2, 3, 1, 4, 5, 0, 6} {
		v := vals[i]
		if v.IsNil() {
			continue
		}
		n, ok := py.AsInt64(v)
		if !ok || !py.IsInt(v) || n > 1<<40 || n < -(1<<40) {
			fast = false
			break
		}
		p := n * deltaFactors[i]
		if (p > 0 && sum > math.MaxInt64-p) || (p < 0 && sum < math.MinInt64-p) || (n != 0 && p/n != deltaFactors[i]) {
			fast = false
			break
		}
		sum += p
	}
	if fast {
		return mkDelta(t, typ, 0, 0, sum)
	}
	total := new(big.Int)
	leftover := 0.0
	for _, i := range [...]int{2, 3, 1, 4, 5, 0, 6} {
		v := vals[i]
		if v.IsNil() {
			continue
		}
		factor := deltaFactors[i]
		if py.IsInt(v) {
			b := bigOf(v)
			total.Add(total, b.Mul(b, big.NewInt(factor)))
			continue
		}
		if !v.IsFloat() && !v.Type().IsSubtype(py.FloatType()) {
			return py.Value{}, py.Errorf(py.TypeError(), "unsupported type for timedelta %s component: %s", deltaNames[i], py.TypeName(v))
		}
		f, _ := py.FloatValue(v)
		ip, fp := math.Modf(f)
		if math.IsInf(f, 0) || math.IsNaN(f) {
			if math.IsNaN(f) {
				return py.Value{}, py.Errorf(py.ValueError(), "cannot convert float NaN to integer")
			}
			return py.Value{}, py.Errorf(py.OverflowError(), "cannot convert float infinity to integer")
		}
		bi, _ := new(big.Float).SetFloat64(ip).Int(nil)
		total.Add(total, bi.Mul(bi, big.NewInt(factor)))
		if fp == 0 {
			continue
		}
		f = fp * float64(factor)
		ip, fp = math.Modf(f)
		total.Add(total, big.NewInt(int64(ip)))
		leftover += fp
	}
	if leftover != 0 {
		whole := math.Round(leftover)
		if math.Abs(whole-leftover) == 0.5 {
			odd := float64(total.Bit(0))
			whole = 2*math.Round((leftover+odd)*0.5) - odd
		}
		total.Add(total, big.NewInt(int64(whole)))
	}
	return deltaFromUS(t, typ, total)
}

func deltaRepr(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
	d := asDelta(v)
	b := []byte(tpName(v.Type()) + "(")
	sep := false
	if d.days != 0 {
		b = append(b, "days="...)
		b = strconv.AppendInt(b, d.days, 10)
		sep = true
	}
	if d.secs != 0 {
		if sep {
			b = append(b, ", "...)
		}
		b = append(b, "seconds="...)
		b = strconv.AppendInt(b, d.secs, 10)
		sep = true
	}
	if d.us != 0 {
		if sep {
			b = append(b, ", "...)
		}
		b = append(b, "microseconds="...)
		b = strconv.AppendInt(b, d.us, 10)
		sep = true
	}
	if !sep {
		b = append(b, '0')
	}
	return py.NewStr(string(append(b, ')'))), nil
}

func deltaStr(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
	d := asDelta(v)
	var b []byte
	if d.days != 0 {
		b = strconv.AppendInt(b, d.days, 10)
		if d.days == 1 || d.days == -1 {
			b = append(b, " day, "...)
		} else {
			b = append(b, " days, "...)
		}
	}
	b = strconv.AppendInt(b, d.secs/3600, 10)
	b = append(b, ':')
	b = itoa2(b, int(d.secs/60%60))
	b = append(b, ':')
	b = itoa2(b, int(d.secs%60))
	if d.us != 0 {
		b = append(b, '.')
		b = itoaN(b, int(d.us), 6)
	}
	return py.NewStr(string(b)), nil
}

func deltaCmp(a, b *delta) int {
	switch {
	case a.days != b.days:
		return cmp64(a.days, b.days)
	case a.secs != b.secs:
		return cmp64(a.secs, b.secs)
	}
	return cmp64(a.us, b.us)
}

func cmp64(a, b int64) int {
	if a < b {
		return -1
	}
	if a > b {
		return 1
	}
	return 0
}

func cmpResult(c int, op py.CompareOp) py.Value {
	var r bool
	switch op {
	case py.LT:
		r = c < 0
	case py.LE:
		r = c <= 0
	case py.EQ:
		r = c == 0
	case py.NE:
		r = c != 0
	case py.GT:
		r = c > 0
	case py.GE:
		r = c >= 0
	}
	return py.Bool(r)
}

func deltaCompare(t *py.Thread, a, b py.Value, op py.CompareOp) (py.Value, *py.Exception) {
	if !isDelta(b) {
		return notImpl()
	}
	return cmpResult(deltaCmp(asDelta(a), asDelta(b)), op), nil
}

func mixHash(h ...int64) int64 {
	var x uint64 = 0x345678
	for _, v := range h {
		x = (x ^ uint64(v)) * 1000003
		x ^= x >> 29
	}
	r := int64(x >> 1)
	if r == -1 {
		r = -2
	}
	return r
}

func deltaHash(t *py.Thread, v py.Value) (int64, *py.Exception) {
	d := asDelta(v)
	return mixHash(d.days, d.secs, d.us), nil
}

func deltaAdd(t *py.Thread, a, b py.Value) (py.Value, *py.Exception) {
	if !isDelta(a) || !isDelta(b) {
		return notImpl()
	}
	x, y := asDelta(a), asDelta(b)
	return mkDelta(t, deltaType, x.days+y.days, x.secs+y.secs, x.us+y.us)
}

func deltaSub(t *py.Thread, a, b py.Value) (py.Value, *py.Exception) {
	if !isDelta(a) || !isDelta(b) {
		return notImpl()
	}
	x, y := asDelta(a), asDelta(b)
	return mkDelta(t, deltaType, x.days-y.days, x.secs-y.secs, x.us-y.us)
}

func deltaNeg(t *py.Thread, d *delta) (py.Value, *py.Exception) {
	return mkDelta(t, deltaType, -d.days, -d.secs, -d.us)
}

// roundHalfEven divides a by b (b != 0), rounding to nearest with ties to even.
func divideNearest(a, b *big.Int) *big.Int {
	q, r := new(big.Int).DivMod(a, b, new(big.Int)) // r >= 0 (Euclidean)
	if b.Sign() < 0 {
		// make floor semantics with b negative: use Python's divmod
		q, r = pyDivmod(a, b)
	}
	// compare 2r with b
	r2 := new(big.Int).Lsh(r, 1)
	c := r2.CmpAbs(b)
	if c > 0 || c == 0 && q.Bit(0) == 1 {
		q.Add(q, big.NewInt(1))
	}
	return q
}

// pyDivmod is Python's floor divmod.
func pyDivmod(a, b *big.Int) (*big.Int, *big.Int) {
	q, r := new(big.Int).QuoRem(a, b, new(big.Int))
	if r.Sign() != 0 && (r.Sign() < 0) != (b.Sign() < 0) {
		q.Sub(q, big.NewInt(1))
		r.Add(r, b)
	}
	return q, r
}

// ratioOf is v.as_integer_ratio() as CPython's timedelta arithmetic takes it: a
// float subclass's own method is called and its result checked.
func ratioOf(t *py.Thread, v py.Value) (*big.Int, *big.Int, *py.Exception) {
	if v.IsFloat() || v.Type() == py.FloatType() {
		f, _ := py.FloatValue(v)
		return floatRatio(f)
	}
	r, err := py.CallMethod(t, v, "as_integer_ratio")
	if err != nil {
		return nil, nil, err
	}
	items, ok := py.TupleItems(r)
	if !ok {
		return nil, nil, py.Errorf(py.TypeError(), "unexpected return type from as_integer_ratio(): expected tuple, got '%s'", py.TypeName(r))
	}
	if len(items) != 2 {
		return nil, nil, py.Errorf(py.ValueError(), "as_integer_ratio() must return a 2-tuple")
	}
	for _, x := range items {
		if !py.IsInt(x) {
			return nil, nil, py.Errorf(py.TypeError(), "unsupported operand type(s) for *: 'int' and '%s'", py.TypeName(x))
		}
	}
	return bigOf(items[0]), bigOf(items[1]), nil
}

func floatRatio(f float64) (*big.Int, *big.Int, *py.Exception) {
	if math.IsInf(f, 0) {
		return nil, nil, py.Errorf(py.OverflowError(), "cannot convert Infinity to integer ratio")
	}
	if math.IsNaN(f) {
		return nil, nil, py.Errorf(py.ValueError(), "cannot convert NaN to integer ratio")
	}
	r, _ := new(big.Rat).SetString(strconv.FormatFloat(f, 'g', -1, 64))
	if r == nil {
		r = new(big.Rat).SetFloat64(f)
	} else {
		r = new(big.Rat).SetFloat64(f)
	}
	return new(big.Int).Set(r.Num()), new(big.Int).Set(r.Denom()), nil
}

func isFloat(v py.Value) bool { return v.IsFloat() || v.Type().IsSubtype(py.FloatType()) }

func deltaMul(t *py.Thread, a, b py.Value) (py.Value, *py.Exception) {
	if !isDelta(a) {
		a, b = b, a
	}
	if !isDelta(a) {
		return notImpl()
	}
	d := asDelta(a)
	if py.IsInt(b) {
		if n, ok := py.AsInt64(b); ok && n > -1000 && n < 1000 {
			if u, ok := d.usSmall(); ok && u > -(1<<52) && u < 1<<52 {
				return mkDelta(t, deltaType, 0, 0, u*n)
			}
		}
		return deltaFromUS(t, deltaType, new(big.Int).Mul(d.toUS(), bigOf(b)))
	}
	if isFloat(b) {
		num, den, err := ratioOf(t, b)
		if err != nil {
			return py.Value{}, err
		}
		if den.Sign() == 0 {
			return py.Value{}, py.Errorf(py.ZeroDivisionError(), "integer division or modulo by zero")
		}
		return deltaFromUS(t, deltaType, divideNearest(num.Mul(num, d.toUS()), den))
	}
	return notImpl()
}

func zeroDiv() *py.Exception { return py.Errorf(py.ZeroDivisionError(), "division by zero") }

func deltaTrueDiv(t *py.Thread, a, b py.Value) (py.Value, *py.Exception) {
	if !isDelta(a) {
		return notImpl()
	}
	d := asDelta(a)
	switch {
	case isDelta(b):
		y := asDelta(b).toUS()
		if y.Sign() == 0 {
			return py.Value{}, zeroDiv()
		}
		f, _ := new(big.Rat).SetFrac(d.toUS(), y).Float64()
		return py.Float(f), nil
	case py.IsInt(b):
		if n, ok := py.AsInt64(b); ok && n > 0 && n < 1<<32 {
			if u, ok := d.usSmall(); ok {
				q := floorDiv(u, n)
				r := u - q*n
				if 2*r > n || 2*r == n && q&1 == 1 {
					q++
				}
				return mkDelta(t, deltaType, 0, 0, q)
			}
		}
		y := bigOf(b)
		if y.Sign() == 0 {
			return py.Value{}, py.Errorf(py.ZeroDivisionError(), "integer division or modulo by zero")
		}
		return deltaFromUS(t, deltaType, divideNearest(d.toUS(), y))
	case isFloat(b):
		num, den, err := ratioOf(t, b)
		if err != nil {
			return py.Value{}, err
		}
		if num.Sign() == 0 {
			return py.Value{}, py.Errorf(py.ZeroDivisionError(), "integer division or modulo by zero")
		}
		return deltaFromUS(t, deltaType, divideNearest(den.Mul(den, d.toUS()), num))
	}
	return notImpl()
}

func deltaFloorDiv(t *py.Thread, a, b py.Value) (py.Value, *py.Exception) {
	if !isDelta(a) {
		return notImpl()
	}
	d := asDelta(a)
	switch {
	case isDelta(b):
		y := asDelta(b).toUS()
		if y.Sign() == 0 {
			return py.Value{}, py.Errorf(py.ZeroDivisionError(), "integer division or modulo by zero")
		}
		q, _ := pyDivmod(d.toUS(), y)
		return intOfBig(q), nil
	case py.IsInt(b):
		if n, ok := py.AsInt64(b); ok && n != 0 {
			if u, ok := d.usSmall(); ok {
				return mkDelta(t, deltaType, 0, 0, floorDiv(u, n))
			}
		}
		y := bigOf(b)
		if y.Sign() == 0 {
			return py.Value{}, py.Errorf(py.ZeroDivisionError(), "integer division or modulo by zero")
		}
		q, _ := pyDivmod(d.toUS(), y)
		return deltaFromUS(t, deltaType, q)
	}
	return notImpl()
}

func deltaMod(t *py.Thread, a, b py.Value) (py.Value, *py.Exception) {
	if !isDelta(a) || !isDelta(b) {
		return notImpl()
	}
	if u, ok := asDelta(a).usSmall(); ok {
		if v, ok := asDelta(b).usSmall(); ok && v != 0 {
			return mkDelta(t, deltaType, 0, 0, u-floorDiv(u, v)*v)
		}
	}
	y := asDelta(b).toUS()
	if y.Sign() == 0 {
		return py.Value{}, py.Errorf(py.ZeroDivisionError(), "integer modulo by zero")
	}
	_, r := pyDivmod(asDelta(a).toUS(), y)
	return deltaFromUS(t, deltaType, r)
}

func deltaDivmod(t *py.Thread, a, b py.Value) (py.Value, *py.Exception) {
	if !isDelta(a) || !isDelta(b) {
		return notImpl()
	}
	y := asDelta(b).toUS()
	if y.Sign() == 0 {
		return py.Value{}, py.Errorf(py.ZeroDivisionError(), "integer division or modulo by zero")
	}
	q, r := pyDivmod(asDelta(a).toUS(), y)
	rv, err := deltaFromUS(t, deltaType, r)
	if err != nil {
		return py.Value{}, err
	}
	return py.NewTuple(intOfBig(q), rv), nil
}

func swap(f func(t *py.Thread, a, b py.Value) (py.Value, *py.Exception)) func(t *py.Thread, a, b py.Value) (py.Value, *py.Exception) {
	return func(t *py.Thread, b, a py.Value) (py.Value, *py.Exception) { return f(t, a, b) }
}

func deltaOps(typ *py.Type) {
	py.SetBinaryOp(typ, "+", deltaAdd, swap(deltaAdd), nil)
	py.SetBinaryOp(typ, "-", deltaSub, swap(deltaSub), nil)
	py.SetBinaryOp(typ, "*", deltaMul, swap(deltaMul), nil)
	py.SetBinaryOp(typ, "/", deltaTrueDiv, swap(deltaTrueDiv), nil)
	py.SetBinaryOp(typ, "//", deltaFloorDiv, swap(deltaFloorDiv), nil)
	py.SetBinaryOp(typ, "%", deltaMod, swap(deltaMod), nil)
	py.SetUnaryOp(typ, "-", func(t *py.Thread, v py.Value) (py.Value, *py.Exception) { return deltaNeg(t, asDelta(v)) })
	py.SetUnaryOp(typ, "+", deltaPos)
	py.SetUnaryOp(typ, "abs", deltaAbs)
}

func deltaPos(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
	d := asDelta(v)
	return mkDelta(t, deltaType, d.days, d.secs, d.us)
}

func deltaAbs(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
	d := asDelta(v)
	if d.days < 0 {
		return deltaNeg(t, d)
	}
	return mkDelta(t, deltaType, d.days, d.secs, d.us)
}

func deltaGet(f func(d *delta) int64) func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
	return func(t *py.Thread, v py.Value) (py.Value, *py.Exception) { return py.Int(f(asDelta(v))), nil }
}

func unary(name string, f func(t *py.Thread, d *delta) (py.Value, *py.Exception)) *py.MethodDef {
	return py.FuncNoArgs(name, func(t *py.Thread, self py.Value) (py.Value, *py.Exception) { return f(t, asDelta(self)) })
}

var deltaDef = &py.TypeDef{
	Name:    "datetime.timedelta",
	Doc:     "Difference between two datetime values.\n\ntimedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)\n\nAll arguments are optional and default to 0.\nArguments may be integers or floats, and may be positive or negative.",
	New:     deltaNew,
	Repr:    deltaRepr,
	Str:     deltaStr,
	Hash:    deltaHash,
	Compare: deltaCompare,
	Bool: func(t *py.Thread, v py.Value) (bool, *py.Exception) {
		d := asDelta(v)
		return d.days != 0 || d.secs != 0 || d.us != 0, nil
	},
	Methods: []*py.MethodDef{
		unary("__neg__", deltaNeg),
		py.FuncNoArgs("__pos__", deltaPos),
		py.FuncNoArgs("__abs__", deltaAbs),
		binMethod("__add__", deltaAdd), rbinMethod("__radd__", deltaAdd),
		binMethod("__sub__", deltaSub), rbinMethod("__rsub__", deltaSub),
		binMethod("__mul__", deltaMul), rbinMethod("__rmul__", deltaMul),
		binMethod("__truediv__", deltaTrueDiv), rbinMethod("__rtruediv__", deltaTrueDiv),
		binMethod("__floordiv__", deltaFloorDiv), rbinMethod("__rfloordiv__", deltaFloorDiv),
		binMethod("__mod__", deltaMod), rbinMethod("__rmod__", deltaMod),
		binMethod("__divmod__", deltaDivmod), rbinMethod("__rdivmod__", deltaDivmod),
		py.FuncNoArgs("total_seconds", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			d := asDelta(self)
			if u, ok := d.usSmall(); ok && u > -(1<<53) && u < 1<<53 {
				return py.Float(float64(u) / 1e6), nil
			}
			f, _ := new(big.Rat).SetFrac(d.toUS(), big.NewInt(usPerSec)).Float64()
			return py.Float(f), nil
		}),
		py.FuncNoArgs("__reduce__", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			d := asDelta(self)
			return py.NewTuple(py.TypeValue(self.Type()), py.NewTuple(py.Int(d.days), py.Int(d.secs), py.Int(d.us))), nil
		}),
		py.GetSetDef("days", deltaGet(func(d *delta) int64 { return d.days }), nil),
		py.GetSetDef("seconds", deltaGet(func(d *delta) int64 { return d.secs }), nil),
		py.GetSetDef("microseconds", deltaGet(func(d *delta) int64 { return d.us }), nil),
	},
}
