package datetime

import (
	"strings"
	"unicode/utf8"

	"github.com/kaa-python/kaa/py"
)

// wrapStrftime is CPython's wrap_strftime: %z, %:z, %Z and %f are replaced here,
// the rest goes to time.strftime with the object's time tuple.
func wrapStrftime(t *py.Thread, self, format py.Value) (py.Value, *py.Exception) {
	f, ok := py.AsStr(format)
	if !ok {
		return py.Value{}, py.Errorf(py.TypeError(), "strftime() argument 1 must be str, not %s", argTypeName(format))
	}
	var tz, tzarg py.Value
	var us int32
	var tuple py.Value
	var err *py.Exception
	switch {
	case isDatetime(self):
		o := asDT(self)
		tz, tzarg, us = o.tz, self, o.us
		if self.Type() == datetimeType && tz.IsNone() {
			tuple = timeTuple(int(o.y), int(o.m), int(o.d), int(o.h), int(o.mi), int(o.s), -1)
		} else if tuple, err = py.CallMethod(t, self, "timetuple"); err != nil {
			return py.Value{}, err
		}
	case isTime(self):
		o := asTime(self)
		tz, tzarg, us = o.tz, py.None(), o.us
		tuple = timeTuple(1900, 1, 1, int(o.h), int(o.mi), int(o.s), -1)
	default:
		tz = py.None()
		if self.Type() == dateType {
			d := asDate(self)
			tuple = timeTuple(int(d.y), int(d.m), int(d.d), 0, 0, 0, -1)
		} else if tuple, err = py.CallMethod(t, self, "timetuple"); err != nil {
			return py.Value{}, err
		}
	}
	var b strings.Builder
	for i := 0; i < len(f); i++ {
		c := f[i]
		if c != '%' || i+1 >= len(f) {
			b.WriteByte(c)
			continue
		}
		n := f[i+1]
		switch {
		case n == 'z' || n == ':' && i+2 < len(f) && f[i+2] == 'z':
			sep := ""
			if n == ':' {
				sep = ":"
				i++
			}
			if !tz.IsNone() {
				off, err := tzCall(t, tz, "utcoffset", tzarg)
				if err != nil {
					return py.Value{}, err
				}
				if !off.IsNil() {
					b.Write(offsetText(nil, asDelta(off), sep))
				}
			}
			i++
		case n == 'Z':
			if !tz.IsNone() {
				name, err := tzName(t, tz, tzarg)
				if err != nil {
					return py.Value{}, err
				}
				if name.Type() == py.StrType() {
					s, _ := py.AsStr(name)
					b.WriteString(strings.ReplaceAll(s, "%", "%%"))
				} else if !name.IsNone() {
					// A str subclass: its own replace(), whose result must be a str.
					r, err := py.CallMethod(t, name, "replace", py.NewStr("%"), py.NewStr("%%"))
					if err != nil {
						return py.Value{}, err
					}
					s, ok := py.AsStr(r)
					if !ok {
						return py.Value{}, py.Errorf(py.TypeError(), "tzname.replace() did not return a string")
					}
					b.WriteString(s)
				}
			}
			i++
		case n == 'f':
			b.Write(itoaN(nil, int(us), 6))
			i++
		default:
			b.WriteByte('%')
			b.WriteByte(n)
			i++
		}
	}
	mod, err := py.Import(t, "time")
	if err != nil {
		return py.Value{}, err
	}
	return py.CallMethod(t, mod, "strftime", py.NewStr(b.String()), tuple)
}

// argTypeName is how PyArg's messages name an argument's type ("None" for None).
func argTypeName(v py.Value) string {
	if v.IsNone() {
		return "None"
	}
	return py.TypeName(v)
}

func formatMethod(t *py.Thread, self, spec py.Value) (py.Value, *py.Exception) {
	s, ok := py.AsStr(spec)
	if !ok {
		return py.Value{}, py.Errorf(py.TypeError(), "__format__() argument 1 must be str, not %s", argTypeName(spec))
	}
	if s == "" {
		return py.StrV(t, self)
	}
	if typ := self.Type(); typ == dateType || typ == datetimeType || typ == timeType {
		return wrapStrftime(t, self, spec)
	}
	return py.CallMethod(t, self, "strftime", spec)
}

// ---- fromisoformat ----

