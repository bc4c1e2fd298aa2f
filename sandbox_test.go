package kaa_test

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/kaa-python/kaa"
)

// TestSandboxEscapes: every attempt to reach the host from a sandboxed
// interpreter fails with a Python exception, and the interpreter goes on.
func TestSandboxEscapes(t *testing.T) {
	ctx := context.Background()
	var out strings.Builder
	in, err := kaa.New(kaa.Options{Sandbox: true, Stdout: &out, Stderr: &out})
	if err != nil {
		t.Fatal(err)
	}
	marker := t.TempDir() + "/escaped"
	in.Set("marker", marker)
	for _, src := range []string{
		"open('/etc/passwd').read()",
		"open(marker, 'w').write('x')",
		"open(1, 'w').write('x')",
		"import io; io.FileIO('/etc/passwd')",
		"import io; io.open_code('/etc/passwd')",
		"__import__('os').system('touch ' + marker)",
		"import os; os.system('touch ' + marker)",
		"import os; os.listdir('/')",
		"import os; os.stat('/etc/passwd')",
		"import os; os.getcwd()",
		"import os; os.open('/etc/passwd', 0)",
		"import os; os.remove(marker)",
		"import os; os.kill(os.getpid(), 9)",
		"import os; os.environ['HOME']",
		"import os; os.getenv('HOME').upper()",
		"import os; os.putenv('KAA_SANDBOX_ESCAPE', '1')",
		"import os; os.scandir('/')",
		"import os.path; os.path.exists('/etc/passwd') or open('/etc/passwd')",
		"import subprocess",
		"import socket",
		"import _socket",
		"import _socket; _socket.socket().connect(('127.0.0.1', 1))",
		"import signal",
		"import gc; gc.get_objects()",
		"import _thread",
		"import ctypes",
		"import shutil",
		"import tempfile",
		"import sys; sys.modules['os'].system('true')",
		"import sys; sys.modules['posix'].system('true')",
		"import sys; sys.path.append('/etc'); import passwd",
		"import sys; sys.path.insert(0, '/'); import etc",
		"[c for c in ().__class__.__base__.__subclasses__() if c.__name__ == 'FileIO'][0]('/etc/passwd')",
		"[c for c in ().__class__.__base__.__subclasses__() if c.__name__ == 'SourceFileLoader'][0]('x', '/etc/passwd').get_data('/etc/passwd')",
		"[c for c in object.__subclasses__() if 'Loader' in c.__name__][0]('x', '/etc/passwd').get_source('x')",
		"import importlib.machinery as m; m.SourceFileLoader('passwd', '/etc/passwd').load_module()",
		"import importlib.machinery as m; m.FileFinder('/etc', (m.SourceFileLoader, ['']))",
		"import importlib.util as u; s = u.spec_from_file_location('p', '/etc/passwd'); s.loader.exec_module(u.module_from_spec(s))",
		"import sys; sys._getframe().f_back.f_globals",
		"import sys; sys._getframe(0).f_builtins['open']('/etc/passwd')",
		"import sys\nfor f in sys._current_frames().values():\n    while f.f_back: f = f.f_back\n    f.f_back.f_globals",
		"def f(): raise ValueError\ntry: f()\nexcept ValueError as e: e.__traceback__.tb_frame.f_back.f_back.f_globals",
		"def g(): yield 1\nx = g(); next(x); x.gi_frame.f_back.f_builtins['open']('/etc/passwd')",
		"def walk(c, seen):\n    for s in type.__subclasses__(c):\n        if s not in seen:\n            seen.add(s); walk(s, seen)\n" +
			"seen = set(); walk(object, seen)\n[c for c in seen if c.__name__ == 'FileIO'][0]('/etc/passwd')",
		"def walk(c, seen):\n    for s in type.__subclasses__(c):\n        if s not in seen:\n            seen.add(s); walk(s, seen)\n" +
			"seen = set(); walk(object, seen)\n[c for c in seen if c.__name__ == 'FileFinder'][0]('/etc').find_spec('passwd').loader.get_data('/etc/passwd')",
		"import sys; [m for m in sys.modules.values() if hasattr(m, 'system')][0].system('true')",
		"exec(compile('1/0', '/etc/passwd', 'exec'))",
		"import linecache; linecache.getline('/etc/passwd', 1) or open('/etc/passwd')",
		"import zipimport; zipimport.zipimporter('/etc/passwd')",
		"import builtins; builtins.open('/etc/hostname')",
		"import _io; _io.open('/etc/passwd')",
		"import marshal; marshal.loads(marshal.dumps((lambda: 0).__code__))",
		"import marshal, io; marshal.load(io.BytesIO(marshal.dumps([compile('1', 'x', 'eval')])))",
		"import _kaa_importlib as k; k.load_code(k.dump_code((lambda: 0).__code__))",
		"(lambda: 0).__code__.replace(co_code=b'\\x00')",
		"type((lambda: 0).__code__)()",
	} {
		out.Reset()
		err := in.Exec(ctx, src)
		var pe *kaa.Error
		if !errors.As(err, &pe) {
			t.Errorf("%q: got %v, want a Python exception", src, err)
			continue
		}
		if strings.Contains(pe.Traceback, "root:") || strings.Contains(out.String(), "root:") {
			t.Errorf("%q: host data in the error: %s", src, pe.Traceback)
		}
		t.Logf("%q: %s", src, pe)
	}
	if _, err := os.Stat(marker); err == nil {
		t.Errorf("a file was made outside the sandbox")
	}
	if os.Getenv("KAA_SANDBOX_ESCAPE") != "" {
		t.Errorf("the process's environment was changed")
	}
	// Pure computation and the pure-Python library still work.
	v, err := in.Eval(ctx, "__import__('json').dumps({'a': __import__('math').sqrt(16), 'r': __import__('re').sub('a+', '-', 'caaat')})")
	if err != nil || v != `{"a": 4.0, "r": "c-t"}` {
		t.Errorf("pure code in the sandbox: %v %v", v, err)
	}
	for _, mod := range []string{"collections", "itertools", "functools", "random", "datetime", "fractions",
		"statistics", "typing", "dataclasses", "enum", "string", "textwrap", "heapq", "bisect", "hashlib", "base64",
		"struct", "copy", "pprint", "csv", "io", "time", "uuid", "calendar", "difflib", "tomllib", "html", "urllib.parse"} {
		if err := in.Exec(ctx, "import "+mod); err != nil {
			t.Errorf("import %s in the sandbox: %v", mod, err)
		}
	}
	// marshal carries data in the sandbox; only its code objects are refused.
	if v, err := in.Eval(ctx, "__import__('marshal').loads(__import__('marshal').dumps({'a': [1, 2.5, (b'x', None)]}))['a'][1]"); err != nil || v != 2.5 {
		t.Errorf("marshal data in the sandbox: %v %v", v, err)
	}
	if err := in.Exec(ctx, "import collections, random, dataclasses, enum\n"+
		"P = collections.namedtuple('P', 'x y')\n@dataclasses.dataclass\nclass D:\n    a: int\n"+
		"class E(enum.Enum):\n    A = 1\nrandom.seed(1); random.random()\nimport io; io.StringIO('x').read()\nprint(P(1, 2), D(3), E.A)"); err != nil {
		t.Errorf("ordinary code in the sandbox: %v", err)
	}
}

