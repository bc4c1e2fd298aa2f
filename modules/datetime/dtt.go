package datetime

import (
	"math"
	gotime "time"

	"github.com/kaa-python/kaa/py"
)

const epochOrd = 719163 // date(1970, 1, 1).toordinal()
const epochSecs = epochOrd * 86400
const maxFoldSeconds = 86400

type fields struct {
	y, m, d, h, mi, s int
	us                int
	gmtoff            int64
	zone              py.Value
}

type rounding int

const (
	roundHalfEven rounding = iota
	roundFloor
)

// timestampArg converts a timestamp (int or float) to seconds and microseconds as
// _PyTime_ObjectToTimeval does.
func timestampArg(t *py.Thread, v py.Value, r rounding) (int64, int, *py.Exception) {
	if isFloat(v) {
		f, _ := py.FloatValue(v)
		if math.IsNaN(f) {
			return 0, 0, py.Errorf(py.ValueError(), "Invalid value NaN (not a number)")
		}
		ip, fp := math.Modf(f)
		fp *= 1e6
		if r == roundHalfEven {
			x := math.Round(fp)
			if math.Abs(fp-x) == 0.5 {
				x = 2 * math.Round(fp/2)
			}
			fp = x
		} else {
			fp = math.Floor(fp)
		}
		if fp >= 1e6 {
			fp -= 1e6
			ip++
		} else if fp < 0 {
			fp += 1e6
			ip--
		}
		if !(ip >= -9.223372036854775808e18 && ip < 9.223372036854775808e18) {
			return 0, 0, py.Errorf(py.OverflowError(), "timestamp out of range for platform time_t")
		}
		return int64(ip), int(fp), nil
	}
	i, err := py.Index(t, v)
	if err != nil {
		return 0, 0, err
	}
	n, ok := py.AsInt64(i)
	if !ok {
		return 0, 0, py.Errorf(py.OverflowError(), "timestamp out of range for platform time_t")
	}
	return n, 0, nil
}

// localtime is time.localtime(secs) (the time module keeps the zone state).
func localtime(t *py.Thread, secs int64) (fields, *py.Exception) {
	mod, err := py.Import(t, "time")
	if err != nil {
		return fields{}, err
	}
	r, err := py.CallMethod(t, mod, "localtime", py.Int(secs))
	if err != nil {
		return fields{}, err
	}
	fs, _ := py.StructSeqFields(r)
	var f fields
	get := func(i int) int { n, _ := py.AsInt64(fs[i]); return int(n) }
	f.y, f.m, f.d, f.h, f.mi, f.s = get(0), get(1), get(2), get(3), get(4), get(5)
	if len(fs) > 10 {
		f.zone = fs[9]
		g, _ := py.AsInt64(fs[10])
		f.gmtoff = g
	}
	if f.s > 59 {
		f.s = 59
	}
	return f, nil
}

func utcFields(secs int64) fields {
	days := floorDiv(secs, 86400)
	rem := secs - days*86400
	ord := days + epochOrd
	shift := int64(0)
	if ord < 1 { // years before 1 (for messages): move by 400-year cycles
		k := (1-ord)/146097 + 1
		ord += k * 146097
		shift = k * 400
	}
	y, m, d := ordToYmd(int(ord))
	return fields{y: y - int(shift), m: m, d: d, h: int(rem / 3600), mi: int(rem / 60 % 60), s: int(rem % 60)}
}

func utcToSeconds(y, m, d, h, mi, s int) int64 {
	return int64(ymdToOrd(y, m, d))*86400 + int64(h)*3600 + int64(mi)*60 + int64(s)
}

// local is CPython's local(u): local time of the instant u (seconds since 0001-01-01
// less a day) as seconds on the same scale.
func local(t *py.Thread, u int64) (int64, *py.Exception) {
	f, err := localtime(t, u-epochSecs)
	if err != nil {
		return 0, err
	}
	return utcToSeconds(f.y, f.m, f.d, f.h, f.mi, f.s), nil
}

