package datetime

import (
	"strconv"

	"github.com/kaa-python/kaa/py"
)

// clock is the time-of-day part of time and datetime.
type clock struct {
	h, mi, s int32
	us       int32
	fold     int32
	tz       py.Value // py.None when naive
}

type timeObj struct {
	py.Header
	clock
}

type dtObj struct {
	dateObj
	clock
}

func asTime(v py.Value) *timeObj { return py.Object[timeObj](v) }
func asDT(v py.Value) *dtObj     { return py.Object[dtObj](v) }

func isTime(v py.Value) bool     { return v.Type() == timeType || v.Type().IsSubtype(timeType) }
func isDatetime(v py.Value) bool { return v.Type() == datetimeType || v.Type().IsSubtype(datetimeType) }

func (c *clock) hasTZ() bool { return !c.tz.IsNone() }

func newTime(typ *py.Type, h, mi, s, us int, tz py.Value, fold int) py.Value {
	o := &timeObj{clock: clock{int32(h), int32(mi), int32(s), int32(us), int32(fold), tz}}
	return py.NewObject(&o.Header, typ)
}

func newDatetime(typ *py.Type, y, m, d, h, mi, s, us int, tz py.Value, fold int) py.Value {
	o := &dtObj{dateObj: dateObj{y: int32(y), m: int32(m), d: int32(d)}, clock: clock{int32(h), int32(mi), int32(s), int32(us), int32(fold), tz}}
	return py.NewObject(&o.Header, typ)
}

func checkTime(h, mi, s, us, fold int) *py.Exception {
	switch {
	case h < 0 || h > 23:
		return py.Errorf(py.ValueError(), "hour must be in 0..23")
	case mi < 0 || mi > 59:
		return py.Errorf(py.ValueError(), "minute must be in 0..59")
	case s < 0 || s > 59:
		return py.Errorf(py.ValueError(), "second must be in 0..59")
	case us < 0 || us > 999999:
		return py.Errorf(py.ValueError(), "microsecond must be in 0..999999")
	case fold != 0 && fold != 1:
		return py.Errorf(py.ValueError(), "fold must be either 0 or 1")
	}
	return nil
}

func checkTZInfo(tz py.Value) *py.Exception {
	if !tz.IsNone() && !isTZInfo(tz) {
		return py.Errorf(py.TypeError(), "tzinfo argument must be None or of a tzinfo subclass, not type '%s'", py.TypeName(tz))
	}
	return nil
}

func makeTime(t *py.Thread, typ *py.Type, h, mi, s, us int, tz py.Value, fold int) (py.Value, *py.Exception) {
	if typ == timeType {
		if err := checkTime(h, mi, s, us, fold); err != nil {
			return py.Value{}, err
		}
		if err := checkTZInfo(tz); err != nil {
			return py.Value{}, err
		}
		return newTime(typ, h, mi, s, us, tz, fold), nil
	}
	return newSub(t, typ, []py.Value{py.Int(int64(h)), py.Int(int64(mi)), py.Int(int64(s)), py.Int(int64(us)), tz}, fold)
}

func makeDatetime(t *py.Thread, typ *py.Type, y, m, d, h, mi, s, us int, tz py.Value, fold int) (py.Value, *py.Exception) {
	if typ == datetimeType {
		if err := checkDate(y, m, d); err != nil {
			return py.Value{}, err
		}
		if err := checkTime(h, mi, s, us, fold); err != nil {
			return py.Value{}, err
		}
		if err := checkTZInfo(tz); err != nil {
			return py.Value{}, err
		}
		return newDatetime(typ, y, m, d, h, mi, s, us, tz, fold), nil
	}
	return newSub(t, typ, []py.Value{py.Int(int64(y)), py.Int(int64(m)), py.Int(int64(d)), py.Int(int64(h)), py.Int(int64(mi)), py.Int(int64(s)), py.Int(int64(us)), tz}, fold)
}

var timeSig = &argSpec{names: []string{"hour", "minute", "second", "microsecond", "tzinfo", "fold"}, kwOnly: 5, intArgs: true, objs: 1 << 4}
var datetimeSig = &argSpec{names: []string{"year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo", "fold"}, required: 3, kwOnly: 8, intArgs: true, objs: 1 << 7}

