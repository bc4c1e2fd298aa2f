package py

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/kaa-python/kaa/syntax/ast"
	"github.com/kaa-python/kaa/syntax/parser"
)

// The warnings filters, as far as the interpreter itself warns: the -W options
// and PYTHONWARNINGS (sys.warnoptions, parsed as warnings._setoption parses them,
// the last option first) over CPython's default filters, deciding what becomes of
// the SyntaxWarnings the compiler finds (invalid escape sequences, ...): printed
// as warnings.formatwarning prints them, ignored, or raised as SyntaxError. The
// warnings module itself, for warnings raised by programs, waits for the standard
// library.

type warnFilter struct {
	action   string // default, always, ignore, module, once, error
	message  string // prefix of the message, any case ("" matches any)
	category *Type
	module   string // the whole module name ("" matches any)
	lineno   int    // 0 matches any
}

// defaultWarnFilters are CPython 3.13's (a release build's) defaults, after the
// options.
func defaultWarnFilters() []warnFilter {
	return []warnFilter{
		{action: "default", category: deprecationWarning, module: "__main__"},
		{action: "ignore", category: deprecationWarning},
		{action: "ignore", category: pendingDeprecationWarning},
		{action: "ignore", category: importWarning},
		{action: "ignore", category: resourceWarning},
	}
}

// parseWarnOptions builds the filters from sys.warnoptions; an invalid option is
// reported on w and ignored, as warnings._processoptions does.
func (in *Interp) parseWarnOptions(opts []string, w io.Writer) []warnFilter {
	var fs []warnFilter
	for _, o := range opts {
		f, msg := in.parseWarnOption(o)
		if msg != "" {
			fmt.Fprintf(w, "Invalid -W option ignored: %s\n", msg)
			continue
		}
		fs = append([]warnFilter{f}, fs...) // a later option takes precedence
	}
	return append(fs, defaultWarnFilters()...)
}

// parseWarnOption is warnings._setoption: action:message:category:module:lineno.
func (in *Interp) parseWarnOption(arg string) (warnFilter, string) {
	parts := strings.Split(arg, ":")
	if len(parts) > 5 {
		return warnFilter{}, "too many fields (max 5): " + strRepr(arg)
	}
	for len(parts) < 5 {
		parts = append(parts, "")
	}
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	var f warnFilter
	action := parts[0]
	switch {
	case action == "":
		f.action = "default"
	case action == "all":
		f.action = "always"
	default:
		for _, a := range []string{"default", "always", "ignore", "module", "once", "error"} {
			if strings.HasPrefix(a, action) {
				f.action = a
				break
			}
		}
		if f.action == "" {
			return f, "invalid action: " + strRepr(action)
		}
	}
	f.message = parts[1]
	f.category = warning
	if c := parts[2]; c != "" {
		typ, msg := in.warningCategory(c)
		if msg != "" {
			return f, msg
		}
		f.category = typ
	}
	f.module = parts[3]
	if l := parts[4]; l != "" {
		n, err := strconv.Atoi(l)
		if err != nil || n < 0 {
			return f, "invalid lineno " + strRepr(l)
		}
		f.lineno = n
	}
	return f, ""
}

// warningCategory is warnings._getcategory for the builtin names (a dotted name
// would be imported; Kaa reports it as CPython does a module it cannot import).
func (in *Interp) warningCategory(name string) (*Type, string) {
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		return nil, "invalid module name: " + strRepr(name[:i])
	}
	v, ok := in.builtinsDict.GetStr(name)
	if !ok {
		return nil, "unknown warning category: " + strRepr(name)
	}
	if !v.Type().IsSubtype(typeType) || !v.typeObj().IsSubtype(warning) {
		return nil, "invalid warning category: " + strRepr(name)
	}
	return v.typeObj(), ""
}

// sourceLine is line n of filename as linecache.getline finds it ("" if none).
func (in *Interp) sourceLine(filename string, n int) string {
	var lines []string
	if src, ok := in.sources[filename]; ok {
		lines = splitSourceLines(src)
	} else {
		lines = fileLines(filename, in.newFileCache())
	}
	if n < 1 || n > len(lines) {
		return ""
	}
	return lines[n-1]
}

// warningError carries the SyntaxError a compiler warning became through
// compile.Compile.
type warningError struct{ exc *Exception }

func (w warningError) Error() string { return "SyntaxError" }