func localFields(t *py.Thread, ts py.Value, utc bool, r rounding) (fields, int, *py.Exception) {
	secs, us, err := timestampArg(t, ts, r)
	if err != nil {
		return fields{}, 0, err
	}
	if utc {
		if secs < -62135596800 || secs > 253402300799 {
			f := utcFields(secs)
			if secs < 0 {
				return fields{}, 0, py.Errorf(py.ValueError(), "year %d is out of range", f.y)
			}
			return fields{}, 0, py.Errorf(py.ValueError(), "year %d is out of range", f.y)
		}
		f := utcFields(secs)
		f.us = us
		return f, 0, nil
	}
	f, err := localtime(t, secs)
	if err != nil {
		return fields{}, 0, err
	}
	f.us = us
	fold := 0
	if f.y >= minYear && f.y <= maxYear {
		res := utcToSeconds(f.y, f.m, f.d, f.h, f.mi, f.s)
		probe, err := local(t, epochSecs+secs-maxFoldSeconds)
		if err == nil {
			trans := res - probe - maxFoldSeconds
			if trans < 0 {
				if p2, err := local(t, epochSecs+secs+trans); err == nil && p2 == res {
					fold = 1
				}
			}
		}
	}
	return f, fold, nil
}

// localToSeconds solves local(u) = the given local time for u (CPython's
// local_to_seconds).
func localToSeconds(t *py.Thread, y, m, d, h, mi, s, fold int) (int64, *py.Exception) {
	tt := utcToSeconds(y, m, d, h, mi, s)
	lt, err := local(t, tt)
	if err != nil {
		return 0, err
	}
	a := lt - tt
	u1 := tt - a
	t1, err := local(t, u1)
	if err != nil {
		return 0, err
	}
	var b int64
	if t1 == tt {
		u2 := u1 - maxFoldSeconds
		if fold != 0 {
			u2 = u1 + maxFoldSeconds
		}
		lt, err := local(t, u2)
		if err != nil {
			return 0, err
		}
		b = lt - u2
		if a == b {
			return u1, nil
		}
	} else {
		b = t1 - u1
	}
	u2 := tt - b
	t2, err := local(t, u2)
	if err != nil {
		return 0, err
	}
	if t2 == tt {
		return u2, nil
	}
	if t1 == tt {
		return u1, nil
	}
	if fold != 0 {
		return min(u1, u2), nil
	}
	return max(u1, u2), nil
}

func localTimezoneFromTimestamp(t *py.Thread, secs int64) (py.Value, *py.Exception) {
	f, err := localtime(t, secs)
	if err != nil {
		return py.Value{}, err
	}
	off, err := mkDelta(t, deltaType, 0, f.gmtoff, 0)
	if err != nil {
		return py.Value{}, err
	}
	name := f.zone
	if name.IsNil() || name.IsNone() {
		name = py.Value{}
	}
	return makeTimezone(t, timezoneType, off, name)
}

func fromTimestamp(t *py.Thread, cls *py.Type, ts, tz py.Value, utc bool) (py.Value, *py.Exception) {
	if err := checkTZInfo(tz); err != nil {
		return py.Value{}, err
	}
	f, fold, err := localFields(t, ts, utc || !tz.IsNone(), roundHalfEven)
	if err != nil {
		return py.Value{}, err
	}
	if !tz.IsNone() {
		dt, err := makeDatetime(t, cls, f.y, f.m, f.d, f.h, f.mi, f.s, f.us, tz, 0)
		if err != nil {
			return py.Value{}, err
		}
		return py.CallMethod(t, tz, "fromutc", dt)
	}
	return makeDatetime(t, cls, f.y, f.m, f.d, f.h, f.mi, f.s, f.us, py.None(), fold)
}

func nowFloat(t *py.Thread) (py.Value, *py.Exception) {
	n := gotime.Now()
	return py.Float(float64(n.Unix()) + float64(n.Nanosecond()/1000)/1e6), nil
}

func nowParts() (int64, int) {
	n := gotime.Now()
	return n.Unix(), n.Nanosecond() / 1000
}

func datetimeNow(t *py.Thread, cls *py.Type, tz py.Value) (py.Value, *py.Exception) {
	if err := checkTZInfo(tz); err != nil {
		return py.Value{}, err
	}
	secs, us := nowParts()
	var f fields
	fold := 0
	if tz.IsNone() {
		var err *py.Exception
		if f, fold, err = localFields(t, py.Int(secs), false, roundHalfEven); err != nil {
			return py.Value{}, err
		}
	} else {
		f = utcFields(secs)
	}
	dt, err := makeDatetime(t, cls, f.y, f.m, f.d, f.h, f.mi, f.s, us, tz, fold)
	if err != nil || tz.IsNone() {
		return dt, err
	}
	return py.CallMethod(t, tz, "fromutc", dt)
}

