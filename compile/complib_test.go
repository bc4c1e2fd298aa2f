package compile

import (
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/kaa-python/kaa/internal/pyref"
	"github.com/kaa-python/kaa/marshal"
	"github.com/kaa-python/kaa/syntax/parser"
)

// TestCompileLib compiles every Lib file the code generator supports and compares
// the code objects with python3.13's. Files using constructs not supported yet are
// counted and skipped; a supported file must compile exactly as CPython does.
func TestCompileLib(t *testing.T) {
	py := pyref.Find()
	if py == "" {
		t.Skip("python3.13 not found: skipping the Lib compile comparison")
	}
	dir := t.TempDir()
	out, err := exec.Command(py, "../marshal/testdata/compile_lib.py", dir).Output()
	if err != nil {
		t.Fatal(err)
	}
	same, differ, unsupported := 0, 0, map[string]int{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		idx, src, _ := strings.Cut(line, "\t")
		data, err := os.ReadFile(filepath.Join(dir, idx+".pyc"))
		if err != nil {
			t.Fatal(err)
		}
		_, want, err := marshal.ReadPyc(src, data)
		if err != nil {
			t.Fatal(err)
		}
		text, _ := os.ReadFile(src)
		res, err := parser.Parse(src, text, parser.Exec, parser.Options{})
		if err != nil {
			t.Errorf("%s: %v", src, err)
			continue
		}
		got, err := Compile(res.Tree, src, Options{})
		if err != nil {
			if u, ok := err.(errUnsupported); ok {
				unsupported[u.what]++
				continue
			}
			t.Errorf("%s: %v", src, err)
			continue
		}
		var g, w strings.Builder
		describeCode(&g, got)
		describeCode(&w, want)
		if g.String() != w.String() {
			differ++
			t.Logf("%s: compiled differently:%s", src, firstDiff(g.String(), w.String()))
			continue
		}
		same++
	}
	var reasons []string
	for k, n := range unsupported {
		reasons = append(reasons, k+": "+strconv.Itoa(n))
	}
	sort.Strings(reasons)
	total := same + differ
	for _, n := range unsupported {
		total += n
	}
	t.Logf("compile: %d Lib modules identical, %d different, %d use constructs not supported yet (of %d)", same, differ, total-same-differ, total)
	t.Logf("first unsupported constructs by module: %s", strings.Join(reasons, "; "))
	// A ratchet: the numbers may only get better. Raise them as the compiler grows.
	if same < 1969 || differ > 127 {
		t.Errorf("regression: %d identical (want >= 1969), %d different (want <= 127)", same, differ)
	}
}

// TestCompileOne compares one file's code with python3.13's, printing the first
// difference: KAA_COMPILE_FILE=path go test ./compile -run TestCompileOne -v
func TestCompileOne(t *testing.T) {
	src := os.Getenv("KAA_COMPILE_FILE")
	py := pyref.Find()
	if src == "" || py == "" {
		t.Skip("set KAA_COMPILE_FILE (and have python3.13) to compare one file")
	}
	pyc := filepath.Join(t.TempDir(), "out.pyc")
	if out, err := exec.Command(py, "-c", "import py_compile, sys; py_compile.compile(sys.argv[1], sys.argv[2], doraise=True)", src, pyc).CombinedOutput(); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	data, err := os.ReadFile(pyc)
	if err != nil {
		t.Fatal(err)
	}
	_, want, err := marshal.ReadPyc(src, data)
	if err != nil {
		t.Fatal(err)
	}
	text, _ := os.ReadFile(src)
	res, err := parser.Parse(src, text, parser.Exec, parser.Options{})
	if err != nil {
		t.Fatal(err)
	}
	got, err := Compile(res.Tree, src, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var g, w strings.Builder
	describeCode(&g, got)
	describeCode(&w, want)
	if g.String() != w.String() {
		t.Errorf("%s: compiled differently:%s", src, firstDiff(g.String(), w.String()))
	}
}
