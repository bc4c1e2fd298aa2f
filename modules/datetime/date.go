package datetime

import (
	"strconv"

	timemod "github.com/kaa-python/kaa/modules/time"
	"github.com/kaa-python/kaa/py"
)

// dateObj is a date; datetime's struct starts with it.
type dateObj struct {
	py.Header
	y, m, d int32
}

func asDate(v py.Value) *dateObj { return py.Object[dateObj](v) }

func isDate(v py.Value) bool { return v.Type() == dateType || v.Type().IsSubtype(dateType) }

func newDate(typ *py.Type, y, m, d int) py.Value {
	o := &dateObj{y: int32(y), m: int32(m), d: int32(d)}
	return py.NewObject(&o.Header, typ)
}

func checkDate(y, m, d int) *py.Exception {
	if y < minYear || y > maxYear {
		return py.Errorf(py.ValueError(), "year %d is out of range", y)
	}
	if m < 1 || m > 12 {
		return py.Errorf(py.ValueError(), "month must be in 1..12")
	}
	if d < 1 || d > daysInMonth(y, m) {
		return py.Errorf(py.ValueError(), "day is out of range for month")
	}
	return nil
}

// makeDate builds a date of class typ (calling a Python subclass, as CPython's
// new_date_subclass_ex does).
func makeDate(t *py.Thread, typ *py.Type, y, m, d int) (py.Value, *py.Exception) {
	if typ == dateType {
		if err := checkDate(y, m, d); err != nil {
			return py.Value{}, err
		}
		return newDate(typ, y, m, d), nil
	}
	if typ == datetimeType || typ.IsSubtype(datetimeType) {
		return makeDatetime(t, typ, y, m, d, 0, 0, 0, 0, py.None(), 0)
	}
	return newSub(t, typ, []py.Value{py.Int(int64(y)), py.Int(int64(m)), py.Int(int64(d))}, 0)
}

func dateFromOrd(t *py.Thread, typ *py.Type, ord int) (py.Value, *py.Exception) {
	if ord < 1 || ord > maxOrdinal {
		return py.Value{}, py.Errorf(py.OverflowError(), "date value out of range")
	}
	y, m, d := ordToYmd(ord)
	return makeDate(t, typ, y, m, d)
}

// pickled reports whether args are a pickle state (bytes of the given length
// whose month byte is valid), as CPython's constructors accept them.
func pickleState(t *py.Thread, args []py.Value, n int, monthAt int) ([]byte, bool, *py.Exception) {
	if len(args) < 1 || len(args) > 2 {
		return nil, false, nil
	}
	v := args[0]
	var b []byte
	if v.Type() == py.BytesType() {
		b, _ = py.AsBytes(v)
	} else if s, ok := py.AsStr(v); ok {
		rs := []rune(s)
		if len(rs) != n {
			return nil, false, nil
		}
		for _, r := range rs {
			if r > 255 {
				return nil, false, py.Errorf(py.ValueError(), "Failed to encode latin1 string when unpickling a %s object. pickle.load(data, encoding='latin1') is assumed.", map[int]string{4: "date", 6: "time", 10: "datetime"}[n])
			}
			b = append(b, byte(r))
		}
	} else {
		return nil, false, nil
	}
	if len(b) != n {
		return nil, false, nil
	}
	if monthAt >= 0 {
		if m := b[monthAt] & 0x7f; m < 1 || m > 12 {
			return nil, false, nil
		}
	} else if b[0]&0x7f >= 24 {
		return nil, false, nil
	}
	return b, true, nil
}

func dateNew(t *py.Thread, typ *py.Type, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
	if kwLen(kw) == 0 && len(args) == 1 {
		if b, ok, err := pickleState(t, args, 4, 2); err != nil {
			return py.Value{}, err
		} else if ok {
			return newDate(typ, int(b[0])<<8|int(b[1]), int(b[2]), int(b[3])), nil
		}
	}
	var a [3]py.Value
	if kwLen(kw) == 0 && len(args) == 3 {
		copy(a[:], args) // positional: converted once, below
	} else if err := dateSig.bind(t, args, kw, a[:]); err != nil {
		return py.Value{}, err
	}
	var f [3]int
	for i, v := range a {
		n, err := cInt(t, v)
		if err != nil {
			return py.Value{}, err
		}
		f[i] = n
	}
	if err := checkDate(f[0], f[1], f[2]); err != nil {
		return py.Value{}, err
	}
	return newDate(typ, f[0], f[1], f[2]), nil
}