// ---- arithmetic ----

func (o *dtObj) us64() (days, secs, us int64) {
	return int64(o.ord()), o.secs(), int64(o.us)
}

func shiftDatetime(t *py.Thread, a py.Value, dd, ds, dus int64) (py.Value, *py.Exception) {
	o := asDT(a)
	days, secs, us := o.us64()
	us += dus
	secs += ds + floorDiv(us, usPerSec)
	us -= floorDiv(us, usPerSec) * usPerSec
	days += dd + floorDiv(secs, 86400)
	secs -= floorDiv(secs, 86400) * 86400
	if days < 1 || days > maxOrdinal {
		return py.Value{}, py.Errorf(py.OverflowError(), "date value out of range")
	}
	y, m, d := ordToYmd(int(days))
	if a.Type() == datetimeType {
		return newDatetime(datetimeType, y, m, d, int(secs/3600), int(secs/60%60), int(secs%60), int(us), o.tz, 0), nil
	}
	return makeDatetime(t, a.Type(), y, m, d, int(secs/3600), int(secs/60%60), int(secs%60), int(us), o.tz, 0)
}

func datetimeAdd(t *py.Thread, a, b py.Value) (py.Value, *py.Exception) {
	if !isDatetime(a) {
		a, b = b, a
	}
	if !isDatetime(a) || !isDelta(b) {
		return notImpl()
	}
	d := asDelta(b)
	return shiftDatetime(t, a, d.days, d.secs, d.us)
}

func datetimeSub(t *py.Thread, a, b py.Value) (py.Value, *py.Exception) {
	if !isDatetime(a) {
		return notImpl()
	}
	if isDelta(b) {
		d := asDelta(b)
		return shiftDatetime(t, a, -d.days, -d.secs, -d.us)
	}
	if !isDatetime(b) {
		return notImpl()
	}
	x, y := asDT(a), asDT(b)
	var o1, o2 py.Value
	if !x.tz.Is(y.tz) {
		var err *py.Exception
		if o1, err = tzCall(t, x.tz, "utcoffset", a); err != nil {
			return py.Value{}, err
		}
		if o2, err = tzCall(t, y.tz, "utcoffset", b); err != nil {
			return py.Value{}, err
		}
		if o1.IsNil() != o2.IsNil() {
			return py.Value{}, py.Errorf(py.TypeError(), "can't subtract offset-naive and offset-aware datetimes")
		}
	}
	d1, s1, u1 := x.us64()
	d2, s2, u2 := y.us64()
	days, secs, us := d1-d2, s1-s2, u1-u2
	if !o1.IsNil() && !o1.Is(o2) {
		p, q := asDelta(o1), asDelta(o2)
		days -= p.days - q.days
		secs -= p.secs - q.secs
		us -= p.us - q.us
	}
	return mkDelta(t, deltaType, days, secs, us)
}

func datetimeOps(typ *py.Type) {
	py.SetBinaryOp(typ, "+", datetimeAdd, swap(datetimeAdd), nil)
	py.SetBinaryOp(typ, "-", datetimeSub, swap(datetimeSub), nil)
}

func dtPlainCmp(x, y *dtObj) int {
	if c := dateCmp(&x.dateObj, &y.dateObj); c != 0 {
		return c
	}
	if c := cmp64(x.secs(), y.secs()); c != 0 {
		return c
	}
	return cmp64(int64(x.us), int64(y.us))
}

// flipOffset is utcoffset() of dt with its fold flipped.
func flipOffset(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
	o := asDT(v)
	flip := newDatetime(datetimeType, int(o.y), int(o.m), int(o.d), int(o.h), int(o.mi), int(o.s), int(o.us), o.tz, 1-int(o.fold))
	return tzCall(t, o.tz, "utcoffset", flip)
}

func sameOffset(a, b py.Value) bool {
	if a.IsNil() || b.IsNil() {
		return a.IsNil() && b.IsNil()
	}
	return deltaCmp(asDelta(a), asDelta(b)) == 0
}

