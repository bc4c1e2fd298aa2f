// Package time is the time module: the system's clocks, sleep, and conversions
// between seconds since the Epoch, struct_time and text (strftime as glibc's,
// strptime as CPython's Lib/_strptime.py), in the local time zone that TZ and
// tzset choose.
package time

import (
	"math"
	"math/big"
	"strings"
	gotime "time"

	"github.com/kaa-python/kaa/py"
	"golang.org/x/sys/unix"
)

// Def is the time module.
var Def = &py.ModuleDef{
	Name:    "time",
	Doc:     moduleDoc,
	Methods: methods,
	Exec:    exec,
}

const moduleDoc = `This module provides various functions to manipulate time values.

There are two standard representations of time.  One is the number
of seconds since the Epoch, in UTC (a.k.a. GMT).  It may be an integer
or a floating-point number (to represent fractions of seconds).
The epoch is the point where the time starts, the return value of time.gmtime(0).
It is January 1, 1970, 00:00:00 (UTC) on all platforms.

The other representation is a tuple of 9 integers giving local time.
The tuple items are:
  year (including century, e.g. 1998)
  month (1-12)
  day (1-31)
  hours (0-23)
  minutes (0-59)
  seconds (0-59)
  weekday (0-6, Monday is 0)
  Julian day (day in the year, 1-366)
  DST (Daylight Savings Time) flag (-1, 0 or 1)
If the DST flag is 0, the time is given in the regular time zone;
if it is 1, the time is given in the DST time zone;
if it is -1, mktime() should guess based on the date and time.
`

var structTimeFields = []string{"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"}

var structTimeDocs = []string{"year, for example, 1993", "month of year, range [1, 12]", "day of month, range [1, 31]",
	"hours, range [0, 23]", "minutes, range [0, 59]", "seconds, range [0, 61])", "day of week, range [0, 6], Monday is 0",
	"day of year, range [1, 366]", "1 if summer time is in effect, 0 if not, and -1 if unknown", "abbreviation of timezone name",
	"offset from UTC in seconds"}

// StructTime is time.struct_time.
var StructTime = py.NewStructSeqType(&py.StructSeqDef{
	Name: "time.struct_time",
	Doc: "The time value as returned by gmtime(), localtime(), and strptime(), and\n" +
		" accepted by asctime(), mktime() and strftime().  May be considered as a\n" +
		" sequence of 9 integers.\n\n" +
		" Note that several fields' values are not the same as those defined by\n" +
		" the C language standard for struct tm.  For example, the value of the\n" +
		" field tm_year is the actual year, not year - 1900.  See individual\n" +
		" fields' descriptions for details.",
	Fields:    structTimeFields,
	Docs:      structTimeDocs,
	NSequence: 9,
})

// state is the module's per-interpreter state: the local time zone as the last
// tzset (or the import) found it.
type state struct {
	zone *zone
	// strptime's view of the zone (_strptime's cache): the tzname and daylight it
	// last saw, after the tzset it makes when they change.
	strptimeReady    bool
	tzname, daylight py.Value
}

func nowUnix() int64 { return gotime.Now().Unix() }

func stateOf(self py.Value) *state {
	if m := py.ModuleOf(self); m != nil {
		if s, ok := m.State().(*state); ok {
			return s
		}
	}
	return &state{zone: loadZone()}
}

func exec(t *py.Thread, m *py.Module) *py.Exception {
	st := &state{zone: loadZone()}
	m.SetState(st)
	m.Set("struct_time", py.TypeValue(StructTime))
	m.Set("_STRUCT_TM_ITEMS", py.Int(11))
	for _, c := range []struct {
		name string
		id   int
	}{{"CLOCK_BOOTTIME", unix.CLOCK_BOOTTIME}, {"CLOCK_MONOTONIC", unix.CLOCK_MONOTONIC}, {"CLOCK_MONOTONIC_RAW", unix.CLOCK_MONOTONIC_RAW},
		{"CLOCK_PROCESS_CPUTIME_ID", unix.CLOCK_PROCESS_CPUTIME_ID}, {"CLOCK_REALTIME", unix.CLOCK_REALTIME}, {"CLOCK_TAI", unix.CLOCK_TAI},
		{"CLOCK_THREAD_CPUTIME_ID", unix.CLOCK_THREAD_CPUTIME_ID}} {
		m.Set(c.name, py.Int(int64(c.id)))
	}
	return setTimezone(m, st.zone)
}