// ints converts the bound integer arguments (zero ones keep their defaults).
func ints(t *py.Thread, vals []py.Value, out []int) *py.Exception {
	for i, v := range vals {
		if v.IsNil() {
			continue
		}
		n, err := cInt(t, v)
		if err != nil {
			return err
		}
		out[i] = n
	}
	return nil
}

func tzArg(v py.Value) py.Value {
	if v.IsNil() {
		return py.None()
	}
	return v
}

func timeNew(t *py.Thread, typ *py.Type, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
	if kwLen(kw) == 0 && (len(args) == 1 || len(args) == 2) {
		if b, ok, err := pickleState(t, args, 6, -1); err != nil {
			return py.Value{}, err
		} else if ok {
			tz := py.None()
			if len(args) == 2 {
				tz = args[1]
				if err := checkTZInfo(tz); err != nil {
					return py.Value{}, py.Errorf(py.TypeError(), "bad tzinfo state arg")
				}
			}
			fold := 0
			if b[0]&0x80 != 0 {
				fold = 1
			}
			return newTime(typ, int(b[0]&0x7f), int(b[1]), int(b[2]), int(b[3])<<16|int(b[4])<<8|int(b[5]), tz, fold), nil
		}
	}
	var a [6]py.Value
	if err := timeSig.bind(t, args, kw, a[:]); err != nil {
		return py.Value{}, err
	}
	var f [6]int
	if err := ints(t, a[:4], f[:4]); err != nil {
		return py.Value{}, err
	}
	if err := ints(t, a[5:], f[5:]); err != nil {
		return py.Value{}, err
	}
	tz := tzArg(a[4])
	if err := checkTime(f[0], f[1], f[2], f[3], f[5]); err != nil {
		return py.Value{}, err
	}
	if err := checkTZInfo(tz); err != nil {
		return py.Value{}, err
	}
	return newTime(typ, f[0], f[1], f[2], f[3], tz, f[5]), nil
}

func datetimeNew(t *py.Thread, typ *py.Type, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
	if kwLen(kw) == 0 && (len(args) == 1 || len(args) == 2) {
		if b, ok, err := pickleState(t, args, 10, 2); err != nil {
			return py.Value{}, err
		} else if ok {
			tz := py.None()
			if len(args) == 2 {
				tz = args[1]
				if err := checkTZInfo(tz); err != nil {
					return py.Value{}, py.Errorf(py.TypeError(), "bad tzinfo state arg")
				}
			}
			fold := 0
			if b[2]&0x80 != 0 {
				fold = 1
			}
			return newDatetime(typ, int(b[0])<<8|int(b[1]), int(b[2]&0x7f), int(b[3]), int(b[4]), int(b[5]), int(b[6]), int(b[7])<<16|int(b[8])<<8|int(b[9]), tz, fold), nil
		}
	}
	if kwLen(kw) == 0 && len(args) >= 3 && len(args) <= 7 {
		// The common call: positional ints only, converted once.
		var f [7]int
		for i, v := range args {
			n, err := cInt(t, v)
			if err != nil {
				return py.Value{}, err
			}
			f[i] = n
		}
		if err := checkDate(f[0], f[1], f[2]); err != nil {
			return py.Value{}, err
		}
		if err := checkTime(f[3], f[4], f[5], f[6], 0); err != nil {
			return py.Value{}, err
		}
		return newDatetime(typ, f[0], f[1], f[2], f[3], f[4], f[5], f[6], py.None(), 0), nil
	}
	var a [9]py.Value
	if err := datetimeSig.bind(t, args, kw, a[:]); err != nil {
		return py.Value{}, err
	}
	var f [9]int
	if err := ints(t, a[:7], f[:7]); err != nil {
		return py.Value{}, err
	}
	if err := ints(t, a[8:], f[8:]); err != nil {
		return py.Value{}, err
	}
	tz := tzArg(a[7])
	if err := checkDate(f[0], f[1], f[2]); err != nil {
		return py.Value{}, err
	}
	if err := checkTime(f[3], f[4], f[5], f[6], f[8]); err != nil {
		return py.Value{}, err
	}
	if err := checkTZInfo(tz); err != nil {
		return py.Value{}, err
	}
	return newDatetime(typ, f[0], f[1], f[2], f[3], f[4], f[5], f[6], tz, f[8]), nil
}

