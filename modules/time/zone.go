package time

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"
	gotime "time"
)

// The local time zone, as glibc's tzset finds it: TZ unset means /etc/localtime;
// an empty TZ is UTC; otherwise TZ (less a leading ':') names a TZif file, absolute
// or under $TZDIR or /usr/share/zoneinfo, or is a POSIX rule ("EST+5EDT,M3.2.0,
// M11.1.0"). Go's time package does the zone arithmetic: a file is read with
// LoadLocationFromTZData, and a POSIX rule is wrapped in a TZif of no transitions
// whose footer is the rule, which Go then evaluates for every instant. A rule Go
// cannot evaluate keeps its standard part (glibc keeps what it parsed: "Foo/Bar"
// is the zone "Foo" at UTC).

type zone struct {
	loc *gotime.Location
	// tzname is glibc's tzname as its last localtime or mktime left it: strftime's
	// %Z prints tzname[tm_isdst] for a time tuple that carries no zone.
	tzname [2]string
	// mktimeOffset is where glibc's mktime starts its search: the difference
	// between UTC and local time that its previous call found.
	mktimeOffset int64
	// rule: the zone is a POSIX TZ rule, which glibc applies from 1970 on only
	// (earlier instants get the state of 1970's start).
	rule bool
	// noDSTName: glibc's tzname[1] when the rule's standard part did not parse
	// whole ("").
	partial bool
}

// note updates tzname as glibc's conversion of the instant sec does: the
// abbreviation in effect, and the latest one of the other kind within the two
// years before (else the same).
func (z *zone) note(sec int64) {
	name, _, dst := z.lookup(sec)
	d := 0
	if dst {
		d = 1
	}
	z.tzname[d], z.tzname[1-d] = name, name
	if z.partial {
		z.tzname[1] = ""
	}
	if z.rule && sec < 0 {
		sec = 0
	}
	t := gotime.Unix(sec, 0).In(z.loc)
	limit := t.Add(-2 * 366 * 24 * gotime.Hour)
	for i := 0; i < 8; i++ {
		start, _ := t.ZoneBounds()
		if start.IsZero() || start.Before(limit) {
			return
		}
		t = start.Add(-gotime.Second)
		if n, _ := t.Zone(); t.IsDST() != dst {
			z.tzname[1-d] = n
			return
		}
	}
}

// lookup returns the zone's abbreviation, UTC offset and daylight saving flag at
// the instant sec (seconds since the Epoch).
func (z *zone) lookup(sec int64) (name string, offset int64, isdst bool) {
	if z.rule && sec < 0 {
		sec = 0
	}
	t := gotime.Unix(sec, 0).In(z.loc)
	name, off := t.Zone()
	return name, int64(off), t.IsDST()
}

// loadZone reads the zone TZ names now.
func loadZone() *zone {
	tz, set := os.LookupEnv("TZ")
	if !set {
		if loc := readTZif("/etc/localtime"); loc != nil {
			return &zone{loc: loc}
		}
		return fixedZone("UTC", 0)
	}
	if tz == "" {
		tz = "Universal"
	}
	tz = strings.TrimPrefix(tz, ":")
	if tz != "" {
		path := tz
		if !filepath.IsAbs(path) {
			dir := os.Getenv("TZDIR")
			if dir == "" {
				dir = "/usr/share/zoneinfo"
			}
			path = filepath.Join(dir, tz)
		}
		if loc := readTZif(path); loc != nil {
			return &zone{loc: loc}
		}
	}
	if tz == "Universal" || tz == "" {
		return fixedZone("UTC", 0)
	}
	return posixZone(tz)
}

func readTZif(path string) *gotime.Location {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	loc, err := gotime.LoadLocationFromTZData("Local", data)
	if err != nil {
		return nil
	}
	return loc
}

func fixedZone(name string, offset int64) *zone {
	return &zone{loc: tzifLocation(name, offset, "")}
}

// posixZone is the zone of a POSIX TZ rule: its standard time's name and offset
// (as far as they parse; UTC otherwise), and the whole rule for Go to evaluate.
func posixZone(rule string) *zone {
	name, rest, ok := posixName(rule)
	if !ok {
		z := fixedZone("", 0)
		z.partial = true
		return z
	}
	off, _, ok := posixOffset(rest)
	if !ok {
		z := fixedZone(name, 0)
		z.partial = true
		return z
	}
	return &zone{loc: tzifLocation(name, -off, rule), rule: true}
}

// posixName parses a zone abbreviation: three or more letters, or any text in
// angle brackets.
func posixName(s string) (name, rest string, ok bool) {
	if strings.HasPrefix(s, "<") {
		i := strings.IndexByte(s, '>')
		if i < 4 {
			return "", s, false
		}
		return s[1:i], s[i+1:], true
	}
	i := 0
	for i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z') {
		i++
	}
	if i < 3 {
		return "", s, false
	}
	return s[:i], s[i:], true
}

// posixOffset parses [+-]hh[:mm[:ss]] (POSIX's sign: west of Greenwich is
// positive) into seconds.
func posixOffset(s string) (off int64, rest string, ok bool) {
	sign := int64(1)
	if s != "" && (s[0] == '+' || s[0] == '-') {
		if s[0] == '-' {
			sign = -1
		}
		s = s[1:]
	}
	var parts [3]int64
	n := 0
	for n < 3 {
		j := 0
		v := int64(0)
		for j < len(s) && j < 2 && s[j] >= '0' && s[j] <= '9' {
			v = v*10 + int64(s[j]-'0')
			j++
		}
		if j == 0 {
			if n == 0 {
				return 0, s, false
			}
			break
		}
		parts[n] = v
		n++
		s = s[j:]
		if n < 3 && strings.HasPrefix(s, ":") && len(s) > 1 && s[1] >= '0' && s[1] <= '9' {
			s = s[1:]
			continue
		}
		break
	}
	if parts[0] > 24 || parts[1] > 59 || parts[2] > 59 {
		return 0, s, false
	}
	return sign * (parts[0]*3600 + parts[1]*60 + parts[2]), s, true
}

// tzifLocation makes a Location of one zone (name, offset) and, when rule is not
// empty, the POSIX rule that governs every instant, by building the TZif data a
// zic would write for it.
func tzifLocation(name string, offset int64, rule string) *gotime.Location {
	var b []byte
	header := func() {
		b = append(b, "TZif2"...)
		b = append(b, make([]byte, 15)...)
		for _, n := range []uint32{0, 0, 0, 0, 1, uint32(len(name) + 1)} { // isut, isstd, leap, time, type, char
			b = binary.BigEndian.AppendUint32(b, n)
		}
	}
	data := func() {
		b = binary.BigEndian.AppendUint32(b, uint32(int32(offset)))
		b = append(b, 0, 0) // not DST; abbreviation at 0
		b = append(b, name...)
		b = append(b, 0)
	}
	header()
	data()
	header()
	data()
	b = append(b, '\n')
	b = append(b, rule...)
	b = append(b, '\n')
	loc, err := gotime.LoadLocationFromTZData(name, b)
	if err != nil {
		return gotime.FixedZone(name, int(offset))
	}
	return loc
}