// setTimezone sets timezone, altzone, daylight and tzname from the zone's state in
// January and July of this year, as CPython does on glibc: the larger offset west
// of UTC is standard time (so the southern hemisphere comes out right).
func setTimezone(m *py.Module, z *zone) *py.Exception {
	const year = (365*24 + 6) * 3600
	t := (gotime.Now().Unix() / year) * year
	janName, janOff, _ := z.lookup(t)
	julName, julOff, _ := z.lookup(t + year/2)
	z.note(t + year/2) // CPython's localtime calls leave glibc's tzname so
	janzone, julzone := -janOff, -julOff
	trunc := func(s string) string {
		if len(s) > 9 {
			return s[:9]
		}
		return s
	}
	janName, julName = trunc(janName), trunc(julName)
	const maxTimezone = 48 * 3600
	if janzone < -maxTimezone || janzone > maxTimezone || julzone < -maxTimezone || julzone > maxTimezone {
		return py.Errorf(py.RuntimeError(), "invalid GMT offset")
	}
	daylight := py.Int(0)
	if janzone != julzone {
		daylight = py.Int(1)
	}
	if janzone < julzone {
		m.Set("timezone", py.Int(julzone))
		m.Set("altzone", py.Int(janzone))
		m.Set("tzname", py.NewTuple(py.FsStr(julName), py.FsStr(janName)))
	} else {
		m.Set("timezone", py.Int(janzone))
		m.Set("altzone", py.Int(julzone))
		m.Set("tzname", py.NewTuple(py.FsStr(janName), py.FsStr(julName)))
	}
	m.Set("daylight", daylight)
	return nil
}