var dateSig = &argSpec{names: []string{"year", "month", "day"}, required: 3, kwOnly: 3, intArgs: true}

func dateRepr(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
	d := asDate(v)
	return py.NewStr(tpName(v.Type()) + "(" + strconv.Itoa(int(d.y)) + ", " + strconv.Itoa(int(d.m)) + ", " + strconv.Itoa(int(d.d)) + ")"), nil
}

func appendDate(b []byte, d *dateObj, sep bool) []byte {
	b = itoaN(b, int(d.y), 4)
	if sep {
		b = append(b, '-')
	}
	b = itoa2(b, int(d.m))
	if sep {
		b = append(b, '-')
	}
	return itoa2(b, int(d.d))
}

func dateIso(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
	return py.NewStr(string(appendDate(nil, asDate(v), true))), nil
}

func dateCmp(a, b *dateObj) int {
	switch {
	case a.y != b.y:
		return cmp64(int64(a.y), int64(b.y))
	case a.m != b.m:
		return cmp64(int64(a.m), int64(b.m))
	}
	return cmp64(int64(a.d), int64(b.d))
}

func dateCompare(t *py.Thread, a, b py.Value, op py.CompareOp) (py.Value, *py.Exception) {
	if !isDate(b) || isDatetime(b) {
		return notImpl()
	}
	return cmpResult(dateCmp(asDate(a), asDate(b)), op), nil
}

func (d *dateObj) ord() int { return ymdToOrd(int(d.y), int(d.m), int(d.d)) }

func dateAdd(t *py.Thread, a, b py.Value) (py.Value, *py.Exception) {
	if isDatetime(a) || isDatetime(b) {
		return notImpl()
	}
	if !isDate(a) {
		a, b = b, a
	}
	if !isDate(a) || !isDelta(b) {
		return notImpl()
	}
	return dateShift(t, a, asDelta(b).days)
}

func dateShift(t *py.Thread, a py.Value, days int64) (py.Value, *py.Exception) {
	ord := int64(asDate(a).ord()) + days
	if ord < 1 || ord > maxOrdinal {
		return py.Value{}, py.Errorf(py.OverflowError(), "date value out of range")
	}
	return dateFromOrd(t, a.Type(), int(ord))
}

func dateSub(t *py.Thread, a, b py.Value) (py.Value, *py.Exception) {
	if isDatetime(a) || isDatetime(b) || !isDate(a) {
		return notImpl()
	}
	if isDelta(b) {
		return dateShift(t, a, -asDelta(b).days)
	}
	if isDate(b) {
		return newDelta(int64(asDate(a).ord()-asDate(b).ord()), 0, 0), nil
	}
	return notImpl()
}

func dateOps(typ *py.Type) {
	py.SetBinaryOp(typ, "+", dateAdd, swap(dateAdd), nil)
	py.SetBinaryOp(typ, "-", dateSub, swap(dateSub), nil)
}

// timeTuple is time.struct_time for the given fields.
func timeTuple(y, m, d, hh, mm, ss, dst int) py.Value {
	wd := weekdayOf(y, m, d)
	yday := daysBeforeMonth(y, m) + d
	return py.NewStructSeq(timemod.StructTime, py.Int(int64(y)), py.Int(int64(m)), py.Int(int64(d)), py.Int(int64(hh)), py.Int(int64(mm)), py.Int(int64(ss)), py.Int(int64(wd)), py.Int(int64(yday)), py.Int(int64(dst)))
}

