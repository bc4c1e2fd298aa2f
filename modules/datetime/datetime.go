// Package datetime is the _datetime module: date, time, datetime, timedelta,
// tzinfo and timezone as native types, with CPython 3.13's behaviour, messages,
// limits and pickle values. lib/datetime.py re-exports it; strptime goes through
// lib/_strptime.py as CPython's does.
package datetime

import (
	"math/big"
	"sync"

	"github.com/kaa-python/kaa/py"
)

const (
	minYear    = 1
	maxYear    = 9999
	maxOrdinal = 3652059 // date.max.toordinal()
	maxDays    = 999999999
	usPerSec   = 1000000
	usPerDay   = 86400 * usPerSec
)

const moduleDoc = "Fast implementation of the datetime type."

// Def is the _datetime module.
var Def = &py.ModuleDef{Name: "_datetime", Doc: moduleDoc, Exec: func(t *py.Thread, m *py.Module) *py.Exception {
	ts := types()
	m.Set("MINYEAR", py.Int(minYear))
	m.Set("MAXYEAR", py.Int(maxYear))
	m.Set("timedelta", py.TypeValue(ts.delta))
	m.Set("date", py.TypeValue(ts.date))
	m.Set("time", py.TypeValue(ts.time))
	m.Set("datetime", py.TypeValue(ts.datetime))
	m.Set("tzinfo", py.TypeValue(ts.tzinfo))
	m.Set("timezone", py.TypeValue(ts.timezone))
	m.Set("UTC", ts.utc)
	m.Set("datetime_CAPI", ts.capi)
	return nil
}}

type typeSet struct {
	delta, date, time, datetime, tzinfo, timezone, isocal, capsule *py.Type
	utc, capi                                                      py.Value
}

// The types, made once (types()); shared by every interpreter, immutable.
var deltaType, dateType, timeType, datetimeType, tzinfoType, timezoneType, isoCalType *py.Type
var utcValue py.Value

var types = sync.OnceValue(func() *typeSet {
	ts := &typeSet{}
	ts.delta = py.NewType(deltaDef)
	deltaType = ts.delta
	ts.date = py.NewType(dateDef)
	dateType = ts.date
	datetimeDef.Base = ts.date
	ts.datetime = py.NewType(datetimeDef)
	datetimeType = ts.datetime
	ts.time = py.NewType(timeDef)
	timeType = ts.time
	ts.tzinfo = py.NewType(tzinfoDef)
	tzinfoType = ts.tzinfo
	timezoneDef.Base = ts.tzinfo
	ts.timezone = py.NewType(timezoneDef)
	timezoneType = ts.timezone
	ts.isocal = py.NewType(isoCalDef)
	isoCalType = ts.isocal
	ts.capsule = py.NewType(&py.TypeDef{Name: "PyCapsule", Final: true, Repr: func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		return py.NewStr(`<capsule object "datetime.datetime_CAPI">`), nil
	}})
	ts.capi = py.NewObject(&(&capsule{}).Header, ts.capsule)
	deltaOps(ts.delta)
	dateOps(ts.date)
	datetimeOps(ts.datetime)

	set := func(typ *py.Type, name string, v py.Value) { typ.Dict().SetStr(name, v) }
	set(ts.delta, "min", newDelta(-maxDays, 0, 0))
	set(ts.delta, "max", newDelta(maxDays, 86399, 999999))
	set(ts.delta, "resolution", newDelta(0, 0, 1))
	set(ts.date, "min", newDate(dateType, 1, 1, 1))
	set(ts.date, "max", newDate(dateType, 9999, 12, 31))
	set(ts.date, "resolution", newDelta(1, 0, 0))
	set(ts.time, "min", newTime(timeType, 0, 0, 0, 0, py.None(), 0))
	set(ts.time, "max", newTime(timeType, 23, 59, 59, 999999, py.None(), 0))
	set(ts.time, "resolution", newDelta(0, 0, 1))
	set(ts.datetime, "min", newDatetime(datetimeType, 1, 1, 1, 0, 0, 0, 0, py.None(), 0))
	set(ts.datetime, "max", newDatetime(datetimeType, 9999, 12, 31, 23, 59, 59, 999999, py.None(), 0))
	set(ts.datetime, "resolution", newDelta(0, 0, 1))
	ts.utc = newTimezone(timezoneType, newDelta(0, 0, 0), py.Value{})
	utcValue = ts.utc
	set(ts.timezone, "utc", ts.utc)
	set(ts.timezone, "min", newTimezone(timezoneType, newDelta(-1, 60, 0), py.Value{}))
	set(ts.timezone, "max", newTimezone(timezoneType, newDelta(0, 86340, 0), py.Value{}))
	return ts
})

type capsule struct{ py.Header }