var methods = []*py.MethodDef{
	py.FuncNoArgs("time.time", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		return clockFloat(t, unix.CLOCK_REALTIME)
	}),
	py.FuncNoArgs("time.time_ns", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		return clockNs(t, unix.CLOCK_REALTIME)
	}),
	py.FuncNoArgs("time.monotonic", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		return clockFloat(t, unix.CLOCK_MONOTONIC)
	}),
	py.FuncNoArgs("time.monotonic_ns", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		return clockNs(t, unix.CLOCK_MONOTONIC)
	}),
	py.FuncNoArgs("time.perf_counter", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		return clockFloat(t, unix.CLOCK_MONOTONIC)
	}),
	py.FuncNoArgs("time.perf_counter_ns", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		return clockNs(t, unix.CLOCK_MONOTONIC)
	}),
	py.FuncNoArgs("time.process_time", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		return clockFloat(t, unix.CLOCK_PROCESS_CPUTIME_ID)
	}),
	py.FuncNoArgs("time.process_time_ns", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		return clockNs(t, unix.CLOCK_PROCESS_CPUTIME_ID)
	}),
	py.FuncNoArgs("time.thread_time", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		return clockFloat(t, unix.CLOCK_THREAD_CPUTIME_ID)
	}),
	py.FuncNoArgs("time.thread_time_ns", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		return clockNs(t, unix.CLOCK_THREAD_CPUTIME_ID)
	}),
	py.FuncO("time.clock_gettime", func(t *py.Thread, self, arg py.Value) (py.Value, *py.Exception) {
		id, err := clockID(t, arg)
		if err != nil {
			return py.Value{}, err
		}
		var ts unix.Timespec
		if e := unix.ClockGettime(id, &ts); e != nil {
			return py.Value{}, py.NewOSError(t, e, py.Value{})
		}
		return py.Float(float64(ts.Sec) + float64(ts.Nsec)*1e-9), nil
	}),
	py.FuncO("time.clock_gettime_ns", func(t *py.Thread, self, arg py.Value) (py.Value, *py.Exception) {
		id, err := clockID(t, arg)
		if err != nil {
			return py.Value{}, err
		}
		var ts unix.Timespec
		if e := unix.ClockGettime(id, &ts); e != nil {
			return py.Value{}, py.NewOSError(t, e, py.Value{})
		}
		return py.Int(ts.Sec*1e9 + ts.Nsec), nil
	}),
	py.FuncVar("clock_settime", 2, 2, func(t *py.Thread, self py.Value, args []py.Value) (py.Value, *py.Exception) {
		id, err := cInt(t, args[0])
		if err != nil {
			return py.Value{}, err
		}
		ns, err := secondsObject(t, args[1], roundFloor)
		if err != nil {
			return py.Value{}, err
		}
		return clockSet(t, id, ns)
	}),
	py.FuncVar("clock_settime_ns", 2, 2, func(t *py.Thread, self py.Value, args []py.Value) (py.Value, *py.Exception) {
		id, err := cInt(t, args[0])
		if err != nil {
			return py.Value{}, err
		}
		ns, err := nanosecondsObject(t, args[1])
		if err != nil {
			return py.Value{}, err
		}
		return clockSet(t, id, ns)
	}),
	py.FuncVar("clock_getres", 1, 1, func(t *py.Thread, self py.Value, args []py.Value) (py.Value, *py.Exception) {
		id, err := cInt(t, args[0])
		if err != nil {
			return py.Value{}, err
		}
		var ts unix.Timespec
		if e := unix.ClockGetres(id, &ts); e != nil {
			return py.Value{}, py.NewOSError(t, e, py.Value{})
		}
		return py.Float(float64(ts.Sec) + float64(ts.Nsec)*1e-9), nil
	}),
	py.FuncVar("pthread_getcpuclockid", 1, 1, func(t *py.Thread, self py.Value, args []py.Value) (py.Value, *py.Exception) {
		// CPython passes the id to pthread_getcpuclockid; Kaa's threads are not
		// pthreads, so the answer is the CPU clock of the calling thread, which is
		// what the id of the current thread asks for.
		if _, ok := py.AsBigInt(args[0]); !ok {
			return py.Value{}, py.Errorf(py.TypeError(), "pthread_getcpuclockid() argument 1 must be int, not %s", typeName(args[0]))
		}
		tid := unix.Gettid()
		return py.Int(int64(int32(^uint32(tid)<<3 | 6))), nil
	}),
	py.FuncO("time.sleep", func(t *py.Thread, self, arg py.Value) (py.Value, *py.Exception) {
		ns, err := secondsObject(t, arg, roundTimeout)
		if err != nil {
			return py.Value{}, err
		}
		if ns < 0 {
			return py.Value{}, py.Errorf(py.ValueError(), "sleep length must be non-negative")
		}
		if err := t.Sleep(gotime.Duration(ns)); err != nil {
			return py.Value{}, err
		}
		return py.None(), nil
	}),
	py.FuncVar("gmtime", 0, 1, func(t *py.Thread, self py.Value, args []py.Value) (py.Value, *py.Exception) {
		sec, err := whenArg(t, args)
		if err != nil {
			return py.Value{}, err
		}
		tm, err := gmtime(t, sec)
		if err != nil {
			return py.Value{}, err
		}
		return tm.structTime(), nil
	}),
	py.FuncVar("localtime", 0, 1, func(t *py.Thread, self py.Value, args []py.Value) (py.Value, *py.Exception) {
		sec, err := whenArg(t, args)
		if err != nil {
			return py.Value{}, err
		}
		tm, err := localtime(t, stateOf(self).zone, sec)
		if err != nil {
			return py.Value{}, err
		}
		return tm.structTime(), nil
	}),
	py.FuncO("time.mktime", func(t *py.Thread, self, arg py.Value) (py.Value, *py.Exception) {
		tm, err := getTmArg(t, arg, "mktime(): illegal time tuple argument")
		if err != nil {
			return py.Value{}, err
		}
		sec, ok := mktime(stateOf(self).zone, tm)
		if !ok {
			return py.Value{}, py.Errorf(py.OverflowError(), "mktime argument out of range")
		}
		return py.Float(float64(sec)), nil
	}),
	{Name: "asctime", Fn: func(t *py.Thread, self py.Value, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
		if kwnames != nil && len(kwnames.Items()) > 0 {
			return py.Value{}, py.Errorf(py.TypeError(), "asctime() takes no keyword arguments")
		}
		if len(args) > 1 {
			return py.Value{}, py.Errorf(py.TypeError(), "asctime expected at most 1 argument, got %d", len(args))
		}
		var tm *tm
		var err *py.Exception
		if len(args) == 0 {
			tm, err = localtime(t, stateOf(self).zone, gotime.Now().Unix())
		} else {
			tm, err = getTmArg(t, args[0], "asctime(): illegal time tuple argument")
			if err == nil {
				err = tm.check()
			}
		}
		if err != nil {
			return py.Value{}, err
		}
		return py.NewStr(tm.asctime()), nil
	}},
	py.FuncVar("ctime", 0, 1, func(t *py.Thread, self py.Value, args []py.Value) (py.Value, *py.Exception) {
		sec, err := whenArg(t, args)
		if err != nil {
			return py.Value{}, err
		}
		tm, err := localtime(t, stateOf(self).zone, sec)
		if err != nil {
			return py.Value{}, err
		}
		return py.NewStr(tm.asctime()), nil
	}),
	py.FuncVar("strftime", 1, 2, func(t *py.Thread, self py.Value, args []py.Value) (py.Value, *py.Exception) {
		format, ok := py.AsStr(args[0])
		if !ok {
			return py.Value{}, py.Errorf(py.TypeError(), "strftime() argument 1 must be str, not %s", typeName(args[0]))
		}
		z := stateOf(self).zone
		var tm *tm
		var err *py.Exception
		if len(args) == 1 {
			tm, err = localtime(t, z, gotime.Now().Unix())
		} else {
			tm, err = getTmArg(t, args[1], "strftime(): illegal time tuple argument")
			if err == nil {
				err = tm.check()
			}
		}
		if err != nil {
			return py.Value{}, err
		}
		tm.isdst = max(-1, min(1, tm.isdst))
		if strings.IndexByte(format, 0) >= 0 {
			return py.Value{}, py.Errorf(py.ValueError(), "embedded null character")
		}
		return py.NewStr(strftime(format, tm, z)), nil
	}),
	{Name: "strptime", Fn: strptimeFunc},
	py.FuncNoArgs("time.tzset", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		m := py.ModuleOf(self)
		if m == nil {
			return py.None(), nil
		}
		st := stateOf(self)
		st.zone = loadZone()
		if err := setTimezone(m, st.zone); err != nil {
			return py.Value{}, err
		}
		return py.None(), nil
	}),
	py.FuncVar("get_clock_info", 1, 1, func(t *py.Thread, self py.Value, args []py.Value) (py.Value, *py.Exception) {
		name, ok := py.AsStr(args[0])
		if !ok {
			return py.Value{}, py.Errorf(py.TypeError(), "get_clock_info() argument 1 must be str, not %s", typeName(args[0]))
		}
		if strings.IndexByte(name, 0) >= 0 {
			return py.Value{}, py.Errorf(py.ValueError(), "embedded null character")
		}
		var id int32
		var impl string
		monotonic, adjustable := true, false
		switch name {
		case "time":
			id, impl, monotonic, adjustable = unix.CLOCK_REALTIME, "clock_gettime(CLOCK_REALTIME)", false, true
		case "monotonic", "perf_counter":
			id, impl = unix.CLOCK_MONOTONIC, "clock_gettime(CLOCK_MONOTONIC)"
		case "process_time":
			id, impl = unix.CLOCK_PROCESS_CPUTIME_ID, "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)"
		case "thread_time":
			id, impl = unix.CLOCK_THREAD_CPUTIME_ID, "clock_gettime(CLOCK_THREAD_CPUTIME_ID)"
		default:
			return py.Value{}, py.Errorf(py.ValueError(), "unknown clock")
		}
		var res unix.Timespec
		if e := unix.ClockGetres(id, &res); e != nil {
			return py.Value{}, py.NewOSError(t, e, py.Value{})
		}
		return py.NewNamespace([]string{"implementation", "monotonic", "adjustable", "resolution"},
			[]py.Value{py.NewStr(impl), py.Bool(monotonic), py.Bool(adjustable), py.Float(float64(res.Sec) + float64(res.Nsec)*1e-9)}), nil
	}),
}

