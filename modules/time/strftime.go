package time

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// strftime formats tm as glibc's strftime does in the C locale (the only locale
// Kaa has): the flags _ - 0 ^ #, a field width, the E and O modifiers, and every
// conversion; an unknown conversion is copied out as written. The format is
// Kaa's text (generalised UTF-8), passed through byte by byte as glibc's wide
// version passes characters.
//
// CPython gives wcsftime a buffer of 1024 characters, doubled until it holds the
// result or is 256 times the format's length; a longer result is "".
func strftime(format string, tm *tm, z *zone) string {
	limit := 1024
	for limit < 256*utf8.RuneCountInString(format) {
		limit *= 2
	}
	var out []byte
	if !ftime(&out, format, tm, z, limit) || utf8.RuneCount(out) >= limit {
		return ""
	}
	return string(out)
}

// ftime appends the formatted text to out; false if a field's width alone passes
// limit (the result is then too long anyway).
func ftime(out *[]byte, f string, tm *tm, z *zone, limit int) bool {
	ok := true
	hour12 := tm.hour
	if hour12 > 12 {
		hour12 -= 12
	} else if hour12 == 0 {
		hour12 = 12
	}
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			*out = append(*out, f[i])
			continue
		}
		start := i
		var pad byte
		upcase, changeCase := false, false
	flags:
		for i+1 < len(f) {
			switch f[i+1] {
			case '_', '-', '0':
				pad = f[i+1]
			case '^':
				upcase = true
			case '#':
				changeCase = true
			default:
				break flags
			}
			i++
		}
		i++ // at the width, modifier or conversion (or the end)
		width := -1
		if i < len(f) && f[i] >= '0' && f[i] <= '9' {
			width = 0
			for i < len(f) && f[i] >= '0' && f[i] <= '9' {
				if width > (1<<31-1)/10 || width == (1<<31-1)/10 && int(f[i]-'0') > (1<<31-1)%10 {
					width = 1<<31 - 1
				} else {
					width = width*10 + int(f[i]-'0')
				}
				i++
			}
		}
		var modifier byte
		if i < len(f) && (f[i] == 'E' || f[i] == 'O') {
			modifier = f[i]
			i++
		}
		var c byte
		if i < len(f) {
			c = f[i]
		}
		lowcase := false
		// add appends s padded on the left to the width.
		add := func(s string) {
			if width >= limit {
				ok = false
				return
			}
			if width > len(s) {
				p := byte(' ')
				if pad == '0' {
					p = '0'
				}
				for k := len(s); k < width; k++ {
					*out = append(*out, p)
				}
			}
			switch {
			case lowcase:
				s = strings.ToLower(s)
			case upcase:
				s = strings.ToUpper(s)
			}
			*out = append(*out, s...)
		}
		number := func(digits int, v int64, spacepad bool) {
			if spacepad && pad != '0' && pad != '-' {
				pad = '_'
			}
			digits = max(digits, width)
			if digits >= limit {
				ok = false
				return
			}
			neg := v < 0
			u := uint32(v)
			if neg {
				u = -u
			}
			numberBody(out, strconv.FormatUint(uint64(u), 10), neg, digits, &width, pad, add)
		}
		subformat := func(sub string) {
			var b []byte
			if !ftime(&b, sub, tm, z, limit) {
				ok = false
			}
			s := string(b)
			save := upcase
			upcase = false
			add(s)
			if save {
				n := len(*out) - len(s)
				copy((*out)[n:], strings.ToUpper(s))
			}
		}
		bad := false
		switch c {
		case '%':
			if modifier != 0 {
				bad = true
				break
			}
			add("%")
		case 'a', 'A':
			if modifier != 0 {
				bad = true
				break
			}
			if changeCase {
				upcase = true
			}
			name := wdayNames[tm.wday]
			if c == 'a' {
				name = name[:3]
			}
			add(name)
		case 'b', 'h', 'B':
			if changeCase {
				upcase = true
			}
			if modifier == 'E' {
				bad = true
				break
			}
			name := monthNames[tm.mon]
			if c != 'B' {
				name = name[:3]
			}
			add(name)
		case 'c':
			if modifier == 'O' {
				bad = true
				break
			}
			subformat("%a %b %e %H:%M:%S %Y")
		case 'C':
			year := int32(tm.year + 1900)
			c := year / 100
			if year%100 < 0 {
				c--
			}
			number(1, int64(c), false)
		case 'x':
			if modifier == 'O' {
				bad = true
				break
			}
			subformat("%m/%d/%y")
		case 'D':
			if modifier != 0 {
				bad = true
				break
			}
			subformat("%m/%d/%y")
		case 'd':
			if modifier == 'E' {
				bad = true
				break
			}
			number(2, tm.mday, false)
		case 'e':
			if modifier == 'E' {
				bad = true
				break
			}
			number(2, tm.mday, true)
		case 'F':
			if modifier != 0 {
				bad = true
				break
			}
			subformat("%Y-%m-%d")
		case 'H', 'I', 'k', 'l', 'j', 'M', 'm', 'S', 'U', 'W', 'w':
			if modifier == 'E' {
				bad = true
				break
			}
			switch c {
			case 'H':
				number(2, tm.hour, false)
			case 'I':
				number(2, hour12, false)
			case 'k':
				number(2, tm.hour, true)
			case 'l':
				number(2, hour12, true)
			case 'j':
				number(3, 1+tm.yday, false)
			case 'M':
				number(2, tm.min, false)
			case 'm':
				number(2, tm.mon+1, false)
			case 'S':
				number(2, tm.sec, false)
			case 'U':
				number(2, (tm.yday-tm.wday+7)/7, false)
			case 'W':
				number(2, (tm.yday-(tm.wday-1+7)%7+7)/7, false)
			case 'w':
				number(1, tm.wday, false)
			}
		case 'n':
			add("\n")
		case 't':
			add("\t")
		case 'P', 'p':
			if c == 'P' {
				lowcase = true
			}
			if changeCase {
				upcase, lowcase = false, true
			}
			if tm.hour > 11 {
				add("PM")
			} else {
				add("AM")
			}
		case 'R':
			subformat("%H:%M")
		case 'r':
			subformat("%I:%M:%S %p")
		case 's':
			lt := *tm
			sec, _ := mktime(z, &lt)
			neg := sec < 0
			digitsText := strconv.FormatInt(sec, 10)
			if neg {
				digitsText = digitsText[1:]
			}
			if width >= limit {
				ok = false
				break
			}
			numberBody(out, digitsText, neg, max(1, width), &width, pad, add)
		case 'X':
			if modifier == 'O' {
				bad = true
				break
			}
			subformat("%H:%M:%S")
		case 'T':
			subformat("%H:%M:%S")
		case 'u':
			number(1, (tm.wday-1+7)%7+1, false)
		case 'V', 'g', 'G':
			if modifier == 'E' {
				bad = true
				break
			}
			year := tm.year + 1900
			days := isoWeekDays(tm.yday, tm.wday)
			if days < 0 {
				year--
				days = isoWeekDays(tm.yday+yearDays(year), tm.wday)
			} else if d := isoWeekDays(tm.yday-yearDays(year), tm.wday); d >= 0 {
				year++
				days = d
			}
			switch c {
			case 'g':
				number(2, (int64(int32(year))%100+100)%100, false)
			case 'G':
				number(1, year, false)
			default:
				number(2, days/7+1, false)
			}
		case 'Y':
			if modifier == 'O' {
				bad = true
				break
			}
			number(1, tm.year+1900, false)
		case 'y':
			number(2, (tm.year%100+100)%100, false)
		case 'Z':
			if changeCase {
				upcase, lowcase = false, true
			}
			zone := ""
			if tm.zone != nil {
				zone = *tm.zone
			}
			if zone == "" && tm.isdst >= 0 {
				zone = zoneName(z, tm.isdst != 0)
			}
			add(zone)
		case 'z':
			if tm.isdst < 0 {
				break
			}
			diff := tm.gmtoff
			if diff < 0 {
				add("-")
				diff = -diff
			} else {
				add("+")
			}
			diff /= 60
			number(4, diff/60*100+diff%60, false)
		default:
			bad = true
		}
		if bad {
			if c == 0 {
				i-- // % at the end: copy what there is
			}
			// Copy the conversion as written, from the nearest '%' back.
			j := i
			for f[j] != '%' {
				j--
			}
			if j < start {
				j = start
			}
			add(f[j : i+1])
		}
		if !ok {
			return false
		}
	}
	return true
}