// compileWarnings handles the warnings the parser found in filename, each as
// PyErr_WarnExplicit would (no registry: a "default" filter shows each one);
// a warning a filter turns into an error is returned as the SyntaxError it
// becomes.
func (t *Thread) compileWarnings(filename string, res *parser.Result) *Exception {
	for _, w := range res.Warnings {
		category := syntaxWarning
		if w.Category == "DeprecationWarning" {
			category = deprecationWarning
		}
		if err := t.warnExplicit(category, NewStr(w.Msg), filename, w.Line, Value{}, nil, pyNone, pyNone); err != nil {
			if err.typ == category {
				return syntaxErrorFrom(res.WarningError(w))
			}
			return err
		}
	}
	return nil
}

// compilerWarning handles a SyntaxWarning of the code generator at p, as
// compiler_warn does: shown, ignored, or (a filter says error) a SyntaxError
// whose text is the line of the file on disk, if there is one.
func (t *Thread) compilerWarning(filename, msg string, p *ast.Pos) error {
	err := t.warnExplicit(syntaxWarning, NewStr(msg), filename, p.Lineno, Value{}, nil, pyNone, pyNone)
	if err == nil {
		return nil
	}
	if err.typ != syntaxWarning {
		return warningError{err}
	}
	text := pyNone
	if lines := fileLines(filename, t.interp.newFileCache()); p.Lineno >= 1 && p.Lineno <= len(lines) {
		text = NewStr(lines[p.Lineno-1] + "\n")
	}
	details := NewTuple(NewStr(filename), Int(int64(p.Lineno)), Int(int64(p.ColOffset+1)), text,
		Int(int64(p.EndLineno)), Int(int64(p.EndColOffset+1)))
	return warningError{NewException(syntaxError, NewStr(msg), details)}
}

// warningModule is the module warn_explicit derives from a file name.
func warningModule(filename string) string {
	if filename == "" {
		return "<unknown>"
	}
	if strings.HasSuffix(strings.ToLower(filename), ".py") {
		return filename[:len(filename)-3]
	}
	return filename
}

// warnState is the _warnings module's state, which the interpreter's own
// warnings share: the filter list (5-tuples action, message, category, module,
// lineno), the registry of "once" warnings, the default action, and the version
// of the filters that module registries remember (a registry of an older
// version is cleared). It is made on first use from the filters of the
// command line.
type warnState struct {
	filters       Value // list
	onceRegistry  Value // dict
	defaultAction Value // str
	version       int64
}

func (in *Interp) warnings() *warnState {
	if in.warnSt != nil {
		return in.warnSt
	}
	st := &warnState{onceRegistry: NewDict().Value(), defaultAction: NewStr("default"), version: 1}
	items := make([]Value, 0, len(in.warnFilters))
	for _, f := range in.warnFilters {
		msg, mod := pyNone, pyNone
		if f.message != "" {
			msg = newWarnPrefix(f.message)
		}
		if f.module != "" {
			mod = NewStr(f.module)
		}
		items = append(items, NewTuple(NewStr(f.action), msg, TypeValue(f.category), mod, Int(int64(f.lineno))))
	}
	st.filters = NewList(items).Value()
	in.warnSt = st
	return st
}

// WarningsState returns the objects the _warnings module exposes: filters,
// _onceregistry and _defaultaction.
func (in *Interp) WarningsState() (filters, onceRegistry, defaultAction Value) {
	st := in.warnings()
	return st.filters, st.onceRegistry, st.defaultAction
}

// WarningsFiltersMutated is _warnings._filters_mutated: the module registries
// forget what they saw.
func (in *Interp) WarningsFiltersMutated() { in.warnings().version++ }

// warningsAttr is an attribute of the warnings module, if it was imported.
func (t *Thread) warningsAttr(name string) (Value, *Exception) {
	m, ok := t.interp.modules.GetStr("warnings")
	if !ok || m.IsNone() {
		return Value{}, nil
	}
	v, err := GetAttrS(t, m, name)
	if err != nil {
		if err.Matches(attributeError) {
			return Value{}, nil
		}
		return Value{}, err
	}
	return v, nil
}