func typeName(v py.Value) string { return v.Type().Name }

// clockFloat reads a clock as float seconds (_PyTime_AsSecondsDouble: exact for a
// whole number of seconds, else the nanoseconds divided by 1e9).
func clockFloat(t *py.Thread, id int32) (py.Value, *py.Exception) {
	var ts unix.Timespec
	if e := unix.ClockGettime(id, &ts); e != nil {
		return py.Value{}, py.NewOSError(t, e, py.Value{})
	}
	ns := ts.Sec*1e9 + ts.Nsec
	if ns%1e9 == 0 {
		return py.Float(float64(ns / 1e9)), nil
	}
	return py.Float(float64(ns) / 1e9), nil
}

func clockNs(t *py.Thread, id int32) (py.Value, *py.Exception) {
	var ts unix.Timespec
	if e := unix.ClockGettime(id, &ts); e != nil {
		return py.Value{}, py.NewOSError(t, e, py.Value{})
	}
	return py.Int(ts.Sec*1e9 + ts.Nsec), nil
}

func clockSet(t *py.Thread, id int32, ns int64) (py.Value, *py.Exception) {
	sec, nsec := ns/1e9, ns%1e9
	if nsec < 0 {
		sec, nsec = sec-1, nsec+1e9
	}
	ts := unix.Timespec{Sec: sec, Nsec: nsec}
	if e := unix.ClockSettime(id, &ts); e != nil {
		return py.Value{}, py.NewOSError(t, e, py.Value{})
	}
	return py.None(), nil
}