// iso is a NUL-terminated view of the text, as CPython's parser reads it.
type iso string

func (s iso) at(i int) byte {
	if i < 0 || i >= len(s) {
		return 0
	}
	return s[i]
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// digits reads n digits at i; -1 if they are not there.
func (s iso) digits(i, n int) (int, int) {
	v := 0
	for k := 0; k < n; k++ {
		c := s.at(i + k)
		if !isDigit(c) {
			return -1, 0
		}
		v = v*10 + int(c-'0')
	}
	return i + n, v
}

// date parses the date in s[:n]; 0 on success, negative on failure.
func (s iso) date(n int) (y, m, d, rv int) {
	p, y := s.digits(0, 4)
	if p < 0 {
		return 0, 0, 0, -1
	}
	sep := s.at(p) == '-'
	if sep {
		p++
	}
	if s.at(p) == 'W' {
		p++
		var wk, wd int
		if p, wk = s.digits(p, 2); p < 0 {
			return 0, 0, 0, -3
		}
		if p < n {
			if sep {
				if s.at(p) != '-' {
					return 0, 0, 0, -2
				}
				p++
			}
			if p, wd = s.digits(p, 1); p < 0 {
				return 0, 0, 0, -4
			}
		} else {
			wd = 1
		}
		y, m, d, code := isoToYmd(y, wk, wd)
		if code != 0 {
			return 0, 0, 0, -5
		}
		return y, m, d, 0
	}
	if p, m = s.digits(p, 2); p < 0 {
		return 0, 0, 0, -1
	}
	if sep {
		if s.at(p) != '-' {
			return 0, 0, 0, -2
		}
		p++
	}
	if p, d = s.digits(p, 2); p < 0 {
		return 0, 0, 0, -1
	}
	return y, m, d, 0
}

// hms parses [HH[:?MM[:?SS]]][.fff] between p and end: negative on failure, 1 when
// text follows, 0 at the end.
func (s iso) hms(p, end int) (v [3]int, us int, rv int) {
	sep := true
	for i := 0; i < 3; i++ {
		if p, v[i] = s.digits(p, 2); p < 0 {
			return v, 0, -3
		}
		c := s.at(p)
		p++
		if i == 0 {
			sep = c == ':'
		}
		if p >= end {
			if c != 0 {
				return v, 0, 1
			}
			return v, 0, 0
		}
		if sep && c == ':' {
			continue
		}
		if c == '.' || c == ',' {
			break
		}
		if !sep {
			p--
			continue
		}
		return v, 0, -4
	}
	n := min(end-p, 6)
	if n <= 0 {
		return v, 0, -3
	}
	if p, us = s.digits(p, n); p < 0 {
		return v, 0, -3
	}
	for k := n; k < 6; k++ {
		us *= 10
	}
	for isDigit(s.at(p)) {
		p++
	}
	if s.at(p) != 0 {
		return v, us, 1
	}
	return v, us, 0
}

type isoTime struct {
	h, mi, s, us int
	off, offUS   int
	rv           int // 1: with a UTC offset
}

func (s iso) time(start int) isoTime {
	end := len(s)
	tzp := start
	for ; tzp < end; tzp++ {
		if c := s[tzp]; c == 'Z' || c == '+' || c == '-' {
			break
		}
	}
	var r isoTime
	v, us, rv := s.hms(start, tzp)
	r.h, r.mi, r.s, r.us = v[0], v[1], v[2], us
	if rv < 0 {
		r.rv = rv
		return r
	}
	if tzp == end {
		if rv == 1 {
			r.rv = -5
		}
		return r
	}
	if s[tzp] == 'Z' {
		if tzp+1 != end {
			r.rv = -5
		} else {
			r.rv = 1
		}
		return r
	}
	sign := 1
	if s[tzp] == '-' {
		sign = -1
	}
	tv, tus, rv := s.hms(tzp+1, end)
	r.off = sign * (tv[0]*3600 + tv[1]*60 + tv[2])
	r.offUS = sign * tus
	if rv != 0 {
		r.rv = -5
	} else {
		r.rv = 1
	}
	return r
}

func isoTZ(t *py.Thread, r isoTime) (py.Value, *py.Exception) {
	if r.rv != 1 {
		return py.None(), nil
	}
	if r.off == 0 { // CPython ignores the microseconds of a zero-second offset
		return utcValue, nil
	}
	d, err := mkDelta(t, deltaType, 0, int64(r.off), int64(r.offUS))
	if err != nil {
		return py.Value{}, err
	}
	return makeTimezone(t, timezoneType, d, py.Value{})
}

func isoArg(v py.Value) (string, *py.Exception) {
	s, ok := py.AsStr(v)
	if !ok {
		return "", py.Errorf(py.TypeError(), "fromisoformat: argument must be str")
	}
	return s, nil
}

func invalidISO(t *py.Thread, v py.Value) *py.Exception {
	r, err := py.Repr(t, v)
	if err != nil {
		return err
	}
	return py.Errorf(py.ValueError(), "Invalid isoformat string: %s", r)
}

func validUTF8(s string) bool { return utf8.ValidString(s) }

func dateFromISO(t *py.Thread, cls *py.Type, v py.Value) (py.Value, *py.Exception) {
	s, err := isoArg(v)
	if err != nil {
		return py.Value{}, err
	}
	if !validUTF8(s) || (len(s) != 7 && len(s) != 8 && len(s) != 10) {
		return py.Value{}, invalidISO(t, v)
	}
	y, m, d, rv := iso(s).date(len(s))
	if rv < 0 {
		return py.Value{}, invalidISO(t, v)
	}
	return makeDate(t, cls, y, m, d)
}

func timeFromISO(t *py.Thread, cls *py.Type, v py.Value) (py.Value, *py.Exception) {
	s, err := isoArg(v)
	if err != nil {
		return py.Value{}, err
	}
	if !validUTF8(s) {
		return py.Value{}, invalidISO(t, v)
	}
	if strings.HasPrefix(s, "T") {
		s = s[1:]
	}
	r := iso(s).time(0)
	if r.rv < 0 {
		return py.Value{}, invalidISO(t, v)
	}
	tz, err := isoTZ(t, r)
	if err != nil {
		return py.Value{}, err
	}
	return makeTime(t, cls, r.h, r.mi, r.s, r.us, tz, 0)
}

func isoSeparator(s iso) int {
	n := len(s)
	if n == 7 {
		return 7
	}
	if s.at(4) == '-' {
		if s.at(5) == 'W' {
			if n < 8 {
				return -1
			}
			if n > 8 && s.at(8) == '-' {
				if n == 9 {
					return -1
				}
				if n > 10 && isDigit(s.at(10)) {
					return 8
				}
				return 10
			}
			return 8
		}
		return 10
	}
	if s.at(4) == 'W' {
		idx := 7
		for ; idx < n; idx++ {
			if !isDigit(s[idx]) {
				break
			}
		}
		if idx < 9 {
			return idx
		}
		if idx%2 == 0 {
			return 7
		}
		return 8
	}
	return 8
}

func datetimeFromISO(t *py.Thread, cls *py.Type, v py.Value) (py.Value, *py.Exception) {
	s, err := isoArg(v)
	if err != nil {
		return py.Value{}, err
	}
	// A non-ASCII character as the separator (the 11th) reads as 'T'.
	ascii := len(s) <= 10
	if !ascii {
		ascii = true
		for k := 0; k <= 10; k++ {
			if s[k] >= 0x80 {
				ascii = false
				break
			}
		}
	}
	for i, n := 0, 0; !ascii && i < len(s); n++ {
		r, size := py.DecodeChar(s[i:])
		if n == 10 {
			if r >= 128 {
				s = s[:i] + "T" + s[i+size:]
			}
			break
		}
		i += size
	}
	if !validUTF8(s) {
		return py.Value{}, invalidISO(t, v)
	}
	str := iso(s)
	sepAt := isoSeparator(str)
	if sepAt < 0 {
		return py.Value{}, invalidISO(t, v)
	}
	y, m, d, rv := str.date(sepAt)
	var r isoTime
	if rv == 0 && len(s) > sepAt {
		r = iso(s[sepAt+1:]).time(0)
		rv = r.rv
	}
	if rv < 0 {
		return py.Value{}, invalidISO(t, v)
	}
	tz, err := isoTZ(t, r)
	if err != nil {
		return py.Value{}, err
	}
	return makeDatetime(t, cls, y, m, d, r.h, r.mi, r.s, r.us, tz, 0)
}