// currentWarnState refreshes the state from the warnings module's filters,
// onceregistry and defaultaction, as CPython's get_filters & co. do.
func (t *Thread) currentWarnState() (*warnState, *Exception) {
	st := t.interp.warnings()
	v, err := t.warningsAttr("filters")
	if err != nil {
		return nil, err
	}
	if !v.IsNil() {
		st.filters = v
	}
	if st.filters.Type().layout != listType {
		return nil, Errorf(valueError, "_warnings.filters must be a list")
	}
	if v, err = t.warningsAttr("onceregistry"); err != nil {
		return nil, err
	}
	if !v.IsNil() {
		if v.Type().layout != dictType {
			return nil, typeErrorf("_warnings.onceregistry must be a dict, not '%s'", typeName(v))
		}
		st.onceRegistry = v
	}
	if v, err = t.warningsAttr("defaultaction"); err != nil {
		return nil, err
	}
	if !v.IsNil() {
		if v.Type().layout != strType {
			return nil, typeErrorf("_warnings.defaultaction must be a string, not '%s'", typeName(v))
		}
		st.defaultAction = v
	}
	return st, nil
}

// warnMatches is check_matched: None matches anything, a str the equal text,
// anything else through its match method.
func warnMatches(t *Thread, pat, text Value) (bool, *Exception) {
	if pat.IsNone() {
		return true, nil
	}
	if pat.Type() == strType {
		return RichCompareBool(t, pat, text, EQ)
	}
	if pat.Type() == warnPrefixType {
		s, ok := AsStr(text)
		return ok && strings.HasPrefix(strings.ToLower(s), (*warnPrefix)(pat.p).lower), nil
	}
	r, err := CallMethod(t, pat, "match", text)
	if err != nil {
		return false, err
	}
	return IsTrue(t, r)
}

// warnFilter is get_filter: the action of the first filter matching, and the
// filter (the default action and None when none does).
func (t *Thread) warnFilterFor(st *warnState, category Value, text Value, lineno int, module Value) (string, Value, *Exception) {
	l := st.filters.list()
	for i := 0; i < len(l.items); i++ {
		item := l.items[i]
		f, ok := item.tupleItems()
		if !ok || len(f) != 5 {
			return "", Value{}, Errorf(valueError, "_warnings.filters item %d isn't a 5-tuple", i)
		}
		action, ok := AsStr(f[0])
		if !ok {
			return "", Value{}, typeErrorf("action must be a string, not '%s'", typeName(f[0]))
		}
		good, err := warnMatches(t, f[1], text)
		if err != nil || !good {
			if err != nil {
				return "", Value{}, err
			}
			continue
		}
		sub, err := IsSubclass(t, category, f[2])
		if err != nil {
			return "", Value{}, err
		}
		if !sub {
			continue
		}
		good, err = warnMatches(t, f[3], module)
		if err != nil {
			return "", Value{}, err
		}
		if !good {
			continue
		}
		ln, err := IndexInt(t, f[4], nil)
		if err != nil {
			return "", Value{}, err
		}
		if ln == 0 || int(ln) == lineno {
			return action, item, nil
		}
	}
	return st.defaultAction.str().s, pyNone, nil
}

// alreadyWarned is already_warned: whether registry holds key (a registry of
// older filters is cleared first), setting it if asked.
func (t *Thread) alreadyWarned(st *warnState, registry *Dict, key Value, set bool) (bool, *Exception) {
	v, ok := registry.GetStr("version")
	if !ok || !v.IsSmallInt() || v.small() != st.version {
		registry.Clear()
		registry.SetStr("version", Int(st.version))
	} else {
		seen, found, err := registry.GetItem(t, key)
		if err != nil {
			return false, err
		}
		if found {
			b, err := IsTrue(t, seen)
			if err != nil {
				return false, err
			}
			if b {
				return true, nil
			}
		}
	}
	if set {
		return false, registry.SetItem(t, key, pyTrue)
	}
	return false, nil
}

// WarnExplicit is warnings.warn_explicit (module zero: from the file name;
// registry nil: none).
func (t *Thread) WarnExplicit(category, message Value, filename string, lineno int, module Value, registry *Dict, sourceline, source Value) *Exception {
	return t.warnExplicitV(category, message, filename, lineno, module, registry, sourceline, source)
}

func (t *Thread) warnExplicit(category *Type, message Value, filename string, lineno int, module Value, registry *Dict, sourceline, source Value) *Exception {
	return t.warnExplicitV(TypeValue(category), message, filename, lineno, module, registry, sourceline, source)
}