// clockID converts clock_gettime's argument: an int that fits a C int (by
// __index__), else "clk_id should be integer, not X".
func clockID(t *py.Thread, v py.Value) (int32, *py.Exception) {
	if !v.IsFloat() {
		if iv, err := py.Index(t, v); err == nil {
			if n, ok := py.AsInt64(iv); ok && n >= math.MinInt32 && n <= math.MaxInt32 {
				return int32(n), nil
			}
		}
	}
	return 0, py.Errorf(py.TypeError(), "clk_id should be integer, not %s", typeName(v))
}

// cInt is PyArg_ParseTuple's "i": an int (by __index__, not a float) that fits a C
// int.
func cInt(t *py.Thread, v py.Value) (int32, *py.Exception) {
	if v.IsFloat() || v.Type().IsSubtype(py.FloatType()) {
		return 0, py.Errorf(py.TypeError(), "'%s' object cannot be interpreted as an integer", typeName(v))
	}
	iv, err := py.Index(t, v)
	if err != nil {
		return 0, err
	}
	n, ok := py.AsInt64(iv)
	switch {
	case !ok:
		return 0, py.Errorf(py.OverflowError(), "Python int too large to convert to C long")
	case n > math.MaxInt32:
		return 0, py.Errorf(py.OverflowError(), "signed integer is greater than maximum")
	case n < math.MinInt32:
		return 0, py.Errorf(py.OverflowError(), "signed integer is less than minimum")
	}
	return int32(n), nil
}

// The rounding modes of CPython's _PyTime conversions used here.
const (
	roundFloor   = iota
	roundTimeout // up for positive values, down for negative ones (sleep's)
)

// secondsObject is _PyTime_FromSecondsObject: seconds as a float or an int (by
// __index__) to nanoseconds.
func secondsObject(t *py.Thread, v py.Value, round int) (int64, *py.Exception) {
	if v.Type().IsSubtype(py.FloatType()) {
		d, err := py.AsFloat(t, v)
		if err != nil {
			return 0, err
		}
		if math.IsNaN(d) {
			return 0, py.Errorf(py.ValueError(), "Invalid value NaN (not a number)")
		}
		d *= 1e9
		if round == roundTimeout && d >= 0 {
			d = math.Ceil(d)
		} else {
			d = math.Floor(d)
		}
		if !(d >= -9223372036854775808.0 && d < 9223372036854775808.0) {
			return 0, py.Errorf(py.OverflowError(), "timestamp out of range for platform time_t")
		}
		return int64(d), nil
	}
	iv, err := py.Index(t, v)
	if err != nil {
		return 0, err
	}
	n, ok := py.AsInt64(iv)
	if !ok || n > math.MaxInt64/1_000_000_000 || n < math.MinInt64/1_000_000_000 {
		return 0, py.Errorf(py.OverflowError(), "timestamp too large to convert to C PyTime_t")
	}
	return n * 1e9, nil
}

