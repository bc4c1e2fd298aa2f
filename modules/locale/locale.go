// Package locale is the _locale module: the C library's locale settings as
// CPython's _locale exposes them. Kaa is one static binary without a C
// library, so it knows the locales every system has: "C" (also "POSIX") and
// its UTF-8 variant ("C.UTF-8", "C.utf8"); others are "unsupported locale
// setting", as on a system where they are not installed. Each interpreter
// keeps its own settings per category (CPython's are per process).
package locale

import (
	"os"
	"strings"
	"sync"

	"github.com/kaa-python/kaa/py"
)

// Def is the _locale module.
var Def = &py.ModuleDef{
	Name:    "_locale",
	Doc:     "Support for POSIX locales.",
	Methods: methods,
	Exec:    exec,
}

// The categories, numbered as glibc numbers them.
const (
	lcCtype    = 0
	lcNumeric  = 1
	lcTime     = 2
	lcCollate  = 3
	lcMonetary = 4
	lcMessages = 5
	lcAll      = 6
	nCategory  = 13 // LC_PAPER .. LC_IDENTIFICATION are 7..12
)

// categoryNames are the names in a composite LC_ALL setting, by category.
var categoryNames = [nCategory]string{"LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY",
	"LC_MESSAGES", "LC_ALL", "LC_PAPER", "LC_NAME", "LC_ADDRESS", "LC_TELEPHONE", "LC_MEASUREMENT", "LC_IDENTIFICATION"}

// state is an interpreter's settings: a locale name per category, and the
// message-catalog bindings (which only record what they are told).
type state struct {
	mu       sync.Mutex
	names    [nCategory]string
	domain   string
	bindings map[string]string
	codesets map[string]string
}

var (
	errOnce  sync.Once
	errorTyp *py.Type
)

func exec(t *py.Thread, m *py.Module) *py.Exception {
	errOnce.Do(func() { errorTyp = py.NewExceptionType("locale.Error", py.ExceptionT(), "") })
	st := &state{domain: "messages", bindings: map[string]string{}, codesets: map[string]string{}}
	for i := range st.names {
		st.names[i] = "C"
	}
	// At start-up CPython takes LC_CTYPE from the environment and coerces the
	// plain C locale to C.UTF-8 (PEP 538).
	if name, ok := supported(fromEnv(lcCtype)); ok && name != "C" {
		st.names[lcCtype] = name
	} else {
		st.names[lcCtype] = "C.UTF-8"
	}
	m.SetState(st)
	m.Set("Error", py.TypeValue(errorTyp))
	for i, n := range categoryNames[:7] {
		m.Set(n, py.Int(int64(i)))
	}
	m.Set("CHAR_MAX", py.Int(127))
	for _, item := range langinfo {
		m.Set(item.name, py.Int(item.key))
	}
	return nil
}

func stateOf(self py.Value) *state {
	if m := py.ModuleOf(self); m != nil {
		if st, ok := m.State().(*state); ok {
			return st
		}
	}
	return nil
}

// fromEnv is the locale the environment asks for category: LC_ALL, then the
// category's own variable, then LANG.
func fromEnv(category int) string {
	for _, v := range []string{"LC_ALL", categoryNames[category], "LANG"} {
		if s := os.Getenv(v); s != "" {
			return s
		}
	}
	return "C"
}

// supported reports whether name is a locale Kaa has, and the name a query
// then returns (POSIX reads back as C; other names as given).
func supported(name string) (string, bool) {
	switch name {
	case "C", "POSIX":
		return "C", true
	}
	lang, codeset, ok := strings.Cut(name, ".")
	if !ok || (lang != "C" && lang != "POSIX") {
		return "", false
	}
	norm := strings.ToLower(strings.NewReplacer("-", "", "_", "").Replace(codeset))
	if norm != "utf8" {
		return "", false
	}
	return name, true
}

func isUTF8(name string) bool { return name != "C" }

