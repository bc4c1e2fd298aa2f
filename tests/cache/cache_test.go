// Package cache checks the bytecode cache rules by running the real kaa binary on
// small module trees: where __pycache__/NAME.kaa-313.pyc is written, when it is
// trusted, when it is recompiled, what is never touched, and that python3.13 reads
// the files Kaa writes (and Kaa the files python3.13 writes).
package cache

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kaa-python/kaa/internal/kaatest"
	"github.com/kaa-python/kaa/internal/pyref"
	"github.com/kaa-python/kaa/marshal"
)

// tree is a directory with main.py importing mod.
type tree struct {
	t   *testing.T
	dir string
	exe string
}

func newTree(t *testing.T, mod string) *tree {
	dir := t.TempDir()
	tr := &tree{t: t, dir: dir, exe: kaatest.Kaa(t)}
	tr.write("main.py", "import mod\nprint(mod.VALUE)\n")
	tr.write("mod.py", mod)
	return tr
}

func (tr *tree) path(name string) string { return filepath.Join(tr.dir, name) }

func (tr *tree) write(name, text string) {
	tr.t.Helper()
	p := tr.path(name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		tr.t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		tr.t.Fatal(err)
	}
}

// run runs kaa (with args before main.py) and returns its stdout; it fails the test
// on a non-zero exit or any stderr output.
func (tr *tree) run(env []string, args ...string) string {
	tr.t.Helper()
	out, errOut, rc := kaatest.Run(tr.t, tr.exe, tr.dir, append(cleanEnv(), env...), nil, append(args, "main.py")...)
	if rc != 0 || errOut != "" {
		tr.t.Fatalf("kaa %v: exit %d\nstdout:\n%s\nstderr:\n%s", args, rc, out, errOut)
	}
	return out
}

func cleanEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "PYTHON") {
			env = append(env, kv)
		}
	}
	return env
}

func (tr *tree) pyc() string { return tr.path("__pycache__/mod.kaa-313.pyc") }

func (tr *tree) readPyc() []byte {
	tr.t.Helper()
	data, err := os.ReadFile(tr.pyc())
	if err != nil {
		tr.t.Fatalf("no cache file: %v", err)
	}
	return data
}

// header decodes the pyc's header and checks that its body is a code object.
func (tr *tree) header() marshal.Header {
	tr.t.Helper()
	data := tr.readPyc()
	h, _, err := marshal.ReadPyc(tr.pyc(), data)
	if err != nil {
		tr.t.Fatalf("cache file does not load: %v", err)
	}
	return h
}

// setMtime sets the source's modification time to sec.
func (tr *tree) setMtime(name string, sec int64) {
	tr.t.Helper()
	tm := time.Unix(sec, 0)
	if err := os.Chtimes(tr.path(name), tm, tm); err != nil {
		tr.t.Fatal(err)
	}
}

func (tr *tree) noTempFiles() {
	tr.t.Helper()
	ents, _ := os.ReadDir(tr.path("__pycache__"))
	for _, e := range ents {
		if !strings.HasSuffix(e.Name(), ".pyc") {
			tr.t.Errorf("left behind in __pycache__: %s", e.Name())
		}
	}
}

func TestWrittenAndTrusted(t *testing.T) {
	tr := newTree(t, "VALUE = 'one'\n")
	tr.setMtime("mod.py", 1_700_000_000)
	if got := tr.run(nil); got != "one\n" {
		t.Fatalf("first run: %q", got)
	}
	h := tr.header()
	if h.Flags != 0 || h.Mtime != 1_700_000_000 || h.Size != uint32(len("VALUE = 'one'\n")) {
		t.Errorf("header %+v: want timestamp pyc with the source's mtime and size", h)
	}
	if _, err := os.Stat(tr.path("__pycache__/main.kaa-313.pyc")); err == nil {
		t.Errorf("__main__ was cached")
	}
	tr.noTempFiles()
	// An edit that keeps size and mtime is not seen: the cache is trusted, as CPython trusts it.
	tr.write("mod.py", "VALUE = 'two'\n")
	tr.setMtime("mod.py", 1_700_000_000)
	if got := tr.run(nil); got != "one\n" {
		t.Errorf("same size and mtime: got %q, want the cached 'one'", got)
	}
	// A newer mtime: recompiled, and the cache rewritten.
	tr.setMtime("mod.py", 1_700_000_100)
	if got := tr.run(nil); got != "two\n" {
		t.Errorf("newer mtime: got %q, want 'two'", got)
	}
	if h := tr.header(); h.Mtime != 1_700_000_100 {
		t.Errorf("cache not rewritten: mtime %d", h.Mtime)
	}
	// A size change alone (same mtime) also invalidates.
	tr.write("mod.py", "VALUE = 'three'\n")
	tr.setMtime("mod.py", 1_700_000_100)
	if got := tr.run(nil); got != "three\n" {
		t.Errorf("new size: got %q", got)
	}
	tr.noTempFiles()
}

