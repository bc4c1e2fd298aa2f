// Package dis checks `kaa -m dis` against `python3.13 -m dis` on every Python program
// of the behaviour corpus (tests/ and examples/): standard output (code addresses
// masked) must have the SHA-256 gen.py recorded, standard error and exit status must
// be equal. Where python3.13 is present, a difference is shown line by line.
package dis

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/kaa-python/kaa/internal/kaatest"
	"github.com/kaa-python/kaa/internal/pyref"
)

type expectation struct {
	StdoutSHA256 string `json:"stdout_sha256"`
	Stderr       string `json:"stderr"`
	RC           int    `json:"rc"`
}

// knownDifferences are the corpus programs `kaa -m dis` still shows differently from
// python3.13, with the reason. The test fails when one of them becomes identical, so
// that the list can only shrink.
var knownDifferences = map[string]string{}

var codeAddr = regexp.MustCompile(` at 0x[0-9a-f]+`)

// corpus lists the .py files under tests/ and examples/ (gen.py's corpus), relative
// to the repository root.
func corpus(t *testing.T, root string) []string {
	var files []string
	for _, top := range []string{"tests", "examples"} {
		filepath.WalkDir(filepath.Join(root, top), func(p string, d os.DirEntry, err error) error {
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel(root, p)
			if d.IsDir() && (d.Name() == "__pycache__" || rel == filepath.Join("tests", "dis")) {
				return filepath.SkipDir
			}
			if !d.IsDir() && strings.HasSuffix(p, ".py") {
				files = append(files, rel)
			}
			return nil
		})
	}
	sort.Strings(files)
	return files
}

func TestDisCorpus(t *testing.T) {
	data, err := os.ReadFile("expected.json")
	if err != nil {
		t.Fatal(err)
	}
	var expected map[string]expectation
	if err := json.Unmarshal(data, &expected); err != nil {
		t.Fatal(err)
	}
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	files := corpus(t, root)
	for _, f := range files {
		if _, ok := expected[f]; !ok {
			t.Errorf("%s: not in expected.json (regenerate it: python3.13 tests/dis/gen.py)", f)
		}
	}
	exe := kaatest.Kaa(t)
	py := pyref.Find()
	env := append(os.Environ(), "PYTHONHASHSEED=0")
	run := func(name string, args ...string) (stdout, stderr string, rc int) {
		cmd := exec.Command(name, args...)
		cmd.Dir, cmd.Env = root, env
		var o, e strings.Builder
		cmd.Stdout, cmd.Stderr = &o, &e
		if err := cmd.Run(); err != nil {
			if ee, ok := err.(*exec.ExitError); ok {
				rc = ee.ExitCode()
			} else {
				t.Errorf("%s: %v", name, err)
			}
		}
		return codeAddr.ReplaceAllString(o.String(), " at 0x?"), e.String(), rc
	}
	var mu sync.Mutex
	same := 0
	next := make(chan string)
	var wg sync.WaitGroup
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for f := range next {
				want, ok := expected[f]
				if !ok {
					continue
				}
				out, errOut, rc := run(exe, "-m", "dis", f)
				sum := sha256.Sum256([]byte(out))
				var problems []string
				if hex.EncodeToString(sum[:]) != want.StdoutSHA256 {
					detail := "(python3.13 not found: no line diff)"
					if py != "" {
						wantOut, _, _ := run(py, "-m", "dis", f)
						detail = firstDiff(out, wantOut)
					}
					problems = append(problems, "standard output differs: "+detail)
				}
				if errOut != want.Stderr {
					problems = append(problems, "standard error:\n"+errOut+"\nwant:\n"+want.Stderr)
				}
				if rc != want.RC {
					problems = append(problems, "exit status "+itoa(rc)+", want "+itoa(want.RC))
				}
				mu.Lock()
				_, known := knownDifferences[f]
				switch {
				case len(problems) > 0 && !known:
					t.Errorf("kaa -m dis %s differs from python3.13 -m dis:\n%s", f, strings.Join(problems, "\n"))
				case len(problems) == 0 && known:
					t.Errorf("kaa -m dis %s is now identical to python3.13 -m dis: remove it from knownDifferences", f)
					same++
				case len(problems) == 0:
					same++
				}
				mu.Unlock()
			}
		}()
	}
	for _, f := range files {
		next <- f
	}
	close(next)
	wg.Wait()
	t.Logf("kaa -m dis: %d of %d corpus programs identical to python3.13 -m dis", same, len(files))
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

// firstDiff shows the first differing line of got and want, with a little context.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	i := 0
	for i < len(g) && i < len(w) && g[i] == w[i] {
		i++
	}
	lo := max(0, i-3)
	show := func(lines []string) string {
		return strings.Join(lines[lo:min(len(lines), i+4)], "\n")
	}
	return "at line " + itoa(i+1) + ":\n--- kaa\n" + show(g) + "\n--- python3.13\n" + show(w)
}