// set changes category (or all of them) to locale, "" meaning from the
// environment; false if the locale is not supported (nothing changes).
func (st *state) set(category int, locale string) bool {
	if category == lcAll {
		var next [nCategory]string
		if strings.Contains(locale, "=") {
			// A composite setting, as a query of LC_ALL returns.
			next = st.names
			for _, part := range strings.Split(locale, ";") {
				k, v, ok := strings.Cut(part, "=")
				i := indexOf(k)
				if !ok || i < 0 || i == lcAll {
					return false
				}
				name, ok := supported(v)
				if !ok {
					return false
				}
				next[i] = name
			}
		} else {
			for i := range next {
				if i == lcAll {
					continue
				}
				want := locale
				if want == "" {
					want = fromEnv(i)
				}
				name, ok := supported(want)
				if !ok {
					return false
				}
				next[i] = name
			}
		}
		st.names = next
		return true
	}
	want := locale
	if want == "" {
		want = fromEnv(category)
	}
	name, ok := supported(want)
	if !ok {
		return false
	}
	st.names[category] = name
	return true
}

func indexOf(name string) int {
	for i, n := range categoryNames {
		if n == name {
			return i
		}
	}
	return -1
}

// query is the current setting of category; LC_ALL is one name when all
// categories agree, else the composite list.
func (st *state) query(category int) string {
	if category != lcAll {
		return st.names[category]
	}
	same := true
	for i, n := range st.names {
		if i != lcAll && n != st.names[0] {
			same = false
		}
	}
	if same {
		return st.names[0]
	}
	var parts []string
	for i, n := range st.names {
		if i != lcAll {
			parts = append(parts, categoryNames[i]+"="+n)
		}
	}
	return strings.Join(parts, ";")
}

func (st *state) codeset() string {
	if isUTF8(st.names[lcCtype]) {
		return "UTF-8"
	}
	return "ANSI_X3.4-1968"
}

// langinfo is nl_langinfo's items: glibc's keys and the C locale's values.
var langinfo = []struct {
	name  string
	key   int64
	value string
}{
	{"CODESET", 14, ""}, // from LC_CTYPE
	{"D_T_FMT", 131112, "%a %b %e %H:%M:%S %Y"}, {"D_FMT", 131113, "%m/%d/%y"}, {"T_FMT", 131114, "%H:%M:%S"},
	{"T_FMT_AMPM", 131115, "%I:%M:%S %p"}, {"AM_STR", 131110, "AM"}, {"PM_STR", 131111, "PM"},
	{"DAY_1", 131079, "Sunday"}, {"DAY_2", 131080, "Monday"}, {"DAY_3", 131081, "Tuesday"}, {"DAY_4", 131082, "Wednesday"},
	{"DAY_5", 131083, "Thursday"}, {"DAY_6", 131084, "Friday"}, {"DAY_7", 131085, "Saturday"},
	{"ABDAY_1", 131072, "Sun"}, {"ABDAY_2", 131073, "Mon"}, {"ABDAY_3", 131074, "Tue"}, {"ABDAY_4", 131075, "Wed"},
	{"ABDAY_5", 131076, "Thu"}, {"ABDAY_6", 131077, "Fri"}, {"ABDAY_7", 131078, "Sat"},
	{"MON_1", 131098, "January"}, {"MON_2", 131099, "February"}, {"MON_3", 131100, "March"}, {"MON_4", 131101, "April"},
	{"MON_5", 131102, "May"}, {"MON_6", 131103, "June"}, {"MON_7", 131104, "July"}, {"MON_8", 131105, "August"},
	{"MON_9", 131106, "September"}, {"MON_10", 131107, "October"}, {"MON_11", 131108, "November"}, {"MON_12", 131109, "December"},
	{"ABMON_1", 131086, "Jan"}, {"ABMON_2", 131087, "Feb"}, {"ABMON_3", 131088, "Mar"}, {"ABMON_4", 131089, "Apr"},
	{"ABMON_5", 131090, "May"}, {"ABMON_6", 131091, "Jun"}, {"ABMON_7", 131092, "Jul"}, {"ABMON_8", 131093, "Aug"},
	{"ABMON_9", 131094, "Sep"}, {"ABMON_10", 131095, "Oct"}, {"ABMON_11", 131096, "Nov"}, {"ABMON_12", 131097, "Dec"},
	{"RADIXCHAR", 65536, "."}, {"THOUSEP", 65537, ""}, {"YESEXPR", 327680, "^[yY]"}, {"NOEXPR", 327681, "^[nN]"},
	{"CRNCYSTR", 262159, "-"}, {"ERA", 131116, ""}, {"ERA_D_FMT", 131118, ""}, {"ERA_D_T_FMT", 131120, ""},
	{"ERA_T_FMT", 131121, ""}, {"ALT_DIGITS", 131119, ""},
}