// nanosecondsObject is _PyTime_FromNanosecondsObject: an int of nanoseconds.
func nanosecondsObject(t *py.Thread, v py.Value) (int64, *py.Exception) {
	b, ok := py.AsBigInt(v)
	if !ok {
		return 0, py.Errorf(py.TypeError(), "expect int, got %s", typeName(v))
	}
	if !b.IsInt64() {
		return 0, py.Errorf(py.OverflowError(), "timestamp too large to convert to C PyTime_t")
	}
	return b.Int64(), nil
}

// objectToTimeT is _PyTime_ObjectToTime_t with floor rounding: a float or an int
// (by __index__) to whole seconds.
func objectToTimeT(t *py.Thread, v py.Value) (int64, *py.Exception) {
	if v.Type().IsSubtype(py.FloatType()) {
		d, err := py.AsFloat(t, v)
		if err != nil {
			return 0, err
		}
		if math.IsNaN(d) {
			return 0, py.Errorf(py.ValueError(), "Invalid value NaN (not a number)")
		}
		d = math.Floor(d)
		if !(d >= -9223372036854775808.0 && d < 9223372036854775808.0) {
			return 0, py.Errorf(py.OverflowError(), "timestamp out of range for platform time_t")
		}
		return int64(d), nil
	}
	iv, err := py.Index(t, v)
	if err != nil {
		return 0, err
	}
	n, ok := py.AsInt64(iv)
	if !ok {
		return 0, py.Errorf(py.OverflowError(), "timestamp out of range for platform time_t")
	}
	return n, nil
}

// whenArg is the optional seconds argument of gmtime, localtime and ctime (absent
// or None: now).
func whenArg(t *py.Thread, args []py.Value) (int64, *py.Exception) {
	if len(args) == 0 || args[0].IsNone() {
		return gotime.Now().Unix(), nil
	}
	return objectToTimeT(t, args[0])
}

// tm is C's struct tm, with C's conventions (year - 1900, months from 0, days of
// the week from Sunday, days of the year from 0), and a year wide enough for
// every time_t.
type tm struct {
	year, mon, mday, hour, min, sec, wday, yday, isdst int64
	zone                                               *string // nil: not given
	gmtoff                                             int64
}

var eoverflow = unix.EOVERFLOW

// breakDown fills the calendar fields of the instant sec (already shifted by the
// zone's offset); the year must fit a C int as glibc requires.
func breakDown(t *py.Thread, sec int64) (*tm, *py.Exception) {
	days, rem := sec/86400, sec%86400
	if rem < 0 {
		days, rem = days-1, rem+86400
	}
	y, m, d := civilFromDays(days)
	if y-1900 < math.MinInt32 || y-1900 > math.MaxInt32 {
		return nil, py.NewOSError(t, eoverflow, py.Value{})
	}
	wday := (days + 4) % 7
	if wday < 0 {
		wday += 7
	}
	return &tm{year: y - 1900, mon: m - 1, mday: d, hour: rem / 3600, min: rem % 3600 / 60, sec: rem % 60,
		wday: wday, yday: days - daysFromCivil(y, 1, 1)}, nil
}

// maxSeconds is beyond every instant whose year fits a C int (glibc fails with
// EOVERFLOW there); it keeps the arithmetic below from overflowing.
const maxSeconds = 1 << 57

func gmtime(t *py.Thread, sec int64) (*tm, *py.Exception) {
	if sec > maxSeconds || sec < -maxSeconds {
		return nil, py.NewOSError(t, eoverflow, py.Value{})
	}
	tm, err := breakDown(t, sec)
	if err != nil {
		return nil, err
	}
	gmt := "GMT"
	tm.zone = &gmt
	return tm, nil
}

func localtime(t *py.Thread, z *zone, sec int64) (*tm, *py.Exception) {
	if sec > maxSeconds || sec < -maxSeconds {
		return nil, py.NewOSError(t, eoverflow, py.Value{})
	}
	name, off, dst := z.lookup(sec)
	z.note(sec)
	tm, err := breakDown(t, sec+off)
	if err != nil {
		return nil, err
	}
	tm.zone, tm.gmtoff = &name, off
	if dst {
		tm.isdst = 1
	}
	return tm, nil
}