// numberBody is glibc's do_number_sign_and_padding: digits (without the sign)
// padded to the field's digits with zeros, spaces ('_') or nothing ('-').
func numberBody(out *[]byte, s string, neg bool, digits int, width *int, pad byte, add func(string)) {
	if neg {
		s = "-" + s
	}
	if pad != '-' {
		padding := digits - len(s)
		if padding > 0 {
			if pad == '_' {
				*out = append(*out, strings.Repeat(" ", padding)...)
				if *width > padding {
					*width -= padding
				} else {
					*width = 0
				}
			} else {
				if neg {
					*out = append(*out, '-')
					s = s[1:]
				}
				*out = append(*out, strings.Repeat("0", padding)...)
				*width = 0
			}
		}
	}
	add(s)
}

func yearDays(y int64) int64 {
	if isLeap(y) {
		return 366
	}
	return 365
}

// isoWeekDays is the number of days from the first day of the first ISO week of
// the year to the year day yday with week day wday (glibc's iso_week_days).
func isoWeekDays(yday, wday int64) int64 {
	const big = (366/7 + 2) * 7
	return yday - (yday-wday+4+big)%7 + 4 - 1
}

// zoneName is glibc's tzname[isdst], for a struct tm without a zone.
func zoneName(z *zone, dst bool) string {
	if dst {
		return z.tzname[1]
	}
	return z.tzname[0]
}