func TestBadCacheRewritten(t *testing.T) {
	corrupt := map[string]func(data []byte) []byte{
		"garbage":       func([]byte) []byte { return []byte("this is not a pyc file at all, just text\n") },
		"empty":         func([]byte) []byte { return nil },
		"truncated":     func(d []byte) []byte { return d[:10] },
		"header_only":   func(d []byte) []byte { return d[:16] },
		"foreign_magic": func(d []byte) []byte { d = bytes.Clone(d); copy(d, []byte{0xcb, 0x0d, 0x0d, 0x0a}); return d },
		"bad_flags":     func(d []byte) []byte { d = bytes.Clone(d); d[4] = 4; return d },
		"torn_body":     func(d []byte) []byte { return d[:len(d)/2] },
		"junk_body":     func(d []byte) []byte { return append(bytes.Clone(d[:16]), []byte("\xff\xfe junk")...) },
	}
	for name, f := range corrupt {
		t.Run(name, func(t *testing.T) {
			tr := newTree(t, "VALUE = 'fresh'\n")
			tr.run(nil) // writes a good cache; now spoil it, keeping the source's stamp
			data := f(tr.readPyc())
			if err := os.WriteFile(tr.pyc(), data, 0o644); err != nil {
				t.Fatal(err)
			}
			if name == "header_only" || name == "torn_body" || name == "junk_body" {
				// the header still matches the source: only the body is bad
				if h, err := marshal.ParseHeader("mod", data); err != nil || h.Mtime == 0 {
					t.Fatalf("setup: header %+v %v", h, err)
				}
			}
			if got := tr.run(nil); got != "fresh\n" {
				t.Errorf("got %q", got)
			}
			h := tr.header() // fails unless the file now holds a whole code object
			st, _ := os.Stat(tr.path("mod.py"))
			if !h.ValidTimestamp(st.ModTime().Unix(), st.Size()) {
				t.Errorf("bad cache file was not rewritten for the source: %+v", h)
			}
		})
	}
}

func TestNothingWritten(t *testing.T) {
	for name, c := range map[string]struct {
		env  []string
		args []string
		mod  string
	}{
		"-B":                      {args: []string{"-B"}},
		"PYTHONDONTWRITEBYTECODE": {env: []string{"PYTHONDONTWRITEBYTECODE=1"}},
		"sys.dont_write_bytecode": {mod: "import sys\nsys.dont_write_bytecode = True\nimport other\nVALUE = other.X\n"},
	} {
		t.Run(name, func(t *testing.T) {
			mod := c.mod
			if mod == "" {
				mod = "VALUE = 'x'\n"
			}
			tr := newTree(t, mod)
			tr.write("other.py", "X = 'x'\n")
			if got := tr.run(c.env, c.args...); got != "x\n" {
				t.Errorf("got %q", got)
			}
			if _, err := os.Stat(tr.path("__pycache__/other.kaa-313.pyc")); err == nil {
				t.Errorf("a cache file was written")
			}
			if c.mod == "" {
				if _, err := os.Stat(tr.path("__pycache__")); err == nil {
					t.Errorf("__pycache__ was created")
				}
			}
		})
	}
}

func TestUnwritableTolerated(t *testing.T) {
	tr := newTree(t, "VALUE = 'ok'\n")
	// A file where the __pycache__ directory should be: the cache cannot be written
	// (this holds even for root, unlike a read-only directory).
	tr.write("__pycache__", "not a directory")
	if got := tr.run(nil); got != "ok\n" {
		t.Errorf("got %q", got)
	}
	if got := tr.run(nil); got != "ok\n" {
		t.Errorf("second run: got %q", got)
	}
}

func TestOptimizedName(t *testing.T) {
	tr := newTree(t, "VALUE = __debug__\n")
	if got := tr.run(nil, "-O"); got != "False\n" {
		t.Errorf("got %q", got)
	}
	if _, err := os.Stat(tr.path("__pycache__/mod.kaa-313.opt-1.pyc")); err != nil {
		t.Errorf("no opt-1 cache: %v", err)
	}
	if _, err := os.Stat(tr.pyc()); err == nil {
		t.Errorf("-O wrote the unoptimized name")
	}
	if got := tr.run(nil); got != "True\n" {
		t.Errorf("without -O: got %q", got)
	}
}

// writeHashPyc writes a hash-based pyc for mod.py at Kaa's cache path.
func (tr *tree) writeHashPyc(checked bool) {
	tr.t.Helper()
	src, err := os.ReadFile(tr.path("mod.py"))
	if err != nil {
		tr.t.Fatal(err)
	}
	tr.run(nil) // a timestamp pyc, whose code we reuse under a hash header
	_, code, err := marshal.ReadPyc("mod", tr.readPyc())
	if err != nil {
		tr.t.Fatal(err)
	}
	data, err := marshal.WritePyc(marshal.HashHeader(src, checked), code)
	if err != nil {
		tr.t.Fatal(err)
	}
	if err := os.WriteFile(tr.pyc(), data, 0o644); err != nil {
		tr.t.Fatal(err)
	}
}

