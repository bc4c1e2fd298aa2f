package compile

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/kaa-python/kaa/bytecode"
	"github.com/kaa-python/kaa/internal/pyref"
	"github.com/kaa-python/kaa/marshal"
	"github.com/kaa-python/kaa/syntax/parser"
)

// TestCompileLib compiles every .py file of python3.13's Lib and compares the code
// objects with python3.13's, one by one: each code object (module, class body,
// function, lambda, comprehension) counts as identical when every field is, with
// code addresses masked and frozenset constants sorted. Files using constructs not
// supported yet count all their code objects as different. A ratchet keeps the
// numbers from getting worse; KAA_COMPILE_LIB_VERBOSE=1 logs each difference.
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
	type result struct {
		src               string
		same, total       int
		unsupported, diff string
		err               error
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	results := make([]result, len(lines))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				r := &results[i]
				idx, src, _ := strings.Cut(lines[i], "\t")
				r.src = src
				data, err := os.ReadFile(filepath.Join(dir, idx+".pyc"))
				if err != nil {
					r.err = err
					continue
				}
				_, want, err := marshal.ReadPyc(src, data)
				if err != nil {
					r.err = err
					continue
				}
				text, _ := os.ReadFile(src)
				var got *bytecode.Code
				res, err := parser.Parse(src, text, parser.Exec, parser.Options{})
				if err == nil {
					got, err = Compile(res.Tree, src, Options{})
				}
				if u, ok := err.(errUnsupported); ok {
					r.unsupported = u.what
				} else if err != nil {
					r.err = err
				}
				r.same, r.total, r.diff = countCodes(got, want)
			}
		}()
	}
	for i := range lines {
		next <- i
	}
	close(next)
	wg.Wait()

	verbose := os.Getenv("KAA_COMPILE_LIB_VERBOSE") != ""
	same, total, modSame, modDiffer, lostUnsupported, lostDiffer := 0, 0, 0, 0, 0, 0
	unsupported := map[string]int{}
	for _, r := range results {
		same += r.same
		total += r.total
		switch {
		case r.err != nil:
			t.Errorf("%s: %v", r.src, r.err)
		case r.unsupported != "":
			unsupported[r.unsupported]++
			if verbose {
				t.Logf("%s: not supported yet: %s", r.src, r.unsupported)
			}
			lostUnsupported += r.total - r.same
		case r.same == r.total:
			modSame++
		default:
			modDiffer++
			lostDiffer += r.total - r.same
			if verbose {
				t.Logf("%s: %d of %d code objects differ; first: %s", r.src, r.total-r.same, r.total, r.diff)
			}
		}
	}
	var reasons []string
	nUnsupported := 0
	for k, n := range unsupported {
		reasons = append(reasons, k+": "+strconv.Itoa(n))
		nUnsupported += n
	}
	sort.Strings(reasons)
	t.Logf("compile: %d of %d Lib code objects identical to python3.13's (%.2f%%)", same, total, 100*float64(same)/float64(total))
	t.Logf("compile: of the rest, %d are in modules using unsupported constructs, %d compile differently", lostUnsupported, lostDiffer)
	t.Logf("compile: %d Lib modules identical, %d different, %d use constructs not supported yet (of %d)",
		modSame, modDiffer, nUnsupported, len(results))
	t.Logf("first unsupported construct, by module: %s", strings.Join(reasons, "; "))
	// A ratchet: the numbers may only get better. Raise them as the compiler grows.
	const wantSame, wantModules = 87335, 2124
	if same < wantSame || modSame < wantModules {
		t.Errorf("regression: %d code objects identical (want >= %d), %d modules (want >= %d)", same, wantSame, modSame, wantModules)
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