func pep495Exception(t *py.Thread, a, b, o1, o2 py.Value) (bool, *py.Exception) {
	f, err := flipOffset(t, a)
	if err != nil {
		return false, err
	}
	if !sameOffset(f, o1) {
		return true, nil
	}
	if f, err = flipOffset(t, b); err != nil {
		return false, err
	}
	return !sameOffset(f, o2), nil
}

func datetimeCompare(t *py.Thread, a, b py.Value, op py.CompareOp) (py.Value, *py.Exception) {
	if !isDatetime(b) {
		return notImpl()
	}
	x, y := asDT(a), asDT(b)
	if x.tz.Is(y.tz) {
		return cmpResult(dtPlainCmp(x, y), op), nil
	}
	o1, err := tzCall(t, x.tz, "utcoffset", a)
	if err != nil {
		return py.Value{}, err
	}
	o2, err := tzCall(t, y.tz, "utcoffset", b)
	if err != nil {
		return py.Value{}, err
	}
	var c int
	switch {
	case sameOffset(o1, o2):
		c = dtPlainCmp(x, y)
	case !o1.IsNil() && !o2.IsNil():
		d, err := datetimeSub(t, a, b)
		if err != nil {
			return py.Value{}, err
		}
		dd := asDelta(d)
		c = cmp64(dd.days, 0)
		if c == 0 && (dd.secs != 0 || dd.us != 0) {
			c = 1
		}
	default:
		switch op {
		case py.EQ:
			return py.False(), nil
		case py.NE:
			return py.True(), nil
		}
		return py.Value{}, py.Errorf(py.TypeError(), "can't compare offset-naive and offset-aware datetimes")
	}
	if c == 0 && (op == py.EQ || op == py.NE) && !o1.IsNil() {
		ex, err := pep495Exception(t, a, b, o1, o2)
		if err != nil {
			return py.Value{}, err
		}
		if ex {
			c = 1
		}
	}
	return cmpResult(c, op), nil
}

func datetimeHash(t *py.Thread, v py.Value) (int64, *py.Exception) {
	o := asDT(v)
	arg := v
	if o.fold != 0 {
		arg = newDatetime(datetimeType, int(o.y), int(o.m), int(o.d), int(o.h), int(o.mi), int(o.s), int(o.us), o.tz, 0)
	}
	off, err := tzCall(t, o.tz, "utcoffset", arg)
	if err != nil {
		return 0, err
	}
	days, secs, us := o.us64()
	if off.IsNil() {
		return mixHash(days, secs, us, 41), nil
	}
	d := asDelta(off)
	days, secs, us, _ = normDelta(days-d.days, secs-d.secs, us-d.us)
	return mixHash(days, secs, us), nil
}

func dtState(o *dtObj, proto int64) py.Value {
	m := byte(o.m)
	if o.fold != 0 && proto > 3 {
		m |= 0x80
	}
	return py.NewBytes([]byte{byte(o.y >> 8), byte(o.y), m, byte(o.d), byte(o.h), byte(o.mi), byte(o.s), byte(o.us >> 16), byte(o.us >> 8), byte(o.us)})
}

func dstFlag(t *py.Thread, o *dtObj, self py.Value) (int, *py.Exception) {
	dst, err := tzCall(t, o.tz, "dst", self)
	if err != nil {
		return 0, err
	}
	if dst.IsNil() {
		return -1, nil
	}
	d := asDelta(dst)
	if d.days != 0 || d.secs != 0 || d.us != 0 {
		return 1, nil
	}
	return 0, nil
}

var dtReplaceNames = []string{"year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo", "fold"}
var dtReplaceSig = &argSpec{fname: "replace", names: dtReplaceNames, kwOnly: 8, intArgs: true, objs: 1 << 7}
var dtReplaceKwSig = dtReplaceSig

func datetimeReplace(t *py.Thread, self py.Value, args []py.Value, kw *py.Tuple, sig *argSpec) (py.Value, *py.Exception) {
	o := asDT(self)
	var a [9]py.Value
	if err := sig.bind(t, args, kw, a[:]); err != nil {
		return py.Value{}, err
	}
	f := [9]int{int(o.y), int(o.m), int(o.d), int(o.h), int(o.mi), int(o.s), int(o.us), 0, int(o.fold)}
	if err := ints(t, a[:7], f[:7]); err != nil {
		return py.Value{}, err
	}
	if err := ints(t, a[8:], f[8:]); err != nil {
		return py.Value{}, err
	}
	tz := o.tz
	if !a[7].IsNil() {
		tz = a[7]
	}
	if err := checkDate(f[0], f[1], f[2]); err != nil {
		return py.Value{}, err
	}
	if err := checkTime(f[3], f[4], f[5], f[6], f[8]); err != nil {
		return py.Value{}, err
	}
	if err := checkTZInfo(tz); err != nil {
		return py.Value{}, err
	}
	return makeDatetime(t, self.Type(), f[0], f[1], f[2], f[3], f[4], f[5], f[6], tz, f[8])
}