// tpName is CPython's tp_name for reprs: "datetime.date" for the native types, a
// subclass's __name__.
func tpName(typ *py.Type) string {
	switch typ {
	case deltaType, dateType, timeType, datetimeType, tzinfoType, timezoneType:
		return "datetime." + typ.Name
	}
	return typ.Name
}

// ---- the proleptic Gregorian calendar ----

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

var monthDays = [13]int{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}
var daysBefore = [13]int{0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334}

func daysInMonth(y, m int) int {
	if m == 2 && isLeap(y) {
		return 29
	}
	return monthDays[m]
}

func daysBeforeMonth(y, m int) int {
	n := daysBefore[m]
	if m > 2 && isLeap(y) {
		n++
	}
	return n
}

func daysBeforeYear(y int) int {
	y--
	return y*365 + y/4 - y/100 + y/400
}

// ymdToOrd: 0001-01-01 is day 1.
func ymdToOrd(y, m, d int) int { return daysBeforeYear(y) + daysBeforeMonth(y, m) + d }

// ordToYmd is the inverse of ymdToOrd.
func ordToYmd(n int) (y, m, d int) {
	n--
	n400, n := n/146097, n%146097
	y = n400*400 + 1
	n100, n := n/36524, n%36524
	n4, n := n/1461, n%1461
	n1, n := n/365, n%365
	y += n100*100 + n4*4 + n1
	if n1 == 4 || n100 == 4 {
		return y - 1, 12, 31
	}
	leap := n1 == 3 && (n4 != 24 || n100 == 3)
	m = (n + 50) >> 5
	pre := daysBefore[m]
	if m > 2 && leap {
		pre++
	}
	if pre > n {
		m--
		pre = daysBefore[m]
		if m > 2 && leap {
			pre++
		}
	}
	return y, m, n - pre + 1
}

func weekdayOf(y, m, d int) int { return (ymdToOrd(y, m, d) + 6) % 7 }

// isoWeek1Monday is the ordinal of the Monday of ISO week 1 of year y.
func isoWeek1Monday(y int) int {
	first := daysBeforeYear(y) + 1
	wd := (first + 6) % 7
	mon := first - wd
	if wd > 3 {
		mon += 7
	}
	return mon
}

func isoCalendar(y, m, d int) (int, int, int) {
	ord := ymdToOrd(y, m, d)
	wk1 := isoWeek1Monday(y)
	diff := ord - wk1
	if diff < 0 {
		y--
		wk1 = isoWeek1Monday(y)
		diff = ord - wk1
	} else if diff >= 52*7 && ord >= isoWeek1Monday(y+1) {
		y++
		diff = ord - isoWeek1Monday(y)
	}
	return y, diff/7 + 1, diff%7 + 1
}

// ---- argument helpers ----

// cInt converts an argument as PyArg's "i" format does.
func cInt(t *py.Thread, v py.Value) (int, *py.Exception) {
	if i, ok := py.AsInt64(v); ok && i >= -1<<31 && i < 1<<31 {
		return int(i), nil
	}
	if v.IsFloat() || v.Type().IsSubtype(py.FloatType()) {
		return 0, py.Errorf(py.TypeError(), "'%s' object cannot be interpreted as an integer", py.TypeName(v))
	}
	r, err := py.Index(t, v)
	if err != nil {
		return 0, err
	}
	i, ok := py.AsInt64(r)
	if !ok {
		return 0, py.Errorf(py.OverflowError(), "Python int too large to convert to C long")
	}
	if i > 1<<31-1 {
		return 0, py.Errorf(py.OverflowError(), "signed integer is greater than maximum")
	}
	if i < -1<<31 {
		return 0, py.Errorf(py.OverflowError(), "signed integer is less than minimum")
	}
	return int(i), nil
}

func kwLen(kw *py.Tuple) int {
	if kw == nil {
		return 0
	}
	return len(kw.Items())
}

func bigOf(v py.Value) *big.Int {
	if i, ok := py.AsInt64(v); ok {
		return big.NewInt(i)
	}
	b, _ := py.AsBigInt(v)
	return b
}

func intOfBig(b *big.Int) py.Value {
	if b.IsInt64() {
		return py.Int(b.Int64())
	}
	return py.NewBigInt(b)
}

func notImpl() (py.Value, *py.Exception) { return py.NotImplemented(), nil }

func itoa2(b []byte, n int) []byte { return append(b, byte('0'+n/10), byte('0'+n%10)) }

