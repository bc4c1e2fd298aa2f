package py

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"

	"github.com/kaa-python/kaa/bytecode"
)

// site, natively: what CPython's site module does at start-up (unless -S), and the
// module a program can import and call. At start-up it makes sys.path's entries
// absolute and unique, applies a virtual environment (pyvenv.cfg beside the
// executable or one folder up: sys.prefix becomes the environment and its
// site-packages come first), adds the user's site-packages
// (~/.local/lib/python3.13/site-packages, or PYTHONUSERBASE's; not under -s, -I,
// PYTHONNOUSERSITE or an environment without system packages) and
// PREFIX/lib/python3.13/site-packages when they exist, runs their .pth files (paths
// appended, `import` lines executed), and imports sitecustomize and usercustomize
// if there are any. It runs before the script's directory is put at the front of
// sys.path (Config.Path0), as in CPython.

func init() { builtinModules["site"] = newSiteModule }

// location is where the interpreter finds itself (CPython's getpath): the
// executable as started, and the virtual environment it belongs to.
type location struct {
	executable string // sys.executable: made absolute, symlinks kept
	basePrefix string // sys.base_prefix: the environment's home's parent, else the binary's
	venv       string // the folder of pyvenv.cfg, "" if none
	systemSite bool   // pyvenv.cfg's include-system-site-packages
}

// locate is computed once per process: it depends only on how the process started.
var locate = sync.OnceValue(func() location {
	var loc location
	loc.executable = startedAs()
	real, err := os.Executable()
	if err != nil {
		real = loc.executable
	}
	loc.basePrefix = filepath.Dir(filepath.Dir(real))
	exeDir := filepath.Dir(loc.executable)
	for _, dir := range []string{exeDir, filepath.Dir(exeDir)} {
		data, err := os.ReadFile(filepath.Join(dir, "pyvenv.cfg"))
		if err != nil {
			continue
		}
		loc.venv, loc.systemSite = filepath.Dir(exeDir), true
		for _, line := range strings.Split(string(data), "\n") {
			k, v, ok := strings.Cut(line, "=")
			if !ok {
				continue
			}
			switch strings.ToLower(strings.TrimSpace(k)) {
			case "include-system-site-packages":
				loc.systemSite = strings.ToLower(strings.TrimSpace(v)) == "true"
			case "home":
				if home := strings.TrimSpace(v); home != "" {
					loc.basePrefix = filepath.Dir(filepath.Clean(home))
				}
			}
		}
		break
	}
	return loc
})

// startedAs is the executable's path as the process was started: argv[0] made
// absolute, or found on PATH, without resolving symbolic links (a virtual
// environment's bin/python is a link to the interpreter); the binary's own path if
// neither works.
func startedAs() string {
	arg0 := ""
	if len(os.Args) > 0 {
		arg0 = os.Args[0]
	}
	if strings.Contains(arg0, "/") {
		if p, err := filepath.Abs(arg0); err == nil {
			return p
		}
	} else if arg0 != "" {
		for _, dir := range filepath.SplitList(os.Getenv("PATH")) {
			if dir == "" {
				dir = "."
			}
			p := filepath.Join(dir, arg0)
			if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() && st.Mode()&0o111 != 0 {
				if abs, err := filepath.Abs(p); err == nil {
					return abs
				}
			}
		}
	}
	if p, err := os.Executable(); err == nil {
		return p
	}
	return arg0
}

// makePath is site.makepath: the entries joined and made absolute (normcase does
// nothing on POSIX).
func makePath(parts ...string) string {
	p := ""
	for _, s := range parts {
		if strings.HasPrefix(s, "/") || p == "" {
			p = s
		} else if strings.HasSuffix(p, "/") {
			p += s
		} else {
			p += "/" + s
		}
	}
	if abs, err := filepath.Abs(p); err == nil {
		return abs
	}
	return p
}

// siteState is one run of site's path additions: the paths known so far.
type siteState struct {
	in    *Interp
	known map[string]bool
	// set is the Python set a caller passed as known_paths, kept in step.
	set Value
}

func (s *siteState) add(t *Thread, p string) {
	s.known[p] = true
	if !s.set.IsNil() {
		CallMethod(t, s.set, "add", NewStr(p))
	}
}

func (in *Interp) sysPathList() *List {
	if v, ok := ModuleDict(in.sys).GetStr("path"); ok && v.Type() == listType {
		return v.list()
	}
	return nil
}