func datetimeAstimezone(t *py.Thread, self py.Value, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
	var a [1]py.Value
	if err := astzSig.bind(t, args, kw, a[:]); err != nil {
		return py.Value{}, err
	}
	tz := tzArg(a[0])
	if err := checkTZInfo(tz); err != nil {
		return py.Value{}, err
	}
	o := asDT(self)
	selfTZ := o.tz
	var off py.Value
	var err *py.Exception
	if !selfTZ.IsNone() {
		if selfTZ.Is(tz) {
			return self, nil
		}
		if off, err = tzCall(t, selfTZ, "utcoffset", self); err != nil {
			return py.Value{}, err
		}
	}
	if off.IsNil() {
		fold := int(o.fold)
		secs, err := localToSeconds(t, int(o.y), int(o.m), int(o.d), int(o.h), int(o.mi), int(o.s), fold)
		if err != nil {
			return py.Value{}, err
		}
		secs2, err := localToSeconds(t, int(o.y), int(o.m), int(o.d), int(o.h), int(o.mi), int(o.s), 1-fold)
		if err != nil {
			return py.Value{}, err
		}
		if secs2 != secs && (secs2 > secs) == (fold == 1) { // a gap
			secs = secs2
		}
		if selfTZ, err = localTimezoneFromTimestamp(t, secs-epochSecs); err != nil {
			return py.Value{}, err
		}
		if selfTZ.Is(tz) {
			return self, nil
		}
		if off, err = tzCall(t, selfTZ, "utcoffset", self); err != nil {
			return py.Value{}, err
		}
	}
	d := asDelta(off)
	res, err := shiftDatetime(t, self, -d.days, -d.secs, -d.us)
	if err != nil {
		return py.Value{}, err
	}
	r := asDT(res)
	utc := newDatetime(res.Type(), int(r.y), int(r.m), int(r.d), int(r.h), int(r.mi), int(r.s), int(r.us), utcValue, int(r.fold))
	if res.Type() != datetimeType {
		if utc, err = makeDatetime(t, res.Type(), int(r.y), int(r.m), int(r.d), int(r.h), int(r.mi), int(r.s), int(r.us), utcValue, 0); err != nil {
			return py.Value{}, err
		}
	}
	if tz.IsNone() {
		u := asDT(utc)
		secs := utcToSeconds(int(u.y), int(u.m), int(u.d), int(u.h), int(u.mi), int(u.s)) - epochSecs
		if tz, err = localTimezoneFromTimestamp(t, secs); err != nil {
			return py.Value{}, err
		}
		u.tz = tz
		return py.CallMethod(t, tz, "fromutc", utc)
	}
	asDT(utc).tz = tz
	return py.CallMethod(t, tz, "fromutc", utc)
}

var astzSig = &argSpec{fname: "astimezone", names: []string{"tz"}, kwOnly: 1}
var combineSig = &argSpec{fname: "combine", names: []string{"date", "time", "tzinfo"}, required: 2, kwOnly: 3}
var fromTSSig = &argSpec{fname: "fromtimestamp", names: []string{"timestamp", "tz"}, required: 1, kwOnly: 2}
var nowSig = &argSpec{fname: "now", names: []string{"tz"}, kwOnly: 1}

var utcnowWarning = "datetime.datetime.utcnow() is deprecated and scheduled for removal in a future version. Use timezone-aware objects to represent datetimes in UTC: datetime.datetime.now(datetime.UTC)."
var utcfromWarning = "datetime.datetime.utcfromtimestamp() is deprecated and scheduled for removal in a future version. Use timezone-aware objects to represent datetimes in UTC: datetime.datetime.fromtimestamp(timestamp, datetime.UTC)."