// intArg is a C int argument.
func intArg(t *py.Thread, v py.Value) (int64, *py.Exception) {
	if v.IsFloat() {
		return 0, py.Errorf(py.TypeError(), "'float' object cannot be interpreted as an integer")
	}
	n, err := py.IndexInt(t, v, py.OverflowError())
	if err != nil {
		if err.Matches(py.OverflowError()) {
			return 0, py.Errorf(py.OverflowError(), "Python int too large to convert to C int")
		}
		return 0, err
	}
	if n < -1<<31 || n >= 1<<31 {
		return 0, py.Errorf(py.OverflowError(), "signed integer is greater than maximum")
	}
	return n, nil
}

// strArg is a str argument without NUL characters.
func strArg(fn string, pos int, v py.Value) (string, *py.Exception) {
	s, ok := py.AsStr(v)
	if !ok && pos == 0 {
		return "", py.Errorf(py.TypeError(), "%s() argument must be str, not %s", fn, py.TypeName(v))
	}
	if !ok {
		return "", py.Errorf(py.TypeError(), "%s() argument %d must be str, not %s", fn, pos, py.TypeName(v))
	}
	if strings.IndexByte(s, 0) >= 0 {
		return "", py.Errorf(py.ValueError(), "embedded null character")
	}
	return s, nil
}

// optStr is a str-or-None argument; ok is false for None.
func optStr(fn string, pos int, v py.Value) (string, bool, *py.Exception) {
	if v.IsNone() {
		return "", false, nil
	}
	s, ok := py.AsStr(v)
	if !ok {
		return "", false, py.Errorf(py.TypeError(), "%s() argument %d must be str or None, not %s", fn, pos, py.TypeName(v))
	}
	if strings.IndexByte(s, 0) >= 0 {
		return "", false, py.Errorf(py.ValueError(), "embedded null character")
	}
	return s, true, nil
}

func localeError(msg string) *py.Exception { return py.Errorf(errorTyp, "%s", msg) }