// appendPath appends p to sys.path.
func (in *Interp) appendPath(t *Thread, p string) *Exception {
	if l := in.sysPathList(); l != nil {
		l.items = append(l.items, NewStr(p))
		return nil
	}
	v, _ := ModuleDict(in.sys).GetStr("path")
	_, err := CallMethod(t, v, "append", NewStr(p))
	return err
}

// knownPaths is site._init_pathinfo: the existing entries of sys.path.
func (in *Interp) knownPaths(t *Thread) map[string]bool {
	known := map[string]bool{}
	for _, p := range in.sysPath(t) {
		if _, err := os.Stat(p); err == nil {
			known[makePath(p)] = true
		}
	}
	return known
}

// addSiteDir is site.addsitedir: the folder is appended to sys.path if new, and
// its .pth files (not hidden ones) are processed in name order.
func (s *siteState) addSiteDir(t *Thread, dir string) *Exception {
	dir = makePath(dir)
	if !s.known[dir] {
		if err := s.in.appendPath(t, dir); err != nil {
			return err
		}
		s.add(t, dir)
	}
	f, err := os.Open(dir)
	if err != nil {
		return nil
	}
	names, _ := f.Readdirnames(-1)
	f.Close()
	var pths []string
	for _, n := range names {
		if strings.HasSuffix(n, ".pth") && !strings.HasPrefix(n, ".") {
			pths = append(pths, n)
		}
	}
	slices.Sort(pths)
	for _, n := range pths {
		if err := s.addPackage(t, dir, n); err != nil {
			return err
		}
	}
	return nil
}