func TestHashBased(t *testing.T) {
	t.Run("checked", func(t *testing.T) {
		tr := newTree(t, "VALUE = 'one'\n")
		tr.writeHashPyc(true)
		tr.write("mod.py", "VALUE = 'two'\n") // same size; the hash tells the difference
		if got := tr.run(nil); got != "two\n" {
			t.Errorf("checked hash pyc of an edited source: got %q", got)
		}
		h := tr.header()
		src, _ := os.ReadFile(tr.path("mod.py"))
		if h.Flags != 3 || !h.ValidHash(src) {
			t.Errorf("rewritten pyc should be a checked hash pyc of the new source: %+v", h)
		}
		if got := tr.run(nil, "--check-hash-based-pycs", "never"); got != "two\n" {
			t.Errorf("got %q", got)
		}
	})
	t.Run("unchecked", func(t *testing.T) {
		tr := newTree(t, "VALUE = 'one'\n")
		tr.writeHashPyc(false)
		tr.write("mod.py", "VALUE = 'two'\n")
		if got := tr.run(nil); got != "one\n" {
			t.Errorf("unchecked hash pyc is trusted: got %q", got)
		}
		if got := tr.run(nil, "--check-hash-based-pycs", "always"); got != "two\n" {
			t.Errorf("--check-hash-based-pycs always: got %q", got)
		}
		if h := tr.header(); h.Flags != 1 {
			t.Errorf("rewritten pyc should stay unchecked-hash: flags %d", h.Flags)
		}
	})
}

func TestSourceless(t *testing.T) {
	tr := newTree(t, "VALUE = 'from pyc'\n")
	tr.run(nil)
	data := tr.readPyc()
	other := newTree(t, "")
	os.Remove(other.path("mod.py"))
	if err := os.WriteFile(other.path("mod.pyc"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	if got := other.run(nil); got != "from pyc\n" {
		t.Errorf("sourceless import: got %q", got)
	}
}

// TestWithCPython checks that python3.13 runs the .pyc files Kaa writes, that Kaa
// runs python3.13's, and that Kaa never touches the cpython-313.pyc beside its own.
func TestWithCPython(t *testing.T) {
	py := pyref.Find()
	if py == "" {
		t.Skip("python3.13 not found")
	}
	tr := newTree(t, "def f(n):\n    return [i * i for i in range(n) if i % 2]\nVALUE = (f(7), {'k': 1.5}, b'x', 3+4j)\n")
	// CPython writes its own cache first.
	cmd := exec.Command(py, "main.py")
	cmd.Dir = tr.dir
	cmd.Env = cleanEnv()
	want, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	cpyc := tr.path("__pycache__/mod.cpython-313.pyc")
	before, err := os.ReadFile(cpyc)
	if err != nil {
		t.Fatalf("python3.13 wrote no cache: %v", err)
	}
	st0, _ := os.Stat(cpyc)
	if got := tr.run(nil); got != string(want) {
		t.Errorf("kaa: %q, python3.13: %q", got, want)
	}
	if got := tr.run(nil); got != string(want) {
		t.Errorf("kaa from its cache: %q", got)
	}
	after, _ := os.ReadFile(cpyc)
	st1, _ := os.Stat(cpyc)
	if !bytes.Equal(before, after) || !st0.ModTime().Equal(st1.ModTime()) {
		t.Errorf("kaa touched python3.13's cache file")
	}
	// python3.13 runs Kaa's pyc, as a script and as a sourceless module.
	run := func(dir string, args ...string) string {
		cmd := exec.Command(py, args...)
		cmd.Dir = dir
		cmd.Env = cleanEnv()
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("python3.13 %v: %v\n%s", args, err, out)
		}
		return string(out)
	}
	sourceless := t.TempDir()
	if err := os.WriteFile(filepath.Join(sourceless, "mod.pyc"), tr.readPyc(), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := run(sourceless, "-c", "import mod; print(mod.VALUE)"); got != string(want) {
		t.Errorf("python3.13 importing kaa's pyc: %q", got)
	}
	// and Kaa runs python3.13's as a sourceless module.
	kdir := newTree(t, "")
	os.Remove(kdir.path("mod.py"))
	if err := os.WriteFile(kdir.path("mod.pyc"), before, 0o644); err != nil {
		t.Fatal(err)
	}
	if got := kdir.run(nil); got != string(want) {
		t.Errorf("kaa importing python3.13's pyc: %q", got)
	}
}