var dayNames = [7]string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
var monthNames = [13]string{"", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

func ctime(y, m, d, hh, mm, ss int) string {
	b := []byte(dayNames[weekdayOf(y, m, d)] + " " + monthNames[m] + " ")
	if d < 10 {
		b = append(b, ' ')
	}
	b = strconv.AppendInt(b, int64(d), 10)
	b = append(b, ' ')
	b = itoa2(b, hh)
	b = append(b, ':')
	b = itoa2(b, mm)
	b = append(b, ':')
	b = itoa2(b, ss)
	b = append(b, ' ')
	b = itoaN(b, y, 4)
	return string(b)
}

// dateReplace is replace() and __replace__ for dates.
func dateReplace(t *py.Thread, self py.Value, args []py.Value, kw *py.Tuple, name string) (py.Value, *py.Exception) {
	d := asDate(self)
	var a [3]py.Value
	sig := dateReplaceSig
	if name == "__replace__" {
		sig = dateReplaceKwSig
	}
	if err := sig.bind(t, args, kw, a[:]); err != nil {
		return py.Value{}, err
	}
	f := [3]int{int(d.y), int(d.m), int(d.d)}
	for i, v := range a {
		if v.IsNil() || v.IsNone() {
			continue
		}
		n, err := cInt(t, v)
		if err != nil {
			return py.Value{}, err
		}
		f[i] = n
	}
	if self.Type() != dateType {
		if err := checkDate(f[0], f[1], f[2]); err != nil {
			return py.Value{}, err
		}
	}
	return makeDate(t, self.Type(), f[0], f[1], f[2])
}

var dateReplaceSig = &argSpec{fname: "replace", names: []string{"year", "month", "day"}, kwOnly: 3, intArgs: true}
var dateReplaceKwSig = dateReplaceSig

func methodKw(name string, fn func(t *py.Thread, self py.Value, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception)) *py.MethodDef {
	return &py.MethodDef{Name: name, Fn: fn}
}

func classMethod(name string, fn func(t *py.Thread, cls *py.Type, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception)) *py.MethodDef {
	return &py.MethodDef{Name: name, Class: true, Fn: func(t *py.Thread, self py.Value, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
		return fn(t, py.AsType(self), args, kw)
	}}
}

func classMethodO(name string, fn func(t *py.Thread, cls *py.Type, arg py.Value) (py.Value, *py.Exception)) *py.MethodDef {
	return classMethod(name, func(t *py.Thread, cls *py.Type, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
		if kwLen(kw) > 0 {
			return py.Value{}, py.Errorf(py.TypeError(), "%s.%s() takes no keyword arguments", cls.Name, name)
		}
		if len(args) != 1 {
			return py.Value{}, py.Errorf(py.TypeError(), "%s.%s() takes exactly one argument (%d given)", cls.Name, name, len(args))
		}
		return fn(t, cls, args[0])
	})
}

func dateGet(f func(d *dateObj) int32) func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
	return func(t *py.Thread, v py.Value) (py.Value, *py.Exception) { return py.Int(int64(f(asDate(v)))), nil }
}

func dateFromTimestamp(t *py.Thread, cls *py.Type, ts py.Value) (py.Value, *py.Exception) {
	tm, _, err := localFields(t, ts, false, roundHalfEven)
	if err != nil {
		return py.Value{}, err
	}
	return makeDate(t, cls, tm.y, tm.m, tm.d)
}

func isoCalValue(t *py.Thread, y, m, d int) (py.Value, *py.Exception) {
	iy, iw, id := isoCalendar(y, m, d)
	// tuple's constructor makes the instance (from a tuple of the three fields).
	return py.Call(t, py.TypeValue(isoCalType), py.NewTuple(py.Int(int64(iy)), py.Int(int64(iw)), py.Int(int64(id))))
}

