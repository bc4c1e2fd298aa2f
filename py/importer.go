package py

// The import system, as importlib's _bootstrap and _bootstrap_external do it: the
// finders on sys.meta_path (BuiltinImporter, FrozenImporter, PathFinder) give a
// ModuleSpec; the spec's loader creates and executes the module. The default finders
// and loaders are native; any other finder a program puts on sys.meta_path is called
// through its find_spec, and its loader through create_module/exec_module.
//
// Source modules are cached as __pycache__/NAME.kaa-313.pyc (cache.go).

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unsafe"
)

var (
	moduleSpecType           = newType("_frozen_importlib.ModuleSpec", nil, nil)
	builtinImporterType      = newType("_frozen_importlib.BuiltinImporter", nil, nil)
	frozenImporterType       = newType("_frozen_importlib.FrozenImporter", nil, nil)
	pathFinderType           = newType("_frozen_importlib_external.PathFinder", nil, nil)
	sourceFileLoaderType     = newType("_frozen_importlib_external.SourceFileLoader", nil, nil)
	sourcelessFileLoaderType = newType("_frozen_importlib_external.SourcelessFileLoader", nil, nil)
	namespaceLoaderType      = newType("_frozen_importlib_external.NamespaceLoader", nil, nil)
	namespacePathType        = newType("_frozen_importlib_external._NamespacePath", nil, nil)
)

// importObj is an instance of one of the import system's native classes: its state
// lives in its __dict__, as the Python classes of importlib keep it.
type importObj struct {
	Header
}

func newImportObj(typ *Type) (Value, *Dict) {
	d := NewDict()
	return Value{p: unsafe.Pointer(&importObj{Header{typ: typ, dict: d}})}, d
}

// spec is the Go view of a ModuleSpec built by the native finders.
type spec struct {
	name      string
	loader    Value  // a loader object or class
	origin    string // "" for None
	locations []string
	isPkg     bool // submodule_search_locations is set
	namespace bool
	cached    string // "" for None
	location  bool   // has_location
}

// newSpec makes a ModuleSpec object.
func newSpec(s spec) Value {
	v, d := newImportObj(moduleSpecType)
	d.SetStr("name", NewStr(s.name))
	d.SetStr("loader", s.loader)
	d.SetStr("origin", optStr(s.origin))
	d.SetStr("loader_state", pyNone)
	if s.isPkg {
		locs := make([]Value, len(s.locations))
		for i, l := range s.locations {
			locs[i] = NewStr(l)
		}
		if s.namespace {
			pv, pd := newImportObj(namespacePathType)
			pd.SetStr("_path", NewList(locs).Value())
			d.SetStr("submodule_search_locations", pv)
		} else {
			d.SetStr("submodule_search_locations", NewList(locs).Value())
		}
	} else {
		d.SetStr("submodule_search_locations", pyNone)
	}
	d.SetStr("_uninitialized_submodules", NewList(nil).Value())
	d.SetStr("_set_fileattr", Bool(s.location))
	d.SetStr("cached", optStr(s.cached))
	return v
}

func optStr(s string) Value {
	if s == "" {
		return pyNone
	}
	return NewStr(s)
}

// newFileLoader makes a SourceFileLoader or SourcelessFileLoader for fullname at path.
func newFileLoader(typ *Type, fullname, path string) Value {
	v, d := newImportObj(typ)
	d.SetStr("name", NewStr(fullname))
	d.SetStr("path", NewStr(path))
	return v
}

func dictStr(d *Dict, key string) (string, bool) {
	if v, ok := d.GetStr(key); ok && v.Type() == strType {
		return v.str().s, true
	}
	return "", false
}

// attrStr returns v.name if it is a str.
func attrStr(t *Thread, v Value, name string) (string, bool, *Exception) {
	a, found, err := lookupAttr(t, v, NewStr(name).str())
	if err != nil || !found || a.Type() != strType {
		return "", false, err
	}
	return a.str().s, true, nil
}

// builtinSpec is the spec of a native module.
func (in *Interp) builtinSpec(name string) Value {
	return newSpec(spec{name: name, loader: TypeValue(builtinImporterType), origin: "built-in"})
}

// hasBuiltin reports whether name is a native module of this interpreter.
func (in *Interp) hasBuiltin(name string) bool {
	if name == "sys" || name == "builtins" {
		return true
	}
	if _, ok := in.moduleDefs[name]; ok {
		return true
	}
	_, ok := builtinModules[name]
	return ok
}

// findSpec asks each finder on sys.meta_path for name's spec (None: not found). path
// is the parent package's __path__ (zero for a top-level module).
func (in *Interp) findSpec(t *Thread, name string, path Value) (Value, *Exception) {
	mp, _ := ModuleDict(in.sys).GetStr("meta_path")
	var finders []Value
	if mp.Type() == listType {
		finders = append(finders, mp.list().items...)
	} else {
		return Value{}, Errorf(importError, "sys.meta_path is None, Python is likely shutting down")
	}
	for _, f := range finders {
		var s Value
		var err *Exception
		switch f.p {
		case unsafe.Pointer(builtinImporterType):
			if (path.IsNil() || strings.Contains(name, ".")) && in.hasBuiltin(name) {
				s = in.builtinSpec(name)
			}
		case unsafe.Pointer(frozenImporterType):
		case unsafe.Pointer(pathFinderType):
			s, err = in.pathFind(t, name, path)
		default:
			fs, found, e := lookupAttr(t, f, NewStr("find_spec").str())
			if e != nil {
				return Value{}, e
			}
			if !found {
				continue
			}
			p := path
			if p.IsNil() {
				p = pyNone
			}
			s, err = Call(t, fs, NewStr(name), p, pyNone)
		}
		if err != nil {
			return Value{}, err
		}
		if !s.IsNil() && !s.IsNone() {
			return s, nil
		}
	}
	return pyNone, nil
}

