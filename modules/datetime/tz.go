package datetime

import (
	"github.com/kaa-python/kaa/py"
)

type tzinfoObj struct{ py.Header }

// timezone is a fixed offset with an optional name.
type timezone struct {
	tzinfoObj
	offset py.Value // a timedelta
	name   py.Value // zero: none
}

func asTZ(v py.Value) *timezone { return py.Object[timezone](v) }

func newTimezone(typ *py.Type, offset, name py.Value) py.Value {
	z := &timezone{offset: offset, name: name}
	return py.NewObject(&z.Header, typ)
}

func isTZInfo(v py.Value) bool { return v.Type().IsSubtype(tzinfoType) }

func offsetRangeErr(t *py.Thread, off py.Value) *py.Exception {
	r, err := py.Repr(t, off)
	if err != nil {
		return err
	}
	return py.Errorf(py.ValueError(), "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not %s.", r)
}

func offsetInRange(d *delta) bool {
	return !(d.days == -1 && d.secs == 0 && d.us < 1 || d.days < -1 || d.days >= 1)
}

// tzCall calls tz.utcoffset(arg) or tz.dst(arg) and checks the result: zero
// Value for None.
func tzCall(t *py.Thread, tz py.Value, which string, arg py.Value) (py.Value, *py.Exception) {
	if tz.IsNil() || tz.IsNone() {
		return py.Value{}, nil
	}
	if tz.Type() == timezoneType {
		if which == "dst" {
			return py.Value{}, nil
		}
		return asTZ(tz).offset, nil
	}
	r, err := py.CallMethod(t, tz, which, arg)
	if err != nil {
		return py.Value{}, err
	}
	if r.IsNone() {
		return py.Value{}, nil
	}
	if !isDelta(r) {
		return py.Value{}, py.Errorf(py.TypeError(), "tzinfo.%s() must return None or timedelta, not '%s'", which, py.TypeName(r))
	}
	if !offsetInRange(asDelta(r)) {
		return py.Value{}, py.Errorf(py.ValueError(), "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).")
	}
	return r, nil
}

func tzName(t *py.Thread, tz py.Value, arg py.Value) (py.Value, *py.Exception) {
	if tz.IsNil() || tz.IsNone() {
		return py.None(), nil
	}
	r, err := py.CallMethod(t, tz, "tzname", arg)
	if err != nil {
		return py.Value{}, err
	}
	if !r.IsNone() {
		if _, ok := py.AsStr(r); !ok {
			return py.Value{}, py.Errorf(py.TypeError(), "tzinfo.tzname() must return None or a string, not '%s'", py.TypeName(r))
		}
	}
	return r, nil
}

func orNone(v py.Value) py.Value {
	if v.IsNil() {
		return py.None()
	}
	return v
}

// offsetText formats an offset as +HH:MM[:SS[.ffffff]] with sep between fields
// (CPython's format_utcoffset).
func offsetText(b []byte, d *delta, sep string) []byte {
	sign := byte('+')
	days, secs, us := d.days, d.secs, d.us
	if days < 0 {
		sign = '-'
		// negate
		total := -(days*86400*usPerSec + secs*usPerSec + us)
		days, secs, us = 0, total/usPerSec, total%usPerSec
	}
	b = append(b, sign)
	b = itoa2(b, int(secs/3600))
	b = append(b, sep...)
	b = itoa2(b, int(secs/60%60))
	if secs%60 != 0 || us != 0 {
		b = append(b, sep...)
		b = itoa2(b, int(secs%60))
		if us != 0 {
			b = append(b, '.')
			b = itoaN(b, int(us), 6)
		}
	}
	return b
}

func tzinfoAbstract(name string) *py.MethodDef {
	return py.FuncO(name, func(t *py.Thread, self, dt py.Value) (py.Value, *py.Exception) {
		return py.Value{}, py.Errorf(py.NotImplementedError(), "a tzinfo subclass must implement %s()", name)
	})
}