// structTime converts to Python's struct_time.
func (tm *tm) structTime() py.Value {
	zone := py.None()
	if tm.zone != nil {
		zone = py.FsStr(*tm.zone)
	}
	// CPython adds 1900 to tm_year in a C int, which wraps for the last years.
	return py.NewStructSeq(StructTime, py.Int(int64(int32(tm.year+1900))), py.Int(tm.mon+1), py.Int(tm.mday), py.Int(tm.hour),
		py.Int(tm.min), py.Int(tm.sec), py.Int((tm.wday+6)%7), py.Int(tm.yday+1), py.Int(tm.isdst), zone, py.Int(tm.gmtoff))
}

// getTmArg is CPython's gettmarg: a tuple (or struct_time) of 9 C ints to a struct
// tm; a struct_time also gives its tm_zone and tm_gmtoff.
func getTmArg(t *py.Thread, v py.Value, msg string) (*tm, *py.Exception) {
	if !v.Type().IsSubtype(py.TupleType()) {
		return nil, py.Errorf(py.TypeError(), "Tuple or struct_time argument required")
	}
	items, err := py.ToSlice(t, v)
	if err != nil {
		return nil, err
	}
	if len(items) != 9 {
		return nil, py.Errorf(py.TypeError(), "%s", msg)
	}
	var f [9]int64
	for i, x := range items {
		n, err := cInt(t, x)
		if err != nil {
			return nil, err
		}
		f[i] = int64(n)
	}
	if f[0] < math.MinInt32+1900 {
		return nil, py.Errorf(py.OverflowError(), "year out of range")
	}
	tm := &tm{year: f[0] - 1900, mon: f[1] - 1, mday: f[2], hour: f[3], min: f[4], sec: f[5],
		wday: (f[6] + 1) % 7, yday: f[7] - 1, isdst: f[8]}
	if v.Type() == StructTime {
		all, _ := py.StructSeqFields(v)
		if z := all[9]; !z.IsNone() {
			s, ok := py.AsStr(z)
			if !ok {
				return nil, py.Errorf(py.TypeError(), "bad argument type for built-in operation")
			}
			tm.zone = &s
		}
		if g := all[10]; !g.IsNone() {
			iv, err := py.Index(t, g)
			if err != nil {
				return nil, err
			}
			n, ok := py.AsInt64(iv)
			if !ok {
				return nil, py.Errorf(py.OverflowError(), "Python int too large to convert to C long")
			}
			tm.gmtoff = n
		}
	}
	return tm, nil
}

// check is CPython's checktm: the ranges strftime and asctime index tables by
// (zero months, days of the month and days of the year become the first).
func (tm *tm) check() *py.Exception {
	bad := func(what string) *py.Exception { return py.Errorf(py.ValueError(), "%s out of range", what) }
	switch {
	case tm.mon == -1:
		tm.mon = 0
	case tm.mon < 0 || tm.mon > 11:
		return bad("month")
	}
	switch {
	case tm.mday == 0:
		tm.mday = 1
	case tm.mday < 0 || tm.mday > 31:
		return bad("day of month")
	}
	if tm.hour < 0 || tm.hour > 23 {
		return bad("hour")
	}
	if tm.min < 0 || tm.min > 59 {
		return bad("minute")
	}
	if tm.sec < 0 || tm.sec > 61 {
		return bad("seconds")
	}
	if tm.wday < 0 {
		return bad("day of week")
	}
	switch {
	case tm.yday == -1:
		tm.yday = 0
	case tm.yday < 0 || tm.yday > 365:
		return bad("day of year")
	}
	return nil
}