// pathFind is PathFinder.find_spec: each entry of path (sys.path when zero) gets its
// finder from sys.path_importer_cache or sys.path_hooks (filefinder.go) and is
// asked for the spec; the portions of the entries that have only a directory make a
// namespace package when nothing else is found.
func (in *Interp) pathFind(t *Thread, name string, path Value) (Value, *Exception) {
	var entries []string
	if path.IsNil() || path.IsNone() {
		entries = in.sysPath(t)
	} else {
		var err *Exception
		if entries, err = strItems(t, path); err != nil {
			return Value{}, err
		}
	}
	var portions []string
	for _, entry := range entries {
		finder, err := in.pathFinder(t, entry)
		if err != nil {
			return Value{}, err
		}
		if finder.IsNone() {
			continue
		}
		s, err := entryFindSpec(t, finder, name)
		if err != nil {
			return Value{}, err
		}
		if s.IsNone() {
			continue
		}
		loader, _, err := lookupAttr(t, s, NewStr("loader").str())
		if err != nil {
			return Value{}, err
		}
		if !loader.IsNil() && !loader.IsNone() {
			return s, nil
		}
		locs, _, err := lookupAttr(t, s, NewStr("submodule_search_locations").str())
		if err != nil {
			return Value{}, err
		}
		if locs.IsNil() || locs.IsNone() {
			return Value{}, Errorf(importError, "spec missing loader")
		}
		ps, err := strItems(t, locs)
		if err != nil {
			return Value{}, err
		}
		portions = append(portions, ps...)
	}
	if portions != nil {
		// As PathFinder returns it: no loader yet; loading gives it a NamespaceLoader.
		return newSpec(spec{name: name, loader: pyNone, isPkg: true, namespace: true, locations: portions}), nil
	}
	return pyNone, nil
}

// strItems is the str items of an iterable (path entries: the others are skipped,
// as PathFinder skips them).
func strItems(t *Thread, v Value) ([]string, *Exception) {
	items, err := ToSlice(t, v)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, p := range items {
		if p.Type() == strType {
			out = append(out, p.str().s)
		}
	}
	return out, nil
}

func strValues(ss []string) []Value {
	out := make([]Value, len(ss))
	for i, s := range ss {
		out[i] = NewStr(s)
	}
	return out
}

func isFile(path string) bool {
	st, err := os.Stat(path)
	return err == nil && !st.IsDir()
}

func (in *Interp) fileSpec(name, file, suffix string, locations []string) spec {
	s := spec{name: name, origin: file, location: true, isPkg: locations != nil, locations: locations}
	if suffix == ".py" {
		s.loader = newFileLoader(sourceFileLoaderType, name, file)
		s.cached = in.cacheFromSource(file)
	} else {
		s.loader = newFileLoader(sourcelessFileLoaderType, name, file)
		s.cached = file
	}
	return s
}

// importModule imports a module by absolute dotted name (_find_and_load).
func (in *Interp) importModule(t *Thread, name string) (Value, *Exception) {
	if in.allow != nil && !in.allow(name) {
		if _, ok := in.modules.GetStr(name); !ok {
			return Value{}, importDenied(t, name)
		}
	}
	if l := in.gil.imports[name]; l != nil && l.owner != t {
		// Another thread is importing it: wait until it is done (gil.go).
		if waited, err := t.awaitImport(l); err != nil {
			return Value{}, err
		} else if waited {
			return in.importModule(t, name)
		}
	}
	if m, ok := in.modules.GetStr(name); ok {
		if m.IsNone() {
			e := Errorf(moduleNotFoundError, "import of %s halted; None in sys.modules", name)
			e.extra[1] = NewStr(name)
			return Value{}, e
		}
		return m, nil
	}
	defer t.startImport(name)()
	if in.importTime.on {
		return in.timedImport(t, name)
	}
	return in.findAndLoad(t, name)
}

// importTimer is -X importtime's state: the nesting of the imports under way and
// the time their children took.
type importTimer struct {
	on, header bool
	level      int
	children   time.Duration
}

// timedImport is findAndLoad reported as CPython's -X importtime reports it: once
// a header, then for each import its own time and its time with the imports it
// made (in µs, rounded up), indented by its nesting, when it ends.
func (in *Interp) timedImport(t *Thread, name string) (Value, *Exception) {
	it := &in.importTime
	in.Flush()
	if !it.header {
		it.header = true
		io.WriteString(in.stderr, "import time: self [us] | cumulative | imported package\n")
	}
	it.level++
	saved := it.children
	it.children = 0
	start := time.Now()
	m, err := in.findAndLoad(t, name)
	cum := time.Since(start)
	it.level--
	us := func(d time.Duration) int64 { return int64((d + time.Microsecond - 1) / time.Microsecond) }
	fmt.Fprintf(in.stderr, "import time: %9d | %10d | %*s%s\n", us(cum-it.children), us(cum), it.level*2, "", name)
	it.children = saved + cum
	return m, err
}

// findAndLoad is _find_and_load for a module not in sys.modules: the parent package
// first, then the spec from sys.meta_path, then the module loaded from it.
func (in *Interp) findAndLoad(t *Thread, name string) (Value, *Exception) {
	var path, parentSpec Value
	parent, child := "", ""
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		parent, child = name[:i], name[i+1:]
		if _, ok := in.modules.GetStr(parent); !ok {
			if _, err := in.importModule(t, parent); err != nil {
				return Value{}, err
			}
		}
		// Importing the parent may have imported this module too.
		if m, ok := in.modules.GetStr(name); ok {
			return m, nil
		}
		pm, ok := in.modules.GetStr(parent)
		if !ok {
			return Value{}, Errorf(keyError, "%s", strRepr(parent))
		}
		pv, found, err := lookupAttr(t, pm, NewStr("__path__").str())
		if err != nil {
			return Value{}, err
		}
		if !found {
			e := Errorf(moduleNotFoundError, "No module named '%s'; '%s' is not a package", name, parent)
			e.extra[1] = NewStr(name)
			return Value{}, e
		}
		path = pv
		if ps, found, err := lookupAttr(t, pm, NewStr("__spec__").str()); err != nil {
			return Value{}, err
		} else if found && !ps.IsNone() {
			parentSpec = ps
		}
	}
	s, err := in.findSpec(t, name, path)
	if err != nil {
		return Value{}, err
	}
	if s.IsNone() {
		e := Errorf(moduleNotFoundError, "No module named '%s'", name)
		e.extra[1] = NewStr(name)
		return Value{}, e
	}
	// While the child loads, the parent's spec lists it in _uninitialized_submodules,
	// so that parent.child can say it is a circular import.
	var pending Value
	if !parentSpec.IsNil() {
		if l, found, err := lookupAttr(t, parentSpec, NewStr("_uninitialized_submodules").str()); err != nil {
			return Value{}, err
		} else if found {
			if _, err := CallMethod(t, l, "append", NewStr(child)); err != nil {
				return Value{}, err
			}
			pending = l
		}
	}
	m, err := in.loadFromSpec(t, s)
	if !pending.IsNil() {
		if _, perr := CallMethod(t, pending, "pop"); perr != nil && err == nil {
			err = perr
		}
	}
	if err != nil {
		return Value{}, err
	}
	if parent != "" {
		pm, ok := in.modules.GetStr(parent)
		if !ok {
			return Value{}, Errorf(keyError, "%s", strRepr(parent))
		}
		// CPython warns (ImportWarning) when the attribute cannot be set, and goes on.
		_ = setAttr(t, pm, NewStr(child).str(), m)
	}
	return m, nil
}

