package kaa_test

import (
	"context"
	"errors"
	"testing"
	"testing/fstest"

	"github.com/kaa-python/kaa"
)

// TestFS: Options.FS serves imports (modules and packages) and, in the sandbox,
// read-only open(); host files stay out of reach.
func TestFS(t *testing.T) {
	ctx := context.Background()
	fsys := fstest.MapFS{
		"greet.py":         {Data: []byte("def hello(who):\n    return 'hello, ' + who\n")},
		"pkg/__init__.py":  {Data: []byte("from .sub import VALUE\n")},
		"pkg/sub.py":       {Data: []byte("VALUE = 42\n")},
		"data/config.toml": {Data: []byte("name = 'kaa'\n")},
		"broken.py":        {Data: []byte("def f(:\n")},
		"data/numbers.txt": {Data: []byte("1\n2\n3\n")},
	}
	in, err := kaa.New(kaa.Options{Sandbox: true, FS: fsys})
	if err != nil {
		t.Fatal(err)
	}
	for expr, want := range map[string]any{
		"__import__('greet').hello('fs')":                                    "hello, fs",
		"__import__('pkg').VALUE":                                            int64(42),
		"__import__('pkg.sub').sub.__file__":                                 "pkg/sub.py",
		"sum(int(l) for l in open('data/numbers.txt'))":                      int64(6),
		"__import__('tomllib').load(open('data/config.toml', 'rb'))['name']": "kaa",
	} {
		if v, err := in.Eval(ctx, expr); err != nil || v != want {
			t.Errorf("%s: got %v %v, want %v", expr, v, err, want)
		}
	}
	for src, typ := range map[string]string{
		"open('data/numbers.txt', 'w')":  "PermissionError",
		"open('/etc/passwd')":            "FileNotFoundError",
		"open('../../../../etc/passwd')": "FileNotFoundError",
		"open('missing.txt')":            "FileNotFoundError",
		"import broken":                  "SyntaxError",
		"import nosuchmodule":            "ModuleNotFoundError",
	} {
		err := in.Exec(ctx, src)
		var pe *kaa.Error
		if !errors.As(err, &pe) || pe.Type != typ {
			t.Errorf("%s: got %v, want %s", src, err, typ)
		}
	}
}

// TestFSUnsandboxed: outside the sandbox, Options.FS adds imports and leaves
// open() alone.
func TestFSUnsandboxed(t *testing.T) {
	in, err := kaa.New(kaa.Options{FS: fstest.MapFS{"greet.py": {Data: []byte("WHO = 'fs'\n")}}})
	if err != nil {
		t.Fatal(err)
	}
	if v, err := in.Eval(context.Background(), "__import__('greet').WHO + str(open is __import__('io').open)"); err != nil || v != "fsTrue" {
		t.Errorf("got %v %v", v, err)
	}
}