var (
	wdayNames  = [7]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
	monthNames = [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
)

// asctime is "Sun Jun  9 01:02:03 1993" (C's "%s %s%3d %.2d:%.2d:%.2d %d").
func (tm *tm) asctime() string {
	var b strings.Builder
	b.WriteString(wdayNames[tm.wday][:3])
	b.WriteByte(' ')
	b.WriteString(monthNames[tm.mon][:3])
	b.WriteString(padInt(tm.mday, 3, ' '))
	b.WriteByte(' ')
	b.WriteString(precInt(tm.hour, 2))
	b.WriteByte(':')
	b.WriteString(precInt(tm.min, 2))
	b.WriteByte(':')
	b.WriteString(precInt(tm.sec, 2))
	b.WriteByte(' ')
	b.WriteString(big.NewInt(tm.year + 1900).String())
	return b.String()
}

// padInt is printf's %Nd (pad ' ') or %0Nd (pad '0').
func padInt(n int64, width int, pad byte) string {
	s := big.NewInt(n).String()
	neg := n < 0
	if neg && pad == '0' {
		s = s[1:]
		width--
	}
	for len(s) < width {
		s = string(pad) + s
	}
	if neg && pad == '0' {
		s = "-" + s
	}
	return s
}

// precInt is printf's %.Nd: at least N digits, the sign in front.
func precInt(n int64, digits int) string {
	neg := n < 0
	if neg {
		n = -n
	}
	s := big.NewInt(n).String()
	for len(s) < digits {
		s = "0" + s
	}
	if neg {
		s = "-" + s
	}
	return s
}

// daysFromCivil is the number of days from 1970-01-01 to the date (proleptic
// Gregorian; month 1-12).
func daysFromCivil(y, m, d int64) int64 {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := m + 9
	if m > 2 {
		mp = m - 3
	}
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// civilFromDays is the date days after 1970-01-01.
func civilFromDays(z int64) (y, m, d int64) {
	z += 719468
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	if mp < 10 {
		m = mp + 3
	} else {
		m = mp - 9
	}
	if m <= 2 {
		y++
	}
	return y, m, d
}

func isLeap(y int64) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// mktime is glibc's mktime in the zone: the fields are normalised (month 13 is
// next January) and read as local time by glibc's search, which starts from the
// offset the previous call found (so a time in a spring-forward gap depends on
// history, as in C); a tm_isdst of 0 or 1 that disagrees with the zone at the
// result takes the offset of a nearby instant with the requested flag, or one
// hour's difference when there is none.
func mktime(z *zone, tm *tm) (int64, bool) {
	year := tm.year + 1900 + floorDiv(tm.mon, 12)
	mon := floorMod(tm.mon, 12)
	if year-1900 < math.MinInt32 || year-1900 > math.MaxInt32 {
		return 0, false
	}
	// glibc searches with the seconds clamped to [0, 59] and adds the rest after.
	sec := max(0, min(59, tm.sec))
	days := daysFromCivil(year, mon+1, 1) + tm.mday - 1
	local := days*86400 + tm.hour*3600 + tm.min*60 + sec
	if local > maxSeconds || local < -maxSeconds {
		return 0, false
	}
	off := z.mktimeOffset
	t0 := local + off
	t, t1, t2 := t0, t0, t0
	var dst bool
	found := false
	for probes := 6; ; probes-- {
		var gmtoff int64
		_, gmtoff, dst = z.lookup(t)
		dt := local - (t + gmtoff)
		if dt == 0 {
			break
		}
		if t == t1 && t != t2 && (tm.isdst < 0 && dst || tm.isdst >= 0 && (tm.isdst != 0) != dst) {
			found = true // oscillating across a gap: take this side
			break
		}
		if probes == 1 {
			return 0, false
		}
		t1, t2, t = t2, t, t+dt
	}
	if !found && tm.isdst >= 0 && (tm.isdst != 0) != dst {
		const stride, bound = 601200, 457243200/2 + 601200
		ok := false
	probe:
		for delta := int64(stride); delta < bound; delta += stride {
			for _, dir := range [2]int64{-1, 1} {
				ot := t + dir*delta
				if _, ooff, odst := z.lookup(ot); odst == (tm.isdst != 0) {
					t, ok = local-ooff, true
					break probe
				}
			}
		}
		if !ok {
			diff := int64(0)
			if tm.isdst == 0 {
				diff++
			}
			if !dst {
				diff--
			}
			t += 3600 * diff
		}
	}
	z.mktimeOffset = t - local
	t += tm.sec - sec
	if y, _, _ := civilFromDays(floorDiv(t, 86400)); y-1900 < math.MinInt32 || y-1900 > math.MaxInt32 {
		return 0, false
	}
	z.note(t)
	return t, true
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && (a < 0) != (b < 0) {
		q--
	}
	return q
}

func floorMod(a, b int64) int64 { return a - floorDiv(a, b)*b }