// loadFromSpec is _load_unlocked: create the module, set its attributes from the
// spec, put it in sys.modules while it executes, and take it out if that fails.
func (in *Interp) loadFromSpec(t *Thread, s Value) (Value, *Exception) {
	name, _, err := attrStr(t, s, "name")
	if err != nil {
		return Value{}, err
	}
	loader, _, err := lookupAttr(t, s, NewStr("loader").str())
	if err != nil {
		return Value{}, err
	}
	if loader.IsNil() {
		loader = pyNone
	}
	var m Value
	native := loader.p == unsafe.Pointer(builtinImporterType)
	if native {
		if mod, ok := in.modules.GetStr(name); ok { // sys, builtins
			m = mod
		} else {
			f, ok := builtinModules[name]
			if def := in.moduleDefs[name]; def != nil {
				return def.load(t, name, s)
			}
			if !ok {
				e := Errorf(importError, "no built-in module named %s", name)
				e.extra[1] = NewStr(name)
				return Value{}, e
			}
			if m, err = f(t); err != nil {
				return Value{}, err
			}
		}
		setNativeAttrs(m, name, s)
		in.modules.SetStr(name, m)
		return m, nil
	}
	locs, _, err := lookupAttr(t, s, NewStr("submodule_search_locations").str())
	if err != nil {
		return Value{}, err
	}
	if locs.IsNil() {
		locs = pyNone
	}
	switch loader.Type() {
	case sourceFileLoaderType, sourcelessFileLoaderType, namespaceLoaderType, noneType, libraryImporterType:
	default:
		if _, found, err := lookupAttr(t, loader, NewStr("exec_module").str()); err != nil {
			return Value{}, err
		} else if !found {
			// importlib falls back to the long-deprecated load_module() (with an
			// ImportWarning, which the default filters hide).
			return t.loadBackwardCompatible(name, s, loader)
		}
		if m, err = createModule(t, s, loader); err != nil {
			return Value{}, err
		}
	}
	if m.IsNil() {
		m = NewModule(name)
	}
	nsFile := false
	if loader.IsNone() && !locs.IsNone() {
		// A namespace package found by a finder that left the loader to the import
		// system (_init_module_attrs): a NamespaceLoader over the spec's path, and
		// __file__ None.
		ld, d := newImportObj(namespaceLoaderType)
		d.SetStr("_path", locs)
		if err := setAttr(t, s, NewStr("loader").str(), ld); err != nil {
			return Value{}, err
		}
		loader, nsFile = ld, true
	}
	if err := initModuleAttrs(t, m, s, loader); err != nil {
		return Value{}, err
	}
	if nsFile {
		ModuleDict(m).SetStr("__file__", pyNone)
	}
	setInitializing(t, s, true)
	in.modules.SetStr(name, m)
	if loader.IsNone() {
		err = importErrorNamed(name, "missing loader")
	} else {
		err = in.execModule(t, loader, m)
	}
	if err != nil {
		in.modules.DelItem(t, NewStr(name))
		setInitializing(t, s, false)
		return Value{}, err
	}
	// The module may have replaced itself in sys.modules (or removed itself); it
	// moves to the end of sys.modules.
	key := NewStr(name)
	r, ok := in.modules.GetStr(name)
	if ok {
		in.modules.DelItem(t, key)
		in.modules.SetStr(name, r)
	}
	setInitializing(t, s, false)
	if !ok {
		return Value{}, NewException(keyError, key)
	}
	return r, nil
}

// loadBackwardCompatible is importlib's _load_backward_compatible: a loader without
// exec_module puts the module in sys.modules itself through load_module(name); the
// module moves to the end of sys.modules and gets the __loader__, __package__ and
// __spec__ it lacks.
func (t *Thread) loadBackwardCompatible(name string, s, loader Value) (Value, *Exception) {
	in := t.interp
	key := NewStr(name)
	// reinsert moves sys.modules[name] to the end, reporting whether it is there.
	reinsert := func() (Value, bool) {
		m, ok := in.modules.GetStr(name)
		if ok {
			in.modules.DelItem(t, key)
			in.modules.SetStr(name, m)
		}
		return m, ok
	}
	if _, err := CallMethod(t, loader, "load_module", key); err != nil {
		reinsert()
		return Value{}, err
	}
	m, ok := reinsert()
	if !ok {
		return Value{}, NewException(keyError, key)
	}
	// setIfNone sets attr to what value gives when getattr(module, attr, None) is
	// None, ignoring an AttributeError from the setting.
	setIfNone := func(attr string, value func() (Value, *Exception)) *Exception {
		cur, found, err := lookupAttr(t, m, NewStr(attr).str())
		if err != nil || found && !cur.IsNone() {
			return err
		}
		v, err := value()
		if err != nil {
			return err
		}
		if err := setAttr(t, m, NewStr(attr).str(), v); err != nil && !err.Matches(attributeError) {
			return err
		}
		return nil
	}
	// __package__: the module's name for a package, else its parent's.
	pkg := func() (Value, *Exception) {
		_, isPkg, err := lookupAttr(t, m, NewStr("__path__").str())
		if err != nil {
			return Value{}, err
		}
		if isPkg {
			if n, ok, err := lookupAttr(t, m, NewStr("__name__").str()); ok && err == nil {
				return n, nil
			}
			return key, nil
		}
		return NewStr(name[:max(0, strings.LastIndexByte(name, '.'))]), nil
	}
	for _, a := range []struct {
		attr  string
		value func() (Value, *Exception)
	}{
		{"__loader__", func() (Value, *Exception) { return loader, nil }},
		{"__package__", pkg},
		{"__spec__", func() (Value, *Exception) { return s, nil }},
	} {
		if err := setIfNone(a.attr, a.value); err != nil {
			return Value{}, err
		}
	}
	return m, nil
}