func appendClock(b []byte, c *clock, spec string) ([]byte, *py.Exception) {
	if spec == "auto" {
		spec = "microseconds"
		if c.us == 0 {
			spec = "seconds"
		}
	}
	switch spec {
	case "hours":
		return itoa2(b, int(c.h)), nil
	case "minutes", "seconds", "milliseconds", "microseconds":
	default:
		return nil, py.Errorf(py.ValueError(), "Unknown timespec value")
	}
	b = itoa2(b, int(c.h))
	b = append(b, ':')
	b = itoa2(b, int(c.mi))
	if spec == "minutes" {
		return b, nil
	}
	b = append(b, ':')
	b = itoa2(b, int(c.s))
	switch spec {
	case "milliseconds":
		b = append(b, '.')
		b = itoaN(b, int(c.us/1000), 3)
	case "microseconds":
		b = append(b, '.')
		b = itoaN(b, int(c.us), 6)
	}
	return b, nil
}

func clockRepr(b []byte, c *clock) []byte {
	b = strconv.AppendInt(b, int64(c.h), 10)
	b = append(b, ", "...)
	b = strconv.AppendInt(b, int64(c.mi), 10)
	if c.s != 0 || c.us != 0 {
		b = append(b, ", "...)
		b = strconv.AppendInt(b, int64(c.s), 10)
	}
	if c.us != 0 {
		b = append(b, ", "...)
		b = strconv.AppendInt(b, int64(c.us), 10)
	}
	return b
}

func clockReprTail(t *py.Thread, b []byte, c *clock, tzFirst bool) ([]byte, *py.Exception) {
	if c.fold != 0 && !tzFirst {
		b = append(b, ", fold=1"...)
	}
	if c.hasTZ() {
		r, err := py.Repr(t, c.tz)
		if err != nil {
			return nil, err
		}
		b = append(b, ", tzinfo="...)
		b = append(b, r...)
	}
	if c.fold != 0 && tzFirst {
		b = append(b, ", fold=1"...)
	}
	return append(b, ')'), nil
}

func timeRepr(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
	c := &asTime(v).clock
	b := clockRepr([]byte(tpName(v.Type())+"("), c)
	b, err := clockReprTail(t, b, c, true)
	if err != nil {
		return py.Value{}, err
	}
	return py.NewStr(string(b)), nil
}

func datetimeRepr(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
	o := asDT(v)
	b := []byte(tpName(v.Type()) + "(")
	b = strconv.AppendInt(b, int64(o.y), 10)
	b = append(b, ", "...)
	b = strconv.AppendInt(b, int64(o.m), 10)
	b = append(b, ", "...)
	b = strconv.AppendInt(b, int64(o.d), 10)
	b = append(b, ", "...)
	b = clockRepr(b, &o.clock)
	b, err := clockReprTail(t, b, &o.clock, false)
	if err != nil {
		return py.Value{}, err
	}
	return py.NewStr(string(b)), nil
}

// appendOffset appends the formatted utcoffset (nothing for None).
func appendOffset(t *py.Thread, b []byte, tz, arg py.Value, sep string) ([]byte, *py.Exception) {
	off, err := tzCall(t, tz, "utcoffset", arg)
	if err != nil || off.IsNil() {
		return b, err
	}
	return offsetText(b, asDelta(off), sep), nil
}

var timespecSig = &argSpec{fname: "isoformat", names: []string{"timespec"}, kwOnly: 1}
var dtIsoSig = &argSpec{fname: "isoformat", names: []string{"sep", "timespec"}, kwOnly: 2}

func timeIso(t *py.Thread, self py.Value, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
	var a [1]py.Value
	if err := timespecSig.bind(t, args, kw, a[:]); err != nil {
		return py.Value{}, err
	}
	spec, err := specArg(a[0], 1)
	if err != nil {
		return py.Value{}, err
	}
	c := &asTime(self).clock
	b, err := appendClock(nil, c, spec)
	if err != nil {
		return py.Value{}, err
	}
	if b, err = appendOffset(t, b, c.tz, py.None(), ":"); err != nil {
		return py.Value{}, err
	}
	return py.NewStr(string(b)), nil
}

func specArg(v py.Value, pos int) (string, *py.Exception) {
	if v.IsNil() {
		return "auto", nil
	}
	s, ok := py.AsStr(v)
	if !ok {
		return "", py.Errorf(py.TypeError(), "isoformat() argument %d must be str, not %s", pos, argTypeName(v))
	}
	return s, nil
}