// addPackage is site.addpackage: each line of a .pth file is a comment (#), blank,
// an `import` statement to run, or a path (relative to the folder) appended to
// sys.path if it exists and is new. A failing line is reported on standard error
// with its traceback and ends the file.
func (s *siteState) addPackage(t *Thread, dir, name string) *Exception {
	full := makePath(dir, name)
	data, err := os.ReadFile(full)
	if err != nil {
		return nil
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	text := string(data)
	if !utf8.ValidString(text) {
		// CPython falls back to the locale's encoding; Kaa's locales are UTF-8, so
		// the bytes that are not are kept as surrogate escapes.
		v, _ := decodeBytes(t, data, "utf-8", "surrogateescape")
		text = v.str().s
	}
	for n, line := range strSplitLines(text) {
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		var exc *Exception
		if strings.HasPrefix(line, "import ") || strings.HasPrefix(line, "import\t") {
			exc = s.in.execLine(t, line)
		} else {
			p := makePath(dir, strings.TrimRight(line, " \t\n\r\x0b\x0c"))
			if _, err := os.Stat(p); err == nil && !s.known[p] {
				if exc = s.in.appendPath(t, p); exc == nil {
					s.add(t, p)
				}
			}
		}
		if exc != nil {
			if exc.Matches(systemExit) || exc.Matches(keyboardInterrupt) {
				return exc
			}
			// CPython runs the line from its frozen site module's addpackage, and the
			// traceback shows that frame; Kaa shows the same entry.
			c := NewCode(&bytecode.Code{Filename: "<frozen site>", Name: "addpackage", QualName: "addpackage"})
			exc.traceback = &traceback{Header: Header{typ: tracebackType}, lasti: -2, lineno: 206, frame: &frame{code: c}, next: exc.traceback}
			var b strings.Builder
			fmt.Fprintf(&b, "Error processing line %d of %s:\n\n", n+1, full)
			for _, l := range strings.Split(strings.TrimSuffix(FormatException(t, exc), "\n"), "\n") {
				b.WriteString("  " + l + "\n")
			}
			b.WriteString("\nRemainder of file ignored\n")
			s.in.writeStderr(t, b.String())
			break
		}
	}
	return nil
}

// strSplitLines is str.splitlines() without the ends.
func strSplitLines(s string) []string {
	var out []string
	for s != "" {
		i := strings.IndexAny(s, "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
		if i < 0 {
			out = append(out, s)
			break
		}
		out = append(out, s[:i])
		_, size := utf8.DecodeRuneInString(s[i:])
		if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
			size = 2
		}
		s = s[i+size:]
	}
	return out
}

// execLine runs an `import` line of a .pth file, as exec(line) in site.
func (in *Interp) execLine(t *Thread, line string) *Exception {
	code, err := t.compile("<string>", []byte(line), "exec", in.optimize)
	if err != nil {
		return err
	}
	g := NewDict()
	g.SetStr("__builtins__", in.builtins)
	_, err = t.evalCode(code, g, g.Value())
	return err
}

// writeStderr writes to sys.stderr (the process's standard error if it is gone).
func (in *Interp) writeStderr(t *Thread, s string) {
	in.Flush()
	if v, ok := ModuleDict(in.sys).GetStr("stderr"); ok && !v.IsNone() {
		if _, err := CallMethod(t, v, "write", NewStr(s)); err == nil {
			CallMethod(t, v, "flush")
			return
		}
	}
	fmt.Fprint(in.stderr, s)
}

// sitePackages is site.getsitepackages: PREFIX/lib/python3.13/site-packages for
// each distinct prefix.
func sitePackages(prefixes []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, p := range prefixes {
		if p == "" || seen[p] {
			continue
		}
		seen[p] = true
		out = append(out, joinPath(p, "lib/python3.13/site-packages"))
	}
	return out
}

// userBase is site.getuserbase: PYTHONUSERBASE, else ~/.local.
func userBase() string {
	if b := os.Getenv("PYTHONUSERBASE"); b != "" {
		return b
	}
	return expandUser("~/.local")
}

// expandUser is os.path.expanduser for "~/...": HOME, else the password entry's.
func expandUser(p string) string {
	home := os.Getenv("HOME")
	if home == "" {
		if h, err := os.UserHomeDir(); err == nil {
			home = h
		} else {
			return p
		}
	}
	home = strings.TrimRight(home, "/")
	if home == "" {
		home = "/"
		return home + strings.TrimPrefix(p[1:], "/")
	}
	return home + p[1:]
}

// checkEnableUserSite is site.check_enableusersite: False under -s, None when the
// process runs set-user-ID or set-group-ID, else True.
func (in *Interp) checkEnableUserSite() Value {
	if in.flags.NoUserSite {
		return pyFalse
	}
	if os.Geteuid() != os.Getuid() || os.Getegid() != os.Getgid() {
		return pyNone
	}
	return pyTrue
}

func strsOf(t *Thread, v Value) []string {
	if v.IsNil() || v.IsNone() {
		return nil
	}
	items, _ := strItems(t, v)
	return items
}

// siteMain is site.main.
func (in *Interp) siteMain(t *Thread, m Value) *Exception {
	d := ModuleDict(m)
	sysd := ModuleDict(in.sys)
	s := &siteState{in: in, known: map[string]bool{}}
	// removeduppaths: entries made absolute, the repeated ones dropped.
	if l := in.sysPathList(); l != nil {
		var kept []Value
		for _, v := range l.items {
			if v.Type() != strType {
				kept = append(kept, v)
				continue
			}
			p := makePath(v.str().s)
			if s.known[p] {
				continue
			}
			s.known[p] = true
			kept = append(kept, NewStr(p))
		}
		l.items = kept
	}
	prefix, _ := dictStr(sysd, "prefix")
	execPrefix, _ := dictStr(sysd, "exec_prefix")
	prefixes := []string{prefix, execPrefix}
	enable := pyNone
	if v, ok := d.GetStr("ENABLE_USER_SITE"); ok {
		enable = v
	}
	// venv: a pyvenv.cfg beside the executable or one folder up.
	if loc := locate(); loc.venv != "" {
		sysd.SetStr("prefix", NewStr(loc.venv))
		sysd.SetStr("exec_prefix", NewStr(loc.venv))
		for _, sp := range sitePackages([]string{loc.venv}) {
			if isDir(sp) {
				if err := s.addSiteDir(t, sp); err != nil {
					return err
				}
			}
		}
		if loc.systemSite {
			prefixes = append([]string{loc.venv}, prefixes...)
		} else {
			prefixes = []string{loc.venv}
			enable = pyFalse
		}
	}
	d.SetStr("PREFIXES", NewList(strValues(prefixes)).Value())
	if enable.IsNone() {
		enable = in.checkEnableUserSite()
	}
	d.SetStr("ENABLE_USER_SITE", enable)
	userSite := in.userSitePackages(d)
	if enable == pyTrue && isDir(userSite) {
		if err := s.addSiteDir(t, userSite); err != nil {
			return err
		}
	}
	for _, sp := range sitePackages(prefixes) {
		if isDir(sp) {
			if err := s.addSiteDir(t, sp); err != nil {
				return err
			}
		}
	}
	if err := in.execCustomize(t, "sitecustomize"); err != nil {
		return err
	}
	if enable == pyTrue {
		return in.execCustomize(t, "usercustomize")
	}
	return nil
}

// userSitePackages is site.getusersitepackages: USER_BASE/lib/python3.13/site-packages,
// with USER_BASE and USER_SITE set in the module.
func (in *Interp) userSitePackages(d *Dict) string {
	base, ok := dictStr(d, "USER_BASE")
	if !ok {
		base = userBase()
		d.SetStr("USER_BASE", NewStr(base))
	}
	site, ok := dictStr(d, "USER_SITE")
	if !ok {
		site = base + "/lib/python3.13/site-packages"
		d.SetStr("USER_SITE", NewStr(site))
	}
	return site
}

func isDir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}