// setNativeAttrs gives a native module the attributes BuiltinImporter's modules
// have: __loader__, __package__ and __spec__.
func setNativeAttrs(m Value, name string, s Value) {
	d := ModuleDict(m)
	d.SetStr("__loader__", TypeValue(builtinImporterType))
	pkg := ""
	if _, isPkg := d.GetStr("__path__"); isPkg {
		pkg = name
	} else if i := strings.LastIndexByte(name, '.'); i >= 0 {
		pkg = name[:i]
	}
	d.SetStr("__package__", NewStr(pkg))
	d.SetStr("__spec__", s)
}

// createModule is module_from_spec's first half: loader.create_module(spec), whose
// None (zero Value here) asks for a plain module; a loader with exec_module must
// have create_module.
func createModule(t *Thread, s, loader Value) (Value, *Exception) {
	cm, found, err := lookupAttr(t, loader, NewStr("create_module").str())
	if err != nil {
		return Value{}, err
	}
	if !found {
		if _, found, _ := lookupAttr(t, loader, NewStr("exec_module").str()); found {
			return Value{}, Errorf(importError, "loaders that define exec_module() must also define create_module()")
		}
		return Value{}, nil
	}
	r, err := Call(t, cm, s)
	if err != nil || r.IsNone() {
		return Value{}, err
	}
	return r, nil
}

func importErrorNamed(name, msg string) *Exception {
	e := Errorf(importError, "%s", msg)
	e.extra[1] = NewStr(name)
	return e
}

func setInitializing(t *Thread, s Value, on bool) {
	if s.Type() == moduleSpecType {
		s.hdr().dict.SetStr("_initializing", Bool(on))
		return
	}
	setAttr(t, s, NewStr("_initializing").str(), Bool(on))
}

// initModuleAttrs is _init_module_attrs: __name__, __loader__, __package__, __spec__,
// __path__, __file__ and __cached__ as importlib sets them.
func initModuleAttrs(t *Thread, m, s, loader Value) *Exception {
	d := ModuleDict(m)
	name, _, _ := attrStr(t, s, "name")
	if _, ok := d.GetStr("__name__"); !ok {
		d.SetStr("__name__", NewStr(name))
	}
	d.SetStr("__loader__", loader)
	parent, err := specParent(t, s)
	if err != nil {
		return err
	}
	d.SetStr("__package__", parent)
	d.SetStr("__spec__", s)
	locs, found, err := lookupAttr(t, s, NewStr("submodule_search_locations").str())
	if err != nil {
		return err
	}
	if found && !locs.IsNone() {
		d.SetStr("__path__", locs)
	}
	if hasLocation(t, s) {
		if origin, ok, _ := attrStr(t, s, "origin"); ok {
			d.SetStr("__file__", NewStr(origin))
		}
		if c, found, err := lookupAttr(t, s, NewStr("cached").str()); err != nil {
			return err
		} else if found && !c.IsNone() {
			d.SetStr("__cached__", c)
		}
	}
	return nil
}

func hasLocation(t *Thread, s Value) bool {
	v, found, _ := lookupAttr(t, s, NewStr("has_location").str())
	if !found {
		return false
	}
	b, _ := IsTrue(t, v)
	return b
}

// specParent is ModuleSpec.parent: the package a module belongs to.
func specParent(t *Thread, s Value) (Value, *Exception) {
	name, _, err := attrStr(t, s, "name")
	if err != nil {
		return Value{}, err
	}
	locs, found, err := lookupAttr(t, s, NewStr("submodule_search_locations").str())
	if err != nil {
		return Value{}, err
	}
	if found && !locs.IsNone() {
		return NewStr(name), nil
	}
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		return NewStr(name[:i]), nil
	}
	return NewStr(""), nil
}

// execModule runs a module's code: natively for the file loaders, through
// loader.exec_module otherwise.
func (in *Interp) execModule(t *Thread, loader, m Value) *Exception {
	switch loader.Type() {
	case namespaceLoaderType:
		return nil
	case libraryImporterType:
		return (*libImporter)(loader.p).exec(t, m)
	case sourceFileLoaderType, sourcelessFileLoaderType:
		code, err := in.loaderCode(t, loader)
		if err != nil {
			return err
		}
		if d := m.hdr().dict; d != nil {
			if _, ok := d.GetStr("__builtins__"); !ok {
				d.SetStr("__builtins__", in.builtinsDict.Value())
			}
		}
		_, err = t.RunCode(code, m)
		return err
	}
	em, err := getAttr(t, loader, NewStr("exec_module").str())
	if err != nil {
		return err
	}
	_, err = Call(t, em, m)
	return err
}

// loaderCode is get_code of a native file loader.
func (in *Interp) loaderCode(t *Thread, loader Value) (*Code, *Exception) {
	d := loader.hdr().dict
	name, _ := dictStr(d, "name")
	path, _ := dictStr(d, "path")
	if in.sandbox && !in.inLibrary(path) {
		return nil, HostDenied("loading " + path)
	}
	if loader.Type() == sourcelessFileLoaderType {
		return in.sourcelessCode(t, name, path)
	}
	return in.sourceCode(t, name, path)
}

func (in *Interp) sysPath(t *Thread) []string {
	pv, ok := ModuleDict(in.sys).GetStr("path")
	if !ok {
		return in.path
	}
	var out []string
	items, _ := ToSlice(t, pv)
	for _, p := range items {
		if p.Type() == strType {
			out = append(out, p.str().s)
		}
	}
	return out
}

// moduleInitializing reports whether m is still executing its body (its spec's
// _initializing is true): the mark of a circular import.
func moduleInitializing(t *Thread, m Value) bool {
	d := m.hdr().dict
	if d == nil {
		return false
	}
	s, ok := d.GetStr("__spec__")
	if !ok || s.IsNone() {
		return false
	}
	return specInitializing(t, s)
}

// specInitializing is _PyModuleSpec_IsInitializing: spec._initializing is true.
func specInitializing(t *Thread, s Value) bool {
	v, found, err := lookupAttr(t, s, NewStr("_initializing").str())
	if err != nil || !found {
		return false
	}
	b, _ := IsTrue(t, v)
	return b
}

