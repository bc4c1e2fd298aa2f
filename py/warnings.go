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
	message  string // lower-case prefix of the message ("" matches any)
	category *Type
	module   string // the whole module name ("" matches any)
	lineno   int    // 0 matches any
}

// defaultWarnFilters are CPython 3.13's (a release build's) defaults, after the
// options.
func defaultWarnFilters() []warnFilter {
	return []warnFilter{
		{action: "default", category: DeprecationWarning, module: "__main__"},
		{action: "ignore", category: DeprecationWarning},
		{action: "ignore", category: PendingDeprecationWarning},
		{action: "ignore", category: ImportWarning},
		{action: "ignore", category: ResourceWarning},
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
	f.message = strings.ToLower(parts[1])
	f.category = Warning
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
	if !v.Type().IsSubtype(TypeType) || !v.typeObj().IsSubtype(Warning) {
		return nil, "invalid warning category: " + strRepr(name)
	}
	return v.typeObj(), ""
}

// warnAction is the action of the first filter that matches (warn_explicit).
func (in *Interp) warnAction(category *Type, msg, module string, lineno int) string {
	low := strings.ToLower(msg)
	for _, f := range in.warnFilters {
		if strings.HasPrefix(low, f.message) && category.IsSubtype(f.category) &&
			(f.module == "" || f.module == module) && (f.lineno == 0 || f.lineno == lineno) {
			return f.action
		}
	}
	return "default"
}

// compileWarnings handles the warnings the parser found in filename: each is
// printed (warnings.formatwarning's "FILE:LINE: CATEGORY: MESSAGE" and the source
// line), ignored, or, when a filter says error, returned as the SyntaxError it
// becomes.
func (t *Thread) compileWarnings(filename string, res *parser.Result) *Exception {
	in := t.interp
	module := warningModule(filename)
	for _, w := range res.Warnings {
		category := SyntaxWarning
		if w.Category == "DeprecationWarning" {
			category = DeprecationWarning
		}
		switch in.warnAction(category, w.Msg, module, w.Line) {
		case "ignore":
			continue
		case "error":
			return syntaxErrorFrom(res.WarningError(w))
		case "once":
			if in.onceWarned(category.Name + ":" + w.Msg) {
				continue
			}
		}
		in.printWarning(filename, w.Line, category.Name, w.Msg)
	}
	return nil
}

// sourceLine is line n of filename as linecache.getline finds it ("" if none).
func (in *Interp) sourceLine(filename string, n int) string {
	var lines []string
	if src, ok := in.sources[filename]; ok {
		lines = splitSourceLines(src)
	} else {
		lines = fileLines(filename, map[string][]string{})
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

// compilerWarning handles a SyntaxWarning of the code generator at p, as
// compiler_warn does: printed, ignored, or (a filter says error) a SyntaxError
// whose text is the line of the file on disk, if there is one.
func (t *Thread) compilerWarning(filename, msg string, p *ast.Pos) error {
	in := t.interp
	switch in.warnAction(SyntaxWarning, msg, warningModule(filename), p.Lineno) {
	case "ignore":
		return nil
	case "error":
		text := None
		if lines := fileLines(filename, map[string][]string{}); p.Lineno >= 1 && p.Lineno <= len(lines) {
			text = NewStr(lines[p.Lineno-1] + "\n")
		}
		details := NewTuple(NewStr(filename), Int(int64(p.Lineno)), Int(int64(p.ColOffset+1)), text,
			Int(int64(p.EndLineno)), Int(int64(p.EndColOffset+1)))
		return warningError{NewException(SyntaxError, NewStr(msg), details)}
	case "once":
		if in.onceWarned("SyntaxWarning:" + msg) {
			return nil
		}
	}
	in.printWarning(filename, p.Lineno, "SyntaxWarning", msg)
	return nil
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

// onceWarned reports whether a "once" warning was shown already, noting it.
func (in *Interp) onceWarned(key string) bool {
	if in.warnedOnce[key] {
		return true
	}
	if in.warnedOnce == nil {
		in.warnedOnce = map[string]bool{}
	}
	in.warnedOnce[key] = true
	return false
}

// printWarning is warnings.showwarning on stderr: "FILE:LINE: CATEGORY: MESSAGE"
// and the source line, as linecache finds it.
func (in *Interp) printWarning(filename string, lineno int, category, msg string) {
	text := fmt.Sprintf("%s:%d: %s: %s\n", filename, lineno, category, msg)
	if line := strings.TrimSpace(in.sourceLine(filename, lineno)); line != "" {
		text += "  " + line + "\n"
	}
	in.Flush()
	in.WriteStderr(text)
}

// Warn issues a warning of category (a Warning subclass) at the Python code that
// called into Go (warnings.warn with stacklevel=1 from a builtin): printed as
// warnings.formatwarning prints it, ignored, or, when a filter says error,
// returned as the exception to raise.
func (t *Thread) Warn(category *Type, msg string) *Exception {
	filename, lineno, module := "sys", 1, "sys"
	if f := t.frame; f != nil {
		filename, lineno = f.code.Filename, f.code.lineAt(f.lasti)
		module = "<string>"
		if f.globals != nil {
			if n, ok := f.globals.GetStr("__name__"); ok && n.Type().layout == StrType {
				module = n.str().s
			}
		}
	}
	in := t.interp
	switch in.warnAction(category, msg, module, lineno) {
	case "ignore":
		return nil
	case "error":
		return NewException(category, NewStr(msg))
	case "once":
		if in.onceWarned(category.Name + ":" + msg) {
			return nil
		}
	}
	in.printWarning(filename, lineno, category.Name, msg)
	return nil
}
