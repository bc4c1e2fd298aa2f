package lib_test

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"strings"
	"testing"

	"github.com/kaa-python/kaa/lib"
	"github.com/kaa-python/kaa/py"
)

const entry = "/kaa/lib/python313.zip"

// run runs src in an interpreter with library l mounted at entry and returns its
// standard output and error.
func run(t testing.TB, l py.Library, src string) (string, string) {
	var out, errOut bytes.Buffer
	in := py.NewInterp(py.Config{Argv: []string{"-c"}, Path: []string{entry}, Stdout: &out, Stderr: &errOut,
		Library: l, LibraryPath: entry})
	th := in.Main()
	th.ExitStatus(th.RunMain("<string>", []byte(src)))
	in.Flush()
	return out.String(), errOut.String()
}

// TestTraceback: a failure inside an embedded module shows the module's path under
// the library's entry and its source line, which comes from the loader.
func TestTraceback(t *testing.T) {
	_, stderr := run(t, lib.Files, "import __future__\n__future__._Feature.getOptionalRelease(None)\n")
	src, err := fs.ReadFile(lib.Files, "__future__.py")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(src), "\n")
	n := 0
	for i, l := range lines {
		if strings.Contains(l, "return self.optional") {
			n = i + 1
		}
	}
	want := "  File \"" + entry + "/__future__.py\", line " + itoa(n) + ", in getOptionalRelease\n    return self.optional\n"
	if !strings.Contains(stderr, want) || !strings.HasSuffix(stderr, "AttributeError: 'NoneType' object has no attribute 'optional'\n") {
		t.Errorf("traceback:\n%s\nwant it to contain:\n%s", stderr, want)
	}
}

func itoa(n int) string {
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

// TestModuleAttrs: what an embedded module and its loader say about themselves.
func TestModuleAttrs(t *testing.T) {
	out, stderr := run(t, lib.Files, `import sys, __future__ as f
l = f.__loader__
print(f.__file__, f.__spec__.origin, f.__spec__.has_location, f.__package__, type(l).__name__)
print(sys.path_hooks[0] is type(l), sys.path_importer_cache[`+"'"+entry+"'"+`] is l)
print(l.is_package("__future__"), l.get_filename("__future__"), type(l.get_code("__future__")).__name__)
print(l.get_source("__future__").splitlines()[0])
print(l.get_data("`+entry+`/keyword.py")[:3])
for bad in (lambda: l.get_source("nosuch"), lambda: l.get_data("nosuch.txt"), lambda: type(l)("/elsewhere")):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(type(l)("`+entry+`") is not l, l.find_spec("nosuch"), l.find_spec("keyword").origin)
`)
	want := entry + `/__future__.py ` + entry + `/__future__.py True  LibraryImporter
True True
False ` + entry + `/__future__.py code
"""The language changes that were phased in behind a future statement.
b'"""'
ImportError can't find module 'nosuch'
FileNotFoundError [Errno 2] No such file or directory: 'nosuch.txt'
ImportError not in the embedded library
True None ` + entry + `/keyword.py
`
	if out != want || stderr != "" {
		t.Errorf("got:\n%s%s\nwant:\n%s", out, stderr, want)
	}
}

// source is the library without its precompiled code: every module is compiled
// from its embedded source when imported.
type source struct{ py.Library }

func (source) Code(string) []byte { return nil }

// TestCompiledAlike: a module compiled at run time behaves as the precompiled one.
func TestCompiledAlike(t *testing.T) {
	prog := "import __future__ as f, keyword\nprint(f.annotations, f.all_feature_names[-1], keyword.iskeyword('if'), f.__file__)\n"
	a, _ := run(t, lib.Files, prog)
	b, _ := run(t, source{lib.Files}, prog)
	if a != b || a == "" {
		t.Errorf("precompiled:\n%s\ncompiled at run time:\n%s", a, b)
	}
}

// The import of an embedded module, its code precompiled or compiled from the
// source at run time: each iteration takes the module out of sys.modules and
// imports it again (BenchmarkLoop is the loop alone).
func BenchmarkLoop(b *testing.B)              { bench(b, lib.Files, "pass") }
func BenchmarkImportPrecompiled(b *testing.B) { bench(b, lib.Files, "import __future__") }
func BenchmarkImportCompiled(b *testing.B)    { bench(b, source{lib.Files}, "import __future__") }

func bench(b *testing.B, l py.Library, stmt string) {
	in := py.NewInterp(py.Config{Argv: []string{"-c"}, Path: []string{entry}, Stdout: io.Discard, Library: l, LibraryPath: entry})
	src := fmt.Sprintf("import sys\nfor _ in range(%d):\n    sys.modules.pop('__future__', None)\n    %s\n", b.N, stmt)
	b.ResetTimer()
	if err := in.Main().RunMain("<string>", []byte(src)); err != nil {
		b.Fatal(err)
	}
}