var methods = []*py.MethodDef{
	py.Func("setlocale", "category, locale=None, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
		category, err := intArg(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		locale, set, err := optStr("setlocale", 2, a[1])
		if err != nil {
			return py.Value{}, err
		}
		st := stateOf(self)
		st.mu.Lock()
		defer st.mu.Unlock()
		valid := category >= 0 && category < nCategory
		if !set {
			if !valid {
				return py.Value{}, localeError("locale query failed")
			}
			return py.NewStr(st.query(int(category))), nil
		}
		if !valid || !st.set(int(category), locale) {
			return py.Value{}, localeError("unsupported locale setting")
		}
		return py.NewStr(st.query(int(category))), nil
	}),
	py.FuncNoArgs("localeconv", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		d := py.NewDict()
		for _, k := range []string{"int_curr_symbol", "currency_symbol", "mon_decimal_point", "mon_thousands_sep"} {
			d.SetStr(k, py.NewStr(""))
		}
		d.SetStr("mon_grouping", py.NewList(nil).Value())
		d.SetStr("positive_sign", py.NewStr(""))
		d.SetStr("negative_sign", py.NewStr(""))
		for _, k := range []string{"int_frac_digits", "frac_digits", "p_cs_precedes", "p_sep_by_space", "n_cs_precedes", "n_sep_by_space", "p_sign_posn", "n_sign_posn"} {
			d.SetStr(k, py.Int(127))
		}
		d.SetStr("decimal_point", py.NewStr("."))
		d.SetStr("thousands_sep", py.NewStr(""))
		d.SetStr("grouping", py.NewList(nil).Value())
		return d.Value(), nil
	}),
	py.Func("strcoll", "os1, os2, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
		x, err := strArg("strcoll", 1, a[0])
		if err != nil {
			return py.Value{}, err
		}
		y, err := strArg("strcoll", 2, a[1])
		if err != nil {
			return py.Value{}, err
		}
		// The C locales collate by code point; UTF-8 bytes order as code points.
		return py.Int(int64(strings.Compare(x, y))), nil
	}),
	py.FuncO("strxfrm", func(t *py.Thread, self, s py.Value) (py.Value, *py.Exception) {
		if _, err := strArg("strxfrm", 0, s); err != nil {
			return py.Value{}, err
		}
		return s, nil
	}),
	py.FuncO("nl_langinfo", func(t *py.Thread, self, keyV py.Value) (py.Value, *py.Exception) {
		key, err := intArg(t, keyV)
		if err != nil {
			return py.Value{}, err
		}
		for _, item := range langinfo {
			if item.key == key {
				if item.name == "CODESET" {
					st := stateOf(self)
					st.mu.Lock()
					defer st.mu.Unlock()
					return py.NewStr(st.codeset()), nil
				}
				return py.NewStr(item.value), nil
			}
		}
		return py.Value{}, py.Errorf(py.ValueError(), "unsupported langinfo constant")
	}),
	py.FuncNoArgs("getencoding", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		st := stateOf(self)
		st.mu.Lock()
		defer st.mu.Unlock()
		return py.NewStr(st.codeset()), nil
	}),
	py.FuncO("gettext", func(t *py.Thread, self, msg py.Value) (py.Value, *py.Exception) {
		if _, err := strArg("gettext", 0, msg); err != nil {
			return py.Value{}, err
		}
		return msg, nil
	}),
	py.Func("dgettext", "domain, msg, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
		if _, _, err := optStr("dgettext", 1, a[0]); err != nil {
			return py.Value{}, err
		}
		if _, err := strArg("dgettext", 2, a[1]); err != nil {
			return py.Value{}, err
		}
		return a[1], nil
	}),
	py.Func("dcgettext", "domain, msg, category, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
		if _, _, err := optStr("dcgettext", 1, a[0]); err != nil {
			return py.Value{}, err
		}
		if _, err := strArg("dcgettext", 2, a[1]); err != nil {
			return py.Value{}, err
		}
		if _, err := intArg(t, a[2]); err != nil {
			return py.Value{}, err
		}
		return a[1], nil
	}),
	py.FuncO("textdomain", func(t *py.Thread, self, domainV py.Value) (py.Value, *py.Exception) {
		domain, set, err := optStr("textdomain", 1, domainV)
		if err != nil {
			return py.Value{}, err
		}
		st := stateOf(self)
		st.mu.Lock()
		defer st.mu.Unlock()
		if set {
			if domain == "" {
				domain = "messages"
			}
			st.domain = domain
		}
		return py.NewStr(st.domain), nil
	}),
	py.Func("bindtextdomain", "domain, dirname, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
		domain, err := strArg("bindtextdomain", 1, a[0])
		if err != nil {
			return py.Value{}, err
		}
		if domain == "" {
			return py.Value{}, localeError("domain must be a non-empty string")
		}
		dir, set, err := optDir(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		st := stateOf(self)
		st.mu.Lock()
		defer st.mu.Unlock()
		if set {
			st.bindings[domain] = dir
		}
		if d, ok := st.bindings[domain]; ok {
			return py.FsStr(d), nil
		}
		return py.NewStr("/usr/share/locale"), nil
	}),
	py.Func("bind_textdomain_codeset", "domain, codeset, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
		domain, err := strArg("bind_textdomain_codeset", 1, a[0])
		if err != nil {
			return py.Value{}, err
		}
		codeset, set, err := optStr("bind_textdomain_codeset", 2, a[1])
		if err != nil {
			return py.Value{}, err
		}
		st := stateOf(self)
		st.mu.Lock()
		defer st.mu.Unlock()
		if set {
			st.codesets[domain] = codeset
		}
		if c, ok := st.codesets[domain]; ok {
			return py.NewStr(c), nil
		}
		return py.None(), nil
	}),
}

// optDir is bindtextdomain's folder: None or a path (str, bytes, PathLike).
func optDir(t *py.Thread, v py.Value) (string, bool, *py.Exception) {
	if v.IsNone() {
		return "", false, nil
	}
	p, err := py.FsPath(t, v)
	if err != nil {
		return "", false, err
	}
	return p, true, nil
}