// execCustomize is site.execsitecustomize (and execusercustomize): import the
// module if there is one; its failure is reported in a line on standard error.
func (in *Interp) execCustomize(t *Thread, name string) *Exception {
	if !in.mayFind(t, name) {
		return nil
	}
	_, err := in.importModule(t, name)
	if err == nil {
		return nil
	}
	if err.Matches(importError) {
		if n := err.extra[1]; n.Type() == strType && n.str().s == name {
			return nil
		}
	}
	if err.Matches(systemExit) || err.Matches(keyboardInterrupt) {
		return err
	}
	if in.flags.Verbose {
		t.reportException(err, false)
		return nil
	}
	msg, _ := StrOf(t, err.Value())
	in.writeStderr(t, fmt.Sprintf("Error in %s; set PYTHONVERBOSE for traceback:\n%s: %s\n", name, err.typ.Name, msg))
	return nil
}

// mayFind reports whether importing the top-level module name could find
// anything: false only when the import system is as it starts (the default
// finders and hooks) and no entry of sys.path holds a file or folder of that name.
// It spares start-up the search for sitecustomize and usercustomize, which most
// installations do not have.
func (in *Interp) mayFind(t *Thread, name string) bool {
	if in.hasBuiltin(name) {
		return true
	}
	sysd := ModuleDict(in.sys)
	mp, _ := sysd.GetStr("meta_path")
	if mp.Type() != listType || len(mp.list().items) != 3 {
		return true
	}
	for i, f := range []*Type{builtinImporterType, frozenImporterType, pathFinderType} {
		if mp.list().items[i].p != unsafe.Pointer(f) {
			return true
		}
	}
	cache, _ := sysd.GetStr("path_importer_cache")
	if cache.Type() != dictType {
		return true
	}
	for _, entry := range in.sysPath(t) {
		if f, ok := cache.dictObj().GetStr(entry); ok && f.Type() != fileFinderType && f.Type() != libraryImporterType && !f.IsNone() {
			return true
		}
		if in.lib != nil && (entry == in.libPath || strings.HasPrefix(entry, in.libPath+"/")) {
			dir := strings.Trim(strings.TrimPrefix(entry, in.libPath), "/")
			if dir != "" {
				dir += "/"
			}
			if libDir(in.lib, dir+name) || libFile(in.lib, dir+name+".py") {
				return true
			}
			continue
		}
		if entry == "" {
			entry = "."
		}
		st, err := os.Stat(entry)
		if err != nil {
			continue
		}
		if !st.IsDir() {
			return true // an archive, perhaps
		}
		for _, p := range []string{name, name + ".py", name + ".pyc"} {
			if _, err := os.Stat(joinPath(entry, p)); err == nil {
				return true
			}
		}
	}
	return false
}

