package time

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kaa-python/kaa/py"
)

// strptime is CPython's Lib/_strptime.py done natively, in the C locale: the format
// becomes the same regular expression _strptime builds (Go's regexp chooses the
// match Python's backtracking re chooses, since the patterns have no
// back-references), matched case-insensitively at the start of the text, and the
// groups are turned into a struct_time by _strptime's rules and messages.

const defaultFormat = "%a %b %d %H:%M:%S %Y"

var (
	aWeekday = []string{"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
	fWeekday = []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
	aMonth   = []string{"", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}
	fMonth   = []string{"", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
	amPm     = []string{"am", "pm"}
)

// Python's \d and \s in a str pattern (Unicode digits and whitespace).
const (
	reDigit = `\p{Nd}`
	reSpace = `[\s\v\x1c-\x1f\x85\p{Z}]`
)

func seqToRE(values []string, directive string) string {
	vals := slices.Clone(values)
	slices.SortStableFunc(vals, func(a, b string) int { return len(b) - len(a) })
	if len(vals) == 0 || vals[0] == "" {
		return ""
	}
	for i, v := range vals {
		vals[i] = regexp.QuoteMeta(v)
	}
	return "(?P<" + directive + ">" + strings.Join(vals, "|") + ")"
}

// directives are _strptime's TimeRE for the given time zone names.
func directives(zones [2][]string) map[rune]string {
	d := strings.ReplaceAll
	m := map[rune]string{
		'd': d(`(?P<d>3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])`, `\d`, reDigit),
		'f': `(?P<f>[0-9]{1,6})`,
		'H': d(`(?P<H>2[0-3]|[0-1]\d|\d)`, `\d`, reDigit),
		'I': `(?P<I>1[0-2]|0[1-9]|[1-9])`,
		'G': d(`(?P<G>\d\d\d\d)`, `\d`, reDigit),
		'j': d(`(?P<j>36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])`, `\d`, reDigit),
		'm': `(?P<m>1[0-2]|0[1-9]|[1-9])`,
		'M': d(`(?P<M>[0-5]\d|\d)`, `\d`, reDigit),
		'S': d(`(?P<S>6[0-1]|[0-5]\d|\d)`, `\d`, reDigit),
		'U': d(`(?P<U>5[0-3]|[0-4]\d|\d)`, `\d`, reDigit),
		'W': d(`(?P<W>5[0-3]|[0-4]\d|\d)`, `\d`, reDigit),
		'w': `(?P<w>[0-6])`,
		'u': `(?P<u>[1-7])`,
		'V': d(`(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)`, `\d`, reDigit),
		'y': d(`(?P<y>\d\d)`, `\d`, reDigit),
		'Y': d(`(?P<Y>\d\d\d\d)`, `\d`, reDigit),
		'z': d(`(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))`, `\d`, reDigit),
		'A': seqToRE(fWeekday, "A"),
		'a': seqToRE(aWeekday, "a"),
		'B': seqToRE(fMonth[1:], "B"),
		'b': seqToRE(aMonth[1:], "b"),
		'p': seqToRE(amPm, "p"),
		'Z': seqToRE(append(slices.Clone(zones[0]), zones[1]...), "Z"),
		'%': "%",
	}
	pat := func(f string) string { s, _ := patternOf(m, f); return s }
	m['c'] = pat("%a %b %d %H:%M:%S %Y")
	m['x'] = pat("%m/%d/%y")
	m['X'] = pat("%H:%M:%S")
	return m
}

var (
	regexChars = regexp.MustCompile(`([\\.^$*+?\(\){}\[\]|])`)
	whitespace = regexp.MustCompile(reSpace + `+`)
)

// patternOf is TimeRE.pattern: the format with regular-expression characters
// escaped, runs of whitespace matching any whitespace, and each directive
// replaced by its pattern. The error is _strptime's message for a bad format.
func patternOf(dirs map[rune]string, format string) (string, string) {
	f := regexChars.ReplaceAllString(format, `\$1`)
	f = whitespace.ReplaceAllString(f, `\s+`)
	var b strings.Builder
	for {
		i := strings.IndexByte(f, '%')
		if i < 0 {
			break
		}
		if i+1 >= len(f) {
			return "", fmt.Sprintf("stray %% in format '%s'", format)
		}
		c, size := utf8.DecodeRuneInString(f[i+1:])
		p, ok := dirs[c]
		if !ok {
			bad := string(c)
			if c == '\\' {
				bad = "%"
			}
			return "", fmt.Sprintf("'%s' is a bad directive in format '%s'", bad, format)
		}
		b.WriteString(f[:i])
		b.WriteString(p)
		f = f[i+1+size:]
	}
	b.WriteString(f)
	return strings.ReplaceAll(b.String(), `\s+`, reSpace+`+`), ""
}

// strptimeFunc is time.strptime(string, format="%a %b %d %H:%M:%S %Y").
func strptimeFunc(t *py.Thread, self py.Value, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
	if kwnames != nil && len(kwnames.Items()) > 0 {
		return py.Value{}, py.Errorf(py.TypeError(), "strptime() takes no keyword arguments")
	}
	switch {
	case len(args) == 0:
		return py.Value{}, py.Errorf(py.TypeError(), "_strptime_time() missing 1 required positional argument: 'data_string'")
	case len(args) > 2:
		return py.Value{}, py.Errorf(py.TypeError(), "_strptime_time() takes from 1 to 2 positional arguments but %d were given", len(args))
	}
	strs := [2]string{"", defaultFormat}
	for i, a := range args {
		s, ok := py.AsStr(a)
		if !ok {
			r, err := py.Repr(t, py.TypeValue(a.Type()))
			if err != nil {
				return py.Value{}, err
			}
			return py.Value{}, py.Errorf(py.TypeError(), "strptime() argument %d must be str, not %s", i, r)
		}
		strs[i] = s
	}
	data, format := strs[0], strs[1]

	// _strptime rebuilds its tables (calling tzset) the first time and whenever
	// time.tzname or time.daylight changed since.
	m := py.ModuleOf(self)
	zones := [2][]string{{"utc", "gmt"}, nil}
	var tzname0, tzname1 string
	daylight := false
	if m != nil {
		st := stateOf(self)
		tzv, _ := m.Dict().GetStr("tzname")
		dlv, _ := m.Dict().GetStr("daylight")
		if !st.strptimeReady || !sameValue(t, tzv, st.tzname) || !sameValue(t, dlv, st.daylight) {
			st.zone = loadZone()
			if err := setTimezone(m, st.zone); err != nil {
				return py.Value{}, err
			}
			st.tzname, _ = m.Dict().GetStr("tzname")
			st.daylight, _ = m.Dict().GetStr("daylight")
			st.strptimeReady = true
		}
		if items, err := py.ToSlice(t, st.tzname); err == nil && len(items) == 2 {
			tzname0, _ = py.AsStr(items[0])
			tzname1, _ = py.AsStr(items[1])
		}
		if !st.daylight.IsNil() {
			daylight, _ = py.IsTrue(t, st.daylight)
		}
		zones[0] = appendNew(zones[0], strings.ToLower(tzname0))
		if daylight {
			zones[1] = []string{strings.ToLower(tzname1)}
		}
	}
	pattern, msg := patternOf(directives(zones), format)
	if msg != "" {
		return py.Value{}, py.Errorf(py.ValueError(), "%s", msg)
	}
	if err := checkGroups(pattern); err != "" {
		return py.Value{}, py.Errorf(py.ValueError(), "%s", err)
	}
	re, err := regexp.Compile(`^(?i:` + pattern + `)`)
	if err != nil {
		return py.Value{}, py.Errorf(py.ValueError(), "%s", err.Error())
	}
	loc := re.FindStringSubmatchIndex(data)
	if loc == nil {
		r1, _ := py.Repr(t, args[0])
		r2, _ := py.Repr(t, py.NewStr(format))
		return py.Value{}, py.Errorf(py.ValueError(), "time data %s does not match format %s", r1, r2)
	}
	if loc[1] != len(data) {
		return py.Value{}, py.Errorf(py.ValueError(), "unconverted data remains: %s", data[loc[1]:])
	}
	found := map[string]string{}
	var order []string
	for i, name := range re.SubexpNames() {
		if name == "" || loc[2*i] < 0 {
			continue
		}
		found[name] = data[loc[2*i]:loc[2*i+1]]
		order = append(order, name)
	}
	return buildStruct(found, order, [2]string{tzname0, tzname1}, daylight, zones)
}

func appendNew(s []string, v string) []string {
	if slices.Contains(s, v) {
		return s
	}
	return append(s, v)
}

func sameValue(t *py.Thread, a, b py.Value) bool {
	if a.IsNil() || b.IsNil() {
		return a.IsNil() && b.IsNil()
	}
	eq, err := py.RichCompareBool(t, a, b, py.EQ)
	return err == nil && eq
}

// checkGroups refuses a pattern that names a group twice, as Python's re does.
func checkGroups(pattern string) string {
	seen := map[string]bool{}
	for _, m := range regexp.MustCompile(`\(\?P<(\w+)>`).FindAllStringSubmatch(pattern, -1) {
		if seen[m[1]] {
			return fmt.Sprintf("redefinition of group name '%s'", m[1])
		}
		seen[m[1]] = true
	}
	return ""
}

// atoi is int() of a run of Unicode decimal digits.
func atoi(s string) int64 {
	var n int64
	for _, r := range s {
		n = n*10 + int64(digitValue(r))
	}
	return n
}

func digitValue(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	k := 0
	for unicode.IsDigit(r - rune(k) - 1) {
		k++
	}
	return k % 10
}

// The date arithmetic of datetime.date that _strptime uses.

func checkDate(y, m, d int64) *py.Exception {
	if y < 1 || y > 9999 {
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

func daysInMonth(y, m int64) int64 {
	switch m {
	case 2:
		if isLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// ordinal is date.toordinal (0001-01-01 is 1).
func ordinal(y, m, d int64) int64 { return daysFromCivil(y, m, d) + 719163 }

// weekday is date.weekday (Monday is 0).
func weekday(y, m, d int64) int64 { return floorMod(daysFromCivil(y, m, d)+3, 7) }

func fromOrdinal(n int64) (y, m, d int64, err *py.Exception) {
	if n < 1 {
		return 0, 0, 0, py.Errorf(py.ValueError(), "ordinal must be >= 1")
	}
	y, m, d = civilFromDays(n - 719163)
	if y > 9999 {
		return 0, 0, 0, py.Errorf(py.ValueError(), "year %d is out of range", y)
	}
	return y, m, d, nil
}

func fromISOCalendar(year, week, day int64) (y, m, d int64, err *py.Exception) {
	if year < 1 || year > 9999 {
		return 0, 0, 0, py.Errorf(py.ValueError(), "Year is out of range: %d", year)
	}
	if week <= 0 || week >= 53 {
		outOfRange := true
		if week == 53 {
			// A year has 53 weeks when it starts on a Thursday, or a Wednesday in a leap year.
			first := weekday(year, 1, 1)
			if first == 3 || first == 2 && isLeap(year) {
				outOfRange = false
			}
		}
		if outOfRange {
			return 0, 0, 0, py.Errorf(py.ValueError(), "Invalid week: %d", week)
		}
	}
	if day <= 0 || day >= 8 {
		return 0, 0, 0, py.Errorf(py.ValueError(), "Invalid weekday: %d (range is [1, 7])", day)
	}
	// The Monday of week 1 is the Monday on or before January 4th.
	jan4 := ordinal(year, 1, 4)
	week1Monday := jan4 - floorMod(jan4-1, 7)
	y, m, d, err = fromOrdinal(week1Monday + (week-1)*7 + day - 1)
	return
}

func calcJulianFromUW(year, weekOfYear, dayOfWeek int64, weekStartsMon bool) int64 {
	firstWeekday := weekday(year, 1, 1)
	if !weekStartsMon {
		firstWeekday = (firstWeekday + 1) % 7
		dayOfWeek = (dayOfWeek + 1) % 7
	}
	week0Length := (7 - firstWeekday) % 7
	if weekOfYear == 0 {
		return 1 + dayOfWeek - firstWeekday
	}
	return 1 + week0Length + 7*(weekOfYear-1) + dayOfWeek
}

func buildStruct(found map[string]string, order []string, tzname [2]string, daylight bool, zones [2][]string) (py.Value, *py.Exception) {
	var year, isoYear, isoWeek, weekOfYear, weekdayV, julian *int64
	val := func(n int64) *int64 { return &n }
	month, day := int64(1), int64(1)
	var hour, minute, second int64
	tz := int64(-1)
	gmtoff := py.None()
	weekStart := int64(-1)
	for _, key := range order {
		s := found[key]
		switch key {
		case "y":
			y := atoi(s)
			if y <= 68 {
				y += 2000
			} else {
				y += 1900
			}
			year = val(y)
		case "Y":
			year = val(atoi(s))
		case "G":
			isoYear = val(atoi(s))
		case "m":
			month = atoi(s)
		case "B":
			month = int64(slices.Index(fMonth, strings.ToLower(s)))
		case "b":
			month = int64(slices.Index(aMonth, strings.ToLower(s)))
		case "d":
			day = atoi(strings.TrimLeft(s, " "))
		case "H":
			hour = atoi(s)
		case "I":
			hour = atoi(s)
			ampm := strings.ToLower(found["p"])
			if ampm == "" || ampm == amPm[0] {
				if hour == 12 {
					hour = 0
				}
			} else if ampm == amPm[1] && hour != 12 {
				hour += 12
			}
		case "M":
			minute = atoi(s)
		case "S":
			second = atoi(s)
		case "A":
			weekdayV = val(int64(slices.Index(fWeekday, strings.ToLower(s))))
		case "a":
			weekdayV = val(int64(slices.Index(aWeekday, strings.ToLower(s))))
		case "w":
			w := atoi(s)
			if w == 0 {
				w = 6
			} else {
				w--
			}
			weekdayV = val(w)
		case "u":
			weekdayV = val(atoi(s) - 1)
		case "j":
			julian = val(atoi(s))
		case "U", "W":
			weekOfYear = val(atoi(s))
			if key == "U" {
				weekStart = 6
			} else {
				weekStart = 0
			}
		case "V":
			isoWeek = val(atoi(s))
		case "z":
			if s == "Z" {
				gmtoff = py.Int(0)
				break
			}
			z := s
			if z[3] == ':' {
				z = z[:3] + z[4:]
				if len(z) > 5 {
					if z[5] != ':' {
						return py.Value{}, py.Errorf(py.ValueError(), "Inconsistent use of : in %s", s)
					}
					z = z[:5] + z[6:]
				}
			}
			// The digits may be any Unicode digits: index by characters.
			rs := []rune(z)
			off := atoi(string(rs[1:3]))*3600 + atoi(string(rs[3:5]))*60
			if len(rs) >= 7 {
				for _, r := range rs[5:7] {
					if !unicode.IsDigit(r) { // "+0102:03": int(":0") fails in _strptime
						return py.Value{}, py.Errorf(py.ValueError(), "invalid literal for int() with base 10: '%s'", string(rs[5:7]))
					}
				}
				off += atoi(string(rs[5:7]))
			}
			if rs[0] == '-' {
				off = -off
			}
			gmtoff = py.Int(off)
		case "Z":
			fz := strings.ToLower(s)
			for i, vals := range zones {
				if slices.Contains(vals, fz) {
					if tzname[0] == tzname[1] && daylight && fz != "utc" && fz != "gmt" {
						break
					}
					tz = int64(i)
					break
				}
			}
		}
	}
	if isoYear != nil {
		if julian != nil {
			return py.Value{}, py.Errorf(py.ValueError(), "Day of the year directive '%%j' is not compatible with ISO year directive '%%G'. Use '%%Y' instead.")
		}
		if isoWeek == nil || weekdayV == nil {
			return py.Value{}, py.Errorf(py.ValueError(), "ISO year directive '%%G' must be used with the ISO week directive '%%V' and a weekday directive ('%%A', '%%a', '%%w', or '%%u').")
		}
	} else if isoWeek != nil {
		if year == nil || weekdayV == nil {
			return py.Value{}, py.Errorf(py.ValueError(), "ISO week directive '%%V' must be used with the ISO year directive '%%G' and a weekday directive ('%%A', '%%a', '%%w', or '%%u').")
		}
		return py.Value{}, py.Errorf(py.ValueError(), "ISO week directive '%%V' is incompatible with the year directive '%%Y'. Use the ISO year '%%G' instead.")
	}
	leapYearFix := false
	if year == nil {
		if month == 2 && day == 29 {
			year = val(1904)
			leapYearFix = true
		} else {
			year = val(1900)
		}
	}
	y := *year
	if julian == nil && weekdayV != nil {
		if weekOfYear != nil {
			julian = val(calcJulianFromUW(y, *weekOfYear, *weekdayV, weekStart == 0))
		} else if isoYear != nil && isoWeek != nil {
			ry, rm, rd, err := fromISOCalendar(*isoYear, *isoWeek, *weekdayV+1)
			if err != nil {
				return py.Value{}, err
			}
			y, month, day = ry, rm, rd
		}
		if julian != nil && *julian <= 0 {
			y--
			*julian += yearDays(y)
		}
	}
	if julian == nil {
		if err := checkDate(y, month, day); err != nil {
			return py.Value{}, err
		}
		if err := checkDate(y, 1, 1); err != nil {
			return py.Value{}, err
		}
		julian = val(ordinal(y, month, day) - ordinal(y, 1, 1) + 1)
	} else {
		if err := checkDate(y, 1, 1); err != nil {
			return py.Value{}, err
		}
		ry, rm, rd, err := fromOrdinal(*julian - 1 + ordinal(y, 1, 1))
		if err != nil {
			return py.Value{}, err
		}
		y, month, day = ry, rm, rd
	}
	if weekdayV == nil {
		if err := checkDate(y, month, day); err != nil {
			return py.Value{}, err
		}
		weekdayV = val(weekday(y, month, day))
	}
	tzn := py.None()
	if s, ok := found["Z"]; ok {
		tzn = py.NewStr(s)
	}
	if leapYearFix {
		y = 1900
	}
	return py.NewStructSeq(StructTime, py.Int(y), py.Int(month), py.Int(day), py.Int(hour), py.Int(minute), py.Int(second),
		py.Int(*weekdayV), py.Int(*julian), py.Int(tz), tzn, gmtoff), nil
}