// warnExplicitV is CPython's warn_explicit: the filters decide whether the
// warning is shown (once, once per location, module or text), ignored or raised.
func (t *Thread) warnExplicitV(category, message Value, filename string, lineno int, module Value, registry *Dict, sourceline, source Value) *Exception {
	st, err := t.currentWarnState()
	if err != nil {
		return err
	}
	if module.IsNil() {
		module = NewStr(warningModule(filename))
	} else if module.IsNone() {
		return nil // as CPython: a module named None is not warned about
	}
	var text Value
	if message.Type().IsSubtype(warning) {
		if text, err = StrV(t, message); err != nil {
			return err
		}
		category = TypeValue(message.Type())
	} else {
		text = message
		if message, err = Call(t, category, message); err != nil {
			return err
		}
	}
	lineV := Int(int64(lineno))
	key := NewTuple(text, category, lineV)
	if registry != nil {
		seen, err := t.alreadyWarned(st, registry, key, false)
		if err != nil || seen {
			return err
		}
	}
	action, item, err := t.warnFilterFor(st, category, text, lineno, module)
	if err != nil {
		return err
	}
	switch action {
	case "error":
		if !message.Type().IsSubtype(baseException) {
			return typeErrorf("exceptions must derive from BaseException")
		}
		e := message.exc()
		return e
	case "ignore":
		return nil
	}
	warned := false
	if action != "always" && action != "all" {
		if registry != nil {
			if err := registry.SetItem(t, key, pyTrue); err != nil {
				return err
			}
		}
		switch action {
		case "once":
			once := st.onceRegistry.dictObj()
			if warned, err = t.alreadyWarned(st, once, NewTuple(text, category), true); err != nil {
				return err
			}
		case "module":
			if registry != nil {
				if warned, err = t.alreadyWarned(st, registry, NewTuple(text, category, Int(0)), true); err != nil {
					return err
				}
			}
		case "default":
		default:
			r, err := Repr(t, item)
			if err != nil {
				return err
			}
			ra, _ := Repr(t, NewStr(action))
			return Errorf(runtimeError, "Unrecognized action (%s) in warnings.filters:\n %s", ra, r)
		}
	}
	if warned {
		return nil
	}
	return t.showWarning(category, text, message, filename, lineV, sourceline, source)
}

// showWarning is call_show_warning: warnings._showwarnmsg with a
// WarningMessage when the warnings module is there, else the native display.
func (t *Thread) showWarning(category, text, message Value, filename string, lineno, sourceline, source Value) *Exception {
	show, err := t.warningsAttr("_showwarnmsg")
	if err != nil {
		return err
	}
	if show.IsNil() {
		return t.printWarning(filename, lineno, category, text, sourceline)
	}
	if !Callable(show) {
		return typeErrorf("warnings._showwarnmsg() must be set to a callable")
	}
	cls, err := t.warningsAttr("WarningMessage")
	if err != nil {
		return err
	}
	if cls.IsNil() {
		return Errorf(runtimeError, "unable to get warnings.WarningMessage")
	}
	msg, err := Call(t, cls, message, category, NewStr(filename), lineno, pyNone, pyNone, source)
	if err != nil {
		return err
	}
	_, err = Call(t, show, msg)
	return err
}

// printWarning is show_warning: "FILE:LINE: CATEGORY: MESSAGE" and the source
// line on sys.stderr.
func (t *Thread) printWarning(filename string, lineno, category, text, sourceline Value) *Exception {
	name, err := GetAttrS(t, category, "__name__")
	if err != nil {
		return err
	}
	ns, err := StrOf(t, name)
	if err != nil {
		return err
	}
	ts, err := StrOf(t, text)
	if err != nil {
		return err
	}
	n := int(lineno.small())
	s := fmt.Sprintf("%s:%d: %s: %s\n", filename, n, ns, ts)
	if src, ok := AsStr(sourceline); ok {
		s += strings.TrimLeft(src, " \t\f") + "\n"
	} else if line := strings.TrimSpace(t.interp.sourceLine(filename, n)); line != "" {
		s += "  " + line + "\n"
	}
	w, ok := ModuleDict(t.interp.sys).GetStr("stderr")
	if !ok || w.IsNone() {
		return nil
	}
	if _, err := CallMethod(t, w, "write", NewStr(s)); err != nil {
		return err
	}
	return nil
}