func dtFields(o *dtObj) (int, int, int, int, int, int, int) {
	return int(o.y), int(o.m), int(o.d), int(o.h), int(o.mi), int(o.s), int(o.us)
}

var datetimeDef = &py.TypeDef{
	Name:    "datetime.datetime",
	Doc:     "datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])\n\nThe year, month and day arguments are required. tzinfo may be None, or an\ninstance of a tzinfo subclass. The remaining arguments may be ints.\n",
	New:     datetimeNew,
	Repr:    datetimeRepr,
	Str:     func(t *py.Thread, v py.Value) (py.Value, *py.Exception) { return datetimeIsoText(t, v, " ", "auto") },
	Hash:    datetimeHash,
	Compare: datetimeCompare,
	Methods: append([]*py.MethodDef{
		binMethod("__add__", datetimeAdd), rbinMethod("__radd__", datetimeAdd),
		binMethod("__sub__", datetimeSub), rbinMethod("__rsub__", datetimeSub),
		classMethod("now", func(t *py.Thread, cls *py.Type, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
			var a [1]py.Value
			if err := nowSig.bind(t, args, kw, a[:]); err != nil {
				return py.Value{}, err
			}
			return datetimeNow(t, cls, tzArg(a[0]))
		}),
		classMethod("utcnow", func(t *py.Thread, cls *py.Type, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
			if len(args) > 0 {
				return py.Value{}, py.Errorf(py.TypeError(), "%s.utcnow() takes no arguments (%d given)", cls.Name, len(args))
			}
			if err := t.Warn(py.DeprecationWarning(), utcnowWarning); err != nil {
				return py.Value{}, err
			}
			secs, us := nowParts()
			f := utcFields(secs)
			return makeDatetime(t, cls, f.y, f.m, f.d, f.h, f.mi, f.s, us, py.None(), 0)
		}),
		classMethod("fromtimestamp", func(t *py.Thread, cls *py.Type, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
			var a [2]py.Value
			if err := fromTSSig.bind(t, args, kw, a[:]); err != nil {
				return py.Value{}, err
			}
			return fromTimestamp(t, cls, a[0], tzArg(a[1]), false)
		}),
		classMethodO("utcfromtimestamp", func(t *py.Thread, cls *py.Type, ts py.Value) (py.Value, *py.Exception) {
			if err := t.Warn(py.DeprecationWarning(), utcfromWarning); err != nil {
				return py.Value{}, err
			}
			return fromTimestamp(t, cls, ts, py.None(), true)
		}),
		classMethod("strptime", func(t *py.Thread, cls *py.Type, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
			if kwLen(kw) > 0 || len(args) != 2 {
				if kwLen(kw) > 0 {
					return py.Value{}, py.Errorf(py.TypeError(), "strptime() takes no keyword arguments")
				}
				return py.Value{}, py.Errorf(py.TypeError(), "strptime() takes exactly 2 arguments (%d given)", len(args))
			}
			for i, v := range args {
				if _, ok := py.AsStr(v); !ok {
					return py.Value{}, py.Errorf(py.TypeError(), "strptime() argument %d must be str, not %s", i+1, py.TypeName(v))
				}
			}
			mod, err := py.Import(t, "_strptime")
			if err != nil {
				return py.Value{}, err
			}
			return py.CallMethod(t, mod, "_strptime_datetime", py.TypeValue(cls), args[0], args[1])
		}),
		classMethod("combine", func(t *py.Thread, cls *py.Type, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
			var a [3]py.Value
			if err := combineSig.bind(t, args, kw, a[:]); err != nil {
				return py.Value{}, err
			}
			if !isDate(a[0]) {
				return py.Value{}, py.Errorf(py.TypeError(), "combine() argument 1 must be datetime.date, not %s", argTypeName(a[0]))
			}
			if !isTime(a[1]) {
				return py.Value{}, py.Errorf(py.TypeError(), "combine() argument 2 must be datetime.time, not %s", argTypeName(a[1]))
			}
			d, tm := asDate(a[0]), asTime(a[1])
			tz := tm.tz
			if !a[2].IsNil() {
				tz = a[2]
			}
			return makeDatetime(t, cls, int(d.y), int(d.m), int(d.d), int(tm.h), int(tm.mi), int(tm.s), int(tm.us), tz, int(tm.fold))
		}),
		classMethodO("fromisoformat", datetimeFromISO),
		py.FuncNoArgs("date", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			o := asDT(self)
			return newDate(dateType, int(o.y), int(o.m), int(o.d)), nil
		}),
		py.FuncNoArgs("time", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			o := asDT(self)
			return newTime(timeType, int(o.h), int(o.mi), int(o.s), int(o.us), py.None(), int(o.fold)), nil
		}),
		py.FuncNoArgs("timetz", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			o := asDT(self)
			return newTime(timeType, int(o.h), int(o.mi), int(o.s), int(o.us), o.tz, int(o.fold)), nil
		}),
		py.FuncNoArgs("ctime", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			o := asDT(self)
			return py.NewStr(ctime(int(o.y), int(o.m), int(o.d), int(o.h), int(o.mi), int(o.s))), nil
		}),
		py.FuncNoArgs("timetuple", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			o := asDT(self)
			flag, err := dstFlag(t, o, self)
			if err != nil {
				return py.Value{}, err
			}
			return timeTuple(int(o.y), int(o.m), int(o.d), int(o.h), int(o.mi), int(o.s), flag), nil
		}),
		py.FuncNoArgs("timestamp", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			o := asDT(self)
			if o.hasTZ() {
				off, err := tzCall(t, o.tz, "utcoffset", self)
				if err != nil {
					return py.Value{}, err
				}
				if !off.IsNil() {
					days, secs, us := o.us64()
					d := asDelta(off)
					days -= d.days + epochOrd
					secs -= d.secs
					us -= d.us
					total := (days*86400+secs)*usPerSec + us
					return py.Float(float64(total) / 1e6), nil
				}
			}
			secs, err := localToSeconds(t, int(o.y), int(o.m), int(o.d), int(o.h), int(o.mi), int(o.s), int(o.fold))
			if err != nil {
				return py.Value{}, err
			}
			return py.Float(float64(secs-epochSecs) + float64(o.us)/1e6), nil
		}),
		py.FuncNoArgs("utctimetuple", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			o := asDT(self)
			v := self
			if o.hasTZ() {
				off, err := tzCall(t, o.tz, "utcoffset", self)
				if err != nil {
					return py.Value{}, err
				}
				if !off.IsNil() {
					d := asDelta(off)
					days, secs, us := o.us64()
					days, secs, us = days-d.days, secs-d.secs, us-d.us
					secs += floorDiv(us, usPerSec)
					days += floorDiv(secs, 86400)
					secs -= floorDiv(secs, 86400) * 86400
					if days < 1 || days > maxOrdinal {
						return py.Value{}, py.Errorf(py.OverflowError(), "date value out of range")
					}
					y, m, dd := ordToYmd(int(days))
					return timeTuple(y, m, dd, int(secs/3600), int(secs/60%60), int(secs%60), 0), nil
				}
			}
			_ = v
			return timeTuple(int(o.y), int(o.m), int(o.d), int(o.h), int(o.mi), int(o.s), 0), nil
		}),
		methodKw("isoformat", datetimeIso),
		py.FuncNoArgs("utcoffset", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			r, err := tzCall(t, asDT(self).tz, "utcoffset", self)
			return orNone(r), err
		}),
		py.FuncNoArgs("tzname", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return tzName(t, asDT(self).tz, self)
		}),
		py.FuncNoArgs("dst", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			r, err := tzCall(t, asDT(self).tz, "dst", self)
			return orNone(r), err
		}),
		methodKw("replace", func(t *py.Thread, self py.Value, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
			return datetimeReplace(t, self, args, kw, dtReplaceSig)
		}),
		methodKw("__replace__", func(t *py.Thread, self py.Value, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
			return datetimeReplace(t, self, args, kw, dtReplaceKwSig)
		}),
		methodKw("astimezone", datetimeAstimezone),
		py.FuncO("__reduce_ex__", func(t *py.Thread, self, proto py.Value) (py.Value, *py.Exception) {
			p, err := cInt(t, proto)
			if err != nil {
				return py.Value{}, err
			}
			o := asDT(self)
			return reduceValue(self, dtState(o, int64(p)), &o.clock), nil
		}),
		py.FuncNoArgs("__reduce__", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			o := asDT(self)
			return reduceValue(self, dtState(o, 2), &o.clock), nil
		}),
	}, clockGetters(dtGet)...),
}