// importName is IMPORT_NAME.
func (t *Thread) importName(f *frame, name *Str, fromlist, level Value) (Value, *Exception) {
	imp, ok := f.builtins.GetStr("__import__")
	if !ok {
		return Value{}, Errorf(importError, "__import__ not found")
	}
	if imp.Type() == builtinType && imp.builtin().def.Name == "__import__" {
		return t.doImport(name.s, f.globals, fromlist, level)
	}
	locals := f.locals
	if locals.IsNil() {
		locals = pyNone
	}
	return Call(t, imp, strOf(name), f.globals.Value(), locals, fromlist, level)
}

// calcPackage is _calc___package__: the package a relative import is relative to.
func calcPackage(t *Thread, globals *Dict) (string, *Exception) {
	if p, ok := globals.GetStr("__package__"); ok && !p.IsNone() {
		if p.Type() != strType && !p.Type().IsSubtype(strType) {
			return "", typeErrorf("package must be a string")
		}
		return p.str().s, nil
	}
	if s, ok := globals.GetStr("__spec__"); ok && !s.IsNone() {
		pv, found, err := lookupAttr(t, s, NewStr("parent").str())
		if err != nil {
			return "", err
		}
		if found && pv.Type() == strType {
			return pv.str().s, nil
		}
	}
	n, ok := globals.GetStr("__name__")
	if !ok {
		return "", Errorf(keyError, "'__name__' not in globals")
	}
	if n.Type() != strType {
		return "", typeErrorf("__name__ must be a string")
	}
	pkg := n.str().s
	if _, isPkg := globals.GetStr("__path__"); !isPkg {
		if i := strings.LastIndexByte(pkg, '.'); i >= 0 {
			pkg = pkg[:i]
		} else {
			pkg = ""
		}
	}
	return pkg, nil
}

// resolveName is _resolve_name: name relative to package at level.
func resolveName(name, pkg string, level int) (string, *Exception) {
	bits := strings.Split(pkg, ".")
	if len(bits) < level {
		return "", Errorf(importError, "attempted relative import beyond top-level package")
	}
	base := strings.Join(bits[:len(bits)-(level-1)], ".")
	if name == "" {
		return base, nil
	}
	return base + "." + name, nil
}

// doImport is __import__ (PyImport_ImportModuleLevelObject).
func (t *Thread) doImport(name string, globals *Dict, fromlist, levelV Value) (Value, *Exception) {
	level64, err := IndexInt(t, levelV, nil)
	if err != nil {
		return Value{}, err
	}
	level := int(level64)
	if level < 0 {
		return Value{}, Errorf(valueError, "level must be >= 0")
	}
	full := name
	if level > 0 {
		if globals == nil {
			return Value{}, typeErrorf("globals must be a dict")
		}
		pkg, err := calcPackage(t, globals)
		if err != nil {
			return Value{}, err
		}
		if pkg == "" {
			return Value{}, Errorf(importError, "attempted relative import with no known parent package")
		}
		if full, err = resolveName(name, pkg, level); err != nil {
			return Value{}, err
		}
	} else if name == "" {
		return Value{}, Errorf(valueError, "Empty module name")
	}
	m, err := t.interp.importModule(t, full)
	if err != nil {
		return Value{}, err
	}
	hasFrom := false
	if !fromlist.IsNil() && !fromlist.IsNone() {
		b, err := IsTrue(t, fromlist)
		if err != nil {
			return Value{}, err
		}
		hasFrom = b
	}
	if !hasFrom {
		if level == 0 || name != "" {
			first := name
			if i := strings.IndexByte(name, '.'); i >= 0 {
				first = name[:i]
			}
			if level == 0 {
				if first == name {
					return m, nil
				}
				return t.interp.importModule(t, first)
			}
			// Relative "import .a.b" is not valid syntax; __import__ can still ask.
			cut := len(name) - len(first)
			top := full[:len(full)-cut]
			if v, ok := t.interp.modules.GetStr(top); ok {
				return v, nil
			}
			return Value{}, Errorf(keyError, "%s not in sys.modules as expected", top)
		}
		return m, nil
	}
	if hasAttr(t, m, "__path__") {
		if err := t.handleFromlist(m, fromlist, false); err != nil {
			return Value{}, err
		}
	}
	return m, nil
}

func hasAttr(t *Thread, v Value, name string) bool {
	_, found, _ := lookupAttr(t, v, NewStr(name).str())
	return found
}

// handleFromlist is _handle_fromlist: the submodules a "from package import x" names
// are imported when the package has no attribute x.
func (t *Thread) handleFromlist(m, fromlist Value, recursive bool) *Exception {
	items, err := ToSlice(t, fromlist)
	if err != nil {
		return err
	}
	modName := ""
	for _, x := range items {
		if x.Type() != strType && !x.Type().IsSubtype(strType) {
			if recursive {
				if modName == "" {
					modName, _, _ = attrStr(t, m, "__name__")
				}
				return typeErrorf("Item in %s.__all__ must be str, not %s", modName, typeName(x))
			}
			return typeErrorf("Item in ``from list'' must be str, not %s", typeName(x))
		}
		s := x.str().s
		if s == "*" {
			if !recursive {
				if all, found, err := lookupAttr(t, m, NewStr("__all__").str()); err != nil {
					return err
				} else if found {
					if err := t.handleFromlist(m, all, true); err != nil {
						return err
					}
				}
			}
			continue
		}
		if hasAttr(t, m, s) {
			continue
		}
		if modName == "" {
			modName, _, _ = attrStr(t, m, "__name__")
		}
		from := modName + "." + s
		if _, err := t.interp.importModule(t, from); err != nil {
			if err.Matches(moduleNotFoundError) {
				if n := err.extra[1]; n.Type() == strType && n.str().s == from {
					if v, ok := t.interp.modules.GetStr(from); !ok || !v.IsNone() {
						continue
					}
				}
			}
			return err
		}
	}
	return nil
}