func tzinfoFromutc(t *py.Thread, self, dt py.Value) (py.Value, *py.Exception) {
	if !isDatetime(dt) {
		return py.Value{}, py.Errorf(py.TypeError(), "fromutc: argument must be a datetime")
	}
	if !asDT(dt).tz.Is(self) {
		return py.Value{}, py.Errorf(py.ValueError(), "fromutc: dt.tzinfo is not self")
	}
	off, err := tzCall(t, self, "utcoffset", dt)
	if err != nil {
		return py.Value{}, err
	}
	if off.IsNil() {
		return py.Value{}, py.Errorf(py.ValueError(), "fromutc: non-None utcoffset() result required")
	}
	dst, err := tzCall(t, self, "dst", dt)
	if err != nil {
		return py.Value{}, err
	}
	if dst.IsNil() {
		return py.Value{}, py.Errorf(py.ValueError(), "fromutc: non-None dst() result required")
	}
	diff, err := deltaSub(t, off, dst)
	if err != nil {
		return py.Value{}, err
	}
	if d := asDelta(diff); d.days != 0 || d.secs != 0 || d.us != 0 {
		if dt, err = datetimeAdd(t, dt, diff); err != nil {
			return py.Value{}, err
		}
		if dst, err = tzCall(t, self, "dst", dt); err != nil {
			return py.Value{}, err
		}
		if dst.IsNil() {
			return py.Value{}, py.Errorf(py.ValueError(), "fromutc: tz.dst() gave inconsistent results; cannot convert")
		}
	}
	return datetimeAdd(t, dt, dst)
}

func tzinfoReduce(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
	args := py.NewTuple()
	if f, ok, err := py.LookupAttrS(t, self, "__getinitargs__"); err != nil {
		return py.Value{}, err
	} else if ok {
		if args, err = py.Call(t, f); err != nil {
			return py.Value{}, err
		}
	}
	state, err := py.CallMethod(t, self, "__getstate__")
	if err != nil {
		return py.Value{}, err
	}
	return py.NewTuple(py.TypeValue(self.Type()), args, state), nil
}

var tzinfoDef = &py.TypeDef{
	Name: "datetime.tzinfo",
	Doc:  "Abstract base class for time zone info objects.",
	New: func(t *py.Thread, typ *py.Type, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
		z := &timezone{}
		return py.NewObject(&z.Header, typ), nil
	},
	Methods: []*py.MethodDef{
		tzinfoAbstract("tzname"),
		tzinfoAbstract("utcoffset"),
		tzinfoAbstract("dst"),
		py.FuncO("fromutc", tzinfoFromutc),
		py.FuncNoArgs("__reduce__", tzinfoReduce),
	},
}

func timezoneNew(t *py.Thread, typ *py.Type, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
	var a [2]py.Value
	if err := timezoneSig.bind(t, args, kw, a[:]); err != nil {
		return py.Value{}, err
	}
	if !isDelta(a[0]) {
		return py.Value{}, py.Errorf(py.TypeError(), "timezone() argument 1 must be datetime.timedelta, not %s", argTypeName(a[0]))
	}
	name := a[1]
	if !name.IsNil() {
		if _, ok := py.AsStr(name); !ok {
			tn := py.TypeName(name)
			if name.IsNone() {
				tn = "None"
			}
			return py.Value{}, py.Errorf(py.TypeError(), "timezone() argument 2 must be str, not %s", tn)
		}
	}
	return makeTimezone(t, typ, a[0], name)
}

var timezoneSig = &argSpec{fname: "timezone", names: []string{"offset", "name"}, required: 1, kwOnly: 2}

func makeTimezone(t *py.Thread, typ *py.Type, off, name py.Value) (py.Value, *py.Exception) {
	d := asDelta(off)
	if name.IsNil() && d.days == 0 && d.secs == 0 && d.us == 0 && typ == timezoneType {
		return utcValue, nil
	}
	if !offsetInRange(d) {
		return py.Value{}, offsetRangeErr(t, off)
	}
	if off.Type() != deltaType {
		off = newDelta(d.days, d.secs, d.us)
	}
	return newTimezone(typ, off, name), nil
}