var dateDef = &py.TypeDef{
	Name: "datetime.date",
	Doc:  "date(year, month, day) --> date object",
	New:  dateNew,
	Repr: dateRepr,
	Str: func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		if v.Type() == dateType {
			return dateIso(t, v)
		}
		return py.CallMethod(t, v, "isoformat")
	},
	Compare: dateCompare,
	Hash: func(t *py.Thread, v py.Value) (int64, *py.Exception) {
		d := asDate(v)
		return mixHash(int64(d.y), int64(d.m), int64(d.d), 17), nil
	},
	Methods: []*py.MethodDef{
		binMethod("__add__", dateAdd), rbinMethod("__radd__", dateAdd),
		binMethod("__sub__", dateSub), rbinMethod("__rsub__", dateSub),
		classMethodO("fromtimestamp", dateFromTimestamp),
		classMethodO("fromordinal", func(t *py.Thread, cls *py.Type, v py.Value) (py.Value, *py.Exception) {
			n, err := cInt(t, v)
			if err != nil {
				return py.Value{}, err
			}
			if n < 1 {
				return py.Value{}, py.Errorf(py.ValueError(), "ordinal must be >= 1")
			}
			y, m, d := ordToYmd(n)
			return makeDate(t, cls, y, m, d)
		}),
		classMethodO("fromisoformat", dateFromISO),
		classMethod("fromisocalendar", func(t *py.Thread, cls *py.Type, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
			var a [3]py.Value
			if err := isoCalSig.bind(t, args, kw, a[:]); err != nil {
				return py.Value{}, err
			}
			var f [3]int
			for i, v := range a {
				n, err := cInt(t, v)
				if err != nil {
					if err.Matches(py.OverflowError()) {
						return py.Value{}, py.Errorf(py.ValueError(), "ISO calendar component out of range")
					}
					return py.Value{}, err
				}
				f[i] = n
			}
			y, m, d, code := isoToYmd(f[0], f[1], f[2])
			switch code {
			case 1:
				return py.Value{}, py.Errorf(py.ValueError(), "Year is out of range: %d", f[0])
			case 2:
				return py.Value{}, py.Errorf(py.ValueError(), "Invalid week: %d", f[1])
			case 3:
				return py.Value{}, py.Errorf(py.ValueError(), "Invalid day: %d (range is [1, 7])", f[2])
			}
			return makeDate(t, cls, y, m, d)
		}),
		classMethod("today", func(t *py.Thread, cls *py.Type, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
			if len(args) > 0 {
				return py.Value{}, py.Errorf(py.TypeError(), "%s.today() takes no arguments (%d given)", cls.Name, len(args))
			}
			ts, err := nowFloat(t)
			if err != nil {
				return py.Value{}, err
			}
			return py.CallMethod(t, py.TypeValue(cls), "fromtimestamp", ts)
		}),
		py.FuncNoArgs("ctime", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			d := asDate(self)
			return py.NewStr(ctime(int(d.y), int(d.m), int(d.d), 0, 0, 0)), nil
		}),
		py.Func("strftime", "format", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			return wrapStrftime(t, self, a[0])
		}),
		py.FuncO("__format__", formatMethod),
		py.FuncNoArgs("timetuple", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			d := asDate(self)
			return timeTuple(int(d.y), int(d.m), int(d.d), 0, 0, 0, -1), nil
		}),
		py.FuncNoArgs("isocalendar", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			d := asDate(self)
			return isoCalValue(t, int(d.y), int(d.m), int(d.d))
		}),
		py.FuncNoArgs("isoformat", dateIso),
		py.FuncNoArgs("isoweekday", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return py.Int(int64((asDate(self).ord()+6)%7 + 1)), nil
		}),
		py.FuncNoArgs("toordinal", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return py.Int(int64(asDate(self).ord())), nil
		}),
		py.FuncNoArgs("weekday", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return py.Int(int64((asDate(self).ord() + 6) % 7)), nil
		}),
		methodKw("replace", func(t *py.Thread, self py.Value, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
			return dateReplace(t, self, args, kw, "replace")
		}),
		methodKw("__replace__", func(t *py.Thread, self py.Value, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
			return dateReplace(t, self, args, kw, "__replace__")
		}),
		py.FuncNoArgs("__reduce__", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			d := asDate(self)
			state := py.NewBytes([]byte{byte(d.y >> 8), byte(d.y), byte(d.m), byte(d.d)})
			return py.NewTuple(py.TypeValue(self.Type()), py.NewTuple(state)), nil
		}),
		py.GetSetDef("year", dateGet(func(d *dateObj) int32 { return d.y }), nil),
		py.GetSetDef("month", dateGet(func(d *dateObj) int32 { return d.m }), nil),
		py.GetSetDef("day", dateGet(func(d *dateObj) int32 { return d.d }), nil),
	},
}

var isoCalSig = &argSpec{fname: "fromisocalendar", names: []string{"year", "week", "day"}, required: 3, kwOnly: 3}

// isoToYmd converts an ISO calendar date; code 1: bad year, 2: bad week, 3: bad
// weekday.
func isoToYmd(iy, iw, id int) (y, m, d, code int) {
	if iy < minYear || iy > maxYear {
		return 0, 0, 0, 1
	}
	if iw <= 0 || iw >= 53 {
		ok := false
		if iw == 53 {
			first := (daysBeforeYear(iy) + 1 + 6) % 7
			ok = first == 3 || first == 2 && isLeap(iy)
		}
		if !ok {
			return 0, 0, 0, 2
		}
	}
	if id <= 0 || id >= 8 {
		return 0, 0, 0, 3
	}
	ord := isoWeek1Monday(iy) + (iw-1)*7 + id - 1
	y, m, d = ordToYmd(ord)
	return y, m, d, 0
}