// importFrom is IMPORT_FROM: an attribute of the module, or else the submodule of
// that name already in sys.modules (a circular import may not have set it yet).
func (t *Thread) importFrom(m Value, name *Str) (Value, *Exception) {
	v, err := getAttr(t, m, name)
	if err == nil {
		return v, nil
	}
	if !err.Matches(attributeError) {
		return Value{}, err
	}
	pn, found, _ := lookupAttr(t, m, strName)
	if !found || pn.Type() != strType {
		e := Errorf(importError, "cannot import name '%s'", name.s)
		e.extra[3] = strOf(name)
		return Value{}, e
	}
	modName := pn.str().s
	if sub, ok := t.interp.modules.GetStr(modName + "." + name.s); ok {
		return sub, nil
	}
	file := Value{}
	if d := m.hdr().dict; d != nil && m.Type().IsSubtype(moduleType) {
		if f, ok := d.GetStr("__file__"); ok && f.Type() == strType {
			file = f
		}
	}
	where := "unknown location"
	if !file.IsNil() {
		where = file.str().s
	}
	var e *Exception
	if moduleInitializing(t, m) {
		e = Errorf(importError, "cannot import name '%s' from partially initialized module '%s' (most likely due to a circular import) (%s)", name.s, modName, where)
	} else {
		e = Errorf(importError, "cannot import name '%s' from '%s' (%s)", name.s, modName, where)
	}
	e.extra[1] = NewStr(modName)
	if !file.IsNil() {
		e.extra[2] = file
	}
	e.extra[3] = strOf(name)
	return Value{}, e
}

func init() {
	for _, typ := range []*Type{moduleSpecType, sourceFileLoaderType, sourcelessFileLoaderType, namespaceLoaderType, namespacePathType} {
		typ.hasDict = true
		typ.new = func(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
			v, _ := newImportObj(typ)
			return v, nil
		}
	}
	moduleSpecType.init = func(t *Thread, self Value, args []Value, kw *Tuple) *Exception {
		var a [5]Value
		if err := parseArgs("ModuleSpec", args, kw, []string{"name", "loader", "origin", "loader_state", "is_package"}, 0, 2, 2, a[:]); err != nil {
			return err
		}
		d := self.hdr().dict
		d.SetStr("name", a[0])
		d.SetStr("loader", a[1])
		for i, k := range []string{"origin", "loader_state"} {
			v := a[2+i]
			if v.IsNil() {
				v = pyNone
			}
			d.SetStr(k, v)
		}
		locs := pyNone
		if !a[4].IsNil() {
			if b, err := IsTrue(t, a[4]); err != nil {
				return err
			} else if b {
				locs = NewList(nil).Value()
			}
		}
		d.SetStr("submodule_search_locations", locs)
		d.SetStr("_uninitialized_submodules", NewList(nil).Value())
		d.SetStr("_set_fileattr", pyFalse)
		d.SetStr("cached", pyNone)
		return nil
	}
	moduleSpecType.repr = func(t *Thread, v Value) (Value, *Exception) {
		var b strings.Builder
		b.WriteString(v.Type().Name + "(")
		for i, k := range []string{"name", "loader", "origin", "submodule_search_locations"} {
			a, found, err := lookupAttr(t, v, NewStr(k).str())
			if err != nil {
				return Value{}, err
			}
			if !found {
				a = pyNone
			}
			if i >= 2 && a.IsNone() {
				continue
			}
			var s string
			if i == 3 {
				s, err = StrOf(t, a)
			} else {
				s, err = Repr(t, a)
			}
			if err != nil {
				return Value{}, err
			}
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(k + "=" + s)
		}
		b.WriteString(")")
		return NewStr(b.String()), nil
	}
	// ModuleSpec.__eq__: the same name, loader, origin, search locations, cached and
	// has_location; NotImplemented when other lacks one of them.
	moduleSpecType.richcmp = func(t *Thread, a, b Value, op CompareOp) (Value, *Exception) {
		if op != EQ && op != NE {
			return pyNotImplemented, nil
		}
		eq := true
		for _, k := range []string{"name", "loader", "origin", "submodule_search_locations", "cached", "has_location"} {
			x, err := getAttr(t, a, NewStr(k).str())
			if err != nil {
				return Value{}, err
			}
			y, err := getAttr(t, b, NewStr(k).str())
			if err != nil {
				if err.Matches(attributeError) {
					return pyNotImplemented, nil
				}
				return Value{}, err
			}
			same, err := RichCompareBool(t, x, y, EQ)
			if err != nil {
				return Value{}, err
			}
			if !same {
				eq = false
				break
			}
		}
		return Bool(eq == (op == EQ)), nil
	}
	moduleSpecType.ready(
		getset("parent", func(t *Thread, v Value) (Value, *Exception) { return specParent(t, v) }, nil),
		getset("has_location", func(t *Thread, v Value) (Value, *Exception) {
			if f, ok := v.hdr().dict.GetStr("_set_fileattr"); ok {
				return f, nil
			}
			return pyFalse, nil
		}, func(t *Thread, v, val Value) *Exception {
			b, err := IsTrue(t, val)
			if err != nil {
				return err
			}
			v.hdr().dict.SetStr("_set_fileattr", Bool(b))
			return nil
		}))

	fileLoaderInit := func(t *Thread, self Value, args []Value, kw *Tuple) *Exception {
		var a [2]Value
		if err := parseArgs("FileLoader", args, kw, []string{"fullname", "path"}, 0, 2, -1, a[:]); err != nil {
			return err
		}
		d := self.hdr().dict
		d.SetStr("name", a[0])
		d.SetStr("path", a[1])
		return nil
	}
	for _, typ := range []*Type{sourceFileLoaderType, sourcelessFileLoaderType} {
		typ.init = fileLoaderInit
		typ.ready(
			methN("get_filename", 0, 1, func(t *Thread, self Value, a []Value) (Value, *Exception) {
				return getAttr(t, self, NewStr("path").str())
			}),
			methO("is_package", func(t *Thread, self, name Value) (Value, *Exception) {
				p, _, err := attrStr(t, self, "path")
				if err != nil {
					return Value{}, err
				}
				base := filepath.Base(p)
				return Bool(strings.SplitN(base, ".", 2)[0] == "__init__"), nil
			}),
			methO("get_data", func(t *Thread, self, path Value) (Value, *Exception) {
				p, err := fsPath(t, path)
				if err != nil {
					return Value{}, err
				}
				if t.interp.sandbox {
					return Value{}, HostDenied("reading " + p)
				}
				data, rerr := os.ReadFile(p)
				if rerr != nil {
					return Value{}, osError(t, rerr, path)
				}
				return NewBytes(data), nil
			}),
			methO("get_source", func(t *Thread, self, name Value) (Value, *Exception) {
				if self.Type() == sourcelessFileLoaderType {
					return pyNone, nil
				}
				p, _, err := attrStr(t, self, "path")
				if err != nil {
					return Value{}, err
				}
				if t.interp.sandbox {
					return Value{}, HostDenied("reading " + p)
				}
				data, rerr := os.ReadFile(p)
				if rerr != nil {
					return Value{}, osError(t, rerr, NewStr(p))
				}
				return NewStr(string(data)), nil
			}),
			methO("get_code", func(t *Thread, self, name Value) (Value, *Exception) {
				c, err := t.interp.loaderCode(t, self)
				if err != nil {
					return Value{}, err
				}
				return Value{p: unsafe.Pointer(c)}, nil
			}),
			methO("create_module", func(t *Thread, self, s Value) (Value, *Exception) { return pyNone, nil }),
			methO("exec_module", func(t *Thread, self, m Value) (Value, *Exception) {
				if err := t.interp.execModule(t, self, m); err != nil {
					return Value{}, err
				}
				return pyNone, nil
			}),
		)
	}
	namespaceLoaderType.ready(
		methO("is_package", func(t *Thread, self, name Value) (Value, *Exception) { return pyTrue, nil }),
		methO("get_source", func(t *Thread, self, name Value) (Value, *Exception) { return NewStr(""), nil }),
		methO("create_module", func(t *Thread, self, s Value) (Value, *Exception) { return pyNone, nil }),
		methO("exec_module", func(t *Thread, self, m Value) (Value, *Exception) { return pyNone, nil }),
	)
	nsItems := func(t *Thread, v Value) (Value, *Exception) {
		p, ok := v.hdr().dict.GetStr("_path")
		if !ok {
			return NewList(nil).Value(), nil
		}
		return p, nil
	}
	namespacePathType.repr = func(t *Thread, v Value) (Value, *Exception) {
		p, err := nsItems(t, v)
		if err != nil {
			return Value{}, err
		}
		s, err := Repr(t, p)
		if err != nil {
			return Value{}, err
		}
		return NewStr("_NamespacePath(" + s + ")"), nil
	}
	namespacePathType.iter = func(t *Thread, v Value) (Value, *Exception) {
		p, err := nsItems(t, v)
		if err != nil {
			return Value{}, err
		}
		return Iter(t, p)
	}
	namespacePathType.len = func(t *Thread, v Value) (int, *Exception) {
		p, err := nsItems(t, v)
		if err != nil {
			return 0, err
		}
		return Len(t, p)
	}
	namespacePathType.getitem = func(t *Thread, v, i Value) (Value, *Exception) {
		p, err := nsItems(t, v)
		if err != nil {
			return Value{}, err
		}
		return GetItem(t, p, i)
	}
	namespacePathType.contains = func(t *Thread, v, x Value) (bool, *Exception) {
		p, err := nsItems(t, v)
		if err != nil {
			return false, err
		}
		return Contains(t, p, x)
	}
	namespacePathType.ready(
		methO("append", func(t *Thread, self, x Value) (Value, *Exception) {
			p, err := nsItems(t, self)
			if err != nil {
				return Value{}, err
			}
			return CallMethod(t, p, "append", x)
		}),
	)

	findSpec := func(kind *Type) *MethodDef {
		return &MethodDef{Name: "find_spec", Class: true, Fn: func(t *Thread, cls Value, args []Value, kw *Tuple) (Value, *Exception) {
			var a [3]Value
			if err := parseArgs("find_spec", args, kw, []string{"fullname", "path", "target"}, 0, 1, -1, a[:]); err != nil {
				return Value{}, err
			}
			if a[0].Type() != strType {
				return Value{}, typeErrorf("find_spec() argument 'fullname' must be str, not %s", typeName(a[0]))
			}
			name := a[0].str().s
			in := t.interp
			switch kind {
			case builtinImporterType:
				if (a[1].IsNil() || a[1].IsNone()) && in.hasBuiltin(name) {
					return in.builtinSpec(name), nil
				}
				return pyNone, nil
			case pathFinderType:
				return in.pathFind(t, name, a[1])
			}
			return pyNone, nil
		}}
	}
	builtinImporterType.ready(findSpec(builtinImporterType),
		&MethodDef{Name: "create_module", Class: true, Fn: func(t *Thread, cls Value, args []Value, kw *Tuple) (Value, *Exception) {
			if len(args) != 1 {
				return Value{}, typeErrorf("create_module() takes exactly one argument")
			}
			name, _, err := attrStr(t, args[0], "name")
			if err != nil {
				return Value{}, err
			}
			return t.interp.importModule(t, name)
		}},
		&MethodDef{Name: "exec_module", Class: true, Fn: func(t *Thread, cls Value, args []Value, kw *Tuple) (Value, *Exception) { return pyNone, nil }})
	frozenImporterType.ready(findSpec(frozenImporterType))
	pathFinderType.ready(findSpec(pathFinderType),
		&MethodDef{Name: "invalidate_caches", Class: true, Fn: func(t *Thread, cls Value, args []Value, kw *Tuple) (Value, *Exception) {
			return pyNone, t.interp.invalidatePathCaches(t)
		}})
}