func itoaN(b []byte, n, w int) []byte {
	var buf [12]byte
	i := len(buf)
	for n > 0 || i == len(buf) {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	for len(buf)-i < w {
		i--
		buf[i] = '0'
	}
	return append(b, buf[i:]...)
}

// newSub makes an instance of a Python subclass of a native type by calling it.
func newSub(t *py.Thread, typ *py.Type, args []py.Value, fold int) (py.Value, *py.Exception) {
	if fold != 0 {
		kw := py.NewTuple(py.NewStr("fold"))
		items, _ := py.TupleItems(kw)
		_ = items
		all := append(append([]py.Value{}, args...), py.Int(int64(fold)))
		return py.CallKw(t, py.TypeValue(typ), all, tupleOf(kw))
	}
	return py.Call(t, py.TypeValue(typ), args...)
}

func tupleOf(v py.Value) *py.Tuple { return py.Object[py.Tuple](v) }

type binFn = func(t *py.Thread, a, b py.Value) (py.Value, *py.Exception)

func binMethod(name string, f binFn) *py.MethodDef {
	return py.FuncO(name, func(t *py.Thread, self, o py.Value) (py.Value, *py.Exception) { return f(t, self, o) })
}

func rbinMethod(name string, f binFn) *py.MethodDef {
	return py.FuncO(name, func(t *py.Thread, self, o py.Value) (py.Value, *py.Exception) { return f(t, o, self) })
}

// argSpec binds arguments as PyArg_ParseTupleAndKeywords does, with its messages;
// fname "" is CPython's nameless "function".
type argSpec struct {
	fname    string
	names    []string
	required int  // the first required names are required
	kwOnly   int  // names[kwOnly:] are keyword-only (len(names): none)
	intArgs  bool // the arguments are C ints (checked in order while binding)…
	objs     uint // …except these (bit i: names[i] is an object)
}

func (s *argSpec) fn() string {
	if s.fname == "" {
		return "function"
	}
	return s.fname + "()"
}

func (s *argSpec) bind(t *py.Thread, args []py.Value, kw *py.Tuple, out []py.Value) *py.Exception {
	nkw := kwLen(kw)
	npos := len(args) - nkw
	if npos+nkw > len(s.names) {
		w := ""
		if npos == 0 {
			w = "keyword "
		}
		pl := "s"
		if len(s.names) == 1 {
			pl = ""
		}
		return py.Errorf(py.TypeError(), "%s takes at most %d %sargument%s (%d given)", s.fn(), len(s.names), w, pl, npos+nkw)
	}
	if npos > s.kwOnly {
		pl := "s"
		if s.kwOnly == 1 {
			pl = ""
		}
		return py.Errorf(py.TypeError(), "%s takes at most %d positional argument%s (%d given)", s.fn(), s.kwOnly, pl, npos)
	}
	for i := range out {
		out[i] = py.Value{}
	}
	copy(out, args[:npos])
	var late *py.Exception
	if nkw > 0 {
		for i, k := range kw.Items() {
			name, _ := py.AsStr(k)
			j := -1
			for n, dn := range s.names {
				if dn == name {
					j = n
				}
			}
			if j < 0 {
				if late == nil {
					late = py.Errorf(py.TypeError(), "%s got an unexpected keyword argument '%s'", s.fn(), name)
				}
				continue
			}
			if j < npos {
				late = py.Errorf(py.TypeError(), "argument for %s given by name ('%s') and position (%d)", s.fn(), name, j+1)
				continue
			}
			out[j] = args[npos+i]
		}
	}
	for i := range s.names {
		if out[i].IsNil() {
			if i < s.required {
				return py.Errorf(py.TypeError(), "%s missing required argument '%s' (pos %d)", s.fn(), s.names[i], i+1)
			}
			continue
		}
		if s.objs&(1<<i) == 0 && s.intArgs {
			if _, err := cInt(t, out[i]); err != nil {
				return err
			}
		}
	}
	return late
}

// IsoCalendarDate is a tuple subclass with named fields, pickled as a plain tuple
// (CPython's C type of that name).
var isoCalDef = &py.TypeDef{
	Name: "datetime.IsoCalendarDate",
	Base: py.TupleType(),
	Repr: func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		items, _ := py.TupleItems(v)
		if len(items) != 3 {
			return py.ReprV(t, py.NewTuple(items...))
		}
		var parts [3]string
		for i, x := range items {
			r, err := py.Repr(t, x)
			if err != nil {
				return py.Value{}, err
			}
			parts[i] = r
		}
		return py.NewStr(tpIsoName(v.Type()) + "(year=" + parts[0] + ", week=" + parts[1] + ", weekday=" + parts[2] + ")"), nil
	},
	Methods: []*py.MethodDef{
		isoField("year", 0), isoField("week", 1), isoField("weekday", 2),
		py.FuncNoArgs("__reduce__", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			items, _ := py.TupleItems(self)
			return py.NewTuple(py.TypeValue(py.TupleType()), py.NewTuple(py.NewTuple(items...))), nil
		}),
	},
}

func tpIsoName(typ *py.Type) string {
	if typ == isoCalType {
		return "datetime.IsoCalendarDate"
	}
	return typ.Name
}

func isoField(name string, i int) *py.MethodDef {
	return py.GetSetDef(name, func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		items, _ := py.TupleItems(self)
		if i >= len(items) {
			return py.Value{}, py.Errorf(py.IndexError(), "tuple index out of range")
		}
		return items[i], nil
	}, nil)
}
