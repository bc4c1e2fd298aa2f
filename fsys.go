package kaa

import (
	"context"
	"errors"
	"io/fs"
	"strings"

	"github.com/kaa-python/kaa/py"
)

// fsSetup is the Python side of Options.FS: a finder on sys.meta_path that
// imports modules from the host's files, and, in the sandbox, an open() that
// reads them. _kaa_fs_read(path) returns the file's bytes, or None when there
// is no such file; it is the only way in.
const fsSetup = `
def _install(read, sandboxed):
    import sys, io, builtins
    ModuleSpec = type(sys.__spec__)

    class FSLoader:
        def __init__(self, filename, source):
            self.filename, self.source = filename, source
        def create_module(self, spec):
            return None
        def exec_module(self, module):
            module.__file__ = self.filename
            exec(compile(self.source, self.filename, 'exec'), module.__dict__)

    class FSFinder:
        @staticmethod
        def find_spec(name, path=None, target=None):
            base = name.replace('.', '/')
            for filename, package in ((base + '.py', False), (base + '/__init__.py', True)):
                source = read(filename)
                if source is not None:
                    spec = ModuleSpec(name, FSLoader(filename, source), origin=filename, is_package=package)
                    if package:
                        spec.submodule_search_locations = [base]
                    return spec
            return None

    sys.meta_path.append(FSFinder)
    if sandboxed:
        def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
            if not isinstance(file, str):
                raise PermissionError(f"open({file!r}) is not allowed in the sandbox")
            if set(mode) - set('rbt'):
                raise PermissionError(f"open({file!r}, {mode!r}) is not allowed in the sandbox: the files are read-only")
            data = read(file.lstrip('/'))
            if data is None:
                raise FileNotFoundError(2, 'No such file or directory', file)
            raw = io.BytesIO(data)
            if 'b' in mode:
                return raw
            return io.TextIOWrapper(raw, encoding=encoding or 'utf-8', errors=errors, newline=newline)
        builtins.open = open
        io.open = open

_install(_kaa_fs_read, _kaa_sandboxed)
del _install
`

// installFS gives the interpreter the host's files (Options.FS).
func (i *Interp) installFS(fsys fs.FS, sandboxed bool) error {
	read := py.BuiltinFunc("_kaa_fs_read", func(t *py.Thread, _ py.Value, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
		if len(args) != 1 {
			return py.Value{}, py.Errorf(py.TypeError(), "_kaa_fs_read() takes exactly one argument (%d given)", len(args))
		}
		name, ok := py.AsStr(args[0])
		if !ok {
			return py.Value{}, py.Errorf(py.TypeError(), "_kaa_fs_read() argument must be str, not %s", py.TypeName(args[0]))
		}
		name = strings.TrimPrefix(name, "./")
		if !fs.ValidPath(name) {
			return py.None(), nil
		}
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) || errors.Is(err, fs.ErrInvalid) {
				return py.None(), nil
			}
			return py.Value{}, py.Errorf(py.OSError(), "%s", err.Error())
		}
		return py.NewBytes(data), nil
	})
	return i.with(context.Background(), func(t *py.Thread) *py.Exception {
		mod := py.NewModule("_kaa_fs")
		g := py.ModuleDict(mod)
		g.SetStr("_kaa_fs_read", read)
		g.SetStr("_kaa_sandboxed", py.Bool(sandboxed))
		code, exc := py.CompileMode("<kaa fs>", []byte(fsSetup), "exec", 0)
		if exc != nil {
			return exc
		}
		_, exc = t.RunCode(code, mod)
		return exc
	})
}