// moduleRepr is module.__repr__ (_module_repr): from the spec when there is one, else
// from __file__ or the loader.
func moduleRepr(t *Thread, v Value) (Value, *Exception) {
	d := ModuleDict(v)
	name := "?"
	if n, ok := d.GetStr("__name__"); ok {
		if n.Type() == strType {
			name = n.str().s
		} else if r, err := Repr(t, n); err == nil {
			name = r
		}
	}
	loader, _ := d.GetStr("__loader__")
	if s, ok := d.GetStr("__spec__"); ok && !s.IsNone() {
		origin, hasOrigin, err := attrStr(t, s, "origin")
		if err != nil {
			return Value{}, err
		}
		sl, _, err := lookupAttr(t, s, NewStr("loader").str())
		if err != nil {
			return Value{}, err
		}
		if !hasOrigin {
			if sl.IsNil() || sl.IsNone() {
				return NewStr(fmt.Sprintf("<module '%s'>", name)), nil
			}
			if sl.Type() == namespaceLoaderType {
				locs, _, err := lookupAttr(t, s, NewStr("submodule_search_locations").str())
				if err != nil {
					return Value{}, err
				}
				if ns, ok := locs.hdr().dict.GetStr("_path"); ok && locs.Type() == namespacePathType {
					locs = ns
				}
				r, err := Repr(t, locs)
				if err != nil {
					return Value{}, err
				}
				return NewStr(fmt.Sprintf("<module '%s' (namespace) from %s>", name, r)), nil
			}
			r, err := Repr(t, sl)
			if err != nil {
				return Value{}, err
			}
			return NewStr(fmt.Sprintf("<module '%s' (%s)>", name, r)), nil
		}
		if hasLocation(t, s) {
			return NewStr(fmt.Sprintf("<module '%s' from '%s'>", name, origin)), nil
		}
		return NewStr(fmt.Sprintf("<module '%s' (%s)>", name, origin)), nil
	}
	if f, ok := d.GetStr("__file__"); ok && f.Type() == strType {
		return NewStr(fmt.Sprintf("<module '%s' from '%s'>", name, f.str().s)), nil
	}
	if !loader.IsNil() && !loader.IsNone() {
		r, err := Repr(t, loader)
		if err != nil {
			return Value{}, err
		}
		return NewStr(fmt.Sprintf("<module '%s' (%s)>", name, r)), nil
	}
	return NewStr(fmt.Sprintf("<module '%s'>", name)), nil
}

