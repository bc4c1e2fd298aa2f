package py

// The sandbox (Config.Sandbox): an embedding host's promise to its users that
// Python code reaches nothing of the host but what the host gives it. The
// runtime refuses its own ways out — open() and FileIO (through the io module's
// check of Sandboxed), the import system's finders and loaders on host paths,
// source lines read from host files for tracebacks and warnings —
// and imports only the modules Config.Allow accepts. Native modules that reach
// the host (os, signal, select, subprocesses) are left out of a sandboxed
// interpreter by the host, or refuse through Sandboxed.

// Sandboxed reports whether the interpreter runs in the sandbox.
func (in *Interp) Sandboxed() bool { return in.sandbox }

// HostDenied is the PermissionError of an operation the sandbox refuses; what
// names it ("open('/etc/passwd')").
func HostDenied(what string) *Exception {
	return Errorf(permissionError, "%s is not allowed in the sandbox", what)
}

// importDenied is the ModuleNotFoundError of a module outside Config.Allow.
func importDenied(t *Thread, name string) *Exception {
	e := Errorf(moduleNotFoundError, "import of '%s' is not allowed in the sandbox", name)
	if e.Matches(importError) && len(e.extra) > 0 {
		e.extra[0] = NewStr(name) // ImportError.name
	}
	return e
}

// sandboxFiles is the sentinel key of a source-line cache that must not read
// host files: fileLines then knows only the sources already in the map.
const sandboxFiles = "\x00sandbox"

// newFileCache is a cache of source lines for fileLines, closed to host files
// in the sandbox.
func (in *Interp) newFileCache() map[string][]string {
	m := map[string][]string{}
	if in != nil && in.sandbox {
		m[sandboxFiles] = nil
	}
	return m
}

// inLibrary reports whether path is the embedded library's entry or inside it.
func (in *Interp) inLibrary(path string) bool {
	return in.lib != nil && in.libPath != "" && (path == in.libPath || len(path) > len(in.libPath) && path[:len(in.libPath)] == in.libPath && path[len(in.libPath)] == '/')
}