func datetimeIso(t *py.Thread, self py.Value, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
	var a [2]py.Value
	if err := dtIsoSig.bind(t, args, kw, a[:]); err != nil {
		return py.Value{}, err
	}
	sep := "T"
	if !a[0].IsNil() {
		s, ok := py.AsStr(a[0])
		if !ok {
			return py.Value{}, py.Errorf(py.TypeError(), "isoformat() argument 1 must be a unicode character, not %s", argTypeName(a[0]))
		}
		if py.StrLen(a[0]) != 1 {
			return py.Value{}, py.Errorf(py.TypeError(), "isoformat() argument 1 must be a unicode character, not str")
		}
		sep = s
	}
	spec, err := specArg(a[1], 2)
	if err != nil {
		return py.Value{}, err
	}
	return datetimeIsoText(t, self, sep, spec)
}

func datetimeIsoText(t *py.Thread, self py.Value, sep, spec string) (py.Value, *py.Exception) {
	o := asDT(self)
	b := appendDate(make([]byte, 0, 32), &o.dateObj, true)
	b = append(b, sep...)
	b, err := appendClock(b, &o.clock, spec)
	if err != nil {
		return py.Value{}, err
	}
	if o.hasTZ() {
		if b, err = appendOffset(t, b, o.tz, self, ":"); err != nil {
			return py.Value{}, err
		}
	}
	return py.NewStr(string(b)), nil
}

func (c *clock) secs() int64 { return int64(c.h)*3600 + int64(c.mi)*60 + int64(c.s) }

func timeUtcoffset(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
	return tzCall(t, asTime(self).tz, "utcoffset", py.None())
}

func timeCompare(t *py.Thread, a, b py.Value, op py.CompareOp) (py.Value, *py.Exception) {
	if !isTime(b) {
		return notImpl()
	}
	x, y := asTime(a), asTime(b)
	plain := func() int {
		if c := cmp64(x.secs(), y.secs()); c != 0 {
			return c
		}
		return cmp64(int64(x.us), int64(y.us))
	}
	if x.tz.Is(y.tz) {
		return cmpResult(plain(), op), nil
	}
	o1, err := timeUtcoffset(t, a)
	if err != nil {
		return py.Value{}, err
	}
	o2, err := timeUtcoffset(t, b)
	if err != nil {
		return py.Value{}, err
	}
	if o1.IsNil() && o2.IsNil() || !o1.IsNil() && !o2.IsNil() && deltaCmp(asDelta(o1), asDelta(o2)) == 0 {
		return cmpResult(plain(), op), nil
	}
	if !o1.IsNil() && !o2.IsNil() {
		d1, d2 := asDelta(o1), asDelta(o2)
		s1 := x.secs() - d1.days*86400 - d1.secs
		s2 := y.secs() - d2.days*86400 - d2.secs
		c := cmp64(s1, s2)
		if c == 0 {
			c = cmp64(int64(x.us), int64(y.us))
		}
		return cmpResult(c, op), nil
	}
	switch op {
	case py.EQ:
		return py.False(), nil
	case py.NE:
		return py.True(), nil
	}
	return py.Value{}, py.Errorf(py.TypeError(), "can't compare offset-naive and offset-aware times")
}

func timeHash(t *py.Thread, v py.Value) (int64, *py.Exception) {
	x := asTime(v)
	off, err := tzCall(t, x.tz, "utcoffset", py.None())
	if err != nil {
		return 0, err
	}
	if off.IsNil() {
		return mixHash(x.secs(), int64(x.us), 31), nil
	}
	d := asDelta(off)
	return mixHash(x.secs()-d.days*86400-d.secs, int64(x.us), 37), nil
}

type clockGetter func(c *clock) py.Value

func timeGet(f clockGetter) func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
	return func(t *py.Thread, v py.Value) (py.Value, *py.Exception) { return f(&asTime(v).clock), nil }
}

func dtGet(f clockGetter) func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
	return func(t *py.Thread, v py.Value) (py.Value, *py.Exception) { return f(&asDT(v).clock), nil }
}

func clockGetters(get func(f clockGetter) func(t *py.Thread, v py.Value) (py.Value, *py.Exception)) []*py.MethodDef {
	return []*py.MethodDef{
		py.GetSetDef("hour", get(func(c *clock) py.Value { return py.Int(int64(c.h)) }), nil),
		py.GetSetDef("minute", get(func(c *clock) py.Value { return py.Int(int64(c.mi)) }), nil),
		py.GetSetDef("second", get(func(c *clock) py.Value { return py.Int(int64(c.s)) }), nil),
		py.GetSetDef("microsecond", get(func(c *clock) py.Value { return py.Int(int64(c.us)) }), nil),
		py.GetSetDef("tzinfo", get(func(c *clock) py.Value { return c.tz }), nil),
		py.GetSetDef("fold", get(func(c *clock) py.Value { return py.Int(int64(c.fold)) }), nil),
	}
}