// moduleAttrError is the AttributeError for a module attribute that is missing
// (module_getattro): it says when the module is still initializing (a circular
// import), when the name is a submodule still being imported, and when the module
// lives in the script's directory and may shadow another of the same name.
func moduleAttrError(t *Thread, m Value, name *Str) *Exception {
	d := ModuleDict(m)
	n, ok := d.GetStr("__name__")
	var e *Exception
	if !ok || n.Type() != strType {
		e = Errorf(attributeError, "module has no attribute '%s'", name.s)
	} else {
		e = Errorf(attributeError, "%s", moduleAttrMessage(t, d, n.str().s, name.s))
	}
	e.extra[0], e.extra[1] = strOf(name), m
	return e
}

func moduleAttrMessage(t *Thread, d *Dict, mod, name string) string {
	s, ok := d.GetStr("__spec__")
	if !ok {
		s = pyNone
	}
	origin := ""
	hasOrigin := false
	if !s.IsNone() {
		origin, hasOrigin, _ = attrStr(t, s, "origin")
	}
	// The shadowing test looks at the file system: it is made only for the messages
	// that need it (a stdlib name, or a module still initializing), not for every
	// failed lookup such as hasattr's.
	initializing := !s.IsNone() && specInitializing(t, s)
	stdlibName := false
	if hasOrigin {
		if names, ok, _ := lookupAttr(t, t.interp.sys, NewStr("stdlib_module_names").str()); ok && (names.Type() == setType || names.Type() == frozenSetType) {
			stdlibName, _ = Contains(t, names, NewStr(mod))
		}
	}
	shadowing := hasOrigin && (stdlibName || initializing) && t.interp.possiblyShadowing(t, origin)
	if shadowing && stdlibName {
		return fmt.Sprintf("module '%s' has no attribute '%s' (consider renaming '%s' since it has the same name as the standard library module named '%s' and the import system gives it precedence)", mod, name, origin, mod)
	}
	if initializing {
		switch {
		case shadowing:
			return fmt.Sprintf("module '%s' has no attribute '%s' (consider renaming '%s' if it has the same name as a third-party module you intended to import)", mod, name, origin)
		case hasOrigin:
			return fmt.Sprintf("partially initialized module '%s' from '%s' has no attribute '%s' (most likely due to a circular import)", mod, origin, name)
		}
		return fmt.Sprintf("partially initialized module '%s' has no attribute '%s' (most likely due to a circular import)", mod, name)
	}
	if !s.IsNone() {
		if subs, found, err := lookupAttr(t, s, NewStr("_uninitialized_submodules").str()); err == nil && found {
			if in, err := Contains(t, subs, NewStr(name)); err == nil && in {
				return fmt.Sprintf("cannot access submodule '%s' of module '%s' (most likely due to a circular import)", name, mod)
			}
		}
	}
	return fmt.Sprintf("module '%s' has no attribute '%s'", mod, name)
}

// possiblyShadowing is _is_module_possibly_shadowing: the module at origin lives in
// the directory the interpreter put first on sys.path at startup (the script's), so
// it may hide a module of the same name further along sys.path. Never with -P.
func (in *Interp) possiblyShadowing(t *Thread, origin string) bool {
	if in.flags.SafePath {
		return false
	}
	root := strings.TrimSuffix(origin, string(filepath.Separator)+"__init__.py")
	if i := strings.LastIndexByte(root, filepath.Separator); i < 0 {
		root = ""
	} else if root = strings.TrimRight(root[:i+1], string(filepath.Separator)); root == "" {
		root = string(filepath.Separator)
	}
	if len(in.path0) == 0 {
		return false
	}
	first := in.path0[0] // sys.path[0] as it was at startup (config->sys_path_0)
	if first == "" {
		wd, err := os.Getwd()
		if err != nil {
			return false
		}
		first = wd
	}
	return root == first
}

// importStar is "from v import *" (import_all_from): the names in v.__all__, or else
// the keys of v.__dict__ that do not start with an underscore, bound in the frame's
// locals.
func (t *Thread) importStar(f *frame, v Value) *Exception {
	all, found, err := lookupAttr(t, v, NewStr("__all__").str())
	if err != nil {
		return err
	}
	skipPrivate := !found
	if !found {
		d, found, err := lookupAttr(t, v, NewStr("__dict__").str())
		if err != nil {
			return err
		}
		if !found {
			return Errorf(importError, "from-import-* object has no __dict__ and no __all__")
		}
		if all, err = CallMethod(t, d, "keys"); err != nil {
			return err
		}
	}
	names, err := ToSlice(t, all)
	if err != nil {
		return err
	}
	for _, n := range names {
		if !n.Type().IsSubtype(strType) {
			mn, err := getAttr(t, v, strName)
			if err != nil {
				return err
			}
			if !mn.Type().IsSubtype(strType) {
				return typeErrorf("module __name__ must be a string, not %s", typeName(mn))
			}
			where := "__all__"
			if skipPrivate {
				where = "__dict__"
			}
			return typeErrorf("Item in %s.%s must be str, not %s", mn.str().s, where, typeName(n))
		}
		if skipPrivate && strings.HasPrefix(n.str().s, "_") {
			continue
		}
		x, err := getAttr(t, v, n.str())
		if err != nil {
			return err
		}
		if err := SetItem(t, f.locals, n, x); err != nil {
			return err
		}
	}
	return nil
}