// TestReentryAndHostModules: a Go func that Python calls may call back into the
// interpreter (Eval, Set, Call) without deadlocking, and a host's Go module is
// importable in the sandbox.
func TestReentryAndHostModules(t *testing.T) {
	ctx := context.Background()
	var in *kaa.Interp
	mod := kaa.Module("host", map[string]any{
		"double": func(n int) int { return 2 * n },
		"peek": func(expr string) (any, error) {
			if err := in.Set("seen", expr); err != nil {
				return nil, err
			}
			return in.Eval(ctx, expr)
		},
	})
	var err error
	in, err = kaa.New(kaa.Options{Sandbox: true, Modules: []*kaa.ModuleDef{mod}, MaxSteps: 1_000_000})
	if err != nil {
		t.Fatal(err)
	}
	v, err := in.Eval(ctx, "__import__('host').double(21) + __import__('host').peek('x + 1') if (x := 1) else 0")
	if err != nil || v != int64(44) {
		t.Errorf("got %v %v, want 44", v, err)
	}
	if v, err := in.Eval(ctx, "seen"); err != nil || v != "x + 1" {
		t.Errorf("Set from a callback: %v %v", v, err)
	}
}

// TestLoadModule: Python source a host keeps becomes an importable module, in
// the sandbox too; a module whose code raises is not kept.
func TestLoadModule(t *testing.T) {
	ctx := context.Background()
	in, err := kaa.New(kaa.Options{Sandbox: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := in.LoadModule(ctx, "util", "plugins/util.py", []byte("def twice(x):\n    return 2 * x\n")); err != nil {
		t.Fatal(err)
	}
	if v, err := in.Eval(ctx, "__import__('util').twice(21)"); err != nil || v != int64(42) {
		t.Errorf("got %v %v", v, err)
	}
	_, err = in.LoadModule(ctx, "bad", "plugins/bad.py", []byte("x = 1\nraise ValueError('no')\n"))
	var pe *kaa.Error
	if !errors.As(err, &pe) || pe.Type != "ValueError" || !strings.Contains(pe.Traceback, `File "plugins/bad.py", line 2`) {
		t.Errorf("a failing module: %v", err)
	}
	if _, err := in.Eval(ctx, "__import__('bad')"); err == nil {
		t.Errorf("a module that raised was kept")
	}
}