func timeState(c *clock, proto int64) py.Value {
	h := byte(c.h)
	if c.fold != 0 && proto > 3 {
		h |= 0x80
	}
	return py.NewBytes([]byte{h, byte(c.mi), byte(c.s), byte(c.us >> 16), byte(c.us >> 8), byte(c.us)})
}

func reduceValue(self, state py.Value, c *clock) py.Value {
	if c.hasTZ() {
		return py.NewTuple(py.TypeValue(self.Type()), py.NewTuple(state, c.tz))
	}
	return py.NewTuple(py.TypeValue(self.Type()), py.NewTuple(state))
}

var timeReplaceNames = []string{"hour", "minute", "second", "microsecond", "tzinfo", "fold"}
var timeReplaceSig = &argSpec{fname: "replace", names: timeReplaceNames, kwOnly: 5, intArgs: true, objs: 1 << 4}
var timeReplaceKwSig = timeReplaceSig

func timeReplace(t *py.Thread, self py.Value, args []py.Value, kw *py.Tuple, sig *argSpec) (py.Value, *py.Exception) {
	o := asTime(self)
	var a [6]py.Value
	if err := sig.bind(t, args, kw, a[:]); err != nil {
		return py.Value{}, err
	}
	f := [6]int{int(o.h), int(o.mi), int(o.s), int(o.us), 0, int(o.fold)}
	if err := ints(t, a[:4], f[:4]); err != nil {
		return py.Value{}, err
	}
	if err := ints(t, a[5:], f[5:]); err != nil {
		return py.Value{}, err
	}
	tz := o.tz
	if !a[4].IsNil() {
		tz = a[4]
	}
	if err := checkTime(f[0], f[1], f[2], f[3], f[5]); err != nil {
		return py.Value{}, err
	}
	if err := checkTZInfo(tz); err != nil {
		return py.Value{}, err
	}
	return makeTime(t, self.Type(), f[0], f[1], f[2], f[3], tz, f[5])
}

var timeDef = &py.TypeDef{
	Name:    "datetime.time",
	Doc:     "time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object\n\nAll arguments are optional. tzinfo may be None, or an instance of\na tzinfo subclass. The remaining arguments may be ints.\n",
	New:     timeNew,
	Repr:    timeRepr,
	Str:     func(t *py.Thread, v py.Value) (py.Value, *py.Exception) { return py.CallMethod(t, v, "isoformat") },
	Hash:    timeHash,
	Compare: timeCompare,
	Methods: append([]*py.MethodDef{
		methodKw("isoformat", timeIso),
		py.Func("strftime", "format", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			return wrapStrftime(t, self, a[0])
		}),
		py.FuncO("__format__", formatMethod),
		py.FuncNoArgs("utcoffset", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			r, err := timeUtcoffset(t, self)
			return orNone(r), err
		}),
		py.FuncNoArgs("tzname", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return tzName(t, asTime(self).tz, py.None())
		}),
		py.FuncNoArgs("dst", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			r, err := tzCall(t, asTime(self).tz, "dst", py.None())
			return orNone(r), err
		}),
		methodKw("replace", func(t *py.Thread, self py.Value, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
			return timeReplace(t, self, args, kw, timeReplaceSig)
		}),
		methodKw("__replace__", func(t *py.Thread, self py.Value, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
			return timeReplace(t, self, args, kw, timeReplaceKwSig)
		}),
		classMethodO("fromisoformat", timeFromISO),
		py.FuncO("__reduce_ex__", func(t *py.Thread, self, proto py.Value) (py.Value, *py.Exception) {
			p, err := cInt(t, proto)
			if err != nil {
				return py.Value{}, err
			}
			c := &asTime(self).clock
			return reduceValue(self, timeState(c, int64(p)), c), nil
		}),
		py.FuncNoArgs("__reduce__", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			c := &asTime(self).clock
			return reduceValue(self, timeState(c, 2), c), nil
		}),
	}, clockGetters(timeGet)...),
}