// newSiteModule makes the site module; unless -S, it runs site.main first, as
// importing CPython's site does.
func newSiteModule(t *Thread) (Value, *Exception) {
	in := t.interp
	m := NewModule("site")
	d := ModuleDict(m)
	d.SetStr("__doc__", NewStr("Append module search paths for third-party packages to sys.path.\n\nKaa's site is native; it does at start-up what CPython's site module does."))
	sysd := ModuleDict(in.sys)
	prefix, _ := sysd.GetStr("prefix")
	execPrefix, _ := sysd.GetStr("exec_prefix")
	d.SetStr("PREFIXES", NewList([]Value{prefix, execPrefix}).Value())
	d.SetStr("ENABLE_USER_SITE", pyNone)
	d.SetStr("USER_SITE", pyNone)
	d.SetStr("USER_BASE", pyNone)
	// withKnown runs f with the known paths given (a set), or those of sys.path.
	withKnown := func(t *Thread, kv Value, f func(s *siteState) *Exception) (Value, *Exception) {
		s := &siteState{in: in}
		if kv.IsNil() || kv.IsNone() {
			s.known = in.knownPaths(t)
		} else {
			s.known = map[string]bool{}
			for _, p := range strsOf(t, kv) {
				s.known[p] = true
			}
			s.set = kv
		}
		if err := f(s); err != nil {
			return Value{}, err
		}
		if s.set.IsNil() {
			return pyNone, nil
		}
		return kv, nil
	}
	defs := []*MethodDef{
		{Name: "addsitedir", Fn: func(t *Thread, _ Value, args []Value, kw *Tuple) (Value, *Exception) {
			var a [2]Value
			if err := parseArgs("addsitedir", args, kw, []string{"sitedir", "known_paths"}, 0, 1, -1, a[:]); err != nil {
				return Value{}, err
			}
			dir, err := fsPath(t, a[0])
			if err != nil {
				return Value{}, err
			}
			return withKnown(t, a[1], func(s *siteState) *Exception { return s.addSiteDir(t, dir) })
		}},
		{Name: "addpackage", Fn: func(t *Thread, _ Value, args []Value, kw *Tuple) (Value, *Exception) {
			var a [3]Value
			if err := parseArgs("addpackage", args, kw, []string{"sitedir", "name", "known_paths"}, 0, 3, -1, a[:]); err != nil {
				return Value{}, err
			}
			dir, err := fsPath(t, a[0])
			if err != nil {
				return Value{}, err
			}
			name, err := fsPath(t, a[1])
			if err != nil {
				return Value{}, err
			}
			return withKnown(t, a[2], func(s *siteState) *Exception { return s.addPackage(t, dir, name) })
		}},
		{Name: "getsitepackages", Fn: func(t *Thread, _ Value, args []Value, kw *Tuple) (Value, *Exception) {
			var a [1]Value
			if err := parseArgs("getsitepackages", args, kw, []string{"prefixes"}, 0, 0, -1, a[:]); err != nil {
				return Value{}, err
			}
			prefixes := strsOf(t, a[0])
			if a[0].IsNil() || a[0].IsNone() {
				v, _ := d.GetStr("PREFIXES")
				prefixes = strsOf(t, v)
			}
			return NewList(strValues(sitePackages(prefixes))).Value(), nil
		}},
		methNoArgs("getuserbase", func(t *Thread, _ Value) (Value, *Exception) {
			if b, ok := dictStr(d, "USER_BASE"); ok {
				return NewStr(b), nil
			}
			b := userBase()
			d.SetStr("USER_BASE", NewStr(b))
			return NewStr(b), nil
		}),
		methNoArgs("getusersitepackages", func(t *Thread, _ Value) (Value, *Exception) {
			return NewStr(in.userSitePackages(d)), nil
		}),
		methNoArgs("check_enableusersite", func(t *Thread, _ Value) (Value, *Exception) {
			return in.checkEnableUserSite(), nil
		}),
		&MethodDef{Name: "makepath", Fn: func(t *Thread, _ Value, args []Value, kw *Tuple) (Value, *Exception) {
			if err := noKwargs("makepath", kw); err != nil {
				return Value{}, err
			}
			if len(args) == 0 {
				return Value{}, typeErrorf("join() missing 1 required positional argument: 'a'")
			}
			parts := make([]string, len(args))
			for i, a := range args {
				p, err := fsPath(t, a)
				if err != nil {
					return Value{}, err
				}
				parts[i] = p
			}
			p := makePath(parts...)
			return NewTuple(NewStr(p), NewStr(p)), nil
		}},
		methNoArgs("removeduppaths", func(t *Thread, _ Value) (Value, *Exception) {
			known := newSetObj(setType)
			l := in.sysPathList()
			if l == nil {
				return known.Value(), nil
			}
			seen := map[string]bool{}
			var kept []Value
			for _, v := range l.items {
				if v.Type() != strType {
					kept = append(kept, v)
					continue
				}
				p := makePath(v.str().s)
				if !seen[p] {
					seen[p] = true
					known.add(t, NewStr(p))
					kept = append(kept, NewStr(p))
				}
			}
			l.items = kept
			return known.Value(), nil
		}),
		methNoArgs("main", func(t *Thread, _ Value) (Value, *Exception) {
			return pyNone, in.siteMain(t, m)
		}),
	}
	for _, def := range defs {
		d.SetStr(def.Name, NewBuiltin(def, m, "site"))
	}
	if !in.flags.NoSite {
		if err := in.siteMain(t, m); err != nil {
			return Value{}, err
		}
	}
	return m, nil
}