func timezoneName(t *py.Thread, self py.Value) py.Value {
	z := asTZ(self)
	if !z.name.IsNil() {
		return z.name
	}
	d := asDelta(z.offset)
	if self.Is(utcValue) || d.days == 0 && d.secs == 0 && d.us == 0 {
		return py.NewStr("UTC")
	}
	return py.NewStr(string(offsetText([]byte("UTC"), d, ":")))
}

func checkTZArg(name string, dt py.Value) *py.Exception {
	if !dt.IsNone() && !isDatetime(dt) {
		return py.Errorf(py.TypeError(), "%s(dt) argument must be a datetime instance or None, not %s", name, py.TypeName(dt))
	}
	return nil
}

var timezoneDef = &py.TypeDef{
	Name:  "datetime.timezone",
	Doc:   "Fixed offset from UTC implementation of tzinfo.",
	Final: true,
	New:   timezoneNew,
	Repr: func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		if self.Is(utcValue) {
			return py.NewStr("datetime.timezone.utc"), nil
		}
		z := asTZ(self)
		r, err := py.Repr(t, z.offset)
		if err != nil {
			return py.Value{}, err
		}
		if z.name.IsNil() {
			return py.NewStr(tpName(self.Type()) + "(" + r + ")"), nil
		}
		n, err := py.Repr(t, z.name)
		if err != nil {
			return py.Value{}, err
		}
		return py.NewStr(tpName(self.Type()) + "(" + r + ", " + n + ")"), nil
	},
	Str: func(t *py.Thread, self py.Value) (py.Value, *py.Exception) { return timezoneName(t, self), nil },
	Hash: func(t *py.Thread, self py.Value) (int64, *py.Exception) {
		return deltaHash(t, asTZ(self).offset)
	},
	Compare: func(t *py.Thread, a, b py.Value, op py.CompareOp) (py.Value, *py.Exception) {
		if (op != py.EQ && op != py.NE) || !b.Type().IsSubtype(timezoneType) {
			return notImpl()
		}
		c := deltaCmp(asDelta(asTZ(a).offset), asDelta(asTZ(b).offset))
		return cmpResult(c, op), nil
	},
	Methods: []*py.MethodDef{
		py.FuncO("tzname", func(t *py.Thread, self, dt py.Value) (py.Value, *py.Exception) {
			if err := checkTZArg("tzname", dt); err != nil {
				return py.Value{}, err
			}
			return timezoneName(t, self), nil
		}),
		py.FuncO("utcoffset", func(t *py.Thread, self, dt py.Value) (py.Value, *py.Exception) {
			if err := checkTZArg("utcoffset", dt); err != nil {
				return py.Value{}, err
			}
			return asTZ(self).offset, nil
		}),
		py.FuncO("dst", func(t *py.Thread, self, dt py.Value) (py.Value, *py.Exception) {
			if err := checkTZArg("dst", dt); err != nil {
				return py.Value{}, err
			}
			return py.None(), nil
		}),
		py.FuncO("fromutc", func(t *py.Thread, self, dt py.Value) (py.Value, *py.Exception) {
			if !isDatetime(dt) {
				return py.Value{}, py.Errorf(py.TypeError(), "fromutc: argument must be a datetime")
			}
			if !asDT(dt).tz.Is(self) {
				return py.Value{}, py.Errorf(py.ValueError(), "fromutc: dt.tzinfo is not self")
			}
			return datetimeAdd(t, dt, asTZ(self).offset)
		}),
		py.FuncNoArgs("__getinitargs__", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			z := asTZ(self)
			if z.name.IsNil() {
				return py.NewTuple(z.offset), nil
			}
			return py.NewTuple(z.offset, z.name), nil
		}),
	},
}