// warnContext is setup_context: the file, line, module and registry of the
// frame stacklevel up (frames of files under one of skip's prefixes do not
// count), or sys's when the stack is not that deep.
func (t *Thread) warnContext(stacklevel int64, skip []string) (filename string, lineno int, module Value, registry *Dict, err *Exception) {
	f := t.frame
	internal := func(f *frame) bool {
		fn := f.code.bc.Filename
		return strings.Contains(fn, "importlib") && strings.Contains(fn, "_bootstrap")
	}
	skipped := func(f *frame) bool {
		for _, p := range skip {
			if strings.HasPrefix(f.code.bc.Filename, p) {
				return true
			}
		}
		return false
	}
	if stacklevel <= 0 || (f != nil && internal(f)) {
		for stacklevel--; stacklevel > 0 && f != nil; stacklevel-- {
			f = f.back
		}
	} else {
		for stacklevel--; stacklevel > 0 && f != nil; stacklevel-- {
			for f = f.back; f != nil && (internal(f) || skipped(f)); f = f.back {
			}
		}
	}
	var globals *Dict
	if f == nil {
		globals = ModuleDict(t.interp.sys)
		filename, lineno = "<sys>", 0
	} else {
		globals = f.globals
		filename, lineno = f.code.bc.Filename, f.code.lineAt(f.lasti)
	}
	if globals == nil {
		globals = ModuleDict(t.interp.sys)
	}
	if r, ok := globals.GetStr("__warningregistry__"); ok && r.Type().layout == dictType {
		registry = r.dictObj()
	} else if !ok {
		registry = NewDict()
		globals.SetStr("__warningregistry__", registry.Value())
	}
	module = NewStr("<string>")
	if m, ok := globals.GetStr("__name__"); ok && (m.IsNone() || m.Type().layout == strType) {
		module = m
	}
	return
}

// WarnFull is warnings.warn: message (a str or a Warning), category (nil or
// None: UserWarning), attributed to the frame stacklevel up.
func (t *Thread) WarnFull(message, category Value, stacklevel int64, source Value, skip []string) *Exception {
	if message.Type().IsSubtype(warning) {
		category = TypeValue(message.Type())
	}
	if category.IsNil() || category.IsNone() {
		category = TypeValue(userWarning)
	}
	if !category.Type().IsSubtype(typeType) || !category.typeObj().IsSubtype(warning) {
		return typeErrorf("category must be a Warning subclass, not '%s'", typeName(category))
	}
	if len(skip) > 0 && stacklevel < 2 {
		stacklevel = 2
	}
	filename, lineno, module, registry, err := t.warnContext(stacklevel, skip)
	if err != nil {
		return err
	}
	if source.IsNil() {
		source = pyNone
	}
	return t.warnExplicitV(category, message, filename, lineno, module, registry, pyNone, source)
}

// Warn issues a warning of category (a Warning subclass) at the Python code
// that called into Go (warnings.warn with stacklevel=1 from a builtin): shown,
// ignored, or, when a filter says error, returned as the exception to raise.
func (t *Thread) Warn(category *Type, msg string) *Exception {
	return t.WarnFull(NewStr(msg), TypeValue(category), 1, pyNone, nil)
}

// warnPrefix is the message pattern of a -W option: CPython's
// re.compile(re.escape(message), re.I), a case-insensitive prefix match.
type warnPrefix struct {
	Header
	text, lower string // as given, and lower-cased
}

var warnPrefixType = NewType(&TypeDef{
	Name:  "warnings._OptionMessage",
	Doc:   "The message of a -W option: matches texts starting with it, ignoring case.",
	Final: true,
	Methods: []*MethodDef{
		Func("match", "text, /", func(t *Thread, self Value, a []Value) (Value, *Exception) {
			s, ok := AsStr(a[0])
			if !ok {
				return Value{}, typeErrorf("expected string or bytes-like object, got '%s'", typeName(a[0]))
			}
			if strings.HasPrefix(strings.ToLower(s), (*warnPrefix)(self.p).lower) {
				return pyTrue, nil
			}
			return pyNone, nil
		}),
	},
	Repr: func(t *Thread, self Value) (Value, *Exception) {
		return NewStr("re.compile(" + strRepr(reEscape((*warnPrefix)(self.p).text)) + ", re.IGNORECASE)"), nil
	},
})

func newWarnPrefix(s string) Value {
	p := &warnPrefix{text: s, lower: strings.ToLower(s)}
	return NewObject(&p.Header, warnPrefixType)
}

// reEscape is re.escape: the characters special in a pattern, backslashed.
func reEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune("()[]{}?*+-|^$\\.&~# \t\n\r\v\f", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
