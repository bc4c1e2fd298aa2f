package kaa

import (
	"io/fs"
	"strings"

	"github.com/kaa-python/kaa/modules"
	"github.com/kaa-python/kaa/py"
)

// The sandbox (Options.Sandbox). Three layers keep Python code off the host:
//
//   - The native modules that reach the host are not installed: _thread, gc,
//     signal, select, fcntl, pwd, grp, resource, _locale, _posixsubprocess,
//     _socket (no sockets, no name resolution).
//     os and posix are installed (random, among others, needs os.urandom) with
//     every function that touches the host replaced by one that raises
//     PermissionError, and an empty os.environ that is a plain dict.
//   - The runtime refuses its own ways out (py.Config.Sandbox): open() and
//     io.FileIO, the import system's finders and loaders on host paths, host
//     files as traceback source. Frames stay (the library needs
//     sys._getframe): they lead only to this interpreter's own objects, and the
//     outermost frame of a run has no f_back.
//   - Only the modules of sandboxModules (and Options.Allow) can be imported;
//     names starting with "_" are the implementation modules of those.

// sandboxNative are the native modules a sandboxed interpreter gets.
var sandboxNative = map[string]bool{
	"_abc": true, "_codecs": true, "_stat": true, "_string": true, "_struct": true, "_weakref": true,
	"atexit": true, "binascii": true, "_bisect": true, "_kaa_traceback": true, "_collections": true,
	"_csv": true, "_datetime": true, "errno": true, "_functools": true, "_blake2": true, "_md5": true,
	"_sha1": true, "_sha2": true, "_sha3": true, "_heapq": true, "_io": true, "itertools": true,
	"_json": true, "math": true, "_operator": true, "os": true, "posix": true, "_random": true,
	"_sre": true, "time": true, "_warnings": true, "_queue": true,
	"array": true, "cmath": true, "unicodedata": true, "zlib": true, "_decimal": true,
	"marshal": true,
}

// sandboxModules are the modules Python code may import in the sandbox (with
// their submodules): pure computation, text and data formats.
var sandboxModules = map[string]bool{
	"abc": true, "argparse": true, "array": true, "base64": true, "binascii": true, "bisect": true,
	"builtins": true, "calendar": true, "cmath": true, "codecs": true, "collections": true,
	"colorsys": true, "contextlib": true, "contextvars": true, "copy": true, "copyreg": true,
	"csv": true, "dataclasses": true, "datetime": true, "decimal": true, "difflib": true, "encodings": true,
	"enum": true, "errno": true, "fnmatch": true, "fractions": true, "functools": true, "genericpath": true,
	"graphlib": true, "hashlib": true, "marshal": true, "heapq": true, "hmac": true, "html": true, "io": true,
	"ipaddress": true, "itertools": true, "json": true, "keyword": true, "linecache": true, "math": true,
	"numbers": true, "operator": true, "os": true, "posix": true, "posixpath": true, "pprint": true,
	"random": true, "re": true, "reprlib": true, "secrets": true, "statistics": true, "stat": true,
	"string": true, "struct": true, "sys": true, "textwrap": true, "time": true, "token": true,
	"tomllib": true, "types": true, "typing": true, "unicodedata": true, "warnings": true,
	"weakref": true, "zlib": true, "traceback": true, "shlex": true, "sre_compile": true,
	"sre_constants": true, "sre_parse": true, "uuid": true, "urllib": true, "locale": true,
}

// osPure are the functions of os and posix that stay in the sandbox: they
// compute, or (urandom) read the process's randomness.
var osPure = map[string]bool{
	"fspath": true, "strerror": true, "urandom": true, "register_at_fork": true,
	"WCOREDUMP": true, "WEXITSTATUS": true, "WIFCONTINUED": true, "WIFEXITED": true, "WIFSIGNALED": true,
	"WIFSTOPPED": true, "WSTOPSIG": true, "WTERMSIG": true, "major": true, "minor": true, "makedev": true,
	"fsencode": true, "fsdecode": true,
}

// sandboxDefs are the native module definitions of a sandboxed interpreter.
func sandboxDefs() []*py.ModuleDef {
	var defs []*py.ModuleDef
	for _, d := range modules.Standard() {
		if !sandboxNative[d.Name] {
			continue
		}
		if d.Name == "os" || d.Name == "posix" {
			d = sandboxOS(d)
		}
		defs = append(defs, d)
	}
	return defs
}

// sandboxOS is a copy of the os or posix module whose host functions raise
// PermissionError and whose environ is empty.
func sandboxOS(def *py.ModuleDef) *py.ModuleDef {
	c := *def
	c.Methods = make([]*py.MethodDef, len(def.Methods))
	for j, md := range def.Methods {
		if osPure[md.Name] {
			c.Methods[j] = md
			continue
		}
		m := *md
		what := def.Name + "." + md.Name + "()"
		m.Fn = func(t *py.Thread, self py.Value, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
			return py.Value{}, py.HostDenied(what)
		}
		c.Methods[j] = &m
	}
	exec := def.Exec
	c.Exec = func(t *py.Thread, m *py.Module) *py.Exception {
		if exec != nil {
			if err := exec(t, m); err != nil {
				return err
			}
		}
		// The environment is an empty plain dict: os's environ type would write
		// through to the process's.
		d := m.Dict()
		for _, name := range []string{"environ", "environb"} {
			if _, ok := d.GetStr(name); ok {
				m.Set(name, py.NewDict().Value())
			}
		}
		return nil
	}
	return &c
}

// sandboxAllow is the import check of a sandboxed interpreter.
func sandboxAllow(extra []string, fsys fs.FS) func(string) bool {
	return func(name string) bool {
		top, _, _ := strings.Cut(name, ".")
		if strings.HasPrefix(top, "_") || sandboxModules[top] {
			return true
		}
		if fsys != nil && fs.ValidPath(top) {
			// The host's own files (Options.FS).
			if _, err := fs.Stat(fsys, top+".py"); err == nil {
				return true
			}
			if _, err := fs.Stat(fsys, top+"/__init__.py"); err == nil {
				return true
			}
		}
		for _, e := range extra {
			if e == top || e == name {
				return true
			}
		}
		return false
	}
}
