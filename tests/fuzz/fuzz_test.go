// Package fuzz_test holds the fuzz targets that feed Kaa whole programs: Python
// source through the compiler and the VM (FuzzCompile), and .pyc bodies through
// marshal, code-object validation and the VM (FuzzPyc). Each input runs in a
// fresh interpreter without the modules that reach the operating system, under a
// time budget and an allocation cap; a Go panic or a fatal error that escapes
// is the failure go test -fuzz reports. Crashers found are kept under
// testdata/fuzz as seeds, so plain go test replays them.
//
//	go test -fuzz=FuzzCompile -fuzztime=10m ./tests/fuzz
//	go test -fuzz=FuzzPyc -fuzztime=10m ./tests/fuzz
package fuzz_test

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kaa-python/kaa/lib"
	"github.com/kaa-python/kaa/marshal"
	"github.com/kaa-python/kaa/modules"
	"github.com/kaa-python/kaa/py"
)

// budget is how long one input may run; maxAlloc caps each single allocation.
const (
	budget   = 200 * time.Millisecond
	maxAlloc = 64 << 20
)

// sandbox is an interpreter that cannot reach the file system through os, and
// whose open() is gone.
func sandbox(t *testing.T) *py.Interp {
	in := py.NewInterp(py.Config{
		Stdout:      io.Discard,
		Stderr:      io.Discard,
		Stdin:       strings.NewReader(""),
		Path:        py.StdlibPath(),
		Modules:     modules.Without("os", "posix", "pwd", "grp", "gc"),
		Library:     lib.Files,
		LibraryPath: py.StdlibPath()[0],
		MaxAlloc:    maxAlloc,
	})
	code, exc := py.CompileMode("<fuzz>", []byte("import builtins\ndel builtins.open\n"), "exec", 0)
	if exc == nil {
		_, exc = in.Main().RunCode(code, in.MainModule())
	}
	if exc != nil {
		t.Fatalf("sandbox: %v", exc)
	}
	return in
}

// run executes code in the sandbox, interrupting it when the budget is spent.
// An internal error (a Go panic the eval loop recovered) in compiled source is a
// bug; in a .pyc it is the expected answer to bytecode no compiler makes.
func run(t *testing.T, in *py.Interp, code *py.Code, internalOK bool) {
	ctx, cancel := context.WithTimeout(context.Background(), budget)
	defer cancel()
	stop := context.AfterFunc(ctx, in.Abort)
	defer stop()
	_, exc := in.Main().RunCode(code, in.MainModule())
	if exc != nil && !internalOK && strings.Contains(exc.Error(), "Kaa internal error") {
		t.Errorf("internal error: %v", exc)
	}
}

// chdirTemp moves a fuzzing worker process into a temporary directory, so that
// anything a generated program writes lands there. The coordinating process
// stays: it writes crashers to testdata/ relative to its directory.
func chdirTemp(f *testing.F) {
	if !slices.Contains(os.Args, "-test.fuzzworker") {
		return
	}
	wd, _ := os.Getwd()
	dir := f.TempDir()
	if err := os.Chdir(dir); err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { os.Chdir(wd) })
}

func seeds(f *testing.F, pattern string) []string {
	files, _ := filepath.Glob(pattern)
	var out []string
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil && len(b) < 4000 {
			out = append(out, string(b))
		}
	}
	return out
}

func FuzzCompile(f *testing.F) {
	for _, s := range seeds(f, "../vm/*.py") {
		f.Add(s)
	}
	f.Add("def f(*a, **k):\n    yield from g()\nclass C(f()): pass\n")
	f.Add("x = [i async for i in y]\n")
	chdirTemp(f)
	f.Fuzz(func(t *testing.T, src string) {
		code, exc := py.CompileMode("<fuzz>", []byte(src), "exec", 0)
		if exc != nil {
			if s := exc.Error(); strings.Contains(s, "internal compiler error") {
				t.Fatalf("compiler: %s", s)
			}
			return
		}
		run(t, sandbox(t), code, false)
	})
}

func FuzzPyc(f *testing.F) {
	files, _ := filepath.Glob("../hostile/pyc/*.pyc")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil && len(b) > 16 {
			f.Add(b[16:])
		}
	}
	chdirTemp(f)
	f.Fuzz(func(t *testing.T, body []byte) {
		defer func() {
			if r := recover(); r != nil {
				t.Fatalf("panic: %v\n%s", r, debug.Stack())
			}
		}()
		v, _, err := marshal.Load(body)
		if err != nil {
			return
		}
		c, ok := py.CodeFromMarshal(v)
		if !ok {
			return
		}
		run(t, sandbox(t), c, true)
	})
}
